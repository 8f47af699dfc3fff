import Foundation
import PanduCore

/// A contact as a readable timeline: every step with its SOP code and time, utterances with verdicts,
/// holds, captures and the disposition.
struct SessionTimeline {
    let context: AppContext
    /// Holds longer than this many seconds are flagged (knowledge/review.yaml; P-01 asks again after 2 min).
    var holdLimit = 120

    func render(session s: SessionRecord, events: [HandlingEvent]) -> String {
        let m = context.messages
        let t = context.times
        var lines = [
            m(.timelineHeader, s.id, s.flow, s.agent, s.status.rawValue, s.disposition ?? "-"),
            m(.timelineTimes, t.format(s.startedAt), s.endedAt.map(t.format) ?? "-", Int(s.duration(now: context.now))),
        ]
        for e in events {
            let time = String(t.format(e.at).suffix(8))
            let code = e.sopCode.map { "[\($0)] " } ?? ""
            lines.append("\(time)  \(code)\(describe(e))")
            if e.type == .utterance {
                for r in Contact.results(in: e) {
                    lines.append("          \(VerdictMark.mark(r.verdict)) \(r.parameter) \(r.name): \(r.evidence)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ e: HandlingEvent) -> String {
        let m = context.messages
        switch e.type {
        case .stepEntered: return m(.tlStep, e.step?.rawValue ?? "", e.string("title") ?? "")
        case .utterance: return m(.tlSaid, e.string("text") ?? "")
        case .customerUtterance: return m(.tlCustomer, e.string("text") ?? "")
        case .fieldCaptured: return m(.tlCaptured, e.string("field") ?? "", e.string("value") ?? "")
        case .holdEnded:
            let seconds = Int(e.data["seconds"]?.numberValue ?? 0)
            let text = m(.tlHoldEnded, seconds)
            return seconds > holdLimit ? text + "  ⚠ " + m(.tlHoldTooLong, holdLimit) : text
        case .sessionClosed: return m(.tlClosed, e.string("disposition") ?? "")
        default:
            let details = e.data.keys.sorted().compactMap { k in e.data[k]?.stringValue.map { "\(k)=\($0)" } }
            return ([e.type.rawValue] + details).joined(separator: " ")
        }
    }
}

/// The marks shown beside verdicts.
enum VerdictMark {
    static func mark(_ v: Verdict) -> String {
        switch v {
        case .pass: "✓"
        case .fail: "✗"
        case .na: "–"
        }
    }
}
