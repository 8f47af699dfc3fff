/// The service line a contact belongs to; chooses the standard and the flows.
public enum Service: String, Codable, Sendable, CaseIterable {
    case line108 = "108"
    case line147 = "147"
    case socmed
    case caring
}

/// The channel a contact runs on (DESIGN.md "Phrase checking and QC scoring").
public enum Channel: String, Codable, Sendable, CaseIterable {
    case voice
    case voiceOutbound = "voice_outbound"
    case twitterPublic = "twitter_public"
    case twitterDM = "twitter_dm"
    case facebookComment = "facebook_comment"
    case facebookDM = "facebook_dm"
    case instagramComment = "instagram_comment"
    case instagramDM = "instagram_dm"

    /// Spoken channels, where typos are transcription noise.
    public var isVoice: Bool { self == .voice || self == .voiceOutbound }
    /// Public social channels, where personal data must never be written.
    public var isPublic: Bool {
        self == .twitterPublic || self == .facebookComment || self == .instagramComment
    }
}
