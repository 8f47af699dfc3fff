import Foundation
import PanduMetrics

#if canImport(Glibc)
    import Glibc
#endif

/// The full-screen terminal of `pandu monitor`: alternate screen, hidden cursor, keys read one at a time
/// without echo; redraws on a timer, on a resize (SIGWINCH) and on a key; always restores the terminal.
final class LiveScreen {
    private let input: Int32 = STDIN_FILENO
    private let output: Int32 = STDOUT_FILENO
    private var saved = termios()
    private var savedValid = false

    /// Switches the terminal to the full-screen mode.
    func enter() {
        if tcgetattr(input, &saved) == 0 {
            savedValid = true
            var raw = saved
            raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
            raw.c_cc.6 = 0  // VMIN: reads return at once
            raw.c_cc.5 = 0  // VTIME
            tcsetattr(input, TCSANOW, &raw)
        }
        write("\u{1B}[?1049h\u{1B}[?25l\u{1B}[H\u{1B}[2J")
    }

    /// Puts the terminal back as it was: main screen, cursor shown, line mode and echo.
    func leave() {
        write("\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l")
        if savedValid { tcsetattr(input, TCSANOW, &saved) }
    }

    /// Rows and columns the terminal reports (TIOCGWINSZ); 24 × 80 when it reports none.
    func size() -> (rows: Int, columns: Int) {
        var w = winsize()
        guard ioctl(output, UInt(TIOCGWINSZ), &w) == 0, w.ws_row > 0, w.ws_col > 0 else {
            return (24, 80)
        }
        return (Int(w.ws_row), Int(w.ws_col))
    }

    /// Draws `lines` from the top-left corner, clearing what was there.
    func draw(_ lines: [String]) {
        write("\u{1B}[H" + lines.joined(separator: "\u{1B}[K\r\n") + "\u{1B}[K\u{1B}[J")
    }

    /// Waits up to `seconds` for a key; returns the bytes read, or [] at the timeout, when `wake` or `resized`
    /// is raised, or when the terminal's size is no longer `drawn` (checked every 100 ms as well, since a
    /// SIGWINCH that arrives before the signal source is registered would otherwise be lost).
    func waitForKey(
        seconds: Double, wake: StopFlag, resized: StopFlag, drawn: (rows: Int, columns: Int)
    ) -> [UInt8] {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, !wake.isRaised, !resized.isRaised {
            if size() != drawn { return [] }
            var p = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 64)
            let n = read(input, &buffer, buffer.count)
            if n > 0 { return Array(buffer[0..<n]) }
            if n == 0 { return [0x04] }  // end of input: the terminal went away
        }
        return []
    }

    private func write(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.write(output, $0.baseAddress, $0.count) }
            guard n > 0 else { return }
            sent += n
        }
    }
}
