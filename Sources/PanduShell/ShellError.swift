import Foundation

/// Failures of a command, in the shell or one-shot.
public enum ShellError: LocalizedError, Sendable {
    /// Bad usage or bad input (exit 64).
    case usage(String)
    /// A failure while running (exit 1).
    case failure(String)
    /// The person may not do this (exit 1; nothing written).
    case denied(String)
    /// A check found violations (exit 2).
    case violations(String)

    public var errorDescription: String? {
        switch self {
        case .usage(let m), .failure(let m), .denied(let m), .violations(let m): m
        }
    }
}
