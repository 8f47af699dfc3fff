import Foundation

/// A store's per-line work done by the file parser while it reads a line, from the line's bytes: each line
/// encoded in the store's line layout (after its seq: `epoch, usec, callid, queue, agent, event, count of
/// params, params…`, signed numbers zigzag LEB128 varints, a text as its UTF-8 length and bytes) and each call
/// line's call numbered by its uniqueid's bytes (interned, so no `String` is hashed per line). An ASCII line's
/// fields are its strings' bytes; any other line is encoded from its record's strings (invalid UTF-8 became
/// U+FFFD there), so the bytes are what encoding the record gives.
public struct QueueLogPreparation: Hashable, Sendable {
    /// The lines' bytes, one after another.
    public private(set) var lineBytes: [UInt8] = []
    /// Line `i`'s bytes end at `lineEnds[i]` (and start where line `i - 1`'s end).
    public private(set) var lineEnds: [Int] = []
    /// Line `i`'s call number (calls numbered from 0 in the order their first call line comes), -1 for a line
    /// that is not a call event.
    public private(set) var callNumbers: [Int] = []
    /// Each call's first line (an index into the records): its uniqueid is that record's `callID`.
    public private(set) var callFirstLines: [Int] = []
    /// Each call's earliest call line's epoch.
    public private(set) var callFirstEpochs: [Int64] = []
    /// Each call's latest call line's epoch.
    public private(set) var callLastEpochs: [Int64] = []

    /// The filled parts of a preparation.
    init(_ p: QueueLogPreparing) {
        lineBytes = p.bytes.array
        lineEnds = p.ends
        callNumbers = p.numbers
        callFirstLines = p.calls.firstLines
        callFirstEpochs = p.calls.firstEpochs
        callLastEpochs = p.calls.lastEpochs
    }

    /// An empty preparation.
    public init() {}

    /// How many calls were numbered.
    public var callCount: Int { callFirstLines.count }
}

/// The preparation being filled by one parse (one thread), passed `inout` through the parser (a class's
/// array properties would be checked for exclusive access on every line).
struct QueueLogPreparing {
    let bytes: BlockBytes
    var ends: [Int] = []
    var numbers: [Int] = []
    /// The chunk's uniqueids, queues and agents.
    var strings: QueueLogStrings
    /// The text number of the last record's `callID` (set by `text(_:_:call:)`).
    private var callText = 0
    /// Text number → call number, -1 when that text is no call's uniqueid (yet).
    private var callOfText: [Int32] = []
    var calls = Calls()

    /// The calls numbered so far: each one's first line and span of epochs.
    struct Calls {
        var firstLines: [Int] = []
        var firstEpochs: [Int64] = []
        var lastEpochs: [Int64] = []
    }

    init(capacity: Int) {
        bytes = BlockBytes(capacity: capacity * 60)
        ends.reserveCapacity(capacity)
        numbers.reserveCapacity(capacity)
        strings = QueueLogStrings(capacity: capacity / 2)
    }

    /// The text of `range` in `buf`, shared with every earlier field of the same bytes; `call`: it is the
    /// record's uniqueid.
    mutating func text(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, call: Bool = false) -> String {
        let k = strings.intern(buf, range)
        if call { callText = k }
        return strings.strings[k]
    }

    /// Adds record `r` (the `records.count`-th), read from `buf` whose field `k` is `field(k)`; `ascii`: every
    /// byte of the line is below 0x80. Its uniqueid was interned last (`text(_:_:call:)`).
    mutating func add(
        _ r: QueueLogRecord, line index: Int, _ buf: UnsafeBufferPointer<UInt8>, ascii: Bool,
        _ field: (Int) -> Range<Int>
    ) {
        let b = bytes
        if ascii {
            // `queueLogLineFields(r)`'s bytes, copied from the line: an ASCII line's fields are its strings' bytes.
            b.signed(r.epoch)
            b.signed(Int64(r.microseconds))
            b.text(buf, field(1))
            b.text(buf, field(2))
            b.text(buf, field(3))
            b.text(buf, ByteScan.trimmed(buf, field(4)))
            b.unsigned(UInt64(r.paramCount))
            for k in stride(from: QueueLogParser.fixedFields, to: QueueLogParser.fixedFields + r.paramCount, by: 1) {
                b.text(buf, field(k))
            }
        } else {
            b.queueLogLineFields(r)
        }
        ends.append(b.count)
        guard r.kind?.isCallEvent == true else { return numbers.append(-1) }
        var t = callText
        if !ascii {
            // Strings are equal (one dictionary key) when their NFC forms are: so the call is that form's.
            var id = r.callID.precomposedStringWithCanonicalMapping
            t = id.withUTF8 { strings.intern($0, 0..<$0.count) }
        }
        numbers.append(number(text: t, line: index, epoch: r.epoch))
    }

    /// The call number of the uniqueid whose text number is `t`, a new one when not seen yet.
    private mutating func number(text t: Int, line: Int, epoch: Int64) -> Int {
        if callOfText.count < strings.count {
            callOfText += repeatElement(-1, count: strings.count - callOfText.count)
        }
        let known = Int(callOfText[t])
        guard known < 0 else {
            if epoch < calls.firstEpochs[known] { calls.firstEpochs[known] = epoch }
            if epoch > calls.lastEpochs[known] { calls.lastEpochs[known] = epoch }
            return known
        }
        let k = calls.firstLines.count
        callOfText[t] = Int32(k)
        calls.firstLines.append(line)
        calls.firstEpochs.append(epoch)
        calls.lastEpochs.append(epoch)
        return k
    }
}
