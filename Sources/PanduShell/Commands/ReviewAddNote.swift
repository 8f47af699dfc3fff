import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu review note SESSION --text …`: a TL's coaching note ("panduan dan pembinaan", P-10 step 18).
public struct ReviewAddNote: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "note", abstract: "Add a coaching note (panduan dan pembinaan) to a contact of your team.")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The session id.") var id: String
    @Option(help: "The note.") var text: String
    public static var roles: Set<Role>? { [.tl, .qc, .desk, .admin] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        guard let person else { throw ShellError.denied(m(.whoAreYou)) }
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw ShellError.usage(m(.reviewEmptyText)) }
        let (session, _) = try SessionLoader(context: context, person: person).load(SessionID(id))
        let note = try context.reviewStore().addNote(
            ReviewNote(sessionID: session.id, agent: session.agent, author: person.code, at: context.now, text: body))
        context.output.line(m(.reviewNoteAdded, note.id, session.id))
    }
}
