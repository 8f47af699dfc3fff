import Testing
@testable import PanduShell

@Suite("What Tab asks to complete")
struct CompletionRequestTests {
    @Test("the first word is the command")
    func firstWord() {
        let request = CompletionRequest(line: "  fl", word: "fl", wordStart: 2)
        #expect(request.isFirstWord)
        #expect(request.precedingWords.isEmpty)
        #expect(request.textBeforeWord == "  ")
    }

    @Test("later words see the words before them, not the text after the cursor")
    func laterWord() {
        let request = CompletionRequest(line: "flow start 147 --now x", word: "147", wordStart: 11)
        #expect(!request.isFirstWord)
        #expect(request.precedingWords == ["flow", "start"])
    }

    @Test("an empty word after a space completes the next argument")
    func emptyWord() {
        let request = CompletionRequest(line: "aux ", word: "", wordStart: 4)
        #expect(request.precedingWords == ["aux"])
        #expect(request.matches(in: ["break", "toilet"]) == ["break", "toilet"])
    }

    @Test("the offset counts UTF-8 bytes, as readline reports it")
    func byteOffset() {
        let request = CompletionRequest(line: "catat Bu Dé dis", word: "dis", wordStart: 13)
        #expect(request.precedingWords == ["catat", "Bu", "Dé"])
    }

    @Test("an offset outside the line is clamped")
    func clampedOffset() {
        #expect(CompletionRequest(line: "ab", word: "", wordStart: 99).wordStart == 2)
        #expect(CompletionRequest(line: "ab", word: "ab", wordStart: -3).isFirstWord)
    }

    @Test("only candidates extending the word are offered, once each, in order")
    func matchingCandidates() {
        let request = CompletionRequest(line: "flow start 147", word: "147", wordStart: 11)
        let offered = request.matches(in: ["147-info", "108", "147-complaint", "147-info", "147"])
        #expect(offered == ["147-info", "147-complaint", "147"])
    }

    @Test("readline's C buffers become a request, even with invalid UTF-8")
    func fromReadlineBuffers() {
        let line: [CChar] = Array("help st\u{0}".utf8CString.dropLast())
        var garbled = Array("ab".utf8CString)
        garbled.insert(CChar(bitPattern: 0xFF), at: 1)
        line.withUnsafeBufferPointer { buffer in
            let request = CompletionRequest(lineBuffer: buffer.baseAddress, word: buffer.baseAddress! + 5, start: 5)
            #expect(request == CompletionRequest(line: "help st", word: "st", wordStart: 5))
        }
        garbled.withUnsafeBufferPointer { buffer in
            let request = CompletionRequest(lineBuffer: buffer.baseAddress, word: nil, start: 0)
            #expect(request.line == "a\u{FFFD}b")
            #expect(request.word.isEmpty)
        }
    }
}
