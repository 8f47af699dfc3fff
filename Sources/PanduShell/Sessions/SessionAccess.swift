import PanduCore
import PanduStore

/// Who may see which contacts: an agent their own, a TL their team's, QC / desk / admin everyone.
public struct SessionAccess {
    let store: any Store
    let person: Person

    public init(store: any Store, person: Person) {
        self.store = store
        self.person = person
    }

    /// The agents whose sessions `person` may see; nil = everyone.
    public func visibleAgents() throws -> [PersonCode]? {
        switch person.role {
        case .agent: return [person.code]
        case .tl:
            let team = try store.people().filter { $0.team != nil && $0.team == person.team }.map(\.code)
            return Array(Set(team + [person.code])).sorted()
        case .qc, .desk, .admin: return nil
        }
    }

    /// Whether `person` may see `session`.
    public func canSee(_ session: SessionRecord) throws -> Bool {
        guard let agents = try visibleAgents() else { return true }
        return agents.contains(session.agent)
    }
}
