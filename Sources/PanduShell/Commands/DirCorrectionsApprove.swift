import ArgumentParser
import PanduCore

/// `pandu dir corrections approve ID`.
public struct DirCorrectionsApprove: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "approve",
        abstract: "Approve a pending correction: 'dir' finds the corrected data from now on (data entry).")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The correction id.") var id: Int64
    @Option(help: "A note for the history.") var note: String?

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let c = try FollowUpDesk(context: context, person: person).decideCorrection(id, approve: true, note: note)
        context.output.line(context.messages(.correctionDecided, id, c.status.rawValue))
    }
}
