import PanduCore

/// The byte layout of the ACD blocks of migration "v4-acd-blocks" (`acd_line_blocks`, `acd_episode_blocks`):
/// unsigned LEB128 varints, signed numbers zigzag-encoded, a text as its UTF-8 length and bytes. A line is
/// `seq, epoch, usec, callid, queue, agent, event, count of params, params…`; an episode is the 21 columns of
/// `EpisodeColumns.names`, each a tagged value (0 null, 1 integer, 2 text). A line's key is 16 bytes: epoch
/// and the low word of its content key, little-endian. The migration writes the same layout on its own.
struct AcdBlockWriter {
    private let buffer: BlockBytes

    /// An empty writer with room for `capacity` bytes.
    init(capacity: Int = 0) { buffer = BlockBytes(capacity: capacity) }

    /// The bytes written, copied.
    var bytes: [UInt8] { buffer.array }

    /// How many bytes are written.
    var count: Int { buffer.count }

    /// Reads the bytes written in place, valid only inside `body`.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try buffer.withBytes(body)
    }

    /// Makes room for `count` more bytes.
    func reserve(_ count: Int) { buffer.reserve(count) }

    /// Appends bytes encoded already (a line's fields, an episode).
    func append(_ bytes: UnsafeBufferPointer<UInt8>) { buffer.append(bytes) }

    func unsigned(_ value: UInt64) { buffer.unsigned(value) }

    func signed(_ value: Int64) { buffer.signed(value) }

    func text(_ value: String) { buffer.text(value) }

    /// A tagged optional integer.
    func tagged(_ value: Int64?) {
        buffer.reserve(1)
        guard let value else { return buffer.append(0) }
        buffer.append(1)
        signed(value)
    }

    /// A tagged optional text.
    func tagged(_ value: String?) {
        buffer.reserve(1)
        guard let value else { return buffer.append(0) }
        buffer.append(2)
        text(value)
    }

    /// A line's 16-byte key.
    func key(epoch: Int64, low: UInt64) {
        withUnsafeBytes(of: epoch.littleEndian) { buffer.append($0.bindMemory(to: UInt8.self)) }
        withUnsafeBytes(of: low.littleEndian) { buffer.append($0.bindMemory(to: UInt8.self)) }
    }

    /// One line of a line block.
    func line(_ r: QueueLogRecord, seq: Int64) {
        signed(seq)
        lineFields(r)
    }

    /// A line's bytes after its seq: what `QueueLogBatch` encodes ahead, on the parse thread.
    func lineFields(_ r: QueueLogRecord) { buffer.queueLogLineFields(r) }

    /// One episode of an episode block. Inlined into the encoding loop (see `EncodedEpisodes.init`).
    @inline(__always) func episode(_ e: borrowing Episode) {
        tagged(e.callID)
        tagged(e.queue)
        tagged(e.enteredAt)
        tagged(Int64(e.hasEnterQueue ? 1 : 0))
        tagged(e.callerID)
        tagged(e.did)
        tagged(e.connectedAt)
        tagged(e.member)
        tagged(e.waitSeconds.map(Int64.init))
        tagged(e.ringSeconds.map(Int64.init))
        tagged(e.talkSeconds.map(Int64.init))
        tagged(e.endedAt)
        tagged(e.exit?.rawValue)
        tagged(e.exitKey)
        tagged(e.transferTarget)
        tagged(e.supersededAt)
        tagged(Int64(e.ringNoAnswers))
        tagged(Int64(e.ringCancels))
        tagged(Int64(e.lateEvents))
        tagged(e.originalPosition.map(Int64.init))
        tagged(e.exitPosition.map(Int64.init))
    }
}

/// Reads what `AcdBlockWriter` wrote, from memory that outlives the reader (a blob column being stepped).
struct AcdBlockReader {
    private let base: UnsafePointer<UInt8>
    private let end: Int
    private(set) var at = 0

    /// A reader of `count` bytes at `base`.
    init(_ base: UnsafePointer<UInt8>?, count: Int) {
        self.base = base ?? UnsafePointer(bitPattern: 1)!
        end = base == nil ? 0 : count
    }

    var isAtEnd: Bool { at >= end }

    /// The bytes not read yet followed by `more`'s, in a new writer.
    func appending(_ more: AcdBlockWriter) -> AcdBlockWriter {
        let w = AcdBlockWriter(capacity: max(0, end - at) + more.count)
        if at < end { w.append(UnsafeBufferPointer(start: base + at, count: end - at)) }
        more.withBytes { w.append($0) }
        return w
    }

    /// The bytes not read yet, copied.
    var rest: [UInt8] { at < end ? Array(UnsafeBufferPointer(start: base + at, count: end - at)) : [] }

    mutating func unsigned() -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while at < end {
            let b = base[at]
            at += 1
            value |= UInt64(b & 0x7f) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return value
    }

    mutating func signed() -> Int64 {
        let u = unsigned()
        return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
    }

    mutating func text() -> String {
        let n = min(Int(unsigned()), end - at)
        defer { at += n }
        return String(decoding: UnsafeBufferPointer(start: base + at, count: n), as: UTF8.self)
    }

    mutating func taggedInt() -> Int64? {
        guard at < end else { return nil }
        at += 1
        switch base[at - 1] {
        case 1: return signed()
        case 2: return Int64(text())
        default: return nil
        }
    }

