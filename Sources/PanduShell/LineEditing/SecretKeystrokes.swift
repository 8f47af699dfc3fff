/// The keys of a secret typed on a terminal in raw mode, where the terminal edits nothing itself.
struct SecretKeystrokes {
    /// What the reader does after a key.
    enum Outcome: Equatable {
        /// Keep reading.
        case more
        /// Enter: the secret is complete.
        case done(String)
        /// Ctrl-C: the typed keys are gone; say so and prompt again.
        case restart
        /// Ctrl-D with nothing typed.
        case endOfInput
    }

    private var bytes: [UInt8] = []

    /// Takes one key byte; editing keys act on what was typed, other control keys are ignored.
    mutating func take(_ byte: UInt8) -> Outcome {
        switch byte {
        case 0x0A, 0x0D:
            defer { bytes.removeAll() }
            return .done(String(validating: bytes, as: UTF8.self) ?? "")
        case 0x03:
            bytes.removeAll()
            return .restart
        case 0x04:
            return bytes.isEmpty ? .endOfInput : .more
        case 0x08, 0x7F:
            _ = bytes.popLast()
        case 0x15:
            bytes.removeAll()
        case 0x00..<0x20:
            break
        default:
            bytes.append(byte)
        }
        return .more
    }
}
