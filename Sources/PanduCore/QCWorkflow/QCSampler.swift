/// Draws N contacts per agent at random for QC or a TL's real monitoring (P-10 step 17). The draw depends
/// only on the seed and the candidates (each agent's own stream, so adding an agent changes no one else's
/// draw), and never returns a contact drawn before.
public struct QCSampler: Sendable {
    public let perAgent: Int
    public let seed: UInt64

    /// A sampler of `perAgent` contacts per agent with `seed`.
    public init(perAgent: Int, seed: UInt64) {
        self.perAgent = perAgent
        self.seed = seed
    }

    /// For each agent, up to `perAgent` of their `candidates` not in `alreadyDrawn`, in draw order.
    public func draw(candidates: [PersonCode: [SessionID]], alreadyDrawn: Set<SessionID>) -> [PersonCode: [SessionID]] {
        var drawn: [PersonCode: [SessionID]] = [:]
        for agent in candidates.keys.sorted() {
            // Sorted first: the draw must not depend on the order the store returned them in.
            let pool = Set(candidates[agent] ?? []).subtracting(alreadyDrawn).sorted()
            guard !pool.isEmpty, perAgent > 0 else { continue }
            var generator = SeededGenerator(seed: seed ^ SeededGenerator.seed(agent.rawValue))
            drawn[agent] = Array(Self.shuffle(pool, &generator).prefix(perAgent))
        }
        return drawn
    }

    /// Fisher-Yates with our own index choice, so the order never changes with the standard library's.
    static func shuffle<T>(_ items: [T], _ generator: inout SeededGenerator) -> [T] {
        var items = items
        var i = items.count - 1
        while i > 0 {
            let j = Int(generator.next() % UInt64(i + 1))
            items.swapAt(i, j)
            i -= 1
        }
        return items
    }
}
