import Foundation

/// Where a command reads a line of input or a secret from.
public struct InputSource {
    /// Whether a person is typing (a terminal): secrets are then read without echo and asked twice.
    public var interactive: Bool
    /// Reads one line after showing `prompt` (nil at end of input).
    public var line: (String) -> String?
    /// Reads a secret after showing `prompt`, without echo on a terminal.
    public var secret: (String) -> String?

    public init(
        interactive: Bool, line: @escaping (String) -> String?,
        secret: @escaping (String) -> String?
    ) {
        self.interactive = interactive
        self.line = line
        self.secret = secret
    }

    /// The process's stdin; prompts go to stderr so they never mix with results.
    public static var standard: InputSource {
        let interactive = TerminalFacts.live.stdinIsTerminal
        return InputSource(
            interactive: interactive,
            line: { prompt in
                if interactive { FileHandle.standardError.write(Data(prompt.utf8)) }
                return Swift.readLine().map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            },
            secret: { prompt in
                interactive
                    ? SecretReader.read(prompt: prompt)
                    : Swift.readLine().map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            })
    }
}
