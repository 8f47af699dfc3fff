import Foundation

/// What happens to a callback after an attempt (see `CallbackPolicy.decide`).
public enum CallbackDecision: Hashable, Sendable {
    /// Done: the customer was reached and the matter resolved.
    case resolve
    /// Ended without resolution; `reason` is the outcome code or `exhausted`.
    case close(reason: String)
    /// Back in the queue, due at this instant.
    case requeue(due: Date)
}
