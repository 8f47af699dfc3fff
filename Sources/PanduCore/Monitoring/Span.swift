/// A stretch of time in seconds since 1970 for the adherence arithmetic; `open` marks one still running
/// (its end is `now`).
struct Span: Hashable {
    var start: Double
    var end: Double
    var open = false

    init(start: Double, end: Double, open: Bool = false) {
        self.start = start
        self.end = end
        self.open = open
    }

    /// A state interval, an open one ending at `now`.
    init(_ state: AgentStateInterval, now: Double) {
        start = state.start.timeIntervalSince1970
        end = state.end?.timeIntervalSince1970 ?? max(now, start)
        open = state.end == nil
    }

    var length: Double { max(0, end - start) }

    /// Seconds shared with another span.
    func overlap(_ other: Span) -> Double { max(0, min(end, other.end) - max(start, other.start)) }

    /// The part inside another span, or nil when they do not meet.
    func clipped(to other: Span) -> Span? {
        let s = max(start, other.start)
        let e = min(end, other.end)
        return e > s ? Span(start: s, end: e) : nil
    }
}
