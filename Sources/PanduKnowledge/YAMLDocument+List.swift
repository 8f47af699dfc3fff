extension YAMLDocument {
    /// The items of a file whose top level must be a list of `what`; logs and gives none otherwise.
    func items(_ what: String, log: inout ProblemLog) -> [YAMLValue] {
        guard case .sequence = root.node else {
            log.add(
                file: file, line: root.line,
                "the file must be a list of \(what) (lines starting with \"- \"), found a \(root.kind)")
            return []
        }
        return (try? root.array()) ?? []
    }
}
