import Foundation

/// Reads a secret such as a PIN: without echo on a terminal, as one plain line otherwise.
public struct SecretReader {
    private enum Source {
        case terminal(input: Int32, output: Int32)
        case lines(any LineReader)
    }

    private let source: Source

    /// Reads from the terminal `input` (standard input by default), prompting on `output`
    /// (standard error by default, so prompts never mix with results on standard output).
    /// If `input` turns out not to be a terminal, one line is read from it byte by byte.
    public init(terminalInput input: Int32 = STDIN_FILENO, output: Int32 = STDERR_FILENO) {
        source = .terminal(input: input, output: output)
    }

    /// Reads the secret as the next line of `lines`, the reader the shell already uses for
    /// non-terminal input (it buffers ahead, so the secret must come through it). No prompt.
    public init(lines: any LineReader) {
        source = .lines(lines)
    }

    /// Prompts on standard error and reads a secret from the terminal on standard input, as
    /// `SecretReader().read(prompt:)` does.
    public static func read(prompt: String) -> String? {
        SecretReader().read(prompt: prompt)
    }

    /// Prompts (terminal only) and reads a secret; nil at the end of input (Ctrl-D on a terminal).
    /// Ctrl-C on a terminal discards what was typed and prompts again. Invalid UTF-8 reads as "".
    public func read(prompt: String) -> String? {
        switch source {
        case .terminal(let input, let output):
            return readFromTerminal(input, output: output, prompt: prompt)
        case .lines(let lines):
            return Self.readLine(from: lines)
        }
    }

    private func readFromTerminal(_ input: Int32, output: Int32, prompt: String) -> String? {
        fflush(nil)  // whatever the shell printed with stdio must come before the prompt
        let typed = TerminalEchoMode.withoutEcho(input) {
            FileDescriptorIO.write(output, prompt)
            return Self.readKeys(input, output: output, prompt: prompt)
        }
        return typed ?? Self.readPlainLine(input)
    }

    /// The key loop in raw mode (output processing is left on, so "\n" still starts a new line).
    private static func readKeys(_ input: Int32, output: Int32, prompt: String) -> String? {
        var keys = SecretKeystrokes()
        while let byte = FileDescriptorIO.readByte(input) {
            switch keys.take(byte) {
            case .more: continue
            case .done(let secret):
                FileDescriptorIO.write(output, "\n")
                return secret
            case .restart: FileDescriptorIO.write(output, "^C\n" + prompt)
            case .endOfInput:
                FileDescriptorIO.write(output, "\n")
                return nil
            }
        }
        return nil
    }

    /// One line read byte by byte, so nothing after it is taken from a shared descriptor.
    private static func readPlainLine(_ input: Int32) -> String? {
        var bytes: [UInt8] = []
        while let byte = FileDescriptorIO.readByte(input) {
            if byte == 0x0A { return decodeSecret(bytes) }
            bytes.append(byte)
        }
        return bytes.isEmpty ? nil : decodeSecret(bytes)
    }

    private static func readLine(from lines: any LineReader) -> String? {
        while true {
            switch lines.read(prompt: "") {
            case .line(let secret): return secret
            case .invalidEncoding: return ""
            case .interrupted: continue
            case .endOfInput: return nil
            }
        }
    }

    /// A wrong secret rather than a repaired one: "" never matches a PIN.
    static func decodeSecret(_ bytes: [UInt8]) -> String {
        let line = bytes.last == 0x0D ? bytes.dropLast() : bytes[...]
        return String(validating: line, as: UTF8.self) ?? ""
    }
}
