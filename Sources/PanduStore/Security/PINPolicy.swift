/// What a PIN must look like: 4 to 8 ASCII digits. Returns a typed reason; the shell owns the wording.
public struct PINPolicy: Sendable, Hashable {
    /// Why a PIN is refused.
    public enum Violation: Sendable, Hashable {
        case empty
        case notDigits
        case tooShort(minimum: Int)
        case tooLong(maximum: Int)
    }

    /// Allowed lengths.
    public var lengths: ClosedRange<Int>

    /// The policy; 4-8 digits unless told otherwise.
    public init(lengths: ClosedRange<Int> = 4...8) {
        self.lengths = lengths
    }

    /// Why `pin` is refused, or nil when it is acceptable.
    public func violation(_ pin: String) -> Violation? {
        guard !pin.isEmpty else { return .empty }
        // Only ASCII digits: other scripts' digits look alike on one keyboard and not on another.
        guard pin.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return .notDigits }
        if pin.utf8.count < lengths.lowerBound { return .tooShort(minimum: lengths.lowerBound) }
        if pin.utf8.count > lengths.upperBound { return .tooLong(maximum: lengths.upperBound) }
        return nil
    }
}
