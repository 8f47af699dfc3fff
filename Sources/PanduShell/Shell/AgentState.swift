import Foundation
import PanduCore

/// What the logged-in agent is doing now, shown in the prompt with the time spent in it.
public enum AgentState: Equatable, Sendable {
    /// Logged in, not yet ready.
    case notReady
    case ready
    case aux(reason: String)
    /// After-call work.
    case acw
    /// Working a contact.
    case onContact

    /// The event that records entering this state, if it has one of its own.
    var eventType: EventType? {
        switch self {
        case .notReady: .login
        case .ready: .ready
        case .aux: .aux
        case .acw: .acw
        case .onContact: nil
        }
    }
}
