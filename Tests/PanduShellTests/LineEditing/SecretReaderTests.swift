import Testing
@testable import PanduShell

@Suite("Reading a PIN without a terminal")
struct SecretReaderTests {
    @Test("through the shell's stream reader, the PIN is the next line and later lines stay")
    func sharedStream() throws {
        try StreamFixture.withDescriptor(for: Array("login 1001\n123456\r\nstatus\n".utf8)) { descriptor in
            let lines = StreamLineReader(fileDescriptor: descriptor)
            let secrets = SecretReader(lines: lines)
            #expect(lines.read(prompt: "") == .line("login 1001"))
            #expect(secrets.read(prompt: "PIN: ") == "123456")
            #expect(lines.read(prompt: "") == .line("status"))
            #expect(secrets.read(prompt: "PIN: ") == nil)
        }
    }

    @Test("an invalid UTF-8 PIN line reads as empty")
    func invalidLine() throws {
        try StreamFixture.withDescriptor(for: [0x31, 0xFF, 0x0A]) { descriptor in
            #expect(SecretReader(lines: StreamLineReader(fileDescriptor: descriptor)).read(prompt: "") == "")
        }
    }

    @Test("a terminal reader given a file reads one plain line and takes nothing after it")
    func terminalReaderOnFile() throws {
        try StreamFixture.withDescriptor(for: Array("4321\r\nnext\nlast".utf8)) { descriptor in
            let secrets = SecretReader(terminalInput: descriptor, output: -1)
            #expect(secrets.read(prompt: "PIN: ") == "4321")
            #expect(StreamLineReader(fileDescriptor: descriptor).read(prompt: "") == .line("next"))
        }
        try StreamFixture.withDescriptor(for: Array("77".utf8)) { descriptor in
            let secrets = SecretReader(terminalInput: descriptor, output: -1)
            #expect(secrets.read(prompt: "") == "77")
            #expect(secrets.read(prompt: "") == nil)
        }
    }
}
