import Foundation
@testable import PanduShell

/// Bytes on a real file descriptor, read back through a `StreamLineReader` or a `SecretReader`.
enum StreamFixture {
    /// Writes `bytes` to a temporary file and runs `body` with a descriptor open on it.
    static func withDescriptor<Result>(for bytes: [UInt8], _ body: (Int32) throws -> Result) throws -> Result {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pandu-stream-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        defer { close(descriptor) }
        return try body(descriptor)
    }

    /// Every read of a stream reader over `bytes` up to and including `.endOfInput`.
    static func inputs(of bytes: [UInt8], chunkSize: Int = 64 * 1024) throws -> [LineInput] {
        try withDescriptor(for: bytes) { descriptor in
            let reader = StreamLineReader(fileDescriptor: descriptor, chunkSize: chunkSize)
            var inputs: [LineInput] = []
            repeat {
                inputs.append(reader.read(prompt: "ignored> "))
            } while inputs.last != .endOfInput
            return inputs
        }
    }
}
