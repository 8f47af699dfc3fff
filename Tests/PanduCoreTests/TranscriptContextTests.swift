import Foundation
import Testing

@testable import PanduCore

@Suite("transcript context")
struct TranscriptContextTests {
    @Test("looks keys up, replaces a key set again, removes a key set to nil")
    func lookUpReplaceRemove() {
        var c: TranscriptContext = ["complaint": true, "ticket_id": "IN1"]
        #expect(c["complaint"] == true)
        #expect(c["ticket_id"] == "IN1")
        #expect(c["reference"] == nil)
        c["ticket_id"] = "IN2"
        #expect(c["ticket_id"] == "IN2")
        #expect(c.count == 2)
        c["complaint"] = nil
        #expect(c["complaint"] == nil)
        #expect(c.keys == ["ticket_id"])
    }

    @Test("equal and hashed alike whatever the order of the keys, as a dictionary")
    func orderIgnored() {
        var a = TranscriptContext()
        a["x"] = 1
        a["y"] = "b"
        var b = TranscriptContext()
        b["y"] = "b"
        b["x"] = 1
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        #expect(a.dictionary == ["x": 1, "y": "b"])
        b["x"] = 2
        #expect(a != b)
    }

    @Test("encodes and decodes as a JSON object")
    func codable() throws {
        let c = TranscriptContext(["reference": .object(["city": "Bandung"]), "minutes": 12])
        let back = try JSONDecoder().decode(TranscriptContext.self, from: JSONEncoder().encode(c))
        #expect(back == c)
        #expect(back["reference"]?["city"] == "Bandung")
    }
}
