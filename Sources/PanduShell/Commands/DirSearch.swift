import ArgumentParser
import PanduCore

/// `pandu dir [search] WORDS`: 108 directory search without the shell.
public struct DirSearch: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Search the 108 directory (the default of 'pandu dir').")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "Words to search for, e.g. rumah sakit bandung.") var words: [String]

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        _ = try LookupPresenter(context: context).dir(words.joined(separator: " "))
    }
}
