import ArgumentParser
import Foundation
import PanduCore
import PanduStore

/// `pandu roster show`: the shifts of a day.
public struct RosterShow: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show the roster of a day (default today), optionally of one agent.")

    @OptionGroup public var global: GlobalOptions
    @Option(help: "The roster day, YYYY-MM-DD (default today in the site's zone).") var date: String?
    @Option(help: "Only this agent.") var agent: String?
    @Option(help: "text, json or csv.") var format: OutputFormat = .text

    public init() {}
    public static var roles: Set<Role>? { [.tl, .desk, .admin] }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let day = date ?? String(context.times.format(context.now).prefix(10))
        guard RosterCSV.date(day) != nil else { throw ShellError.usage(context.messages(.badTime, day)) }
        let entries = try context.monitoringStore().roster(from: nil, to: nil, day: day, agent: agent)
        let hm = { (d: Date) in String(context.times.format(d).dropFirst(11).prefix(5)) }
        let rows = entries.map { e in
            [
                e.shift.agent, e.shift.day, hm(e.shift.start), hm(e.shift.end),
                e.shift.plannedBreaks.map { "\(hm($0.start))-\(hm($0.end))" }.joined(separator: ";"),
                KPIRendering.number(e.shift.auxAllowanceMinutes), e.position ?? "",
            ]
        }
        let table = Table(
            columns: ["agent", "date", "shift_start", "shift_end", "breaks", "aux_allowance_minutes", "position"],
            rows: rows)
        context.output.raw(table.render(format))
    }
}
