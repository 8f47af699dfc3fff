import Foundation
import Testing

/// The end-to-end harness itself, proved against /bin/sh and /bin/cat before it drives pandu.
@Suite("Test harness")
struct HarnessTests {
    private let shell = BinaryRunner(executable: URL(fileURLWithPath: "/bin/sh"))

    @Test("the built pandu executable is found and runs")
    func findsPandu() throws {
        let result = try BinaryRunner.pandu().run(["--help"], timeout: .seconds(60))
        #expect(result.status == .exited(0))
    }

    @Test("standard input reaches the program and its output comes back")
    func pipesStandardInput() throws {
        let result = try BinaryRunner(executable: URL(fileURLWithPath: "/bin/cat")).run(stdin: "one\ntwo\n")
        #expect(result.status == .exited(0))
        #expect(result.stdout == "one\ntwo\n")
        #expect(result.stderr.isEmpty)
    }

    @Test("standard error and the exit code are kept apart from standard output")
    func separatesErrorAndExitCode() throws {
        let result = try shell.run(["-c", "echo out; echo err >&2; exit 3"])
        #expect(result.exitCode == 3)
        #expect(result.stdout == "out\n")
        #expect(result.stderr == "err\n")
    }

    @Test("the environment holds only PATH, HOME and what the test gives")
    func cleanEnvironment() throws {
        let result = try BinaryRunner(executable: URL(fileURLWithPath: "/usr/bin/env"))
            .run(environment: ["PANDU_STORE": "/tmp/x.sqlite"])
        let names = Set(result.stdout.split(separator: "\n").map { String($0.prefix { $0 != "=" }) })
        #expect(names.isSubset(of: ["PATH", "HOME", "PANDU_STORE"]))
        #expect(result.stdout.contains("PANDU_STORE=/tmp/x.sqlite\n"))
    }

    @Test("a megabyte in and out does not deadlock on full pipes")
    func largeInputAndOutput() throws {
        let megabyte = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20) + [0xFF, 0x0A]
        let result = try BinaryRunner(executable: URL(fileURLWithPath: "/bin/cat")).run(stdinBytes: megabyte)
        #expect(result.outputBytes == megabyte)
    }

    @Test("a program that ignores its input does not break the run")
    func unreadInput() throws {
        let result = try shell.run(["-c", "exit 0"], stdinBytes: [UInt8](repeating: 65, count: 1 << 20))
        #expect(result.status == .exited(0))
    }

    @Test("a program that overruns its timeout is killed and the output so far reported")
    func runTimeout() throws {
        let started = ContinuousClock.now
        let error = #expect(throws: HarnessError.self) {
            try shell.run(["-c", "echo started; exec sleep 30"], timeout: .milliseconds(500))
        }
        #expect(error?.description.contains("started") == true)
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test("typed lines are echoed by the terminal and Ctrl-D ends input")
    func terminalEchoAndEndOfInput() throws {
        let terminal = try PseudoTerminal(executable: URL(fileURLWithPath: "/bin/cat"))
        try terminal.sendLine("hello")
        try terminal.expect("hello\r\n")
        try terminal.expect("hello\r\n")
        try terminal.sendControl("D")
        #expect(try terminal.finish() == .exited(0))
    }

    @Test("Ctrl-C reaches the program as SIGINT through its controlling terminal")
    func controlCIsInterrupt() throws {
        let script = "trap 'echo caught-interrupt; exit 7' INT; echo ready; while :; do sleep 1; done"
        let terminal = try PseudoTerminal(executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", script])
        try terminal.expect("ready")
        try terminal.sendControl("C")
        try terminal.expect("caught-interrupt")
        #expect(try terminal.finish() == .exited(7))
    }

    @Test("Tab and the Up arrow arrive as their bytes")
    func tabAndUpArrowBytes() throws {
        let terminal = try PseudoTerminal(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "echo ready; od -An -tx1"])
        try terminal.expect("ready")
        try terminal.sendTab()
        try terminal.sendUpArrow()
        try terminal.send("\r")
        try terminal.sendControl("D")
        try terminal.expect("09 1b 5b 41 0a")
        #expect(try terminal.finish() == .exited(0))
    }

    @Test("the terminal is dumb and has the requested size")
    func terminalTypeAndSize() throws {
        let terminal = try PseudoTerminal(
            executable: URL(fileURLWithPath: "/bin/sh"), arguments: ["-c", "echo $TERM; stty size"],
            columns: 120, rows: 30)
        try terminal.expect("dumb\r\n")
        try terminal.expect("30 120")
        #expect(try terminal.finish() == .exited(0))
    }

    @Test("expect times out with the transcript so far")
    func expectTimeout() throws {
        let terminal = try PseudoTerminal(executable: URL(fileURLWithPath: "/bin/cat"))
        try terminal.sendLine("visible-line")
        let error = #expect(throws: HarnessError.self) {
            try terminal.expect("never-printed", timeout: .milliseconds(300))
        }
        #expect(error?.description.contains("visible-line") == true)
        try terminal.sendControl("D")
        try terminal.finish()
    }

    @Test("expect fails at once when the program has ended")
    func expectAfterExit() throws {
        let started = ContinuousClock.now
        let terminal = try PseudoTerminal(executable: URL(fileURLWithPath: "/bin/echo"), arguments: ["done"])
        let error = #expect(throws: HarnessError.self) {
            try terminal.expect("never-printed", timeout: .seconds(20))
        }
        #expect(error?.description.contains("done") == true)
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test("finish kills a program that does not exit")
    func finishKillsHungProgram() throws {
        let started = ContinuousClock.now
        let terminal = try PseudoTerminal(executable: URL(fileURLWithPath: "/bin/sleep"), arguments: ["30"])
        #expect(throws: HarnessError.self) { try terminal.finish(timeout: .milliseconds(300)) }
        #expect(ContinuousClock.now - started < .seconds(10))
    }
}
