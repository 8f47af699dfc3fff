import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu qc audit`: checks the QC history's hash chain and every evaluation against its history.
public struct QCAudit: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract:
            "Verify the QC history: the hash chain and every evaluation against its last history line (exit 2 on a break).",
        discussion: "Prints the chain's head hash: keep it elsewhere to detect a rewrite of the whole chain.")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "text or json.") var format: OutputFormat = .text
    public static var roles: Set<Role>? { [.qc, .admin] }

    public init() {}

    public func execute(_ context: AppContext, as person: Person?) throws {
        let m = context.messages
        let report = try context.qcStore().auditQC()
        if format == .json {
            context.output.raw(JSONText.encode(report))
        } else {
            context.output.line(m(.qcAuditSummary, report.entries, report.head.isEmpty ? "-" : report.head))
            for p in report.problems { context.output.line("✗ " + p) }
        }
        if !report.problems.isEmpty { throw ShellError.violations(m(.qcAuditBroken, report.problems.count)) }
    }
}
