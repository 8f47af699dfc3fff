import Foundation

/// One caller's stay in one queue (spec §1.4): opened by ENTERQUEUE, closed by exactly one terminal event.
/// Times are epoch seconds; waits and talk are whole seconds as Asterisk logs them.
public struct Episode: Hashable, Sendable {
    /// How the caller left the queue.
    public enum Exit: String, Hashable, Sendable, CaseIterable {
        case completedByCaller = "complete_caller"
        case completedByAgent = "complete_agent"
        case transfer
        case blindTransfer = "blind_transfer"
        case attendedTransfer = "attended_transfer"
        case abandon
        case timeout
        case key
        case empty
        case withdraw
        case agentDump = "agentdump"
        case sysCompat = "syscompat"

        /// Exits after a bridged call, which carry the call's talk time.
        public var isHandled: Bool {
            switch self {
            case .completedByCaller, .completedByAgent, .transfer, .blindTransfer, .attendedTransfer: true
            default: false
            }
        }

        /// Transfers of any kind.
        public var isTransfer: Bool { self == .transfer || self == .blindTransfer || self == .attendedTransfer }
    }

    public var callID: String
    public var queue: String
    /// ENTERQUEUE time; for an orphan (no ENTERQUEUE seen), inferred from the first event's wait or hold time.
    public var enteredAt: Int64
    /// False when the log holds no ENTERQUEUE for this episode (the file began mid-call).
    public var hasEnterQueue: Bool
    public var callerID: String?
    /// The dialled number from a `DID` line of the same call, if the dialplan logs one.
    public var did: String?
    /// Position at entry (`opos`).
    public var originalPosition: Int?
    /// RINGNOANSWER lines: members that rang and did not answer.
    public var ringNoAnswers = 0
    /// RINGCANCELED lines: members ringing when the caller hung up.
    public var ringCancels = 0
    /// CONNECT time (or inferred from COMPLETE* when the CONNECT line is missing).
    public var connectedAt: Int64?
    /// The answering member; for ABANDON, AGENTDUMP and SYSCOMPAT lines the member named in the agent column.
    public var member: String?
    /// Answered: CONNECT `holdtime` (queue wait including ring time). Unanswered: the exit's `waittime`,
    /// or exit time minus entry when the line has none. Nil while the caller still waits.
    public var waitSeconds: Int?
    /// CONNECT `ringtime`: how long the answering member's phone rang.
    public var ringSeconds: Int?
    /// COMPLETE* / transfer `calltime`: bridged time, hold inside the call included.
    public var talkSeconds: Int?
    /// Time of the terminal event.
    public var endedAt: Int64?
    /// Nil while open (no terminal event).
    public var exit: Exit?
    /// Position in the queue at exit (`pos`).
    public var exitPosition: Int?
    /// The digit pressed on EXITWITHKEY.
    public var exitKey: String?
    /// `extension@context` of a (blind) transfer, or the attended transfer's method and its data.
    public var transferTarget: String?
    /// Set when the same call entered a queue again while this episode was still open: it will never close.
    public var supersededAt: Int64?
    /// Terminal or ring/connect lines that arrived after the episode had closed (kept as an anomaly count).
    public var lateEvents = 0

    /// A just-opened episode; the builder fills the rest as lines arrive.
    public init(callID: String, queue: String, enteredAt: Int64, hasEnterQueue: Bool = true) {
        self.callID = callID
        self.queue = queue
        self.enteredAt = enteredAt
        self.hasEnterQueue = hasEnterQueue
    }

    /// No terminal event yet.
    public var isOpen: Bool { exit == nil }
    /// A member answered (CONNECT seen, or a completion or transfer implies it).
    public var isAnswered: Bool { connectedAt != nil }
    /// Open, never answered and not superseded: the caller is (as far as the log tells) still waiting.
    public var isWaiting: Bool { exit == nil && connectedAt == nil && supersededAt == nil }
    /// Entry time as a date.
    public var enteredDate: Date { Date(timeIntervalSince1970: TimeInterval(enteredAt)) }
}
