import Foundation
import Testing

@testable import PanduCore
@testable import PanduKnowledge

@Suite struct CallbackRulesTests {
    @Test func theBundledPolicyFollowsW18() throws {
        let policy = try CallbackRules.load(from: TestFolders.bundledKnowledge)
        #expect(policy.maxAttempts == 3)
        #expect(policy.minGapMinutes == 30)
        #expect(policy.callingHours.description == "08:00-20:00")
        #expect(
            policy.outcomes.map(\.code) == [
                "reached-resolved", "reached-unresolved", "no-answer", "busy", "wrong-number", "call-later",
            ])
        #expect(policy.outcome("busy")?.action == .retry)
        let dispositions = Set(try KnowledgeLoader.load(from: TestFolders.bundledKnowledge).dispositions.map(\.id))
        #expect(policy.outcomes.compactMap(\.disposition).allSatisfy { dispositions.contains($0) })
    }

    @Test(arguments: [
        ("calling_hours: \"20:00-08:00\"", 4, "calling_hours must be HH:MM-HH:MM"),
        ("min_gap_minutes: 0", 2, "min_gap_minutes must be positive"),
        ("retry_limit: 3", 1, "retry_limit"),
    ])
    func problemsNameTheLine(replacement: String, line: Int, message: String) throws {
        let folder = try TestFolders.temporary()
        var lines = [
            "max_attempts: 3", "min_gap_minutes: 30", "agent_hold_minutes: 60", "calling_hours: \"08:00-20:00\"",
            "outcomes:", "  - {code: ok, label: \"Selesai\", action: resolve, reached: true}",
        ]
        let key = replacement.split(separator: ":")[0]
        if let i = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) {
            lines[i] = replacement
        } else {
            lines[0] = replacement
        }
        try TestFolders.write(lines.joined(separator: "\n") + "\n", to: CallbackRules.file, in: folder)
        #expect {
            _ = try CallbackRules.load(from: folder)
        } throws: { error in
            guard case .invalid(let file, let at, let text) = error as? KnowledgeError else { return false }
            return file == "callbacks.yaml" && at == line && text.contains(message)
        }
    }

    @Test func anUnknownActionIsNamed() throws {
        let folder = try TestFolders.temporary()
        try TestFolders.write(
            "max_attempts: 3\nmin_gap_minutes: 30\nagent_hold_minutes: 60\ncalling_hours: \"08:00-20:00\"\noutcomes:\n"
                + "  - {code: ok, label: \"Selesai\", action: finish, reached: true}\n",
            to: CallbackRules.file, in: folder)
        do {
            _ = try CallbackRules.load(from: folder)
            Issue.record("an unknown action must be refused")
        } catch {
            #expect(error.localizedDescription.contains("callbacks.yaml:6: unknown action \"finish\""))
        }
    }
}
