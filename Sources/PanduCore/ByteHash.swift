/// The in-memory hash of a byte string for the open-addressing tables of a batch (the scoring memo's turn
/// texts and names, a queue_log chunk's interned ids): eight bytes at a time, finished with splitmix64's mixer
/// so the low bits a table masks are well spread. Never stored: a table keeps its texts to confirm a hit.
/// The store uses it to skip stored queue_log lines of other calls without making their strings.
public enum ByteHash {
    /// The hash of `bytes`.
    public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9e37_79b9_7f4a_7c15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return QueueLogKey.State.mix(h) }
        let raw = UnsafeRawPointer(base)
        var at = 0
        while at + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) &* 0x0000_0100_0000_01b3
            h = (h << 29) | (h >> 35)
            at += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while at < bytes.count {
            tail |= UInt64(base[at]) << shift
            shift += 8
            at += 1
        }
        return QueueLogKey.State.mix(h ^ tail)
    }
}
