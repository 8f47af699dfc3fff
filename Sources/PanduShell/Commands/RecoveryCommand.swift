import ArgumentParser

/// `pandu recovery …`: recovery plans when a KPI misses its target (P-10 §6.5; RTM steps 3, 6, 9).
public struct RecoveryCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "recovery",
        abstract: "Recovery plans for missed KPIs: scan, list, show, act (actions, owner, who was told), verify.",
        discussion: """
            A plan is opened by `pandu recovery scan` (run it from cron or after each `acd import`; it is not run \
            automatically) for every KPI of knowledge/targets.yaml that missed its target in an interval that \
            has ended. Each plan keeps observed vs target, the Erlang C number of agents the next interval needs \
            and an append-only history (opened, actions, distribution, owner, verification). Roles: desk and \
            admin; tl may list and show.
            """,
        subcommands: [RecoveryScan.self, RecoveryList.self, RecoveryShow.self, RecoveryAct.self, RecoveryVerify.self])
    public init() {}
}
