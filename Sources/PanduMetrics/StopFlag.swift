import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A flag raised from any thread: by hand, or by signals (SIGINT / SIGTERM by default) once `watchSignals`
/// returns; `consume` lowers it again (for repeatable signals such as SIGWINCH).
public final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var raised = false
    private var signals: [Int32] = []

    /// A lowered flag.
    public init() {}

    /// Whether the flag has been raised (by hand or by a watched signal).
    public var isRaised: Bool {
        lock.withLock { raised || signals.contains { SignalLatch.isPending($0) } }
    }

    /// Raises the flag.
    public func raise() { lock.withLock { raised = true } }

    /// Whether the flag was raised, lowering it.
    public func consume() -> Bool {
        lock.withLock {
            let was = raised || signals.contains { SignalLatch.take($0) }
            raised = false
            return was
        }
    }

    /// Raises the flag on these signals instead of their default action (ending the process for SIGINT). The
    /// handler is installed before this returns, so a signal sent right after is never lost.
    public func watchSignals(_ numbers: [Int32] = [SIGINT, SIGTERM]) {
        lock.withLock { signals += numbers }
        for number in numbers { SignalLatch.install(number) }
    }
}

/// Signals latched by a C handler: a handler can capture nothing and may only store to a `sig_atomic_t`, so
/// the latches are one process-wide table, written only by the handler and read or cleared by `StopFlag`.
enum SignalLatch {
    /// One latch per signal number (1…64), allocated once and never freed.
    nonisolated(unsafe) static let latches: UnsafeMutablePointer<sig_atomic_t> = {
        let p = UnsafeMutablePointer<sig_atomic_t>.allocate(capacity: 65)
        p.initialize(repeating: 0, count: 65)
        return p
    }()

    /// Installs the latching handler for `number` (with SA_RESTART, so reads and polls go on).
    static func install(_ number: Int32) {
        _ = latches  // allocate before any handler can run
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { SignalLatch.latches[Int($0)] = 1 }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(number, &action, nil)
    }

    /// Whether `number` arrived since it was last taken.
    static func isPending(_ number: Int32) -> Bool { latches[Int(number)] != 0 }

    /// Whether `number` arrived, clearing the latch.
    static func take(_ number: Int32) -> Bool {
        let was = latches[Int(number)] != 0
        latches[Int(number)] = 0
        return was
    }
}
