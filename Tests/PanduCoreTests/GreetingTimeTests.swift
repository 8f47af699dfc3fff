import Foundation
import Testing

@testable import PanduCore

@Test(arguments: [
    (0, GreetingTime.malam), (1, .pagi), (600, .pagi), (601, .siang), (900, .siang), (901, .sore), (1080, .sore),
    (1081, .malam), (1439, .malam),
])
func windowsAreInclusiveAsTheStandardSays(minute: Int, expected: GreetingTime) {
    #expect(GreetingTime.at(minuteOfDay: minute) == expected)
}

@Test func theCustomersZoneDecides() {
    // 02:30 UTC is 09:30 WIB (pagi), 10:30 WITA (siang), 11:30 WIT (siang).
    let instant = Date(timeIntervalSince1970: 1_795_228_200)
    #expect(TimeZoneCode.wib.localTime(instant) == "09:30")
    #expect(GreetingTime.at(instant, zone: .wib) == .pagi)
    #expect(GreetingTime.at(instant, zone: .wita) == .siang)
    #expect(GreetingTime.at(instant, zone: .wit) == .siang)
}

@Test func scriptsFillBoundPlaceholdersAndKeepTheOthersVisible() {
    let text = ScriptRenderer.render(
        "Selamat {greeting_time}, dengan {agent_name}. {honorific} {customer_name}?",
        bindings: ["greeting_time": "pagi", "agent_name": "Rina", "honorific": "Ibu"])
    #expect(text == "Selamat pagi, dengan Rina. Ibu {customer_name}?")
    #expect(ScriptRenderer.placeholders(in: "a {x} b {y}") == ["x", "y"])
    #expect(ScriptRenderer.render("no close {brace", bindings: [:]) == "no close {brace")
}

@Test func sessionIDsSortByTimeAndCarryTheUTCDate() {
    var rng = SystemRandomNumberGenerator()
    let id = SessionIDGenerator().make(at: t0, using: &rng)
    #expect(id.rawValue.hasPrefix("S20261121-010000-"))
    #expect(id.rawValue.count == "S20261121-010000-abcd".count)
}
