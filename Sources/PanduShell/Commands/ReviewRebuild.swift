import ArgumentParser
import PanduCore

/// `pandu review rebuild`: works every contact summary out again from the events.
public struct ReviewRebuild: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rebuild",
        abstract: "Work out every contact's review summary again from its events (after a standard or flow changed).")

    @OptionGroup public var global: GlobalOptions
    public static var roles: Set<Role>? { [.qc, .admin] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let count = try SessionSummarizer(context: context).rebuild()
        context.output.line(context.messages(.reviewRebuilt, count))
    }
}
