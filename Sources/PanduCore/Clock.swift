import Foundation

/// The source of "now"; injected everywhere so that tests are deterministic.
public protocol Clock: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The system's wall clock.
public struct SystemClock: Clock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that starts at a fixed instant and moves with real time, so `--now` runs stay deterministic
/// at their start while elapsed-time displays still advance.
public struct OffsetClock: Clock {
    private let start: Date
    private let origin: Date
    public init(startingAt start: Date, origin: Date = Date()) {
        self.start = start
        self.origin = origin
    }
    public func now() -> Date { start.addingTimeInterval(Date().timeIntervalSince(origin)) }
}

/// A clock that only moves when told to; for tests.
public final class ManualClock: Clock, @unchecked Sendable {
    private var current: Date
    private let lock = NSLock()
    public init(_ start: Date) { current = start }
    public func now() -> Date { lock.withLock { current } }
    /// Moves the clock forward.
    public func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}
