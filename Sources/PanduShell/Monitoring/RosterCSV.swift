import Foundation
import PanduCore
import PanduKnowledge

/// Reads and validates a roster CSV row by row; every problem names file, line, field and value, and one
/// problem anywhere rejects the whole file (the caller writes nothing).
struct RosterCSV {
    let file: String
    let utcOffsetSeconds: Int
    let defaultAllowance: Double
    /// Login codes of the people the roster may name.
    let people: Set<String>

    static let required = ["agent", "date", "shift_start", "shift_end"]
    static let known = required + ["breaks", "aux_allowance_minutes", "position"]

    /// The shifts, or every problem found.
    func read(_ bytes: [UInt8]) -> Result<[RosterEntry], RosterProblems> {
        let records: [CSVReader.Record]
        do { records = try CSVReader(file: file).records(bytes) } catch {
            return .failure(RosterProblems(lines: [CommandRunner.describe(error)]))
        }
        guard let header = records.first else { return .failure(RosterProblems(lines: ["\(file): the file is empty"])) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var problems: [String] = []
        for name in names where !Self.known.contains(name) {
            problems.append(
                "\(file):\(header.line): unknown column \"\(name)\" (known: \(Self.known.joined(separator: ", ")))")
        }
        for name in Self.required where !names.contains(name) {
            problems.append("\(file):\(header.line): the header has no \(name) column")
        }
        guard problems.isEmpty else { return .failure(RosterProblems(lines: problems)) }
        let col = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var entries: [RosterEntry] = []
        for r in records.dropFirst() where !r.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            switch entry(r, col) {
            case .success(let e): entries.append(e)
            case .failure(let p): problems += p.lines
            }
        }
        problems += overlaps(entries)
        return problems.isEmpty ? .success(entries) : .failure(RosterProblems(lines: problems))
    }

    func entry(_ r: CSVReader.Record, _ col: [String: Int]) -> Result<RosterEntry, RosterProblems> {
        var problems: [String] = []
        func field(_ name: String) -> String {
            guard let i = col[name], i < r.fields.count else { return "" }
            return r.fields[i].trimmingCharacters(in: .whitespaces)
        }
        func bad(_ name: String, _ expected: String) { problems.append(message(r.line, name, field(name), expected)) }
        let agent = field("agent")
        if agent.isEmpty {
            bad("agent", "a login code")
        } else if !people.contains(agent) {
            bad("agent", "the login code of a person in Pandu")
        }
        let day = Self.date(field("date"))
        if day == nil { bad("date", "a date YYYY-MM-DD") }
        let start = Self.minute(field("shift_start"))
        if start == nil { bad("shift_start", "a time HH:MM") }
        let end = Self.minute(field("shift_end"))
        if end == nil { bad("shift_end", "a time HH:MM") }
        if let start, let end, start == end { bad("shift_end", "different from shift_start") }
        var allowance = defaultAllowance
        if !field("aux_allowance_minutes").isEmpty {
            if let a = Double(field("aux_allowance_minutes")), a >= 0, a <= 1440 {
                allowance = a
            } else {
                bad("aux_allowance_minutes", "a number of minutes from 0 to 1440")
            }
        }
        guard problems.isEmpty, let day, let start, let end else { return .failure(RosterProblems(lines: problems)) }
        let base = CivilTime.epoch(year: day.0, month: day.1, day: day.2, utcOffsetSeconds: utcOffsetSeconds)
        let s = base + Int64(start * 60)
        let e = base + Int64((end > start ? end : end + 1440) * 60)
        let breaks = self.breaks(field("breaks"), base: base, shift: s..<e)
        guard case .success(let planned) = breaks else {
            bad("breaks", "HH:MM-HH:MM periods inside the shift, separated by ';'")
            return .failure(RosterProblems(lines: problems))
        }
        let shift = RosterShift(
            agent: agent, day: field("date"), start: Self.date(s), end: Self.date(e), plannedBreaks: planned,
            auxAllowanceMinutes: allowance)
        let position = field("position")
        return .success(
            RosterEntry(shift: shift, position: position.isEmpty ? nil : position, source: file, line: r.line))
    }

    /// `12:00-13:00;15:00-15:15`, each inside the shift (times after midnight of a night shift are the next day).
    func breaks(_ text: String, base: Int64, shift: Range<Int64>) -> Result<[DateInterval], RosterProblems> {
        guard !text.isEmpty else { return .success([]) }
        var out: [DateInterval] = []
        for part in text.split(separator: ";") {
            let ends = part.split(separator: "-").map { Self.minute($0.trimmingCharacters(in: .whitespaces)) }
            guard ends.count == 2, let a = ends[0], let b = ends[1] else { return .failure(RosterProblems(lines: [])) }
            var s = base + Int64(a * 60)
            if s < shift.lowerBound { s += 86_400 }
            var e = base + Int64(b * 60)
            while e <= s { e += 86_400 }
            guard s >= shift.lowerBound, e <= shift.upperBound else { return .failure(RosterProblems(lines: [])) }
            out.append(DateInterval(start: Self.date(s), end: Self.date(e)))
        }
        return .success(out)
    }

    /// Two shifts of one agent in the file that overlap.
    func overlaps(_ entries: [RosterEntry]) -> [String] {
        var problems: [String] = []
        for (agent, list) in Dictionary(grouping: entries, by: \.shift.agent) {
            let sorted = list.sorted { $0.shift.start < $1.shift.start }
            for (a, b) in zip(sorted, sorted.dropFirst()) where b.shift.start < a.shift.end {
                problems.append(
                    message(b.line ?? 0, "shift_start", "", "after the end of \(agent)'s shift on line \(a.line ?? 0)"))
            }
        }
        return problems.sorted()
    }

    func message(_ line: Int, _ field: String, _ value: String, _ expected: String) -> String {
        "\(file):\(line): field \(field): \"\(value)\" is not \(expected)"
    }

    static func minute(_ text: String) -> Int? {
        let p = text.split(separator: ":", omittingEmptySubsequences: false)
        guard p.count == 2, p[0].count <= 2, p[1].count == 2, let h = Int(p[0]), let m = Int(p[1]),
            (0..<24).contains(h),
            (0..<60).contains(m)
        else { return nil }
        return h * 60 + m
    }

    static func date(_ text: String) -> (Int, Int, Int)? {
        let p = text.split(separator: "-", omittingEmptySubsequences: false)
        guard p.count == 3, p[0].count == 4, p[1].count == 2, p[2].count == 2, let y = Int(p[0]), let m = Int(p[1]),
            let d = Int(p[2]), (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        let back = CivilTime.date(days: CivilTime.days(year: y, month: m, day: d))
        return back.month == m && back.day == d ? (y, m, d) : nil
    }

    static func date(_ epoch: Int64) -> Date { Date(timeIntervalSince1970: TimeInterval(epoch)) }
}

/// The problems of a rejected roster file, one line each.
struct RosterProblems: Error {
    var lines: [String]
}
