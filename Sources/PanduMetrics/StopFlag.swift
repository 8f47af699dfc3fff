import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A flag raised from any thread: by signals (SIGINT / SIGTERM by default) once `watchSignals` is called, or by
/// hand; `consume` lowers it again (for repeatable signals such as SIGWINCH).
public final class StopFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var raised = false
  private var sources: [DispatchSourceSignal] = []

  /// A lowered flag.
  public init() {}

  /// Whether the flag has been raised.
  public var isRaised: Bool { lock.withLock { raised } }

  /// Raises the flag.
  public func raise() { lock.withLock { raised = true } }

  /// Whether the flag was raised, lowering it.
  public func consume() -> Bool {
    lock.withLock {
      defer { raised = false }
      return raised
    }
  }

  /// Raises the flag on these signals instead of their default action (ending the process for SIGINT).
  public func watchSignals(_ numbers: [Int32] = [SIGINT, SIGTERM]) {
    for number in numbers {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [weak self] in self?.raise() }
      source.resume()
      sources.append(source)
    }
  }
}
