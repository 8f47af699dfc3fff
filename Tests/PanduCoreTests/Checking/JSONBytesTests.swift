import Foundation
import Testing

@testable import PanduCore

@Suite("JSON bytes")
struct JSONBytesTests {
    /// The escaped form of `s` as JSONSerialization-free expectations are written by hand.
    private func escaped(_ s: String) -> String {
        var w = JSONBytes(capacity: 16)
        w.string(s)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    @Test("quotes, backslashes and control characters are escaped wherever they fall in a word")
    func escapes() {
        #expect(escaped("") == #""""#)
        #expect(escaped("plain") == #""plain""#)
        #expect(escaped(#"say "halo" now, ok?"#) == #""say \"halo\" now, ok?""#)
        #expect(escaped("a\\b\nc\td\r\u{1}") == #""a\\b\nc\td\r\u0001""#)
        #expect(escaped(#"12345678"12345678\"#) == #""12345678\"12345678\\""#)
        #expect(escaped("Selamat pagi, Bapak Budi é 😀 \"x\"") == #""Selamat pagi, Bapak Budi é 😀 \"x\"""#)
    }

    @Test("grows past its first capacity and hands the bytes over whole")
    func grows() {
        var w = JSONBytes(capacity: 16)
        let long = String(repeating: "abc\"", count: 100)
        w.string(long)
        w.append(0x0A)
        #expect(w.count == 2 + 500 + 1)
        #expect(w.bytes.count == w.count)
        w.withUnsafeBytes { #expect($0.count == 503) }
        w.removeAll()
        #expect(w.count == 0 && w.bytes.isEmpty)
    }
}
