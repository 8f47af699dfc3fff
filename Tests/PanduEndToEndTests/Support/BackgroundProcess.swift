import Foundation

/// A long-running program (a server) started for a test with its output in files, stopped with a signal.
final class BackgroundProcess {
    let child: ChildProcess
    let outputFile: URL
    let errorFile: URL

    /// Starts `executable` with `arguments`; stdin is /dev/null, stdout and stderr go to files in `folder`.
    init(
        executable: URL, arguments: [String], environment: [String: String], folder: URL, name: String
    ) throws {
        outputFile = folder.appendingPathComponent("\(name).out")
        errorFile = folder.appendingPathComponent("\(name).err")
        let input = open("/dev/null", O_RDONLY)
        let output = open(outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let errors = open(errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer { [input, output, errors].forEach { close($0) } }
        child = try ChildProcess(
            executable: executable, arguments: arguments,
            environment: ChildProcess.environment(adding: environment),
            streams: .descriptors(input: input, output: output, error: errors))
    }

    /// What the program has written to stdout so far.
    var output: String { (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "" }
    /// What the program has written to stderr so far.
    var errors: String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }

    /// Waits until stdout matches `pattern` (a regular expression with one capture group) and returns the group.
    func waitForOutput(_ pattern: String, timeout: Duration = .seconds(30)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        let regex = try NSRegularExpression(pattern: pattern)
        while ContinuousClock.now < deadline {
            let text = output
            if let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                let r = Range(m.range(at: 1), in: text)
            {
                return String(text[r])
            }
            if let status = child.exitStatus() {
                throw HarnessError("ended (\(status)) before \(pattern)", output: output + errors)
            }
            usleep(50_000)
        }
        throw HarnessError("no \(pattern) within \(timeout)", output: output + errors)
    }

    /// Sends `signal` and waits for the exit; nil if it did not end in time (then it is killed).
    func stop(_ signal: Int32 = SIGTERM, timeout: Duration = .seconds(10)) -> ExitStatus? {
        _ = kill(child.pid, signal)
        let status = child.waitForExit(until: .now + timeout)
        if status == nil { child.kill() }
        return status
    }
}
