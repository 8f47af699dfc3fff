import Foundation
import PanduCore
import Testing

@testable import PanduKnowledge

@Suite("The 108 directory CSV")
struct DirectoryCSVTests {
    let header = "id,name,category,city,province,area_code,number,address,listed\n"
    let file = "directory/108-directory.csv"

    func records(_ text: String) throws -> [CSVReader.Record] {
        try CSVReader(file: "t.csv").records(Array(text.utf8))
    }

    @Test("quoted fields keep commas, doubled quotes and line breaks; CRLF and a final row without newline")
    func quoting() throws {
        let rows = try records("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",,x\r\nlast,row,\"\"")
        #expect(
            rows == [
                .init(line: 1, fields: ["a", "b, c", "say \"hi\""]),
                .init(line: 2, fields: ["multi\nline", "", "x"]),
                .init(line: 4, fields: ["last", "row", ""]),
            ])
    }

    @Test("a byte-order mark and blank lines are skipped; an empty quoted row is kept")
    func bomAndBlankLines() throws {
        let rows = try records("\u{FEFF}a,b\n\n\"\"\nc,d\n")
        #expect(rows.map(\.fields) == [["a", "b"], [""], ["c", "d"]])
        #expect(rows.map(\.line) == [1, 3, 4])
    }

    @Test("malformed quoting names the line")
    func malformed() throws {
        #expect(
            throws: KnowledgeError.invalid(
                file: "t.csv", line: 2, message: "a quoted field is never closed; add the closing quote (\")")
        ) {
            try records("a,b\nc,\"open\n")
        }
        #expect(throws: KnowledgeError.self) { try records("a,\"b\"c\n") }
        do {
            _ = try records("x\na,b\"c\n")
            Issue.record("expected a stray-quote error")
        } catch let KnowledgeError.invalid(_, line, message) {
            #expect(line == 2)
            #expect(message.contains("field 2 has a quote inside an unquoted value"))
        }
    }

    @Test("invalid UTF-8 is refused with its line")
    func invalidUTF8() throws {
        var bytes = Array("a,b\nc,".utf8)
        bytes += [0xFF, 0xFE]
        #expect(
            throws: KnowledgeError.invalid(
                file: "t.csv", line: 2, message: "the line is not valid UTF-8; save the file as UTF-8")
        ) {
            try CSVReader(file: "t.csv").records(bytes)
        }
    }

    @Test("rows load into entries with every field, in header order or not")
    func loads() throws {
        let csv =
            "listed,id,name,category,city,province,area_code,number,address\n"
            + "false,X1,\"RS \"\"Sehat\"\"\",rumah-sakit,Makassar,Sulawesi Selatan,0411,456789,\"Jl. A No. 1, Kel. B\"\n"
        let result = try KnowledgeProblems(writing: csv, to: file)
        #expect(result.problems.isEmpty, "\(result.listing)")
        let folder = try TestFolders.minimalKnowledge()
        try TestFolders.write(csv, to: file, in: folder)
        let entries = try KnowledgeLoader.loadDirectory(from: folder)
        #expect(
            entries == [
                DirectoryEntry(
                    id: "X1", name: "RS \"Sehat\"", category: "rumah-sakit", city: "Makassar",
                    province: "Sulawesi Selatan",
                    areaCode: "0411", number: "456789", address: "Jl. A No. 1, Kel. B", listed: false)
            ])
        #expect(entries[0].formattedNumber == "(0411) 456789")
    }

    @Test("bad area codes, numbers and listed values are each reported with the row's line")
    func badFields() throws {
        let csv =
            header
            + "A1,PT A,perusahaan,Bandung,Jawa Barat,22,4201234,Jl. A,true\n"
            + "A2,PT B,perusahaan,Bandung,Jawa Barat,0812,4201234,Jl. B,true\n"
            + "A3,PT C,perusahaan,Bandung,Jawa Barat,022,420-1234,Jl. C,true\n"
            + "A4,PT D,perusahaan,Bandung,Jawa Barat,022,123,Jl. D,true\n"
            + "A5,PT E,perusahaan,Bandung,Jawa Barat,022,4201234,Jl. E,ya\n"
            + "A6,PT F,perusahaan,Bandung,Jawa Barat,0411,87654321,Jl. F,true\n"
            + "A7,,perusahaan,Bandung,Jawa Barat,022,4201234,Jl. G,true\n"
        let result = try KnowledgeProblems(writing: csv, to: file)
        #expect(
            result.contains(file, 2, "area_code \"22\" is not an area code", "e.g. 021 or 0411"), "\(result.listing)")
        #expect(
            result.contains(file, 3, "area_code \"0812\" is not a fixed-line area code", "mobile"), "\(result.listing)")
        #expect(result.contains(file, 4, "number \"420-1234\" must be digits only"), "\(result.listing)")
        #expect(result.contains(file, 5, "number \"123\" has 3 digits"), "\(result.listing)")
        #expect(result.contains(file, 6, "listed \"ya\" must be true or false"), "\(result.listing)")
        #expect(result.contains(file, 7, "with area code 0411 makes 12 digits"), "\(result.listing)")
        #expect(result.contains(file, 8, "name is empty"), "\(result.listing)")
        #expect(result.problems.count == 7, "\(result.listing)")
    }

    @Test("duplicate ids, wrong field counts and a wrong header")
    func structure() throws {
        let csv =
            header
            + "B1,PT A,perusahaan,Bandung,Jawa Barat,022,4201234,Jl. A,true\n"
            + "B1,PT B,perusahaan,Bandung,Jawa Barat,022,4201235,Jl. B,true\n"
            + "B2,PT C,perusahaan,Bandung,Jawa Barat,022,4201236,Jl. C, Kel. D,true\n"
        let result = try KnowledgeProblems(writing: csv, to: file)
        #expect(result.contains(file, 3, "duplicate directory id \"B1\" (first at line 2)"), "\(result.listing)")
        #expect(
            result.contains(file, 4, "the row has 10 fields but the header has 9", "quote fields"), "\(result.listing)")
        let badHeader = try KnowledgeProblems(
            writing: "id,name,kategori,city,province,area_code,number,address,listed\n", to: file)
        #expect(badHeader.contains(file, 1, "unknown column \"kategori\""), "\(badHeader.listing)")
        #expect(badHeader.contains(file, 1, "missing column \"category\""), "\(badHeader.listing)")
        let empty = try KnowledgeProblems(writing: "", to: file)
        #expect(empty.contains(file, 1, "the file is empty"), "\(empty.listing)")
    }

    @Test("the loader stops at the first problem and says how many more there are")
    func loaderThrowsFirst() throws {
        let folder = try TestFolders.minimalKnowledge()
        let csv = header + "C1,PT A,perusahaan,Bandung,Jawa Barat,22,4201234,Jl. A,maybe\n"
        try TestFolders.write(csv, to: file, in: folder)
        #expect(
            throws: KnowledgeError.invalid(
                file: file, line: 2,
                message:
                    "area_code \"22\" is not an area code; write it with its leading zero, 3 or 4 digits, e.g. 021 or 0411 (and 1 more problem; run `pandu knowledge check` to list them all)"
            )
        ) { try KnowledgeLoader.loadDirectory(from: folder) }
    }
}
