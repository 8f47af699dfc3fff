/// What a finished run of a program produced.
struct RunResult: Sendable {
    /// How the program ended.
    let status: ExitStatus
    /// Everything written to standard output, as bytes.
    let outputBytes: [UInt8]
    /// Everything written to standard error, as bytes.
    let errorBytes: [UInt8]

    /// The exit code, or nil if a signal ended the program.
    var exitCode: Int32? {
        if case .exited(let code) = status { code } else { nil }
    }

    /// Standard output, decoded (invalid UTF-8 shows as U+FFFD).
    var stdout: String { String(decoding: outputBytes, as: UTF8.self) }

    /// Standard error, decoded (invalid UTF-8 shows as U+FFFD).
    var stderr: String { String(decoding: errorBytes, as: UTF8.self) }
}
