import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu acd map AGENT PERSON` / `pandu acd map list` / `pandu acd map --remove AGENT`.
public struct AcdMap: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Map an ACD agent (interface or member name) to a Pandu person, or list the map.",
        discussion: """
            queue_log names one agent two ways (monitoring spec §1.2): ADDMEMBER / REMOVEMEMBER log the \
            interface (SIP/1001, PJSIP/alice) unless log_membername_as_agent = yes, every other line the member \
            name (Sathish); app_agent_pool logs Agent/1001. Map each identifier the ACD uses to the person's \
            login code, e.g. `pandu acd map SIP/1001 1001` and `pandu acd map Sathish 1001`. Mapping an \
            identifier again replaces its person. `pandu acd map list` prints the map. Roles: desk, admin.
            """)

    @OptionGroup public var global: GlobalOptions
    @Argument(help: "AGENT PERSON-CODE, or `list`.") var words: [String] = []
    @Option(help: "Remove the mapping of this ACD agent.") var remove: String?
    @Option(help: "text, json or csv (for list).") var format: OutputFormat = .text

    public init() {}
    public static var roles: Set<Role>? { [.desk, .admin] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        let store = try context.monitoringStore()
        if let remove {
            guard try store.removeAgentMapping(agent: remove) else { throw ShellError.usage(m(.acdMapNone, remove)) }
            try context.store().append(audit("acd.unmap", remove, nil, person, context))
            context.output.line(m(.acdUnmapped, remove))
            return
        }
        if words.isEmpty || words == ["list"] {
            let rows = try store.agentMappings().map { map in
                [
                    map.agent, map.person.rawValue, map.mappedBy?.rawValue ?? "",
                    map.mappedAt.map(context.times.format) ?? "",
                ]
            }
            context.output.raw(
                Table(columns: ["agent", "person", "mapped_by", "mapped_at"], rows: rows).render(format))
            return
        }
        guard words.count == 2 else { throw ShellError.usage(m(.acdMapUsage)) }
        let code = PersonCode(words[1])
        guard try context.store().person(code) != nil else { throw ShellError.usage(m(.noSuchPerson, words[1])) }
        try store.setAgentMapping(
            AgentMapping(agent: words[0], person: code, mappedBy: person?.code, mappedAt: context.now))
        try context.store().append(audit("acd.map", words[0], words[1], person, context))
        context.output.line(m(.acdMapped, words[0], words[1]))
    }

    func audit(_ action: String, _ agent: String, _ to: String?, _ person: Person?, _ context: AppContext)
        -> HandlingEvent
    {
        var data: [String: JSONValue] = ["action": .string(action), "agent": .string(agent)]
        if let to { data["person"] = .string(to) }
        return HandlingEvent(actor: person?.code ?? PersonCode("system"), at: context.now, type: .audit, data: data)
    }
}
