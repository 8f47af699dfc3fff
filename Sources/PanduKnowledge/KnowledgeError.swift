import Foundation

/// Everything that can be wrong with `knowledge/`; each case names the file and line.
public enum KnowledgeError: LocalizedError, Equatable, Sendable {
    /// A problem at a place in a file.
    case invalid(file: String, line: Int, message: String)
    /// The folder or a required file is missing.
    case missing(path: String, hint: String)

    public var errorDescription: String? {
        switch self {
        case .invalid(let file, let line, let message): "\(file):\(line): \(message)"
        case .missing(let path, let hint): "\(path): not found. \(hint)"
        }
    }
}
