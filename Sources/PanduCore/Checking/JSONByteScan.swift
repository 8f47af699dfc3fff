/// Eight-bytes-at-a-time tests for JSON text: reading and writing strings skips whole words of plain
/// bytes instead of testing each byte (the batch reads and writes megabytes of text).
public enum JSONByteScan {
    /// Bit 7 of each byte of `w` that may be a quote, a backslash or a control character. The lowest
    /// set bit is exact (a borrow only carries upwards from a byte that is itself flagged), so
    /// `trailingZeroBitCount / 8` is the position of the first byte that needs escaping; 0 when none.
    @inlinable @inline(__always)
    public static func specialBytes(_ w: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        return ((w &- ones &* 0x20) & ~w | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & high
    }

    /// The eight bytes at `p` (any alignment).
    @inlinable @inline(__always)
    public static func word(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
    }
}
