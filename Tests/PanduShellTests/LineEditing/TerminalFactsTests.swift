import Testing
@testable import PanduShell

@Suite("Terminal decisions")
struct TerminalFactsTests {
    private func terminal(
        stdin: Bool = true, stdout: Bool = true, columns: Int? = 120,
        _ environment: [String: String] = ["TERM": "xterm-256color"]
    ) -> TerminalFacts {
        TerminalFacts(stdinIsTerminal: stdin, stdoutIsTerminal: stdout, columns: columns, environment: environment)
    }

    @Test("line editing only when standard input is a terminal")
    func lineEditing() {
        #expect(terminal().usesLineEditing)
        #expect(terminal(stdin: true, stdout: false).usesLineEditing)
        #expect(!terminal(stdin: false).usesLineEditing)
    }

    @Test("colour on a terminal with a real TERM and no NO_COLOR")
    func colourAllowed() {
        #expect(terminal().colourAllowed)
        #expect(terminal(["TERM": "xterm", "NO_COLOR": ""]).colourAllowed)
    }

    @Test("no colour into a pipe, with NO_COLOR, or on a dumb or unknown terminal", arguments: [
        (false, ["TERM": "xterm"]),
        (true, ["TERM": "xterm", "NO_COLOR": "1"]),
        (true, ["TERM": "dumb"]),
        (true, [:]),
        (true, ["TERM": ""]),
    ] as [(Bool, [String: String])])
    func colourRefused(stdoutIsTerminal: Bool, environment: [String: String]) {
        #expect(!terminal(stdout: stdoutIsTerminal, environment).colourAllowed)
    }

    @Test("width: the terminal's, else COLUMNS, else 80")
    func width() {
        #expect(terminal(columns: 132).width == 132)
        #expect(terminal(columns: nil, ["COLUMNS": "100"]).width == 100)
        #expect(terminal(columns: 0, ["COLUMNS": "abc"]).width == 80)
        #expect(terminal(columns: nil, ["COLUMNS": "-5"]).width == 80)
        #expect(terminal(columns: nil, [:]).width == 80)
    }

    @Test("the live facts of a test run are consistent")
    func liveFacts() {
        let live = TerminalFacts.live(environment: ["TERM": "dumb"])
        #expect(!live.colourAllowed)
        #expect(live.width > 0)
        #expect(live.usesLineEditing == live.stdinIsTerminal)
    }
}
