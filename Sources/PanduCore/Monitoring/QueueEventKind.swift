/// The queue_log events Pandu understands (monitoring spec §1.3); any other event name is kept as text.
public enum QueueEventKind: String, Hashable, Sendable, CaseIterable {
    case queueStart = "QUEUESTART"
    case configReload = "CONFIGRELOAD"
    case enterQueue = "ENTERQUEUE"
    case ringNoAnswer = "RINGNOANSWER"
    case ringCanceled = "RINGCANCELED"
    case connect = "CONNECT"
    case completeCaller = "COMPLETECALLER"
    case completeAgent = "COMPLETEAGENT"
    case transfer = "TRANSFER"
    case blindTransfer = "BLINDTRANSFER"
    case attendedTransfer = "ATTENDEDTRANSFER"
    case abandon = "ABANDON"
    case exitWithTimeout = "EXITWITHTIMEOUT"
    case exitWithKey = "EXITWITHKEY"
    case exitEmpty = "EXITEMPTY"
    case withdraw = "WITHDRAW"
    case agentDump = "AGENTDUMP"
    case sysCompat = "SYSCOMPAT"
    case addMember = "ADDMEMBER"
    case removeMember = "REMOVEMEMBER"
    case pause = "PAUSE"
    case unpause = "UNPAUSE"
    case pauseAll = "PAUSEALL"
    case unpauseAll = "UNPAUSEALL"
    case agentLogin = "AGENTLOGIN"
    case agentLogoff = "AGENTLOGOFF"
    case agentCallbackLogin = "AGENTCALLBACKLOGIN"
    case agentCallbackLogoff = "AGENTCALLBACKLOGOFF"
    case penalty = "PENALTY"
    case ringInUse = "RINGINUSE"
    case outCall = "OUTCALL"
    case did = "DID"
    case pauseReason = "PAUSEREASON"
    case full = "FULL"
    case joinEmpty = "JOINEMPTY"
    case closed = "CLOSED"

    /// Every kind by its name: one hash lookup instead of the synthesized `init(rawValue:)`, which compares
    /// the name with each case in turn (500 instructions a line on a million-line import).
    private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// The kind named `event`, as `init(rawValue:)` finds it.
    public static func named(_ event: String) -> QueueEventKind? { byName[event] }

    /// Events that close a call episode (spec §1.4): exactly one per episode.
    public var isTerminal: Bool {
        switch self {
        case .completeCaller, .completeAgent, .transfer, .blindTransfer, .attendedTransfer, .abandon,
            .exitWithTimeout, .exitWithKey, .exitEmpty, .withdraw, .agentDump, .sysCompat:
            true
        default: false
        }
    }

    /// Agent-side events (spec §1.5): logins, logouts, pauses, and the PAUSEREASON that names a pause.
    public var isMemberEvent: Bool {
        switch self {
        case .addMember, .removeMember, .pause, .unpause, .pauseAll, .unpauseAll, .agentLogin, .agentLogoff,
            .agentCallbackLogin, .agentCallbackLogoff, .pauseReason:
            true
        default: false
        }
    }

    /// Events that belong to a caller's episode (keyed by callid and queue).
    public var isCallEvent: Bool {
        isTerminal || self == .enterQueue || self == .ringNoAnswer || self == .ringCanceled || self == .connect
            || self == .did
    }

    /// Order inside one second: writes from several threads are not monotonic, and an episode must still
    /// read enter, ring, connect, end. Member events keep their file order (a logout and a new login may
    /// share a second), so they all share one phase.
    var phase: UInt8 {
        switch self {
        case .did: 0
        case .enterQueue: 1
        case .ringNoAnswer, .ringCanceled: 2
        case .connect: 3
        default: isTerminal ? 4 : 2
        }
    }
}
