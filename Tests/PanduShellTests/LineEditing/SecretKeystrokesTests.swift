import Testing
@testable import PanduShell

@Suite("Keys typed at a PIN prompt")
struct SecretKeystrokesTests {
    private func type(_ bytes: [UInt8]) -> [SecretKeystrokes.Outcome] {
        var keys = SecretKeystrokes()
        return bytes.map { keys.take($0) }.filter { $0 != .more }
    }

    @Test("Enter (CR or LF) completes the secret")
    func enter() {
        #expect(type(Array("1234\r".utf8)) == [.done("1234")])
        #expect(type(Array("98\n".utf8)) == [.done("98")])
    }

    @Test("Backspace and Ctrl-U edit; other control keys and arrows' ESC are ignored")
    func editing() {
        #expect(type(Array("129\u{7F}3\u{8}4\r".utf8)) == [.done("124")])
        #expect(type(Array("55\u{15}66\r".utf8)) == [.done("66")])
        #expect(type(Array("7\u{1B}\u{9}8\r".utf8)) == [.done("78")])
        #expect(type(Array("\u{7F}\u{7F}1\r".utf8)) == [.done("1")])
    }

    @Test("Ctrl-C forgets what was typed and asks again")
    func controlC() {
        #expect(type(Array("99\u{3}12\r".utf8)) == [.restart, .done("12")])
    }

    @Test("Ctrl-D ends input only when nothing was typed")
    func controlD() {
        #expect(type([0x04]) == [.endOfInput])
        #expect(type(Array("1\u{4}2\r".utf8)) == [.done("12")])
    }

    @Test("an invalid UTF-8 secret reads as empty, which no PIN matches")
    func invalidSecret() {
        #expect(type([0x31, 0xFF, 0x0D]) == [.done("")])
    }
}
