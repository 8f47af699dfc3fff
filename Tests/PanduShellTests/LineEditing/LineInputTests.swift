import Testing
@testable import PanduShell

@Suite("Decoding a line's bytes")
struct LineInputTests {
    @Test("valid UTF-8 becomes a line")
    func validLine() {
        #expect(LineInput(decoding: Array("Terima kasih ✓".utf8)) == .line("Terima kasih ✓"))
        #expect(LineInput(decoding: [UInt8]()) == .line(""))
    }

    @Test("invalid UTF-8 is reported with its size, never repaired", arguments: [
        [0xFF], [0x61, 0xC3], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80],
    ] as [[UInt8]])
    func invalidLine(bytes: [UInt8]) {
        #expect(LineInput(decoding: bytes) == .invalidEncoding(byteCount: bytes.count))
    }
}
