import Foundation

/// Problems found while reading knowledge files; readers record and carry on so one run reports them all.
struct ProblemLog {
    private(set) var problems: [KnowledgeError] = []

    /// Whether nothing went wrong.
    var isEmpty: Bool { problems.isEmpty }

    /// Records one problem.
    mutating func add(_ problem: KnowledgeError) {
        problems.append(problem)
    }

    /// Records a problem at `file:line`.
    mutating func add(file: String, line: Int, _ message: String) {
        problems.append(.invalid(file: file, line: line, message: message))
    }

    /// Records several problems.
    mutating func add(contentsOf more: [KnowledgeError]) {
        problems.append(contentsOf: more)
    }

    /// Runs `body`; a thrown error is recorded (against `file` when it is not a `KnowledgeError`) and gives nil.
    mutating func attempt<T>(file: String, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as KnowledgeError {
            problems.append(error)
        } catch {
            problems.append(.invalid(file: file, line: 1, message: "\(error)"))
        }
        return nil
    }

    /// The first problem, its message noting how many more there are, for loaders that stop at one.
    var firstWithCount: KnowledgeError? {
        guard let first = problems.first else { return nil }
        guard problems.count > 1, case .invalid(let file, let line, let message) = first else { return first }
        let more = problems.count - 1
        let note = " (and \(more) more problem\(more == 1 ? "" : "s"); run `pandu knowledge check` to list them all)"
        return .invalid(file: file, line: line, message: message + note)
    }
}
