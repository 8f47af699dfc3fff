import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu qc sample --per-agent N --from --to --seed S`: draws contacts per agent at random, reproducibly,
/// never one drawn before. QC draws for tapping; a TL draws their team's for real monitoring (F-04).
public struct QCSampleCommand: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract:
            "Draw N closed contacts per agent in a period at random (seeded, reproducible), never one drawn before.",
        discussion: """
            The same seed over the same contacts draws the same ones. QC officers draw for QC tapping; a TL draws
            for real monitoring (F-04, `pandu report f04`), from their own team only. Each purpose draws a contact
            at most once, across runs. --per-agent defaults to sample_per_agent of knowledge/qc.yaml.
            """)

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Contacts per agent.") var perAgent: Int?
    @Option(help: "Contacts started from this date/time (ISO 8601).") var from: String
    @Option(help: "Contacts started before this date/time (ISO 8601).") var to: String
    @Option(help: "The seed (any text; the same seed draws the same contacts).") var seed: String
    @Option(help: "Only this agent.") var agent: String?
    @Option(help: "Only this team.") var team: String?
    @Flag(help: "Show the draw without recording it.") var dryRun = false
    @Option(help: "text, json or csv.") var format: OutputFormat = .text
    public static var roles: Set<Role>? { [.qc, .tl] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        let store = try context.store()
        if let team, person.role == .tl, team != person.team { throw ShellError.denied(m(.reviewNotYourTeam, team)) }
        var agents = try SessionAccess(store: store, person: person).visibleAgents()
        if let agent {
            if let visible = agents, !visible.contains(PersonCode(agent)) {
                throw ShellError.denied(m(.notYourSessions, agent))
            }
            agents = [PersonCode(agent)]
        }
        let n = try perAgent ?? context.qcSettings().samplePerAgent
        guard n > 0 else { throw ShellError.usage(m(.qcBadCount, n)) }
        let purpose = person.role == .tl ? "monitoring" : "qc"
        let people = try context.peopleByCode()
        let sessions = try store.sessions(
            SessionQuery(
                agents: agents, status: .closed, from: try parseTime(from, context), to: try parseTime(to, context)))
        var candidates: [PersonCode: [SessionID]] = [:]
        for s in sessions where people[s.agent]?.role == .agent && (team == nil || people[s.agent]?.team == team) {
            candidates[s.agent, default: []].append(s.id)
        }
        let qc = try context.qcStore()
        let drawn = QCSampler(perAgent: n, seed: SeededGenerator.seed(seed))
            .draw(candidates: candidates, alreadyDrawn: try qc.sampledSessions(purpose: purpose))
        let samples = drawn.keys.sorted().flatMap { a in
            drawn[a, default: []].map {
                QCSample(
                    sessionID: $0, purpose: purpose, agent: a, drawnBy: person.code, drawnAt: context.now, seed: seed)
            }
        }
        if !dryRun { try qc.recordSamples(samples) }
        let rows = samples.map { [$0.agent.rawValue, $0.sessionID.rawValue, $0.purpose, $0.seed] }
        context.output.raw(Table(columns: ["agent", "session", "purpose", "seed"], rows: rows).render(format))
    }
}
