import Testing
@testable import PanduShell

@Suite("Reading lines from a pipe or file")
struct StreamLineReaderTests {
    private static let chunkSizes = [1, 2, 3, 7, 64 * 1024]

    @Test("LF and CRLF both end a line; the CR is not part of it", arguments: chunkSizes)
    func lineEndings(chunkSize: Int) throws {
        let inputs = try StreamFixture.inputs(of: Array("status\r\nhelp\nquit\r\n".utf8), chunkSize: chunkSize)
        #expect(inputs == [.line("status"), .line("help"), .line("quit"), .endOfInput])
    }

    @Test("a last line without a newline is still read", arguments: chunkSizes)
    func lastLineWithoutNewline(chunkSize: Int) throws {
        let inputs = try StreamFixture.inputs(of: Array("one\ntwo".utf8), chunkSize: chunkSize)
        #expect(inputs == [.line("one"), .line("two"), .endOfInput])
    }

    @Test("empty lines are lines, and empty input is at once the end")
    func emptyLinesAndInput() throws {
        #expect(try StreamFixture.inputs(of: Array("\n\r\n".utf8)) == [.line(""), .line(""), .endOfInput])
        #expect(try StreamFixture.inputs(of: []) == [.endOfInput])
    }

    @Test("an invalid UTF-8 line is reported by size and the next line is read normally", arguments: chunkSizes)
    func invalidThenValid(chunkSize: Int) throws {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3, 0x0D, 0x0A] + Array("agen Budi ✓\n".utf8)
        let inputs = try StreamFixture.inputs(of: bytes, chunkSize: chunkSize)
        #expect(inputs == [.invalidEncoding(byteCount: 4), .line("agen Budi ✓"), .endOfInput])
    }

    @Test("a multi-byte character split across reads is decoded whole", arguments: [1, 2, 3])
    func splitCharacter(chunkSize: Int) throws {
        let inputs = try StreamFixture.inputs(of: Array("Selamat pagi, Ibu Dewi — 😊\n".utf8), chunkSize: chunkSize)
        #expect(inputs == [.line("Selamat pagi, Ibu Dewi — 😊"), .endOfInput])
    }

    @Test("tabs, lone carriage returns and NUL bytes are kept as they were sent")
    func bytesKept() throws {
        let inputs = try StreamFixture.inputs(of: Array("a\tb\t\tc\nx\ry\nnul\u{0}end\n".utf8))
        #expect(inputs == [.line("a\tb\t\tc"), .line("x\ry"), .line("nul\u{0}end"), .endOfInput])
    }

    @Test("a 1 MB line arrives whole, followed by the next line")
    func megabyteLine() throws {
        let long = String(repeating: "kosong dua satu ", count: 65_536)
        let inputs = try StreamFixture.inputs(of: Array((long + "\nnext\n").utf8))
        #expect(inputs == [.line(long), .line("next"), .endOfInput])
    }

    @Test("reading after the end keeps reporting the end")
    func endIsSticky() throws {
        try StreamFixture.withDescriptor(for: Array("only\n".utf8)) { descriptor in
            let reader = StreamLineReader(fileDescriptor: descriptor)
            #expect(reader.read(prompt: "") == .line("only"))
            #expect(reader.read(prompt: "") == .endOfInput)
            #expect(reader.read(prompt: "") == .endOfInput)
        }
    }

    @Test("history calls are accepted and change nothing")
    func noHistory() throws {
        try StreamFixture.withDescriptor(for: Array("a\n".utf8)) { descriptor in
            let reader = StreamLineReader(fileDescriptor: descriptor)
            reader.setHistoryFile(nil)
            reader.addHistory("x")
            reader.saveHistory()
            #expect(reader.read(prompt: "") == .line("a"))
        }
    }

    @Test("a descriptor that cannot be read ends the input instead of crashing")
    func unreadableDescriptor() {
        #expect(StreamLineReader(fileDescriptor: -1).read(prompt: "") == .endOfInput)
    }
}
