/// Eight-bytes-at-a-time tests for JSON text: reading and writing strings skips whole words of plain
/// bytes instead of testing each byte (the batch reads and writes megabytes of text).
public enum JSONByteScan {
    /// Whether one of the eight bytes of `w` is a quote, a backslash or a control character. Exact when
    /// it says none; callers look at the bytes one by one otherwise.
    @inlinable @inline(__always)
    public static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let below20 = (w &- ones &* 0x20) & ~w & high != 0
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        return below20 || (quote &- ones) & ~quote & high != 0 || (backslash &- ones) & ~backslash & high != 0
    }

    /// The eight bytes at `p` (any alignment).
    @inlinable @inline(__always)
    public static func word(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
    }
}
