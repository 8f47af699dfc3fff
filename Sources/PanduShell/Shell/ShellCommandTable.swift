/// Every command of the agent shell, in the order `help` lists them. One-shot commands (users,
/// sessions, knowledge, qc) also run inside the shell through `Shell.runOneShot`.
enum ShellCommandTable {
    static let all: [ShellCommandSpec] = [
        .init(name: "login", requirement: .none, summary: .helpLogin, usage: "login [KODE]", completion: .none) { try $0.login($1) },
        .init(name: "logout", requirement: .login, summary: .helpLogout, usage: "logout", completion: .none) { try $0.logout($1) },
        .init(name: "ready", requirement: .login, summary: .helpReady, usage: "ready", completion: .none) { try $0.setState(.ready, $1) },
        .init(name: "aux", requirement: .login, summary: .helpAux, usage: "aux ALASAN", completion: .auxReasons) { try $0.aux($1) },
        .init(name: "acw", requirement: .login, summary: .helpACW, usage: "acw", completion: .none) { try $0.setState(.acw, $1) },
        .init(name: "start", requirement: .login, summary: .helpStart, usage: "start FLOW [WIB|WITA|WIT]", completion: .flows) { try $0.start($1) },
        .init(name: "say", requirement: .contact, summary: .helpSay, usage: "say TEKS", completion: .none) { try $0.say($1.rest) },
        .init(name: "cust", requirement: .contact, summary: .helpCust, usage: "cust TEKS", completion: .none) { try $0.customerSaid($1) },
        .init(name: "set", requirement: .contact, summary: .helpSet, usage: "set FIELD NILAI", completion: .fields) { try $0.set($1) },
        .init(name: "next", requirement: .contact, summary: .helpNext, usage: "next", completion: .none) { try $0.next($1) },
        .init(name: "choose", requirement: .contact, summary: .helpChoose, usage: "choose PILIHAN", completion: .choices) { try $0.choose($1) },
        .init(name: "back", requirement: .contact, summary: .helpBack, usage: "back", completion: .none) { try $0.back($1) },
        .init(name: "hold", requirement: .contact, summary: .helpHold, usage: "hold", completion: .none) { try $0.hold($1) },
        .init(name: "unhold", requirement: .contact, summary: .helpUnhold, usage: "unhold", completion: .none) { try $0.unhold($1) },
        .init(name: "kb", requirement: .login, summary: .helpKB, usage: "kb KATA…", completion: .none) { try $0.kb($1) },
        .init(name: "dir", requirement: .login, summary: .helpDir, usage: "dir KATA… [kota]", completion: .none) { try $0.dir($1) },
        .init(name: "note", requirement: .contact, summary: .helpNote, usage: "note TEKS", completion: .none) { try $0.note($1) },
        .init(name: "ticket", requirement: .contact, summary: .helpTicket, usage: "ticket IDTIKET", completion: .none) { try $0.ticket($1) },
        .init(name: "escalate", requirement: .contact, summary: .helpEscalate, usage: "escalate LEVEL ALASAN", completion: .escalationLevels) { try $0.escalate($1) },
        .init(name: "callback", requirement: .contact, summary: .helpCallback, usage: "callback NOMOR [HH:MM-HH:MM] [--ticket ID] [--priority P] ALASAN", completion: .none) { try $0.callback($1) },
        .init(name: "next-callback", requirement: .login, summary: .helpNextCallback, usage: "next-callback", completion: .none) { try $0.nextCallback($1) },
        .init(name: "attempt", requirement: .login, summary: .helpAttempt, usage: "attempt HASIL [WAKTU] [CATATAN]", completion: .callbackOutcomes) { try $0.attempt($1) },
        .init(name: "dir-fix", requirement: .login, summary: .helpDirFix, usage: "dir-fix [ENTRI] FIELD NILAI ALASAN", completion: .none) { try $0.dirFix($1) },
        .init(name: "transfer", requirement: .contact, summary: .helpTransfer, usage: "transfer 147", completion: .transferTargets) { try $0.transfer($1) },
        .init(name: "close", requirement: .contact, summary: .helpClose, usage: "close DISPOSISI", completion: .dispositions) { try $0.close($1) },
        .init(name: "resume", requirement: .login, summary: .helpResume, usage: "resume [ID]", completion: .openSessions) { try $0.resume($1) },
        .init(name: "abandon", requirement: .login, summary: .helpAbandon, usage: "abandon [ID]", completion: .openSessions) { try $0.abandon($1) },
        .init(name: "status", requirement: .none, summary: .helpStatus, usage: "status", completion: .none) { try $0.status($1) },
        .init(name: "history", requirement: .login, summary: .helpHistory, usage: "history", completion: .none) { try $0.history($1) },
        .init(name: "help", requirement: .none, summary: .helpHelp, usage: "help [PERINTAH]", completion: .commands) { $0.help($1) },
        .init(name: "quit", requirement: .none, summary: .helpQuit, usage: "quit", completion: .none) { try $0.quit($1) },
    ]

    /// One-shot commands usable inside the shell, with their summaries.
    static let oneShot: [(name: String, summary: MessageKey)] = [
        ("users", .helpUsers), ("sessions", .helpSessions), ("knowledge", .helpKnowledge), ("qc", .helpQC),
        ("review", .helpReview), ("callbacks", .helpCallbacks), ("escalations", .helpEscalations),
        ("report", .helpReport),
    ]

    /// The command named `name`.
    static func spec(_ name: String) -> ShellCommandSpec? { all.first { $0.name == name } }

    /// Every word that can start a line.
    static var names: [String] { all.map(\.name) + oneShot.map(\.name) }
}
