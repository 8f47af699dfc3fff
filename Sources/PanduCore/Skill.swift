/// A service line a person is skilled for.
public enum Skill: String, Codable, Sendable, CaseIterable {
    case line108 = "108"
    case tier1 = "147-T1"
    case tier2 = "147-T2"
    case socmed
    case caring
    /// Data entry (P-01 §8.1 step 10): approves or rejects 108 directory corrections.
    case dataEntry = "data-entry"
}
