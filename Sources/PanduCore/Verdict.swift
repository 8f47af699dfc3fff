/// A parameter's verdict (service-standards.md B0 `verdicts`).
public enum Verdict: String, Codable, Sendable, CaseIterable {
    /// terpenuhi
    case pass
    /// tidak terpenuhi
    case fail
    /// tidak berlaku / tidak dapat dinilai dari potongan ini
    case na
}
