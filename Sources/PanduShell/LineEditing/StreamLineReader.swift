import Foundation

/// Reads lines from input that is not a terminal (pipe, file, script, CI): no readline, no
/// prompt, no echo, no history; tabs and other bytes arrive exactly as sent.
///
/// It buffers ahead of the current line, so anything else reading the same descriptor (a PIN
/// prompt) must read through this reader: see `SecretReader.init(lines:)`.
public final class StreamLineReader: LineReader {
    private let descriptor: Int32
    private let chunkSize: Int
    private var buffer = ByteLineBuffer()
    private var atEnd = false

    /// Reads from `fileDescriptor` (standard input by default), which stays open afterwards.
    public convenience init(fileDescriptor: Int32 = STDIN_FILENO) {
        self.init(fileDescriptor: fileDescriptor, chunkSize: 64 * 1024)
    }

    /// Reads in chunks of `chunkSize` bytes; tests use tiny chunks to split `\r\n` and characters.
    init(fileDescriptor: Int32, chunkSize: Int) {
        descriptor = fileDescriptor
        self.chunkSize = max(chunkSize, 1)
    }

    /// Returns the next line; `prompt` is ignored, as a script has nobody to prompt.
    public func read(prompt: String) -> LineInput {
        while true {
            if let line = buffer.takeLine() { return line }
            if atEnd || !fill() { return buffer.takeRemainder() ?? .endOfInput }
        }
    }

    /// Does nothing: scripted input has no history to recall.
    public func addHistory(_ line: String) {}

    /// Does nothing: scripted input has no history to save.
    public func saveHistory() {}

    /// Does nothing: scripted input has no history file.
    public func setHistoryFile(_ url: URL?) {}

    /// Reads one chunk into the buffer; false at the end of input or on a read error.
    private func fill() -> Bool {
        let count = withUnsafeTemporaryAllocation(byteCount: chunkSize, alignment: 1) { chunk in
            let count = FileDescriptorIO.readSome(descriptor, into: chunk) ?? 0
            buffer.append(UnsafeRawBufferPointer(rebasing: chunk[..<count]))
            return count
        }
        atEnd = count == 0
        return !atEnd
    }
}
