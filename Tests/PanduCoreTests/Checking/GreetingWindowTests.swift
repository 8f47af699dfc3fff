import Testing

@testable import PanduCore

@Suite("Greeting windows")
struct GreetingWindowTests {
    let c = CheckingConventions()

    func at(_ h: Int, _ m: Int) -> String { c.greeting(atMinute: h * 60 + m) }

    @Test("window boundaries are inclusive")
    func boundaries() {
        #expect(at(10, 0) == "pagi")
        #expect(at(10, 1) == "siang")
        #expect(at(15, 0) == "siang")
        #expect(at(15, 1) == "sore")
        #expect(at(18, 0) == "sore")
        #expect(at(18, 1) == "malam")
    }

    @Test("00:00 is malam, 00:01 is pagi")
    func midnight() {
        #expect(at(0, 0) == "malam")
        #expect(at(0, 1) == "pagi")
        #expect(ContactBindings.minute("24:00") == 0)
    }

    @Test("the agent site's time is moved to the customer's zone")
    func agentSite() {
        let t = Transcript(
            service: "147", channel: .voice, scope: "opening", timezone: .wita, agentName: "Rina",
            context: ["agent_local_time": "09:30", "agent_timezone": "WIB"])
        #expect(ContactBindings.openingMinute(t, c) == 10 * 60 + 30)
    }
}
