import ArgumentParser
import PanduCore

/// `pandu kb WORDS`: knowledge-base search without the shell.
public struct KBCommand: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kb", abstract: "Search the knowledge base (MyKiss); an article id shows the article.")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "Words to search for, or an article id.") var words: [String]

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        _ = try LookupPresenter(context: context).kb(words.joined(separator: " "))
    }
}
