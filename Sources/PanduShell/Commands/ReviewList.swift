import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu review [list]`: contacts with their handling time, holds and checker score, filtered.
public struct ReviewList: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List contacts to review, newest first, with AHT, holds and the checker's score.",
        discussion: """
            Filters combine (AND). --failed, --fatal, --aht-over and --hold-over use each closed contact's summary
            (handling time, longest hold, the checker's verdicts), worked out when first needed and kept in the
            store; `pandu review rebuild` works them out again after a standard changes. AHT targets per flow and
            the hold limit come from knowledge/review.yaml.
            """)

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Only this agent's contacts.") var agent: String?
    @Option(help: "Only agents of this team.") var team: String?
    @Option(help: "Only this service: 108, 147, socmed, caring.") var service: String?
    @Option(help: "Only this flow, e.g. 147-complaint.") var flow: String?
    @Option(help: "Only contacts that ended with this disposition.") var disposition: String?
    @Option(help: "From this date/time (ISO 8601).") var from: String?
    @Option(help: "Before this date/time (ISO 8601).") var to: String?
    @Option(name: .customLong("failed"), help: "Only contacts where the checker failed this parameter, e.g. 147-O1.")
    var failedParameter: String?
    @Flag(help: "Only contacts with a fatal fail.") var fatal = false
    @Flag(help: "Only contacts longer than their flow's AHT target (knowledge/review.yaml).") var ahtOver = false
    @Option(help: "Only contacts with a hold longer than this many seconds (e.g. 120).") var holdOver: Int?
    @Flag(help: "Only contacts with a hold over the limit of knowledge/review.yaml (120 s).") var longHold = false
    @Option(help: "At most this many.") var limit: Int = 100
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        let store = try context.store()
        var agents = try SessionAccess(store: store, person: person).visibleAgents()
        if let agent {
            let code = PersonCode(agent)
            if let visible = agents, !visible.contains(code) { throw ShellError.denied(m(.notYourSessions, agent)) }
            agents = [code]
        }
        if let team, person.role == .tl || person.role == .agent, team != person.team {
            throw ShellError.denied(m(.reviewNotYourTeam, team))
        }
        let settings = try context.reviewSettings()
        var serviceFilter: Service?
        if let service {
            guard let s = Service(rawValue: service) else { throw ShellError.usage(m(.reviewBadService, service)) }
            serviceFilter = s
        }
        let query = ReviewQuery(
            agents: agents, team: team, service: serviceFilter, flow: flow.map { FlowID($0) }, disposition: disposition,
            from: try parseTime(from, context), to: try parseTime(to, context),
            failed: failedParameter.map { ParameterID($0) }, fatalOnly: fatal,
            ahtTargets: ahtOver ? settings.ahtTargets : nil,
            holdOver: holdOver ?? (longHold ? settings.holdLimitSeconds : nil), limit: limit)
        try SessionSummarizer(context: context).catchUp()
        let rows = try context.reviewStore().reviewSessions(query).map { row(of: $0, context, settings) }
        let table = Table(
            columns: [
                "id", "agent", "flow", "status", "disposition", "started", "seconds", "aht_target", "holds",
                "longest_hold", "score", "fatal", "failed",
            ], rows: rows)
        context.output.raw(table.render(format))
    }

    private func row(of r: ReviewedSession, _ context: AppContext, _ settings: ReviewSettings) -> [String] {
        let s = r.session
        let seconds = r.summary?.handlingSeconds ?? Int(s.duration(now: context.now))
        return [
            s.id.rawValue, s.agent.rawValue, s.flow.rawValue, s.status.rawValue, s.disposition ?? "",
            context.times.format(s.startedAt), String(seconds), settings.ahtTargets[s.flow].map(String.init) ?? "",
            r.summary.map { String($0.holdCount) } ?? "", r.summary.map { String($0.longestHoldSeconds) } ?? "",
            r.summary?.score.map { ScoreText.format($0) } ?? "", r.summary.map { $0.fatal ? "yes" : "no" } ?? "",
            r.summary?.failed.map(\.rawValue).joined(separator: " ") ?? "",
        ]
    }
}

/// Scores as shown: at most two decimals, no trailing zeros.
enum ScoreText {
    static func format(_ score: Double) -> String {
        let rounded = (score * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.2f", rounded)
    }

    /// A share 0…1 as a percentage with one decimal.
    static func percent(_ share: Double) -> String { String(format: "%.1f", share * 100) }
}
