import Foundation
import Testing

@testable import PanduShell

/// `QueueLogTail`: complete lines handed out in chunks, a line longer than a chunk read on to its end, a
/// half-written last line held back until the file is final.
@Suite struct QueueLogTailTests {
    static func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tail-\(UUID().uuidString).log")
        try Data(text.utf8).write(to: url)
        return url
    }

    static func drain(_ tail: QueueLogTail, final: Bool) throws -> [(String, Int)] {
        var out: [(String, Int)] = []
        while let (bytes, first) = try tail.next(final: final) {
            out.append((String(decoding: bytes, as: UTF8.self), first))
        }
        return out
    }

    @Test func aLineLongerThanAChunkIsReadToItsEnd() throws {
        let long = "1795222800|c1|147|NONE|ENTERQUEUE||" + String(repeating: "9", count: 100) + "|1\n"
        let url = try Self.file("1795222799|c0|147|NONE|ENTERQUEUE||0811|1\n" + long + "1795222801|c2|147|x|y\n")
        defer { try? FileManager.default.removeItem(at: url) }
        let tail = try QueueLogTail(path: url.path, resume: nil, chunkBytes: 16)
        let chunks = try Self.drain(tail, final: true)
        #expect(chunks.map(\.0).joined() == (try String(contentsOf: url, encoding: .utf8)))
        #expect(chunks.contains { $0.0.hasSuffix(long) })
        #expect(chunks.first?.1 == 1)
        #expect(tail.lines == 3)
        #expect(tail.offset == Int64(try Data(contentsOf: url).count))
    }

    @Test func aHalfWrittenLastLineWaitsUnlessFinal() throws {
        let url = try Self.file("1795222799|c0|147|NONE|ENTERQUEUE||0811|1\n1795222800|c1|147|NO")
        defer { try? FileManager.default.removeItem(at: url) }
        let growing = try QueueLogTail(path: url.path, resume: nil, chunkBytes: 8)
        #expect(try Self.drain(growing, final: false).map(\.0) == ["1795222799|c0|147|NONE|ENTERQUEUE||0811|1\n"])
        #expect(growing.lines == 1)
        let final = try QueueLogTail(path: url.path, resume: nil, chunkBytes: 8)
        let all = try Self.drain(final, final: true)
        #expect(all.map(\.0).joined().hasSuffix("1795222800|c1|147|NO"))
        #expect(all.last?.1 == 2)
        #expect(final.lines == 2)
    }
}
