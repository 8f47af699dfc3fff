import Foundation
import Testing

@testable import PanduCore

@Test func transcriptsRoundTripTheDesignFormat() throws {
    let json = """
        {"service":"147","tier":"T1","channel":"voice","scope":"full_call","local_time":"08:15","timezone":"WITA",
         "agent_name":"Rina","customer_name":null,"context":{"complaint":true,"reference":{"number":"0215551234"}},
         "turns":[{"speaker":"agent","text":"Selamat pagi"},{"speaker":"customer","text":"Halo"},
                  {"speaker":"event","event":"hold","seconds":45},{"speaker":"event","event":"call_end","by":"customer"},
                  {"speaker":"event","event":"transfer","target":"147"}]}
        """
    let t = try JSONDecoder().decode(Transcript.self, from: Data(json.utf8))
    #expect(t.timezone == .wita)
    #expect(t.context["complaint"] == true)
    #expect(t.turns[2] == .hold(seconds: 45))
    #expect(t.turns[3] == .callEnd(byAgent: false))
    #expect(t.turns[4] == .event(name: "transfer", data: ["target": "147"]))
    let again = try JSONDecoder().decode(Transcript.self, from: JSONEncoder().encode(t))
    #expect(again == t)
}

@Test func aBadSpeakerIsRejectedWithItsValue() {
    let json = #"{"service":"108","channel":"voice","scope":"opening","agent_name":"A","turns":[{"speaker":"bot","text":"x"}]}"#
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Transcript.self, from: Data(json.utf8)) }
}
