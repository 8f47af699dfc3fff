import ArgumentParser
import PanduCore

/// `pandu dir corrections reject ID --note N`.
public struct DirCorrectionsReject: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "reject", abstract: "Reject a pending correction, saying why (data entry).")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The correction id.") var id: Int64
    @Option(help: "Why it is rejected.") var note: String

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        guard let person else { throw ShellError.denied(context.messages(.whoAreYou)) }
        let c = try FollowUpDesk(context: context, person: person).decideCorrection(id, approve: false, note: note)
        context.output.line(context.messages(.correctionDecided, id, c.status.rawValue))
    }
}
