import Foundation

extension Contact {
    /// The contact as a transcript, so a shell session is scored exactly like a QC transcript.
    /// `localTime` is the customer's clock at the first turn (the opening greeting is judged on it).
    public func transcript(agentName: String, scope: String = "full_call") -> Transcript {
        var context: [String: JSONValue] = [:]
        if flow.id.rawValue.contains("complaint") || flow.tier == "T2" { context["complaint"] = true }
        let tickets = events.filter { $0.type == .ticket }.compactMap { $0.string("ticket_id") }
        if let ticket = tickets.last ?? captures["ticket_id"] {
            context["ticket_created"] = true
            context["ticket_id"] = .string(ticket)
        }
        if let eligible = captures["offer_eligible"] {
            context["offer_eligible"] = .bool(eligible == "ya" || eligible == "yes")
        }
        // A social case names its own channel (public reply or DM), which S-11 judges differently.
        let channel = captures["case_channel"].flatMap(Channel.init(rawValue:)) ?? flow.channel
        if !channel.isVoice { context["channel_type"] = .string(channel.isPublic ? "public" : "private") }
        if let rightParty = captures["right_party"] {
            context["right_party"] = .bool(rightParty == "ya" || rightParty == "yes")
        }
        return Transcript(
            id: session.id.rawValue,
            service: flow.service == .caring ? "147" : flow.service.rawValue,
            tier: flow.tier,
            channel: channel,
            scope: scope,
            localTime: session.customerZone.localTime(session.startedAt),
            timezone: session.customerZone,
            agentName: agentName,
            customerName: captures["customer_name"],
            context: context,
            turns: turns + (isOpen ? [] : [.callEnd(byAgent: true)]))
    }

    /// Placeholder values for the step scripts: captures plus agent name, honorific and greeting time.
    /// The greeting comes from the checker's own windows, so a QC edit of conventions.yaml moves the script
    /// and the verdict together and the script never tells the agent to say what the checker then fails.
    public func bindings(agentName: String, now: Date, conventions: CheckingConventions) -> [String: String] {
        var b = captures
        b["agent_name"] = agentName
        b["greeting_time"] = conventions.greeting(atMinute: session.customerZone.minuteOfDay(now))
        if b["honorific"] == nil {
            b["honorific"] = flow.channel.isVoice ? "Bapak/Ibu" : "Kak"
        }
        return b
    }
}
