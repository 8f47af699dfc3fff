import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu sessions show ID`: one contact with every recorded event.
public struct SessionsShow: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one contact with all its events (text or json).")

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "The session id.") var id: String
    @Option(help: "text or json.") var format: OutputFormat = .text

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let (session, events) = try SessionLoader(context: context, person: person).load(SessionID(id))
        let masked = events.map { EventMasking.mask($0) }
        if format == .json {
            context.output.raw(JSONText.encode(SessionDocument(session: session, events: masked)))
        } else {
            context.output.raw(SessionTimeline(context: context).render(session: session, events: masked))
        }
    }
}

/// The JSON form of one recorded contact.
struct SessionDocument: Encodable {
    let session: SessionRecord
    let events: [HandlingEvent]
}
