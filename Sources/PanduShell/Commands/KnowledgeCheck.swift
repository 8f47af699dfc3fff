import ArgumentParser
import Foundation
import PanduCore
import PanduKnowledge

/// `pandu knowledge check`: every problem in flows, standards, lists, KB and directory, with file:line.
public struct KnowledgeCheck: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every file of knowledge/ and name file and line of each problem (exit 2 if any).")

    @OptionGroup public var global: GlobalOptions
    public init() {}
    public var needsIdentity: Bool { false }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let folder = try context.knowledgeFolder()
        let problems = KnowledgeAudit.problems(in: folder)
        for p in problems { context.output.line(CommandRunner.describe(p)) }
        guard problems.isEmpty else {
            throw ShellError.violations(context.messages(.knowledgeProblems, problems.count, folder.path))
        }
        context.output.line(context.messages(.knowledgeOK, folder.path))
    }
}
