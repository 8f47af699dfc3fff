import Foundation

/// An interactive program on a pseudo-terminal, driven pexpect-style: wait for output, then type.
///
/// Always `expect` the next prompt before sending keys. readline puts the terminal back in cooked
/// mode between lines, and a key typed then (Ctrl-D above all) is eaten by the terminal driver,
/// leaving the program waiting forever; readline switches to raw mode before printing a prompt,
/// so once the prompt is seen, keys are safe.
final class PseudoTerminal {
    private let master: Int32
    /// Kept open for the session: with no slave open the master reports a hang-up (poll returns at
    /// once, read fails with EIO) before the program opens it and after it exits, so waiting would
    /// spin, and output still buffered when the program exits is never at risk.
    private let slave: Int32
    private let child: ChildProcess
    private var unread: [UInt8] = []
    private var everything: [UInt8] = []

    /// Starts the `pandu` executable built beside the tests.
    static func pandu(_ arguments: [String] = [], environment: [String: String] = [:]) throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: ProductLocator.executable(named: "pandu"), arguments: arguments, environment: environment)
    }

    /// Starts `executable` on a new terminal of `columns` × `rows` as its controlling terminal,
    /// with PATH, HOME, TERM=dumb (no escape sequences) and `environment`.
    init(
        executable: URL, arguments: [String] = [], environment: [String: String] = [:],
        columns: UInt16 = 100, rows: UInt16 = 24
    ) throws {
        (master, slave) = try Self.openTerminal(columns: columns, rows: rows)
        do {
            child = try ChildProcess(
                executable: executable, arguments: arguments,
                environment: ChildProcess.environment(adding: ["TERM": "dumb"].merging(environment) { $1 }),
                streams: .terminal(path: try Self.path(of: slave)))
        } catch {
            close(master)
            close(slave)
            throw error
        }
    }

    deinit {
        child.kill()
        close(master)
        close(slave)
    }

    /// Everything the program has written so far.
    var transcript: String {
        String(decoding: everything, as: UTF8.self)
    }

    /// Waits for `needle` in output not yet consumed, consumes through it, and returns the text
    /// before it. Throws, with the transcript, on timeout or if the program ends first.
    @discardableResult
    func expect(_ needle: String, timeout: Duration = .seconds(10)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let text = consume(through: Array(needle.utf8)) { return text }
            if let ended = child.exitStatus(), !readAvailable(waitingMilliseconds: 0) {
                throw HarnessError("program ended (\(ended)) before \(needle.debugDescription)", output: transcript)
            }
            guard ContinuousClock.now < deadline else {
                throw HarnessError("no \(needle.debugDescription) within \(timeout)", output: transcript)
            }
            readAvailable(waitingMilliseconds: 20)
        }
    }

    /// Types `text` as is (use "\r" for Enter, as a terminal sends).
    func send(_ text: String) throws {
        try write(Array(text.utf8))
    }

    /// Types raw bytes, e.g. invalid UTF-8.
    func sendBytes(_ bytes: [UInt8]) throws {
        try write(bytes)
    }

    /// Types `text` followed by Enter.
    func sendLine(_ text: String) throws {
        try send(text + "\r")
    }

    /// Types Ctrl plus a letter: "C" interrupts, "D" ends input on an empty line.
    func sendControl(_ letter: Character) throws {
        guard let ascii = letter.uppercased().first?.asciiValue, (64...95).contains(ascii) else {
            throw HarnessError("no control key for \(letter)")
        }
        try write([ascii & 0x1F])
    }

    /// Presses Tab.
    func sendTab() throws {
        try send("\t")
    }

    /// Presses the Up arrow (ESC [ A).
    func sendUpArrow() throws {
        try send("\u{1B}[A")
    }

    /// Waits for the program to exit and returns how it ended; after `timeout` it is killed with
    /// SIGKILL and this throws with the transcript.
    @discardableResult
    func finish(timeout: Duration = .seconds(10)) throws -> ExitStatus {
        let deadline = ContinuousClock.now + timeout
        while child.exitStatus() == nil {
            guard ContinuousClock.now < deadline else {
                child.kill()
                throw HarnessError("program did not exit within \(timeout); killed", output: transcript)
            }
            // Keep reading: a program blocked writing to a full terminal would never exit.
            readAvailable(waitingMilliseconds: 20)
        }
        while readAvailable(waitingMilliseconds: 0) {}
        return child.exitStatus()!
    }

    /// Ends the program at once with SIGKILL, as a crash or a pulled plug would, and waits for it.
    func killNow() {
        child.kill()
        _ = try? finish(timeout: .seconds(5))
    }

    /// Reads whatever output is ready within the wait; false if there was none.
    @discardableResult
    private func readAvailable(waitingMilliseconds: Int32) -> Bool {
        var entry = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&entry, 1, waitingMilliseconds) > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = read(master, &chunk, chunk.count)
        guard count > 0 else { return false }
        unread.append(contentsOf: chunk[..<count])
        everything.append(contentsOf: chunk[..<count])
        return true
    }

    private func consume(through needle: [UInt8]) -> String? {
        guard !needle.isEmpty, unread.count >= needle.count else { return needle.isEmpty ? "" : nil }
        let starts = 0...(unread.count - needle.count)
        for start in starts where unread[start..<(start + needle.count)].elementsEqual(needle) {
            let before = String(decoding: unread[..<start], as: UTF8.self)
            unread.removeFirst(start + needle.count)
            return before
        }
        return nil
    }

    private func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes {
                Foundation.write(master, $0.baseAddress! + offset, $0.count - offset)
            }
            if count > 0 {
                offset += count
            } else if errno != EINTR {
                let reason = String(cString: strerror(errno))
                throw HarnessError("cannot type into the terminal: \(reason)", output: transcript)
            }
        }
    }

    /// Resizes the terminal as a window manager would; the kernel sends SIGWINCH to the program.
    func resize(columns: UInt16, rows: UInt16) throws {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
            throw HarnessError("TIOCSWINSZ failed: \(String(cString: strerror(errno)))", output: transcript)
        }
    }

    private static func openTerminal(columns: UInt16, rows: UInt16) throws -> (master: Int32, slave: Int32) {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw HarnessError("openpty failed: \(String(cString: strerror(errno)))")
        }
        [master, slave].forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
        return (master, slave)
    }

    private static func path(of terminal: Int32) throws -> String {
        var name = [CChar](repeating: 0, count: 256)
        guard ttyname_r(terminal, &name, name.count) == 0 else { throw HarnessError("ttyname_r failed") }
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
