/// Remembers where each id was first defined, so a duplicate can name both places.
struct IDRegistry {
    /// What the ids are, for messages, e.g. `article id`.
    let what: String
    private var first: [String: (file: String, line: Int)] = [:]

    init(what: String) { self.what = what }

    /// Records `id` at `file:line`; logs a duplicate and returns false when it was seen before.
    @discardableResult
    mutating func register(_ id: String, file: String, line: Int, log: inout ProblemLog) -> Bool {
        if let earlier = first[id] {
            let place = earlier.file == file ? "line \(earlier.line)" : "\(earlier.file):\(earlier.line)"
            log.add(file: file, line: line, "duplicate \(what) \"\(id)\" (first at \(place)); give each its own id")
            return false
        }
        first[id] = (file, line)
        return true
    }

    /// Whether `id` was registered.
    func contains(_ id: String) -> Bool { first[id] != nil }

    /// Whether `id` is a lower-case slug: letters, digits and single dashes, e.g. `gangguan-sistem`.
    static func isSlug(_ id: String) -> Bool {
        !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// `id` turned into a slug, to suggest as a fix.
    static func slug(_ id: String) -> String {
        let mapped = id.lowercased().map { ("a"..."z").contains($0) || ("0"..."9").contains($0) ? $0 : "-" }
        return String(mapped).split(separator: "-").joined(separator: "-")
    }

    /// Logs `id` when it is not a slug, suggesting the slug form.
    static func checkSlug(_ id: String, what: String, file: String, line: Int, log: inout ProblemLog) {
        guard !isSlug(id) else { return }
        log.add(
            file: file, line: line,
            "\(what) \"\(id)\" is not a lower-case id; use letters, digits and dashes, e.g. \"\(slug(id))\"")
    }
}
