/// What a recorded fact is. Handling events belong to a session; agent-state events do not.
public enum EventType: String, Codable, Sendable, CaseIterable {
    // handling (session) events
    case sessionStarted = "session_started"
    case stepEntered = "step_entered"
    case choiceMade = "choice_made"
    case stepBack = "step_back"
    case utterance
    case customerUtterance = "customer_utterance"
    case fieldCaptured = "field_captured"
    case holdStarted = "hold_started"
    case holdEnded = "hold_ended"
    case knowledgeLookup = "knowledge_lookup"
    case directoryLookup = "directory_lookup"
    case note
    case ticket
    case escalation
    case callback
    /// An attempt on a Tier 2 callback, recorded on the 147-tier2 contact it was worked in.
    case callbackAttempt = "callback_attempt"
    /// A proposed 108 directory correction (P-01 §8.1 step 9).
    case directoryCorrection = "directory_correction"
    case transfer
    case sessionResumed = "session_resumed"
    case sessionClosed = "session_closed"
    // agent state events
    case login
    case logout
    case ready
    case aux
    case acw
    // administration
    case audit

    /// Agent-state events: they describe the agent, not a contact.
    public var isAgentState: Bool {
        switch self {
        case .login, .logout, .ready, .aux, .acw: true
        default: false
        }
    }
}