    mutating func taggedText() -> String? {
        guard at < end else { return nil }
        at += 1
        switch base[at - 1] {
        case 1: return String(signed())
        case 2: return text()
        default: return nil
        }
    }

    /// A 16-byte line key.
    mutating func key() -> QueueLogKey {
        var epoch: Int64 = 0
        var low: UInt64 = 0
        withUnsafeMutableBytes(of: &epoch) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base + at, count: 8)) }
        withUnsafeMutableBytes(of: &low) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base + at + 8, count: 8)) }
        at += 16
        return QueueLogKey(high: UInt64(bitPattern: Int64(littleEndian: epoch)), low: UInt64(littleEndian: low))
    }

    /// One line: its seq and the record.
    mutating func line() -> (seq: Int64, record: QueueLogRecord) {
        let seq = signed()
        let epoch = signed()
        let usec = Int32(truncatingIfNeeded: signed())
        let callID = text()
        let queue = text()
        let agent = text()
        let event = text()
        let count = Int(unsigned())
        var params: [String] = []
        params.reserveCapacity(count)
        for _ in 0..<count { params.append(text()) }
        let r = QueueLogRecord(
            epoch: epoch, microseconds: usec, callID: callID, queue: queue, agent: agent, event: event,
            params: params)
        return (seq, r)
    }

    /// One line, or nil (the reader past it) when its call id is ASCII and `filter` does not hold the hash of its
    /// bytes: the lines of other calls are skipped without making their strings. A line whose id is not ASCII
    /// is always read (String equality is canonical equivalence, which the bytes do not show).
    mutating func line(ifCallIn filter: CallIDFilter) -> (seq: Int64, record: QueueLogRecord)? {
        let start = at
        for _ in 0..<3 { skipVarint() }  // seq, epoch, microseconds
        let n = min(Int(clamping: unsigned()), end - at)
        let id = UnsafeBufferPointer(start: base + at, count: n)
        if id.contains(where: { $0 >= 0x80 }) || filter.contains(ByteHash.of(id)) {
            at = start
            return line()
        }
        at += n
        for _ in 0..<3 { skipText() }  // queue, agent, event
        // Each parameter takes at least its length byte, which bounds a damaged count.
        let count = min(Int(clamping: unsigned()), end - at)
        for _ in 0..<count { skipText() }
        return nil
    }

    private mutating func skipVarint() {
        while at < end && base[at] >= 0x80 { at += 1 }
        at += 1
    }

    private mutating func skipText() {
        at += min(Int(clamping: unsigned()), end - at)
    }

    /// One episode.
    mutating func episode() -> Episode {
        let callID = taggedText() ?? ""
        let queue = taggedText() ?? ""
        let entered = taggedInt() ?? 0
        var e = Episode(callID: callID, queue: queue, enteredAt: entered, hasEnterQueue: (taggedInt() ?? 0) != 0)
        e.callerID = taggedText()
        e.did = taggedText()
        e.connectedAt = taggedInt()
        e.member = taggedText()
        e.waitSeconds = taggedInt().map(Int.init)
        e.ringSeconds = taggedInt().map(Int.init)
        e.talkSeconds = taggedInt().map(Int.init)
        e.endedAt = taggedInt()
        e.exit = taggedText().flatMap(Episode.Exit.init(rawValue:))
        e.exitKey = taggedText()
        e.transferTarget = taggedText()
        e.supersededAt = taggedInt()
        e.ringNoAnswers = Int(taggedInt() ?? 0)
        e.ringCancels = Int(taggedInt() ?? 0)
        e.lateEvents = Int(taggedInt() ?? 0)
        e.originalPosition = taggedInt().map(Int.init)
        e.exitPosition = taggedInt().map(Int.init)
        return e
    }
}

/// The `ByteHash`es of some call ids' bytes, as a 65,536-bit map: a line whose id is not in it is skipped; one that
/// is (or collides with one that is, about one in a thousand for a hundred ids) is read and compared.
struct CallIDFilter {
    private var bits = [UInt64](repeating: 0, count: 1024)

    /// A filter of the ids' UTF-8 bytes.
    init(_ ids: some Sequence<String>) {
        for id in ids {
            var id = id
            let h = id.withUTF8 { ByteHash.of($0) }
            bits[Int(truncatingIfNeeded: (h >> 6) & 1023)] |= 1 << (h & 63)
        }
    }

    /// Whether `hash` may be one of the ids'.
    func contains(_ hash: UInt64) -> Bool {
        bits[Int(truncatingIfNeeded: (hash >> 6) & 1023)] & (1 << (hash & 63)) != 0
    }
}

/// The 15-minute buckets blocks are kept by (the slot tallies' slot), and which block kind a line goes to.
enum AcdBuckets {
    static let seconds: Int64 = 900
    /// Lines of agent-side events, read by `memberRecords`; every other line is kind 0.
    static let memberKind: Int64 = 1

    /// The bucket holding epoch `t` (floor, also for times before 1970).
    static func bucket(_ t: Int64) -> Int64 {
        let r = t % seconds
        return r < 0 ? t - r - seconds : t - r
    }

    /// The block kind of a line: agent-side events (`QueueEventKind.isMemberEvent`) are `memberKind`.
    static func kind(_ r: QueueLogRecord) -> Int64 { r.kind?.isMemberEvent == true ? memberKind : 0 }
}
