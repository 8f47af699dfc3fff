/// One outcome code an attempt can end with (from `knowledge/callbacks.yaml`), and what it does.
public struct CallbackOutcome: Hashable, Codable, Sendable {
    /// What an outcome does to the callback.
    public enum Action: String, Codable, Sendable, CaseIterable {
        /// The customer was reached and the matter is resolved: the callback is done.
        case resolve
        /// The callback ends without resolution (reached but unresolved, wrong number).
        case close
        /// Not reached: try again after the minimum gap, until the attempts run out.
        case retry
        /// The customer asked for another time: call again then (never exhausts the attempts).
        case reschedule
    }

    public var code: String
    public var label: String
    public var action: Action
    /// Whether the customer (or someone at the number) answered: counts toward F-19's reach rate.
    public var reached: Bool
    /// The disposition the shell suggests for the 147-tier2 contact after this outcome, if any.
    public var disposition: String?

    public init(code: String, label: String, action: Action, reached: Bool, disposition: String? = nil) {
        self.code = code
        self.label = label
        self.action = action
        self.reached = reached
        self.disposition = disposition
    }
}
