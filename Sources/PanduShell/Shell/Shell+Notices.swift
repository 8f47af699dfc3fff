import Foundation
import PanduCore

extension Shell {
    /// Before a prompt: tells the person about escalations they own that passed their SLA and, for Tier 2
    /// agents, callbacks waiting past their hold, once per change of that set (never on every line).
    func announceFollowUps() {
        guard person != nil else {
            noticeShown = []
            return
        }
        // A notice must never stop a shift: a store hiccup here only skips it.
        guard let escalations = try? desk.overdueEscalations(), let callbacks = try? desk.overdueCallbacks() else {
            return
        }
        let current = Set(escalations.map { "e\($0.id ?? 0)" } + callbacks.map { "c\($0.id ?? 0)" })
        guard current != noticeShown else { return }
        noticeShown = current
        if !escalations.isEmpty {
            let list = escalations.prefix(5).map { "#\($0.id ?? 0) \($0.level) (\(desk.time($0.dueAt)))" }.joined(
                separator: ", ")
            out.line(out.styled(m(.overdueEscalations, escalations.count, list), .yellow))
        }
        if !callbacks.isEmpty {
            let list = callbacks.prefix(5).map { "#\($0.id ?? 0) (\(desk.time($0.dueAt)))" }.joined(separator: ", ")
            out.line(out.styled(m(.overdueCallbacks, callbacks.count, list), .yellow))
        }
    }
}
