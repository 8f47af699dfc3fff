import Foundation
import PanduCore

extension Shell {
    /// The prompt: who, the state and the time in it, and the contact's flow and step.
    func prompt() -> String {
        guard interactive else { return "" }
        guard let person else { return "pandu> " }
        let elapsed = Self.clock(now.timeIntervalSince(stateSince))
        var text = "[\(person.code) \(stateLabel()) \(elapsed)]"
        if let contact {
            text += " \(contact.flow.id):\(contact.currentStep)"
            if contact.holdStartedAt != nil { text += " " + m(.onHoldTag) }
        }
        return text + "> "
    }

    func stateLabel() -> String {
        switch state {
        case .notReady: m(.stateNotReady)
        case .ready: m(.stateReady)
        case .aux(let reason): "AUX:\(reason)"
        case .acw: "ACW"
        case .onContact: m(.stateOnContact)
        }
    }

    /// `mm:ss`, or `h:mm:ss` past an hour.
    static func clock(_ seconds: TimeInterval) -> String {
        let s = max(0, Int(seconds))
        return s >= 3600
            ? String(format: "%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
            : String(format: "%02d:%02d", s / 60, s % 60)
    }
}
