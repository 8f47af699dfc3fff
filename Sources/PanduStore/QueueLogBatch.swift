import PanduCore

/// One batch of queue_log records with the store's per-line work done ahead, on the import's parse thread while
/// the previous batch is written: each line's content key and its bytes in a line block, and (unless asked not
/// to) the batch's calls and episodes, encoded and tallied, as if every line were new. A store uses the
/// episodes when every line turns out new; calls that began in an earlier batch are rebuilt from what is stored
/// and merged in, so the result is the same as building them on the writer.
public struct QueueLogBatch: Sendable {
    /// The records, in file order.
    public let records: [QueueLogRecord]
    /// `records[i].contentKey.low`.
    let keys: [UInt64]
    /// Each line's bytes after its seq (`AcdBlockWriter.lineFields`); line `i` ends at `lineEnds[i]`. Encoded
    /// ahead with the episodes only: a batch prepared without them (a re-import) stores few lines, which the
    /// writer encodes itself.
    let lineBytes: [UInt8]
    let lineEnds: [Int]
    /// The episodes worked out ahead, when asked for.
    let prepared: QueueLogPreparedEpisodes?

    /// Does the work for `records`; the episodes only `withEpisodes` (else a store builds them). `keys`: each
    /// record's `contentKey.low` when the parser worked them out (`QueueLogParseResult.keys`).
    public init(_ records: [QueueLogRecord], keys: [UInt64]? = nil, withEpisodes: Bool = true) {
        self.records = records
        if let keys, keys.count == records.count {
            self.keys = keys
        } else {
            self.keys = records.map { $0.contentKey.low }
        }
        let w = AcdBlockWriter(capacity: withEpisodes ? records.count * 64 : 0)
        var ends: [Int] = []
        if withEpisodes {
            ends.reserveCapacity(records.count)
            records.withUnsafeBufferPointer { buf in
                for r in buf {
                    w.lineFields(r)
                    ends.append(w.count)
                }
            }
        }
        lineBytes = w.bytes
        lineEnds = ends
        prepared = withEpisodes ? QueueLogPreparedEpisodes(records) : nil
    }

    /// Does the work for a parse's records, taking what the parser prepared (`QueueLogParser.prepare(bytes:)`:
    /// the lines encoded and the calls numbered) instead of doing it again from the strings.
    public init(_ parsed: QueueLogParseResult) {
        guard let p = parsed.preparation, p.lineEnds.count == parsed.records.count,
            parsed.keys.count == parsed.records.count
        else {
            self.init(parsed.records, keys: parsed.keys)
            return
        }
        self.init(
            records: parsed.records, keys: parsed.keys, lineBytes: p.lineBytes, lineEnds: p.lineEnds,
            prepared: QueueLogPreparedEpisodes(parsed.records, prepared: p))
    }

    private init(
        records: [QueueLogRecord], keys: [UInt64], lineBytes: [UInt8], lineEnds: [Int],
        prepared: QueueLogPreparedEpisodes?
    ) {
        self.records = records
        self.keys = keys
        self.lineBytes = lineBytes
        self.lineEnds = lineEnds
        self.prepared = prepared
    }

    /// Whether the lines were encoded ahead.
    var hasLineBytes: Bool { lineEnds.count == records.count }

    /// Where line `i`'s bytes are in `lineBytes`.
    func lineRange(_ i: Int) -> Range<Int> { (i == 0 ? 0 : lineEnds[i - 1])..<lineEnds[i] }
}

/// A batch's calls and episodes worked out ahead as if every line were new (see `QueueLogBatch`).
struct QueueLogPreparedEpisodes: Sendable {
    /// The calls of every call line of the batch.
    let calls: QueueLogCalls
    /// `EpisodeBuilder.orderedEpisodes(from: records)`.
    let episodes: [Episode]
    let origins: [EpisodeOrigin]
    /// Each episode's call: an index into `calls.calls`.
    let callOf: [Int]
    /// The episodes encoded, in the same order.
    let encoded: EncodedEpisodes
    /// The slot tallies of every episode added.
    let delta: SlotTallyDelta
    /// The call spans to widen to an episode's entry time (`QueueLogCalls.outside`), with the episode's index:
    /// worked out here so the writer does not walk every episode.
    let outside: [(episode: Int, call: QueueLogCalls.Call)]

    init(_ records: [QueueLogRecord]) {
        var numbers: [Int] = []
        let calls = QueueLogCalls(records, numbers: &numbers)
        self.init(records, calls: calls, numbers: numbers)
    }

    /// With the calls the parser numbered.
    init(_ records: [QueueLogRecord], prepared p: QueueLogPreparation) {
        self.init(records, calls: QueueLogCalls(records, prepared: p), numbers: p.callNumbers)
    }

    /// `numbers[i]`: line `i`'s index in `calls.calls`, -1 for a line that is not a call event.
    private init(_ records: [QueueLogRecord], calls: QueueLogCalls, numbers: [Int]) {
        self.calls = calls
        let built = EpisodeBuilder.orderedEpisodes(from: records, calls: numbers)
        var delta = SlotTallyDelta()
        var outside: [(episode: Int, call: QueueLogCalls.Call)] = []
        // One pass over the episodes for the tallies and the spans to widen (see `EncodedEpisodes.init` on copies).
        built.episodes.withUnsafeBufferPointer { buf in
            for i in buf.indices {
                delta.add(buf[i], sign: 1)
                for c in calls.outside(buf[i], call: built.callOf[i]) { outside.append((i, c)) }
            }
        }
        (episodes, origins, callOf) = built
        encoded = EncodedEpisodes(episodes)
        self.delta = delta
        self.outside = outside
    }
}
