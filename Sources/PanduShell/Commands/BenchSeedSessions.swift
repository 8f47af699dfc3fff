import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu bench seed-sessions N` (hidden): fills the store with N closed contacts of 200 agents in 20 teams,
/// their review summaries and QC evaluations for one in ten, each kind in one transaction, so
/// `scripts/bench` can time the list commands on a realistic volume.
public struct BenchSeedSessions: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "seed-sessions", abstract: "Fill the store with N generated contacts, summaries and evaluations.")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "How many contacts.") var count: Int
    @Option(help: "The month the contacts fall in (ISO 8601 start).") var start = "2026-10-01"

    public init() {}
    public var needsIdentity: Bool { false }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let store = try context.store()
        guard let begin = context.times.parse(start) else { throw ShellError.usage(context.messages(.badTime, start)) }
        let agents = (0..<200).map { PersonCode(String(5000 + $0)) }
        for (i, code) in agents.enumerated() where try store.person(code) == nil {
            try store.addPerson(Person(code: code, name: "Agen Uji \(i)", role: .agent, team: "B\(i % 20)"))
        }
        let flows: [(FlowID, Service, Channel)] = [
            ("147-complaint", .line147, .voice), ("147-info", .line147, .voice), ("108", .line108, .voice),
            ("147-tier2", .line147, .voiceOutbound),
        ]
        let failedPool: [ParameterID] = ["147-O1", "147-C2", "147-I3", "147-B1", "147-C1"]
        var generator = SeededGenerator(seed: 42)
        var sessions: [SessionRecord] = []
        var summaries: [SessionSummary] = []
        var evaluations: [QCEvaluation] = []
        let started = DispatchTime.now()
        for i in 0..<count {
            let (flow, service, channel) = flows[i % flows.count]
            let at = begin.addingTimeInterval(Double(i) * 26)  // 100,000 contacts ≈ a month
            let seconds = 60 + Int(generator.next() % 600)
            let digits = String(i)
            let id = SessionID("B" + String(repeating: "0", count: max(0, 7 - digits.count)) + digits)
            let agent = agents[i % agents.count]
            sessions.append(
                SessionRecord(
                    id: id, agent: agent, flow: flow, service: service, channel: channel, startedAt: at,
                    endedAt: at.addingTimeInterval(Double(seconds)), status: .closed, disposition: "resolved"))
            let failed = generator.next() % 3 == 0 ? [failedPool[Int(generator.next() % 5)]] : []
            let fatal = generator.next() % 50 == 0
            let score: Double = fatal ? 0 : (failed.isEmpty ? 100 : 90)
            summaries.append(
                SessionSummary(
                    sessionID: id, handlingSeconds: seconds, holdCount: 1,
                    longestHoldSeconds: Int(generator.next() % 200),
                    score: score, fatal: fatal, overall: score >= 85 ? .pass : .fail, failed: failed,
                    standard: "DRAFT-147-T1", standardVersion: "bench"))
            if i % 10 == 0 {
                let items = failedPool.map {
                    EvaluationItem(
                        parameter: $0, name: $0.rawValue, auto: .pass, verdict: failed.contains($0) ? .fail : .pass)
                }
                evaluations.append(
                    QCEvaluation(
                        sessionID: id, agent: agent, standard: "DRAFT-147-T1", standardVersion: "bench",
                        evaluator: "3001",
                        status: .released, items: items, score: score, fatal: fatal,
                        overall: score >= 85 ? .pass : .fail,
                        contactAt: at, createdAt: at, releasedAt: at))
            }
        }
        try context.reviewStore().seedSessions(sessions, summaries: summaries)
        try context.qcStore().seedEvaluations(evaluations, actor: "3001")
        let ms = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e6
        context.output.line(
            String(
                format: "seeded %d contacts, %d summaries, %d evaluations in %.0f ms", count, count, evaluations.count,
                ms))
    }
}
