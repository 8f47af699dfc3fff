import PanduCore

extension StandardReader {
    /// Checks across files: weights sum to 100, every pattern parses with known placeholders, every
    /// word-list reference names a list, standard ids are unique.
    mutating func validate(_ set: StandardSet, patterns parse: Bool) {
        for w in weights where abs(w.sum - 100) > 0.0001 {
            problems.append(
                .invalid(
                    file: w.file, line: w.line,
                    message: "weights of \(w.standard) sum to \(Self.format(w.sum)), not 100"))
        }
        let known = PhraseChecker.builtInPlaceholders.union(macroNames)
        for p in patterns where parse {
            do {
                let tree = try PhrasePatternParser.parse(p.text)
                for name in Set(tree.placeholders) where !known.contains(name) {
                    problems.append(
                        .invalid(
                            file: p.file, line: p.line,
                            message:
                                "unknown placeholder {\(name)} in \"\(p.text)\" (known: \(known.sorted().joined(separator: ", ")))"
                        ))
                }
            } catch let error as PatternSyntaxError {
                problems.append(.invalid(file: p.file, line: p.line, message: "bad pattern syntax: \(error)"))
            } catch {
                problems.append(.invalid(file: p.file, line: p.line, message: "bad pattern \"\(p.text)\": \(error)"))
            }
        }
        for r in references where set.wordLists[r.name] == nil {
            problems.append(
                .invalid(
                    file: r.file, line: r.line,
                    message:
                        "unknown word list \"word_lists.\(r.name)\" (known: \(set.wordLists.keys.sorted().joined(separator: ", ")))"
                ))
        }
        var ids: Set<StandardID> = []
        for s in set.standards where !ids.insert(s.id).inserted {
            problems.append(.invalid(file: "standards", line: 1, message: "standard \(s.id) is defined twice"))
        }
    }

    static func format(_ d: Double) -> String {
        d.rounded() == d ? String(Int(d)) : String(d)
    }
}
