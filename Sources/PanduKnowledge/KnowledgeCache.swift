import Foundation
import PanduCore

/// A copy of a knowledge folder's validated start-up part (flows, AUX reasons, dispositions) in the user's
/// cache folder. Parsing and checking the YAML is more than half of the shell's start-up, which DESIGN.md
/// holds under 50 ms; the copy is used only while every file it was made from is byte for byte the same and
/// the same build of Pandu reads it, so an edited flow or a new build always goes through the full check.
public struct KnowledgeCache: Sendable {
    /// The version of the copy's layout; part of every copy's identity.
    static let layout = 1

    /// Where copies are kept (one file per knowledge folder).
    public let folder: URL
    /// What identifies the running build, so one build never reads another's copy.
    public let build: String

    /// A cache in `folder` for the build `build`.
    public init(folder: URL, build: String) {
        self.folder = folder
        self.build = build
    }

    /// The knowledge of `source`: the copy when it is still good, else loaded and checked from the files,
    /// then copied. A copy that cannot be read or written only costs the full load.
    public func load(from source: URL) throws -> Knowledge {
        let inputs = try? Self.inputs(of: source)
        let file = copyFile(for: source)
        if let inputs, let cached = read(file, inputs: inputs, source: source) { return cached }
        let knowledge = try KnowledgeLoader.load(from: source)
        if let inputs { write(Copy(build: build, inputs: inputs, knowledge: knowledge), to: file) }
        return knowledge
    }

    /// The file holding the copy of `source`'s knowledge.
    func copyFile(for source: URL) -> URL {
        let name = String(Self.fnv1a(Array(source.standardizedFileURL.path.utf8)), radix: 16)
        return folder.appendingPathComponent("knowledge-\(name).json")
    }

    /// Every file the start-up knowledge is read from, with a hash of its bytes, in a fixed order.
    static func inputs(of source: URL) throws -> [Input] {
        try KnowledgeReader(folder: source).startUpFiles().map { url, name in
            let bytes = try Data(contentsOf: url)
            return Input(path: name, size: bytes.count, hash: String(fnv1a(Array(bytes)), radix: 16))
        }
    }

    /// FNV-1a, 64 bits: enough to tell an edited file from its old self (this guards against accidents,
    /// not against someone who can write the cache folder and the knowledge folder anyway).
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
