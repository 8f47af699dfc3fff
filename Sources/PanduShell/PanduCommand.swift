import ArgumentParser

/// The root of the command tree. With no subcommand, `pandu` starts the agent shell.
public struct PanduCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "pandu",
        abstract: "Pandu: the customer-handling assistant of the Telkom contact center (147, 108, TelkomCare).",
        discussion: """
            With no command, starts the agent shell (GNU readline on a terminal; commands read line by line \
            from a script otherwise). Environment: PANDU_STORE, PANDU_KNOWLEDGE, PANDU_LANG, PANDU_USER and \
            PANDU_PIN (act as someone in scripts), PANDU_SITE_ZONE (WIB, WITA or WIT), NO_COLOR, \
            PANDU_KNOWLEDGE_CACHE=off (read the knowledge files at every start).

            Exit codes: 0 success, 1 failure, 2 a check found violations, 64 bad usage or input.
            """,
        subcommands: [
            ShellCommand.self, UsersCommand.self, LoginCommand.self, LogoutCommand.self, SessionsCommand.self,
            KBCommand.self, DirCommand.self, KnowledgeCommand.self, QCCommand.self, BenchCommand.self,
            ReviewCommand.self,
            CallbacksCommand.self,
            EscalationsCommand.self,
            ReportCommand.self,
            AcdCommand.self,
            KPICommand.self,
            RosterCommand.self,
            PeopleCommand.self,
            RecoveryCommand.self,
            MonitorCommand.self,
            ServeCommand.self,
            PurgeCommand.self,
        ],
        defaultSubcommand: ShellCommand.self)
    public init() {}
}
