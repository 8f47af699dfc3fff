import ArgumentParser
import Foundation
import PanduCore
import PanduMetrics

/// `pandu report f21`: TelkomCare floor monitoring (IN.OCC.TELK.F-21): social response time and rate.
public struct ReportF21: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "f21",
        abstract: "F-21 TelkomCare floor monitoring: response time, response rate, waiting list.",
        discussion: """
            Social media conversations (socmed contacts) of the period: received and replied per hour, first \
            response time (median, p90) and response rate against knowledge/targets.yaml, per agent, and the \
            conversations still waiting for a first reply at the end of the period (W-21 no-answer-needed cases \
            left out). Example: pandu report f21 --date 2026-11-21 --format html --output f21.html
            """)

    @OptionGroup public var global: GlobalOptions
    @OptionGroup var report: ReportOptions

    public init() {}

    public static var roles: Set<Role>? { [.desk, .admin, .tl] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let kit = try ReportKit(context, period: try report.period(context), reader: person)
        try report.emit(try Self.document(kit, by: person), context)
    }

    /// One conversation with the agent who handled it.
    struct Conversation {
        var id: String
        var agent: String
        var social: SocialCase
    }

    /// The F-21 document.
    static func document(_ kit: ReportKit, by person: Person?) throws -> ReportDocument {
        var doc = kit.document(
            form: "F-21", title: "TelkomCare Floor Monitoring",
            subtitle: "IN.OCC.TELK.F-21 Floor Monitoring TelkomCare",
            by: person)
        let service = kit.floor.socialService
        let threshold = service?.socialResponseSeconds ?? 900
        let end = min(kit.period.end, kit.context.now)
        let conversations = try kit.floor.socialConversations(
            from: kit.period.start, to: kit.period.end
        )
        .map { Conversation(id: $0.case.id, agent: $0.agent, social: $0.case) }
        .filter { c in
            kit.sees(c.agent)
                && kit.period.spans.contains {
                    $0.contains(Int64(c.social.receivedAt.timeIntervalSince1970))
                }
        }
        let all = SocialKPI.compute(
            conversations.map(\.social), from: kit.period.start, to: kit.period.end, now: end,
            thresholdSeconds: threshold)
        func target(_ m: String) -> MeasureTarget? { service?.target(m) }
        let rate = all["response_rate"]?.value
        doc.tiles = [
            .init("Received", String(all.received)), .init("Replied", String(all.replied)),
            .init(
                "Response rate", ReportKit.percent(rate),
                note: "target " + ReportKit.targetText("response_rate", target("response_rate")),
                status: ReportKit.status(rate, target("response_rate"))),
            .init(
                "FRT median", all.frtMedian.map { ReportKit.format("frt_median", $0) } ?? "-",
                note: "target " + ReportKit.targetText("frt_median", target("frt_median")),
                status: ReportKit.status(all.frtMedian, target("frt_median"))),
            .init(
                "FRT p90", all.frtP90.map { ReportKit.format("frt_p90", $0) } ?? "-",
                status: ReportKit.status(all.frtP90, target("frt_p90"))),
            .init(
                "Waiting at end", String(all.waiting),
                status: ReportKit.status(Double(all.waiting), target("waiting"))),
        ]
        let grid = kit.period.grid(minutes: 60)
        let hourly = grid.spans.map { span in
            SocialKPI.compute(
                conversations.map(\.social), from: span.startDate, to: span.endDate, now: end,
                thresholdSeconds: threshold)
        }
        let labels = grid.spans.map { kit.period.clock($0.start) }
        doc.sections.append(
            .init(
                "Per hour",
                note:
                    "First reply = the agent's first written reply in the conversation; SL within \(Int(threshold)) s.",
                charts: [
                    .init(
                        "Conversations received and replied per hour", kind: .bar, unit: .count,
                        categories: labels,
                        series: [
                            .init("received", hourly.map { Double($0.received) }),
                            .init("replied", hourly.map { Double($0.replied) }),
                        ]),
                    .init(
                        "First response time, median per hour", kind: .line, unit: .seconds, categories: labels,
                        series: [.init("FRT median", hourly.map(\.frtMedian))],
                        target: target("frt_median")?.bound),
                ],
                tables: [
                    ReportTable(
                        name: "hours",
                        columns: [
                            "hour", "received", "replied", "response_rate", "frt_median", "frt_p90", "social_sl",
                        ],
                        rows: zip(labels, hourly).filter { $0.1.received > 0 }.map { label, k in
                            [
                                .init(label), .init(String(k.received)), .init(String(k.replied)),
                                ReportKit.cell("response_rate", k["response_rate"]?.value, target("response_rate")),
                                ReportKit.cell("frt_median", k.frtMedian, target("frt_median")),
                                ReportKit.cell("frt_p90", k.frtP90, target("frt_p90")),
                                .init(ReportKit.percent(k["social_sl"]?.value)),
                            ]
                        }, empty: "No conversation in the period.")
                ]))
        doc.sections.append(
            agentSection(kit, conversations, end: end, threshold: threshold, target: target))
        doc.sections.append(waitingSection(kit, conversations, end: end))
        return doc
    }

    static func agentSection(
        _ kit: ReportKit, _ conversations: [Conversation], end: Date, threshold: Double,
        target: (String) -> MeasureTarget?
    ) -> ReportDocument.Section {
        let agents = Array(Set(conversations.map(\.agent))).sorted()
        return .init(
            "Per agent",
            tables: [
                ReportTable(
                    name: "agents", columns: ["agent", "name", "conversations", "replied", "frt_median"],
                    rows: agents.map { agent in
                        let k = SocialKPI.compute(
                            conversations.filter { $0.agent == agent }.map(\.social), from: kit.period.start,
                            to: kit.period.end, now: end, thresholdSeconds: threshold)
                        return [
                            .init(agent), .init(kit.name(agent)), .init(String(k.received)),
                            .init(String(k.replied)),
                            ReportKit.cell("frt_median", k.frtMedian, target("frt_median")),
                        ]
                    }, empty: "No conversation in the period.")
            ])
    }

    static func waitingSection(_ kit: ReportKit, _ conversations: [Conversation], end: Date)
        -> ReportDocument.Section
    {
        let waiting = conversations.filter {
            !$0.social.isReplied(at: end) && $0.social.receivedAt <= end
        }
        .sorted { $0.social.receivedAt < $1.social.receivedAt }
        return .init(
            "Waiting list at the end of the period",
            tables: [
                ReportTable(
                    name: "waiting", columns: ["conversation", "agent", "received", "waiting_minutes"],
                    rows: waiting.map {
                        [
                            .init($0.id), .init($0.agent), .init(kit.context.times.format($0.social.receivedAt)),
                            .init(ReportKit.minutes(end.timeIntervalSince($0.social.receivedAt)), .warn),
                        ]
                    }, empty: "Nobody waiting.")
            ])
    }
}
