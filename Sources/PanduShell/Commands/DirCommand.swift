import ArgumentParser
import PanduCore

/// `pandu dir WORDS`: 108 directory search without the shell.
public struct DirCommand: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dir", abstract: "Search the 108 directory (name, category, city).")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "Words to search for, e.g. rumah sakit bandung.") var words: [String]

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        _ = try LookupPresenter(context: context).dir(words.joined(separator: " "))
    }
}
