import Foundation

/// Facts about the terminal Pandu runs in, and the decisions that follow from them.
///
/// The decisions are pure functions of the stored facts, so tests inject facts; `live` reads
/// the real ones.
public struct TerminalFacts: Equatable, Sendable {
    /// Whether standard input is a terminal (an agent typing) rather than a pipe or file.
    public var stdinIsTerminal: Bool
    /// Whether standard output is a terminal rather than a pipe or file.
    public var stdoutIsTerminal: Bool
    /// The terminal's width in columns, when it reports one.
    public var columns: Int?
    /// The process environment (`NO_COLOR`, `TERM`, `COLUMNS` matter here).
    public var environment: [String: String]

    /// The width assumed when neither the terminal nor `COLUMNS` gives one.
    public static let fallbackWidth = 80

    /// Creates a terminal description from given facts.
    public init(
        stdinIsTerminal: Bool,
        stdoutIsTerminal: Bool,
        columns: Int? = nil,
        environment: [String: String] = [:]
    ) {
        self.stdinIsTerminal = stdinIsTerminal
        self.stdoutIsTerminal = stdoutIsTerminal
        self.columns = columns
        self.environment = environment
    }

    /// The facts of this process, read now (read again after a resize for a fresh width).
    public static var live: TerminalFacts {
        live(environment: ProcessInfo.processInfo.environment)
    }

    /// The facts of this process's descriptors, with a given environment.
    public static func live(environment: [String: String]) -> TerminalFacts {
        TerminalFacts(
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
            columns: reportedColumns(of: STDOUT_FILENO),
            environment: environment
        )
    }

    /// Whether to read with readline (`ReadlineLineReader`) rather than `StreamLineReader`.
    public var usesLineEditing: Bool {
        stdinIsTerminal
    }

    /// Columns to lay output out in: the terminal's, else `COLUMNS`, else 80.
    public var width: Int {
        if let columns, columns > 0 { return columns }
        if let value = environment["COLUMNS"].flatMap(Int.init), value > 0 { return value }
        return Self.fallbackWidth
    }

    /// Whether colour may be written: stdout is a terminal, `NO_COLOR` is unset or empty
    /// (no-color.org), and `TERM` is set and not `dumb` (readline treats a missing TERM as dumb).
    public var colourAllowed: Bool {
        guard stdoutIsTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        guard let term = environment["TERM"], !term.isEmpty else { return false }
        return term != "dumb"
    }

    /// The width the terminal on `descriptor` reports, or nil if it is no terminal or says 0.
    private static func reportedColumns(of descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
