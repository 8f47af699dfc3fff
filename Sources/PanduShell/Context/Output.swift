import Foundation

/// Where results (stdout) and diagnostics (stderr) go; injectable so tests capture them.
public final class Output: @unchecked Sendable {
    private let writeOut: (String) -> Void
    private let writeErr: (String) -> Void
    private let writeBytes: (([UInt8]) -> Void)?
    private let writeBuffer: ((UnsafeRawBufferPointer) -> Void)?
    /// Whether ANSI colour may be used (a terminal, `NO_COLOR` unset, TERM not dumb).
    public let colour: Bool

    /// Output to the process's stdout and stderr.
    public static func standard(colour: Bool) -> Output {
        Output(
            colour: colour,
            out: { FileHandle.standardOutput.write(Data($0.utf8)) },
            err: { FileHandle.standardError.write(Data($0.utf8)) },
            bytes: { FileHandle.standardOutput.write(Data($0)) },
            buffer: { u in
                // Written from the caller's memory: no copy of a batch's chunk into an array and then a Data.
                guard let base = u.baseAddress, !u.isEmpty else { return }
                FileHandle.standardOutput.write(
                    Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: u.count, deallocator: .none))
            })
    }

    /// Output to `out` and `err`; `bytes`, when given, takes UTF-8 result text without a conversion to String.
    public init(
        colour: Bool, out: @escaping (String) -> Void, err: @escaping (String) -> Void,
        bytes: (([UInt8]) -> Void)? = nil, buffer: ((UnsafeRawBufferPointer) -> Void)? = nil
    ) {
        self.colour = colour
        writeOut = out
        writeErr = err
        writeBytes = bytes
        writeBuffer = buffer
    }

    /// Writes a result line.
    public func line(_ text: String = "") { writeOut(text + "\n") }
    /// Writes a diagnostic line.
    public func error(_ text: String) { writeErr(text + "\n") }
    /// Writes raw result text.
    public func raw(_ text: String) { writeOut(text) }
    /// Writes result text given as UTF-8 bytes (large batches: one write for many lines).
    public func raw(bytes: [UInt8]) {
        if let writeBytes { writeBytes(bytes) } else { writeOut(String(decoding: bytes, as: UTF8.self)) }
    }

    /// Writes result text given as UTF-8 bytes in the caller's memory, valid only during the call.
    public func raw(buffer: UnsafeRawBufferPointer) {
        if let writeBuffer { writeBuffer(buffer) } else { raw(bytes: Array(buffer)) }
    }

    /// `text` in an ANSI style when colour is on.
    public func styled(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// ANSI SGR codes used by the shell.
    public enum Style: String, Sendable {
        case bold = "1"
        case dim = "2"
        case red = "31"
        case green = "32"
        case yellow = "33"
        case cyan = "36"
    }
}
