/// What one read from a `LineReader` produced.
public enum LineInput: Equatable, Sendable {
    /// A complete line, without its line terminator (`\n` or `\r\n`).
    case line(String)
    /// A line whose bytes were not valid UTF-8; it is dropped whole so nothing garbled is recorded.
    case invalidEncoding(byteCount: Int)
    /// Ctrl-C on a terminal: the line being typed is cancelled, never the shift.
    case interrupted
    /// Ctrl-D on an empty line, or the end of a non-terminal input.
    case endOfInput
}

extension LineInput {
    /// Decodes one line's bytes, reporting invalid UTF-8 instead of repairing it with U+FFFD.
    init(decoding bytes: some Collection<UInt8>) {
        if let text = String(validating: bytes, as: UTF8.self) {
            self = .line(text)
        } else {
            self = .invalidEncoding(byteCount: bytes.count)
        }
    }
}
