import ArgumentParser

/// `pandu review …`: the TL's review of handled contacts (P-10 steps 17-18, F-03).
public struct ReviewCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Review handled contacts: filter, timeline, coaching notes, discipline records (F-03).",
        discussion: """
            An agent sees only their own contacts, a TL their team's, QC / desk / admin everyone's.
            `pandu review` alone is `pandu review list`.
            """,
        subcommands: [ReviewList.self, ReviewShow.self, ReviewAddNote.self, ReviewDiscipline.self, ReviewRebuild.self],
        defaultSubcommand: ReviewList.self)
    public init() {}
}
