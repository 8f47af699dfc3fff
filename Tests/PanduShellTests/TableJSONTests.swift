import Foundation
import Testing

@testable import PanduShell

@Suite struct TableJSONTests {
    @Test func theDirectWriterMatchesJSONEncoder() throws {
        let table = Table(
            columns: ["id", "agent", "note", "seconds"],
            rows: [
                ["S1", "1001", "kata \"bentar\"\nbaris\tdua \\ garis/miring \u{01}", "12"],
                ["S2", "1002", "Selamat pagi — ✓", ""],
            ])
        let objects = table.rows.map { Dictionary(uniqueKeysWithValues: zip(table.columns, $0).map { ($0, $1) }) }
        #expect(table.json() == JSONText.encode(objects))
        let decoded = try JSONSerialization.jsonObject(with: Data(table.json().utf8)) as? [[String: String]]
        #expect(decoded == objects)
        #expect(Table(columns: ["a"]).json() == JSONText.encode([[String: String]]()))
    }
}
