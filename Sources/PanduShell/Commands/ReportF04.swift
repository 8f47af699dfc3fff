import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu report f04 --from --to`: IN.OCC.TELK.F-04 Real Monitoring Call Handling — the contacts TLs drew
/// for real monitoring (`qc sample` by a TL) or coached on, with the findings and the guidance given.
public struct ReportF04: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "f04",
        abstract:
            "F-04 Real Monitoring Call Handling: the TLs' monitored contacts with findings, score and coaching given.",
        discussion: """
            One row per contact a TL drew with `pandu qc sample` (purpose monitoring) or wrote a coaching note on in
            [--from, --to): date, time, agent, login code, service, contact, handling seconds, parameters not met,
            score, result, coaching given (panduan dan pembinaan), monitored by. The original form's layout is not
            in the SOP text; these columns follow P-10 steps 17-18. A TL sees their own team.
            """)

    @OptionGroup public var global: GlobalOptions
    @Option(help: "From this date (ISO 8601).") var from: String
    @Option(help: "Before this date (ISO 8601).") var to: String
    @Option(help: "Only this team.") var team: String?
    @Option(help: "markdown, csv or json.") var format: DocumentFormat = .markdown
    public static var roles: Set<Role>? { [.tl, .qc, .desk, .admin] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        if let team, person.role == .tl, team != person.team { throw ShellError.denied(m(.reviewNotYourTeam, team)) }
        let start = try parseTime(from, context)
        let end = try parseTime(to, context)
        let people = try context.peopleByCode()
        let visible = try SessionAccess(store: context.store(), person: person).visibleAgents().map(Set.init)
        try SessionSummarizer(context: context).catchUp()
        let review = try context.reviewStore()
        let notes = try review.notes(from: start, to: end).filter { people[$0.author]?.role == .tl }
        var monitored: [SessionID: PersonCode] = [:]
        for s in try context.qcStore().samples(purpose: "monitoring", from: start, to: end) {
            monitored[s.sessionID] = s.drawnBy
        }
        for n in notes where monitored[n.sessionID] == nil { monitored[n.sessionID] = n.author }
        let notesBySession = Dictionary(grouping: notes, by: \.sessionID)
        var rows: [F04Row] = []
        for (id, tl) in monitored {
            guard let session = try context.store().session(id) else { continue }
            if let visible, !visible.contains(session.agent) { continue }
            if let team, people[session.agent]?.team != team { continue }
            let summary = try review.summary(id)
            rows.append(
                F04Row(
                    session: session, agentName: people[session.agent]?.name ?? "", summary: summary,
                    coaching: (notesBySession[id] ?? []).map(\.text), monitoredBy: tl))
        }
        rows.sort { ($0.session.startedAt, $0.session.id) < ($1.session.startedAt, $1.session.id) }
        context.output.raw(F04Text(rows: rows, from: from, to: to, times: context.times).render(format))
    }
}

/// One monitored contact of F-04.
struct F04Row {
    let session: SessionRecord
    let agentName: String
    let summary: SessionSummary?
    let coaching: [String]
    let monitoredBy: PersonCode
}

/// F-04 as Markdown, CSV or JSON.
struct F04Text {
    let rows: [F04Row]
    let from: String
    let to: String
    let times: TimeParser

    static let columns = [
        "no", "date", "time", "agent", "login", "service", "session", "handling_seconds", "not_met", "score",
        "result", "coaching", "monitored_by",
    ]

    func cells(_ n: Int, _ r: F04Row) -> [String] {
        let stamp = times.format(r.session.startedAt)
        let date = String(stamp.prefix(10))
        let time = String(stamp.dropFirst(11).prefix(5))
        return [
            String(n), date, time, r.agentName, r.session.agent.rawValue, r.session.flow.rawValue,
            r.session.id.rawValue,
            r.summary.map { String($0.handlingSeconds) } ?? "",
            r.summary?.failed.map(\.rawValue).joined(separator: " ") ?? "",
            r.summary?.score.map(ScoreText.format) ?? "", r.summary?.overall?.rawValue ?? "",
            r.coaching.joined(separator: " / "), r.monitoredBy.rawValue,
        ]
    }

    func render(_ format: DocumentFormat) -> String {
        let table = Table(columns: Self.columns, rows: rows.enumerated().map { cells($0.offset + 1, $0.element) })
        switch format {
        case .csv: return table.csv()
        case .json: return table.json()
        case .markdown, .md:
            var lines = [
                "# IN.OCC.TELK.F-04 Real Monitoring Call Handling", "", "Periode: \(from) – \(to)", "",
                "| No | Tanggal | Jam | Nama agen | Login | Layanan | Sesi | Durasi (dtk) | Parameter tidak terpenuhi | Skor | Hasil | Panduan dan pembinaan | Petugas |",
                "|---|---|---|---|---|---|---|---|---|---|---|---|---|",
            ]
            for row in table.rows {
                lines.append(
                    "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
            }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
