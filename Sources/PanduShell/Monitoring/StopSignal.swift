import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Turns SIGINT and SIGTERM into a flag a polling loop checks, so `acd import --follow` finishes the batch in
/// hand, saves its position and exits cleanly instead of dying mid-transaction.
final class StopSignal: @unchecked Sendable {
    private let raised = Atomic<Bool>(false)
    private let sources: [any DispatchSourceSignal]

    /// Starts listening; the signals' default action (terminate) is replaced until the process ends.
    init(signals: [Int32] = [SIGINT, SIGTERM]) {
        var made: [any DispatchSourceSignal] = []
        for s in signals {
            signal(s, SIG_IGN)
            made.append(DispatchSource.makeSignalSource(signal: s, queue: .global()))
        }
        sources = made
        for source in sources {
            source.setEventHandler { [self] in raised.store(true, ordering: .relaxed) }
            source.resume()
        }
    }

    /// Whether a stop was asked for.
    var isRaised: Bool { raised.load(ordering: .relaxed) }
}
