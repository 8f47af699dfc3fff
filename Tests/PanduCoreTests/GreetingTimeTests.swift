import Foundation
import Testing

@testable import PanduCore

@Test(arguments: [
    (0, "malam"), (1, "pagi"), (600, "pagi"), (601, "siang"), (900, "siang"), (901, "sore"), (1080, "sore"),
    (1081, "malam"), (1439, "malam"),
])
func windowsAreInclusiveAsTheStandardSays(minute: Int, expected: String) {
    #expect(CheckingConventions().greeting(atMinute: minute) == expected)
}

@Test func theCustomersZoneDecides() {
    // 02:30 UTC is 09:30 WIB (pagi), 10:30 WITA (siang), 11:30 WIT (siang).
    let instant = Date(timeIntervalSince1970: 1_795_228_200)
    let conventions = CheckingConventions()
    #expect(TimeZoneCode.wib.localTime(instant) == "09:30")
    #expect(conventions.greeting(atMinute: TimeZoneCode.wib.minuteOfDay(instant)) == "pagi")
    #expect(conventions.greeting(atMinute: TimeZoneCode.wita.minuteOfDay(instant)) == "siang")
    #expect(conventions.greeting(atMinute: TimeZoneCode.wit.minuteOfDay(instant)) == "siang")
}

@Test func theScriptGreetsByTheCheckersWindows() {
    // A QC edit that moves siang's start to 11:00 moves the script's greeting with it.
    var windows = GreetingWindow.draft
    windows[0] = GreetingWindow(name: "pagi", fromMinute: 1, toMinute: 659)
    windows[1] = GreetingWindow(name: "siang", fromMinute: 660, toMinute: 900)
    let edited = CheckingConventions(greetingWindows: windows)
    #expect(edited.greeting(atMinute: 630) == "pagi")
    #expect(CheckingConventions().greeting(atMinute: 630) == "siang")
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
