import Foundation

/// One TelkomCare social-media conversation, as the KPIs need it (spec §3.7).
public struct SocialCase: Hashable, Sendable {
    public var id: String
    public var receivedAt: Date
    /// The first human reply; auto-replies must not be given here.
    public var firstReplyAt: Date?
    /// Replied, also when the reply time is unknown; defaults to having a reply time.
    public var replied: Bool

    /// A case; `replied` defaults to whether a reply time is given.
    public init(id: String, receivedAt: Date, firstReplyAt: Date? = nil, replied: Bool? = nil) {
        self.id = id
        self.receivedAt = receivedAt
        self.firstReplyAt = firstReplyAt
        self.replied = replied ?? (firstReplyAt != nil)
    }

    /// Whether it had been replied to at `now` (a reply stamped after `now` has not happened yet).
    public func isReplied(at now: Date) -> Bool {
        guard replied else { return false }
        return firstReplyAt.map { $0 <= now } ?? true
    }

    /// Seconds from receipt to first reply, never negative; nil without a reply time.
    public var firstResponseSeconds: Double? {
        firstReplyAt.map { max(0, $0.timeIntervalSince(receivedAt)) }
    }
}
