/// A stable 128-bit content key of one queue_log record, for idempotent import: the same event read twice
/// (a re-imported file, a duplicated line, the file and the database export of one line) gets the same key.
public struct QueueLogKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let high: UInt64
    public let low: UInt64

    /// Creates the value from its parts.
    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// Hashes a canonical text (see `QueueLogRecord.canonicalLine`).
    public init(hashing text: String) {
        var state = State()
        state.add(text)
        self = state.key
    }

    /// 32 lowercase hex digits, the form a store keeps in a unique column.
    public var description: String { Self.hex(high) + Self.hex(low) }

    /// Orders keys by their bits, for sorted storage.
    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }

    /// The low word is already well mixed, so it alone feeds `Hasher`.
    public func hash(into hasher: inout Hasher) { hasher.combine(low) }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The running hash: two FNV-1a lanes with different seeds, finished with splitmix64's mixer, so the key
    /// is the same on every machine and run (Swift's `Hasher` is seeded per process). Fed piecewise, it
    /// gives the same key as hashing the joined text, without building it.
    struct State {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4 ^ 0x9e37_79b9_7f4a_7c15
        var count: UInt64 = 0

        mutating func add(_ byte: UInt8) {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0001_0000_01b3 &+ 0x2545_f491_4f6c_dd1d
            count &+= 1
        }

        mutating func add(_ text: String) {
            var copy = self
            let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
                for byte in bytes { copy.add(byte) }
            }
            if done != nil {
                self = copy
            } else {
                for byte in text.utf8 { add(byte) }
            }
        }

        /// The decimal digits of a number, as `"\(value)"` would print them.
        mutating func add(_ value: Int64) {
            if value < 0 { add(UInt8(ascii: "-")) }
            addDigits(value.magnitude)
        }

        /// Written into a stack buffer from the right, then hashed left to right (a recursion per digit cost
        /// 1,600 instructions for an epoch).
        mutating func addDigits(_ value: UInt64) {
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
            let n = withUnsafeMutableBytes(of: &digits) { buf -> Int in
                var v = value
                var at = 24
                repeat {
                    at -= 1
                    buf[at] = UInt8(truncatingIfNeeded: v % 10) &+ UInt8(ascii: "0")
                    v /= 10
                } while v > 0
                return at
            }
            withUnsafeBytes(of: &digits) { buf in
                for i in n..<24 { add(buf[i]) }
            }
        }

        var key: QueueLogKey { QueueLogKey(high: Self.mix(a), low: Self.mix(b ^ count)) }

        /// splitmix64's finaliser: spreads every input bit over the whole word.
        static func mix(_ value: UInt64) -> UInt64 {
            var z = value
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
    }
}
