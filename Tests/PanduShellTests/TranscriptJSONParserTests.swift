import Foundation
import PanduCore
import Testing

@testable import PanduShell

@Suite("transcript JSON reader")
struct TranscriptJSONParserTests {
    private func read(_ json: String) throws -> Transcript {
        try TranscriptJSONParser.transcript(Array(json.utf8)[...])
    }

    private func reason(_ json: String) -> String? {
        do throws(TranscriptJSONParser.Failure) {
            _ = try TranscriptJSONParser.transcript(Array(json.utf8)[...])
            return nil
        } catch {
            return error.reason
        }
    }

    private let compact =
        #"{"id":"c1","service":"147","tier":"T1","channel":"voice","scope":"full_call","local_time":"08:15","timezone":"WITA","agent_name":"Rina","customer_name":"Budi","context":{"complaint":true,"response_minutes":12,"reference":{"city":"Bandung"}},"turns":[{"speaker":"agent","text":"Selamat pagi \"Bapak\""},{"speaker":"customer","text":"Halo é"},{"speaker":"event","event":"hold","seconds":45},{"speaker":"event","event":"call_end","by":"customer"},{"speaker":"event","event":"call_end","by":"agent"}]}"#

    @Test("compact turns, holds and call ends read as the generic reader and Foundation's decoder read them")
    func compactMatchesGeneric() throws {
        let fast = try read(compact)
        // The same document with spaces: every turn goes through the generic object reader.
        let spaced = compact.replacingOccurrences(of: "\":", with: "\": ").replacingOccurrences(of: ",\"", with: ", \"")
        let slow = try read(spaced)
        let decoded = try JSONDecoder().decode(Transcript.self, from: Data(compact.utf8))
        #expect(fast == slow)
        #expect(fast == decoded)
        #expect(fast.turns[0] == .agent(#"Selamat pagi "Bapak""#))
        #expect(fast.turns[2] == .hold(seconds: 45))
        #expect(fast.turns[3] == .callEnd(byAgent: false))
        #expect(fast.turns[4] == .callEnd(byAgent: true))
        #expect(fast.channel == .voice && fast.timezone == .wita)
        #expect(fast.context["response_minutes"] == 12)
        #expect(fast.context["reference"]?["city"] == "Bandung")
    }

    @Test("what the fast paths do not take is refused with the generic reader's message")
    func refusals() {
        let head = #"{"service":"108","channel":"voice","scope":"opening","agent_name":"A","turns":["#
        #expect(
            reason(head + #"{"speaker":"event","event":"hold","seconds":4.5}]}"#)
                == #"turn 1: "seconds" must be a whole number"#)
        #expect(
            reason(head + #"{"speaker":"bot","text":"x"}]}"#)
                == "turn 1: speaker must be agent, customer or event, not bot")
        #expect(
            reason(#"{"service":"108","channel":"radio","scope":"x","agent_name":"A"}"#)
                == #"unknown channel "radio""#)
        #expect(
            reason(#"{"service":"108","channel":"voice","scope":"x","agent_name":"A","timezone":"UTC"}"#)
                == #"unknown timezone "UTC""#)
        #expect(
            reason(#"{"service":"108","channel":"voice","scope":"x","agent_name":"A","context":[1]}"#)
                == #""context" must be an object"#)
        #expect(reason(#"{"channel":"voice","scope":"x","agent_name":"A"}"#) == #"missing key "service""#)
    }

    @Test("holds with odd seconds, other channels and zones, and custom events still read")
    func otherForms() throws {
        let t = try read(
            #"{"service":"socmed","channel":"twitter_dm","scope":"reply","agent_name":"A","timezone":"WIT","turns":[{"speaker":"event","event":"hold","seconds":007},{"speaker":"event","event":"hold"},{"speaker":"event","event":"transfer","target":"147"}]}"#
        )
        #expect(t.channel == .twitterDM && t.timezone == .wit)
        #expect(t.turns == [.hold(seconds: 7), .hold(seconds: 0), .event(name: "transfer", data: ["target": "147"])])
    }
}
