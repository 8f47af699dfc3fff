import Foundation
import PanduCore
import PanduKnowledge

/// Every problem in `knowledge/`: flows, lists, KB and directory (KnowledgeChecker), the standards
/// (StandardLoader), escalation levels, the callback policy, KPI targets, and flow steps that check parameters their
/// standard lacks.
enum KnowledgeAudit {
    /// All problems, each naming file and line.
    static func problems(in folder: URL) -> [KnowledgeError] {
        var problems = KnowledgeChecker.check(folder: folder)
        problems += StandardLoader.check(folder: folder)
        do { _ = try EscalationLevels.load(from: folder) } catch let e as KnowledgeError { problems.append(e) } catch {
            problems.append(.invalid(file: EscalationLevels.file, line: 1, message: "\(error)"))
        }
        do {
            let policy = try CallbackRules.load(from: folder)
            if let known = try? KnowledgeLoader.load(from: folder).dispositions.map(\.id) {
                for o in policy.outcomes where o.disposition.map({ !known.contains($0) }) ?? false {
                    problems.append(
                        .invalid(
                            file: CallbackRules.file, line: 1,
                            message: "outcome \"\(o.code)\" names unknown disposition \"\(o.disposition ?? "")\""))
                }
            }
        } catch let e as KnowledgeError { problems.append(e) } catch {
            problems.append(.invalid(file: CallbackRules.file, line: 1, message: "\(error)"))
        }
        problems += TargetsLoader.check(folder: folder)
        if let standards = try? StandardLoader.load(folder: folder) {
            problems += crossCheck(KnowledgeChecker.parameterReferences(folder: folder), standards: standards)
        }
        return problems
    }

    /// A flow step may only check parameters of the standard its flow names.
    static func crossCheck(_ references: [ParameterReference], standards: StandardSet) -> [KnowledgeError] {
        let ids = standards.parameterIDs
        return references.compactMap { ref in
            guard let standard = ref.standard else {
                return ref.error("step \"\(ref.step)\" checks \(ref.parameter) but flow \"\(ref.flow)\" names no standard")
            }
            guard let known = ids[standard] else {
                return ref.error("flow \"\(ref.flow)\" names unknown standard \"\(standard)\"")
            }
            guard known.contains(ref.parameter) else {
                let near = known.map(\.rawValue).sorted().filter { $0.hasPrefix(ref.parameter.rawValue.prefix(4)) }
                return ref.error(
                    "unknown parameter \"\(ref.parameter)\" for \(standard)"
                        + (near.isEmpty ? "" : " (did you mean one of \(near.prefix(6).joined(separator: ", "))?)"))
            }
            return nil
        }
    }
}
