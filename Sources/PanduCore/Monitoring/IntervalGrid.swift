/// The reporting intervals of a query: 15/30/60-minute slots, shifts, days or months in local time at a
/// fixed UTC offset (WIB = +7 h). Spans are sorted by start; shifts may overlap.
public struct IntervalGrid: Hashable, Sendable {
    /// How long each interval is.
    public enum Granularity: Hashable, Sendable {
        /// Slots aligned to local midnight; the length should divide a day (15, 30, 60).
        case minutes(Int)
        case day
        case month
    }

    /// A recurring shift: local start minute of the day and length (may run past midnight).
    public struct ShiftWindow: Hashable, Sendable {
        public var name: String
        public var startMinute: Int
        public var minutes: Int

        /// Creates the value from its parts.
        public init(name: String, startMinute: Int, minutes: Int) {
            self.name = name
            self.startMinute = startMinute
            self.minutes = minutes
        }
    }

    public let spans: [TimeSpan]

    /// A grid of arbitrary spans (sorted here).
    public init(spans: [TimeSpan]) { self.spans = spans.sorted() }

    /// Intervals covering `[from, to)`: the first starts at the boundary at or before `from`.
    public init(_ granularity: Granularity, from: Int64, to: Int64, utcOffsetSeconds: Int) {
        var spans: [TimeSpan] = []
        var start = Self.boundary(granularity, atOrBefore: from, utcOffsetSeconds: utcOffsetSeconds)
        while start < to {
            let end = Self.next(granularity, after: start, utcOffsetSeconds: utcOffsetSeconds)
            spans.append(TimeSpan(start: start, end: end))
            start = end
        }
        self.init(spans: spans)
    }

    /// One span per shift window per local day touching `[from, to)`.
    public static func shifts(_ windows: [ShiftWindow], from: Int64, to: Int64, utcOffsetSeconds: Int) -> IntervalGrid {
        var spans: [TimeSpan] = []
        var day = CivilTime.startOfDay(from, utcOffsetSeconds: utcOffsetSeconds) - 86_400
        while day < to {
            for w in windows {
                let start = day + Int64(w.startMinute) * 60
                let span = TimeSpan(start: start, end: start + Int64(w.minutes) * 60)
                if span.end > from && span.start < to { spans.append(span) }
            }
            day += 86_400
        }
        return IntervalGrid(spans: spans)
    }

    /// The interval boundary at or before an instant.
    static func boundary(_ g: Granularity, atOrBefore epoch: Int64, utcOffsetSeconds: Int) -> Int64 {
        switch g {
        case .minutes(let m):
            let day = CivilTime.startOfDay(epoch, utcOffsetSeconds: utcOffsetSeconds)
            let length = Int64(max(1, m) * 60)
            return day + (epoch - day) / length * length
        case .day: return CivilTime.startOfDay(epoch, utcOffsetSeconds: utcOffsetSeconds)
        case .month: return CivilTime.startOfMonth(epoch, utcOffsetSeconds: utcOffsetSeconds)
        }
    }

    /// The boundary after one that starts an interval.
    static func next(_ g: Granularity, after start: Int64, utcOffsetSeconds: Int) -> Int64 {
        switch g {
        case .minutes(let m):
            let day = CivilTime.startOfDay(start, utcOffsetSeconds: utcOffsetSeconds)
            let end = start + Int64(max(1, m) * 60)
            return min(end, day + 86_400)
        case .day: return start + 86_400
        case .month:
            let d = CivilTime.localDate(start, utcOffsetSeconds: utcOffsetSeconds)
            let (y, m) = d.month == 12 ? (d.year + 1, 1) : (d.year, d.month + 1)
            return CivilTime.epoch(year: y, month: m, day: 1, utcOffsetSeconds: utcOffsetSeconds)
        }
    }
}
