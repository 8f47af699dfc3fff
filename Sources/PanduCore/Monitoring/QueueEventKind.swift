#if canImport(Glibc)
    import Glibc
#endif

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

    /// Every kind's name bytes, by `slot` of its length and first and last byte.
    private static let byBytes: [[(name: [UInt8], kind: QueueEventKind)]] = {
        var table = [[(name: [UInt8], kind: QueueEventKind)]](repeating: [], count: 256)
        for kind in allCases {
            let name = Array(kind.rawValue.utf8)
            table[slot(name.count, name[0], name[name.count - 1])].append((name, kind))
        }
        return table
    }()

    private static func slot(_ count: Int, _ first: UInt8, _ last: UInt8) -> Int {
        (count &* 37 &+ Int(first) &* 7 &+ Int(last)) & 255
    }

    /// The kind whose name is exactly these bytes, as `named` finds it for their text, without making the
    /// text or hashing it with SipHash (a file parser looks up every line's event).
    static func named(_ bytes: UnsafeBufferPointer<UInt8>) -> QueueEventKind? {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
        for (name, kind) in byBytes[slot(bytes.count, bytes[0], bytes[bytes.count - 1])] where name.count == bytes.count
        {
            if name.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, bytes.count) }) == 0 { return kind }
        }
        return nil
    }

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
