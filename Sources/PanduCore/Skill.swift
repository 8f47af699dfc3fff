/// A service line a person is skilled for.
public enum Skill: String, Codable, Sendable, CaseIterable {
    case line108 = "108"
    case tier1 = "147-T1"
    case tier2 = "147-T2"
    case socmed
    case caring
}
