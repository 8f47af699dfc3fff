import Crypto
import Foundation

/// The hash chain over QC history: each line's SHA-256 covers its own fields and the previous line's
/// hash, so changing, removing or inserting a line breaks every hash after it.
enum QCHistoryChain {
    /// The hash `row` must carry.
    static func hash(_ row: QCHistoryRow) -> String {
        let score = row.score.map { String(format: "%.4f", $0) } ?? "-"
        let fields = [
            String(row.seq), String(row.evaluationID), String(row.at), row.actor, row.action, row.detail, row.status,
            score, row.verdicts, row.previousHash,
        ]
        // Length-prefixed so no two different field lists give the same text.
        let text = fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
        return hex(SHA256.hash(data: Data(text.utf8)))
    }

    /// Lower-case hex of `bytes` (String(format:) per byte was most of the cost of seeding 10,000 lines).
    static func hex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Every break in `rows` (in seq order), in words. After a purge the chain starts from its checkpoint:
    /// the first line left must follow the seq and hash of the last line removed.
    static func problems(_ rows: [QCHistoryRow], after checkpoint: QCCheckpoint? = nil) -> [String] {
        var problems: [String] = []
        var previous = checkpoint?.hash ?? ""
        var expectedSeq: Int64 = (checkpoint?.seq ?? 0) + 1
        for row in rows {
            if row.seq != expectedSeq { problems.append("history line \(expectedSeq) is missing (next is \(row.seq))") }
            if row.previousHash != previous {
                problems.append("history line \(row.seq) does not follow the line before it")
            }
            if hash(row) != row.hash { problems.append("history line \(row.seq) was changed after it was written") }
            previous = row.hash
            expectedSeq = row.seq + 1
        }
        return problems
    }
}
