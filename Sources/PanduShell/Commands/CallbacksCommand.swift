import ArgumentParser

/// `pandu callbacks …`: the Tier 2 callback queue.
public struct CallbacksCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "callbacks",
        abstract: "The Tier 2 callback queue: list, show, add, assign, cancel.",
        discussion:
            "Callbacks are recorded from a contact with the shell's 'callback' or by a TL with 'callbacks add'. Tier 2 agents work them in the shell with 'next-callback' and 'attempt OUTCOME'. The retry policy (maximum attempts, minimum gap, calling hours, agent hold, outcome codes) is knowledge/callbacks.yaml.",
        subcommands: [
            CallbacksList.self, CallbacksShow.self, CallbacksAdd.self, CallbacksAssign.self, CallbacksCancel.self,
        ])
    public init() {}
}
