import Foundation

/// One row of the roster as stored: the shift plus where it came from (file and line) and who imported it.
public struct RosterEntry: Hashable, Sendable {
    public var shift: RosterShift
    /// posduk / position (e.g. `147-T1`, `desk`), free text from the roster file.
    public var position: String?
    /// The roster file and line the shift was read from, for corrections.
    public var source: String?
    public var line: Int?

    /// Creates the value from its parts.
    public init(shift: RosterShift, position: String? = nil, source: String? = nil, line: Int? = nil) {
        self.shift = shift
        self.position = position
        self.source = source
        self.line = line
    }
}

/// What replacing the roster of some days did.
public struct RosterReplaceResult: Hashable, Sendable {
    /// Shifts written.
    public var inserted: Int
    /// Earlier shifts of the same agents and days that were replaced.
    public var replaced: Int

    /// Creates the value from its parts.
    public init(inserted: Int, replaced: Int) {
        self.inserted = inserted
        self.replaced = replaced
    }
}
