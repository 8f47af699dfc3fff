import ArgumentParser

/// `pandu escalations …`: escalation records and their SLA.
public struct EscalationsCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "escalations",
        abstract: "Escalations and NOSSA tickets with their owner and SLA: list, show, ack, resolve, close.",
        discussion:
            "Raised in the shell with 'escalate LEVEL REASON' (and 'ticket ID' for the NOSSA level). Levels, SLA minutes and owner roles are knowledge/escalations.yaml; a TL-owned escalation goes to the TL of the agent's team. Status: open -> acknowledged -> resolved -> closed; only the owner (or an admin) moves it.",
        subcommands: [
            EscalationsList.self, EscalationsShow.self, EscalationsAck.self, EscalationsResolve.self,
            EscalationsClose.self,
        ])
    public init() {}
}
