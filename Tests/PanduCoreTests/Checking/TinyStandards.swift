@testable import PanduCore

/// A small standard set built in Swift, so Core's engine is tested without reading YAML.
enum TinyStandards {
    static let wordLists: [String: WordList] = [
        "informal": WordList(
            name: "informal", entries: ["bentar", "aja", "udah", "sih", "ga", "emang", "aku", "gitu", "gan", "oke"]),
        "abusive": WordList(name: "abusive", entries: ["bodoh", "{start} dasar …"]),
        "thanks": WordList(
            name: "thanks", entries: ["terima kasih (sudah|telah) menunggu"], notAccepted: ["maaf menunggu lama"]),
    ]

    static var standard: Standard {
        Standard(
            id: "TINY", name: "Tiny", medium: .voice, passingScore: 85,
            appliesTo: [StandardSelector(service: "147", tiers: ["T1", nil], channels: ["voice"])],
            parameters: [
                StandardParameter(
                    id: "T-O1", name: "Salam", category: "pembuka", weight: 40,
                    when: [CheckCondition(scopes: ["opening", "full_call"])],
                    check: .phrases(
                        PhraseCheck(window: .firstAgent, requiredAny: [PatternGroup(["selamat {greeting_time}"])])),
                    suggestion: "Ucapkan \"Selamat {greeting_time}\"."),
                StandardParameter(
                    id: "T-H2", name: "Terima kasih setelah hold", category: "hold", weight: 20,
                    when: [CheckCondition(has: [.agentAfterHold])],
                    check: .phrases(
                        PhraseCheck(window: .afterEachHold, requiredAny: [PatternGroup(["word_lists.thanks"])]))),
                StandardParameter(
                    id: "T-B1", name: "Bahasa", category: "bahasa_etika", weight: 30, everyTurn: true,
                    when: [CheckCondition(has: [.agentTurn])],
                    check: .forbidden(ForbiddenCheck(lists: ["word_lists.informal"])), suggestion: "Ganti {found}."),
                StandardParameter(
                    id: "T-B2", name: "Intonasi", category: "bahasa_etika", weight: 10, manual: true, check: .manual),
                StandardParameter(
                    id: "T-F1", name: "Kata kasar", fatal: true, everyTurn: true,
                    when: [CheckCondition(has: [.agentTurn])],
                    check: .forbidden(ForbiddenCheck(lists: ["word_lists.abusive"]))),
            ])
    }

    static var set: StandardSet {
        StandardSet(version: "test", conventions: CheckingConventions(), wordLists: wordLists, standards: [standard])
    }

    static var checker: PhraseChecker { try! PhraseChecker(standards: set) }

    static func transcript(_ turns: [Turn]) -> Transcript { transcript("full_call", turns) }

    static func transcript(_ scope: String, time: String = "09:00", _ turns: [Turn]) -> Transcript {
        Transcript(
            id: "t", service: "147", tier: "T1", channel: .voice, scope: scope, localTime: time, timezone: .wib,
            agentName: "Rina", customerName: "Budi", turns: turns)
    }
}
