import Testing
@testable import PanduShell

@Suite("Splitting bytes into lines")
struct ByteLineBufferTests {
    private func append(_ text: String, to buffer: inout ByteLineBuffer) {
        Array(text.utf8).withUnsafeBytes { buffer.append($0) }
    }

    @Test("no line is returned until its newline arrives")
    func waitsForNewline() {
        var buffer = ByteLineBuffer()
        append("sta", to: &buffer)
        #expect(buffer.takeLine() == nil)
        append("tus\r", to: &buffer)
        #expect(buffer.takeLine() == nil)
        append("\nhelp", to: &buffer)
        #expect(buffer.takeLine() == .line("status"))
        #expect(buffer.takeLine() == nil)
        #expect(buffer.takeRemainder() == .line("help"))
        #expect(buffer.takeRemainder() == nil)
    }

    @Test("lines taken before more bytes arrive are not returned again")
    func consumedLinesStayConsumed() {
        var buffer = ByteLineBuffer()
        append("a\nb\nc", to: &buffer)
        #expect(buffer.takeLine() == .line("a"))
        append("\nd\n", to: &buffer)
        #expect(buffer.takeLine() == .line("b"))
        #expect(buffer.takeLine() == .line("c"))
        #expect(buffer.takeLine() == .line("d"))
        #expect(buffer.takeLine() == nil)
        #expect(buffer.takeRemainder() == nil)
    }

    @Test("only a CR right before the LF is dropped")
    func onlyFinalCarriageReturn() {
        var buffer = ByteLineBuffer()
        append("\r\r\n\r\n", to: &buffer)
        #expect(buffer.takeLine() == .line("\r"))
        #expect(buffer.takeLine() == .line(""))
    }
}
