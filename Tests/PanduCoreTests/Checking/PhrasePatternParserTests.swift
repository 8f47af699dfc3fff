import Testing

@testable import PanduCore

@Suite("Pattern syntax")
struct PhrasePatternParserTests {
    @Test("alternatives, optional words, gaps and placeholders parse into a tree")
    func parsesTheSyntax() throws {
        let p = try PhrasePatternParser.parse("ada yang (bisa|dapat) [saya|kami] bantu … {honorific}")
        guard case .sequence(let items) = p else {
            Issue.record("not a sequence: \(p)")
            return
        }
        #expect(items.count == 6)
        #expect(items.contains(.gap))
        #expect(p.placeholders == ["honorific"])
    }

    @Test("a suffix in brackets spells one word two ways")
    func suffixSpelling() throws {
        let p = try PhrasePatternParser.parse("mohon maaf atas ketidaknyamanan[nya]")
        guard case .sequence(let items) = p else {
            Issue.record("\(p)")
            return
        }
        #expect(items.last == .word(["ketidaknyamanan", "ketidaknyamanannya"]))
    }

    @Test("a sign-off mark sticks to the placeholder after it")
    func signOffMarks() throws {
        #expect(try PhrasePatternParser.parse("-{agent_name}") == .sequence([.mark("-"), .placeholder("agent_name")]))
        #expect(try PhrasePatternParser.parse("^{initials}") == .sequence([.mark("^"), .placeholder("initials")]))
        #expect(try PhrasePatternParser.parse("kira-kira") == .sequence([.text("kira-kira")]))
    }

    @Test("(x)? is optional like [x]")
    func questionMarkOptional() throws {
        let p = try PhrasePatternParser.parse("dasar (Bapak|Ibu)?")
        guard case .sequence(let items) = p, case .optional = items.last else {
            Issue.record("\(p)")
            return
        }
    }

    @Test("unbalanced brackets and empty placeholders are refused with their place")
    func syntaxErrors() {
        #expect(throws: PatternSyntaxError.self) { try PhrasePatternParser.parse("ada yang (bisa|dapat bantu") }
        #expect(throws: PatternSyntaxError.self) { try PhrasePatternParser.parse("mohon ] maaf") }
        #expect(throws: PatternSyntaxError.self) { try PhrasePatternParser.parse("dengan {}") }
        #expect(throws: PatternSyntaxError.self) { try PhrasePatternParser.parse("") }
        do {
            _ = try PhrasePatternParser.parse("selamat {greeting time}")
            Issue.record("a space inside a placeholder must fail")
        } catch let e as PatternSyntaxError {
            #expect(e.offset == 17)
        } catch {
            Issue.record("\(error)")
        }
    }
}
