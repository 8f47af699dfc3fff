import Testing

@testable import PanduCore

/// A record's parameters kept as one `|`-joined text (`QueueLogParams`): every reading gives what the list gave,
/// a list holding a `|` stays a list, and the form is canonical, so records compare and hash as before.
@Suite("QueueLogParams: parameters as one text")
struct QueueLogParamsTests {
    static let lists: [[String]] = [
        [], [""], ["", ""], ["5"], ["", "08123", "1"], ["5", "1793490954.440161", "5"], ["a|b", "c"], ["x", "|"],
        [" 12 ", "-3", "4a", "", "99999999999999999999"], ["agënt", "\u{FFFD}", "Istirahat siang"],
    ]

    @Test(arguments: lists) func everyReadingGivesWhatTheListGave(_ list: [String]) {
        let p = QueueLogParams(list)
        #expect(p.list == list)
        #expect(p.count == list.count)
        for i in -1...(list.count + 1) {
            let item = i >= 0 && i < list.count ? list[i] : nil
            #expect(p.nonEmpty(i) == (item?.isEmpty == false ? item : nil))
            #expect(p.integer(i) == item.flatMap(ByteScan.integer))
        }
        var seen: [String] = []
        p.withEachUTF8 { seen.append(String(decoding: $0, as: UTF8.self)) }
        #expect(seen == list)
    }

    @Test func equalListsGiveEqualValuesWhateverTheirForm() {
        for a in Self.lists {
            for b in Self.lists {
                #expect((QueueLogParams(a) == QueueLogParams(b)) == (a == b))
            }
        }
        #expect(
            QueueLogParams(joined: "5|1793490954.440161|5", count: 3)
                == QueueLogParams(["5", "1793490954.440161", "5"]))
        #expect(QueueLogParams(joined: "", count: 1) != QueueLogParams(joined: "", count: 0))
        #expect(Set([QueueLogParams(["a", "b"]), QueueLogParams(joined: "a|b", count: 2)]).count == 1)
    }

    @Test func aParsedRecordEqualsTheSameRecordMadeFromItsList() throws {
        let line = "1793490959|1793490954.44016|108|agent0408|CONNECT|5|1793490954.440161|5"
        let parsed = try #require(try QueueLogParser().parseLine(line, lineNumber: 1))
        let made = QueueLogRecord(
            epoch: 1_793_490_959, callID: "1793490954.44016", queue: "108", agent: "agent0408", event: "CONNECT",
            params: ["5", "1793490954.440161", "5"])
        #expect(parsed == made)
        #expect(parsed.hashValue == made.hashValue)
        #expect(parsed.contentKey == made.contentKey)
        #expect(parsed.canonicalLine == line)
        var edited = parsed
        edited.params = ["5", "x|y"]
        #expect(edited.params == ["5", "x|y"])
        #expect(edited.paramCount == 2)
        #expect(edited.canonicalLine.hasSuffix("|CONNECT|5|x|y"))
    }
}
