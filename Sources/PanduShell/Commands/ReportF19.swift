import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu report f19`: IN.OCC.TELK.F-19 Rekapitulasi Call Back Tier 2 Outbound.
public struct ReportF19: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "f19",
        abstract:
            "F-19 Tier 2 callback recap: every callback recorded or attempted in the period, each attempt, totals.",
        discussion: "Numbers are masked unless the reader has the 147-T2 skill. Kept 2 years (P-01 §10).")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Start (ISO 8601, site zone); default today.") var from: String?
    @Option(help: "End, exclusive; default one day after --from.") var to: String?
    @Option(help: "md (or markdown), csv, json or html (a self-contained page with charts).")
    var format: DocumentFormat = .md

    public static var roles: Set<Role>? { [.tl, .desk, .admin] }
    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let desk = FollowUpDesk(context: context, person: person)
        let period = try FollowUpReportPeriod(from: from, to: to, context: context)
        let policy = try context.callbackPolicy()
        let store = try desk.store()
        let attempted = try store.callbackHistory(ids: nil, action: .attempt, from: period.from, to: period.to)
        var callbacks = try store.callbacks(CallbackQuery(createdFrom: period.from, createdTo: period.to))
        let known = Set(callbacks.compactMap(\.id))
        let extra = Set(attempted.map(\.callbackID)).subtracting(known)
        if !extra.isEmpty { callbacks += try store.callbacks(CallbackQuery(ids: Array(extra))) }
        let history = try store.callbackHistory(ids: callbacks.compactMap(\.id), action: .attempt, from: nil, to: nil)
        let recap = F19Recap(
            from: period.from, to: period.to, callbacks: callbacks, history: history, outcomes: policy.outcomes)
        context.output.raw(F19Rendering(recap: recap, desk: desk, policy: policy).render(format))
    }
}
