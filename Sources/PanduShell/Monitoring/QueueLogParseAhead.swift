import Dispatch
import PanduCore

/// One chunk of a queue_log file parsed on a background queue while the caller writes the previous chunk
/// to the store: on a 2-core machine parsing (about a third of an import's CPU) overlaps the SQLite work.
/// Chunks are still handed out and written in file order.
final class QueueLogParseAhead: @unchecked Sendable {
    /// The store position after this chunk.
    let position: ImportPosition
    private let done = DispatchSemaphore(value: 0)
    /// Written once by the background queue before `done` is signalled, read after waiting on it.
    private var result = QueueLogParseResult()

    /// Starts parsing `bytes` (whose first line is number `firstLine`) on `queue`.
    init(_ bytes: [UInt8], firstLine: Int, position: ImportPosition, on queue: DispatchQueue) {
        self.position = position
        queue.async { [self] in
            result = bytes.withUnsafeBufferPointer { QueueLogParser().parse(bytes: $0, firstLineNumber: firstLine) }
            done.signal()
        }
    }

    /// The parsed chunk; waits for the background parse to finish.
    func parsed() -> QueueLogParseResult {
        done.wait()
        done.signal()
        return result
    }
}
