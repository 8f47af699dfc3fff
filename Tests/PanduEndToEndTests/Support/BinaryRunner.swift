import Foundation

/// Runs a built program to completion with arguments, environment and standard input, the way a
/// script or CI job would (no terminal).
struct BinaryRunner {
    /// The program this runner starts.
    let executable: URL

    /// A runner for any executable, e.g. /bin/sh in the harness's own tests.
    init(executable: URL) {
        self.executable = executable
    }

    /// A runner for the `pandu` executable built beside the tests.
    static func pandu() throws -> BinaryRunner {
        BinaryRunner(executable: try ProductLocator.executable(named: "pandu"))
    }

    /// Runs the program; the environment holds only PATH, HOME and `environment`.
    /// Throws, with the output so far, if it does not finish within `timeout` (it is killed).
    func run(
        _ arguments: [String] = [], environment: [String: String] = [:],
        stdin: String = "", timeout: Duration = .seconds(30)
    ) throws -> RunResult {
        try run(arguments, environment: environment, stdinBytes: Array(stdin.utf8), timeout: timeout)
    }

    /// Runs the program with raw bytes (e.g. invalid UTF-8) on standard input.
    func run(
        _ arguments: [String] = [], environment: [String: String] = [:],
        stdinBytes: [UInt8], timeout: Duration = .seconds(30)
    ) throws -> RunResult {
        // A child that exits without reading its input must not kill the test run with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let input = try Self.makePipe(), output = try Self.makePipe(), errors = try Self.makePipe()
        let child: ChildProcess
        do {
            child = try start(
                arguments, environment: environment, input: input.read, output: output.write, errors: errors.write)
        } catch {
            [input.write, output.read, errors.read].forEach { close($0) }
            throw error
        }
        var pump = PipePump(input: stdinBytes, inputPipe: input.write, outputPipe: output.read, errorPipe: errors.read)
        return try finish(child, pump: &pump, deadline: .now + timeout, arguments: arguments)
    }

    /// Starts the child on the given pipe ends, then closes them here: the child has its own copies,
    /// and a write end left open in the parent would keep the output from ever ending.
    private func start(
        _ arguments: [String], environment: [String: String], input: Int32, output: Int32, errors: Int32
    ) throws -> ChildProcess {
        defer { [input, output, errors].forEach { close($0) } }
        return try ChildProcess(
            executable: executable, arguments: arguments,
            environment: ChildProcess.environment(adding: environment),
            streams: .descriptors(input: input, output: output, error: errors))
    }

    private func finish(
        _ child: ChildProcess, pump: inout PipePump, deadline: ContinuousClock.Instant, arguments: [String]
    ) throws -> RunResult {
        let closed = pump.run(until: deadline)
        pump.closeAll()
        guard closed, let status = child.waitForExit(until: deadline) else {
            child.kill()
            let seen = "stdout:\n" + String(decoding: pump.output, as: UTF8.self)
                + "\nstderr:\n" + String(decoding: pump.error, as: UTF8.self)
            let command = ([executable.lastPathComponent] + arguments).joined(separator: " ")
            throw HarnessError("\(command) did not finish in time; killed", output: seen)
        }
        return RunResult(status: status, outputBytes: pump.output, errorBytes: pump.error)
    }

    /// A pipe whose ends are closed on exec, so other tests' children never inherit them.
    private static func makePipe() throws -> (read: Int32, write: Int32) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw HarnessError("pipe failed: \(String(cString: strerror(errno)))") }
        ends.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }
}
