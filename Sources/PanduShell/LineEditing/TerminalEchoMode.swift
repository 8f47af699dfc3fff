import Foundation

/// Switches a terminal to raw input without echo for the length of a closure, then restores it.
///
/// Raw rather than just echo-off: with ISIG cleared, Ctrl-C arrives as a key instead of a signal,
/// so no exit path can leave the agent's terminal without echo.
enum TerminalEchoMode {
    /// Runs `body` with `descriptor` in raw, silent mode; nil (body not run) if it is no terminal.
    static func withoutEcho<Result>(_ descriptor: Int32, _ body: () -> Result) -> Result? {
        var saved = termios()
        guard tcgetattr(descriptor, &saved) == 0 else { return nil }
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
        silent.c_iflag &= ~tcflag_t(ICRNL | IXON)
        withUnsafeMutableBytes(of: &silent.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        // TCSAFLUSH drops keys typed before the prompt: they were echoed, so the PIN would show.
        guard tcsetattr(descriptor, TCSAFLUSH, &silent) == 0 else { return nil }
        defer { tcsetattr(descriptor, TCSANOW, &saved) }
        return body()
    }
}
