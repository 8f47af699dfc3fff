import Foundation
import PanduCore

/// Turns the rows of a 108 directory CSV into entries, checking every field of every row.
struct DirectoryDecoder {
    static let columns = ["id", "name", "category", "city", "province", "area_code", "number", "address", "listed"]

    let file: String

    /// The entries of `records` (the first is the header); ids are checked across files in `ids`.
    func decode(_ records: [CSVReader.Record], ids: inout IDRegistry, log: inout ProblemLog) -> [DirectoryEntry] {
        guard let header = records.first else {
            log.add(
                file: file, line: 1,
                "the file is empty; start it with the header \(Self.columns.joined(separator: ","))")
            return []
        }
        guard let index = columnIndex(header, log: &log) else { return [] }
        var entries: [DirectoryEntry] = []
        entries.reserveCapacity(records.count)
        for record in records.dropFirst() {
            guard record.fields.count == header.fields.count else {
                log.add(
                    file: file, line: record.line,
                    "the row has \(record.fields.count) fields but the header has \(header.fields.count); quote fields that contain commas"
                )
                continue
            }
            if let entry = entry(record, index, log: &log),
                ids.register(entry.id, file: file, line: record.line, log: &log)
            {
                entries.append(entry)
            }
        }
        return entries
    }

    /// The position of each column, or nil (logged) when the header is not the expected one.
    func columnIndex(_ header: CSVReader.Record, log: inout ProblemLog) -> [String: Int]? {
        var index: [String: Int] = [:]
        var ok = true
        for (i, name) in header.fields.enumerated() {
            let name = name.trimmingCharacters(in: .whitespaces)
            if !Self.columns.contains(name) {
                log.add(
                    file: file, line: header.line,
                    "unknown column \"\(name)\"\(Suggestion.hint(for: name, in: Self.columns)); the header must be \(Self.columns.joined(separator: ","))"
                )
                ok = false
            }
            index[name] = i
        }
        for name in Self.columns where index[name] == nil {
            log.add(
                file: file, line: header.line,
                "missing column \"\(name)\"; the header must be \(Self.columns.joined(separator: ","))")
            ok = false
        }
        return ok ? index : nil
    }

    /// One entry, or nil when a field is wrong (each wrong field logged).
    func entry(_ record: CSVReader.Record, _ index: [String: Int], log: inout ProblemLog) -> DirectoryEntry? {
        func field(_ name: String) -> String { record.fields[index[name]!] }
        var ok = true
        func fail(_ message: String) {
            log.add(file: file, line: record.line, message)
            ok = false
        }
        for name in ["id", "name", "category", "city", "province"] where field(name).isEmpty {
            fail("\(name) is empty; every row needs \(name)")
        }
        let areaCode = field("area_code")
        let number = field("number")
        if let problem = Self.areaCodeProblem(areaCode) { fail("area_code \"\(areaCode)\" \(problem)") }
        if let problem = Self.numberProblem(number, areaCode: areaCode) { fail("number \"\(number)\" \(problem)") }
        let listed = Self.listed(field("listed"))
        if listed == nil { fail("listed \"\(field("listed"))\" must be true or false") }
        guard ok, let listed else { return nil }
        return DirectoryEntry(
            id: field("id"), name: field("name"), category: field("category"), city: field("city"),
            province: field("province"), areaCode: areaCode, number: number, address: field("address"), listed: listed)
    }

    /// Why `code` is not an Indonesian fixed-line area code (0, then 2-3 digits, not 08 mobile), or nil.
    static func areaCodeProblem(_ code: String) -> String? {
        let digits = code.allSatisfy(\.isASCIIDigitCharacter)
        guard digits, (3...4).contains(code.count), code.hasPrefix("0") else {
            return "is not an area code; write it with its leading zero, 3 or 4 digits, e.g. 021 or 0411"
        }
        let second = code[code.index(after: code.startIndex)]
        if second == "0" || second == "8" {
            return
                "is not a fixed-line area code (0\(second)… is \(second == "8" ? "a mobile prefix" : "international")); use e.g. 021 or 0411"
        }
        return nil
    }

    /// Why `number` is not a subscriber number (5-8 digits, 9-11 digits with the area code), or nil.
    static func numberProblem(_ number: String, areaCode: String) -> String? {
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigitCharacter) else {
            return "must be digits only, without spaces, dashes or the area code"
        }
        guard (5...8).contains(number.count) else {
            return "has \(number.count) digits; a subscriber number has 5 to 8"
        }
        if number.hasPrefix("0") { return "starts with 0; write the area code in area_code, not in number" }
        let total = areaCode.count + number.count
        if (9...11).contains(total) || areaCodeProblem(areaCode) != nil { return nil }
        return "with area code \(areaCode) makes \(total) digits; a fixed-line number has 9 to 11"
    }

    /// `true` / `false` in any case, else nil.
    static func listed(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true": true
        case "false": false
        default: nil
        }
    }
}
