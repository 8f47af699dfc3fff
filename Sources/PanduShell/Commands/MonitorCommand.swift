import ArgumentParser
import Foundation
import PanduCore
import PanduMetrics
import PanduStore

#if canImport(Glibc)
    import Glibc
#endif

/// `pandu monitor`: desk control's live view of queues, agents, recovery plans and the social waiting list.
public struct MonitorCommand: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "monitor",
        abstract: "Live full-screen view of queues, agents, recovery plans and social.",
        discussion: """
            On a terminal: a full-screen view redrawn every --every seconds and on resize; q or Ctrl-C quits and \
            restores the terminal. Queue figures are of the current KPI interval (knowledge/targets.yaml) and are \
            green / yellow / red against target (no colour with NO_COLOR). Agents show their state, time in it, \
            and LATE / ABSENT / OVER-AUX against today's roster. Without a terminal (or with --once) prints one \
            plain-text snapshot and exits. Roles: desk, admin, tl.
            """)

    @OptionGroup public var global: GlobalOptions
    @Option(help: "Seconds between redraws.") var every: Double = 5
    @Flag(help: "Print one snapshot and exit, even on a terminal.") var once = false
    @Option(help: "Lines of the plain snapshot (default: the terminal's, else 24; 0 = no limit).")
    var rows: Int?
    @Option(help: "Columns of the plain snapshot (default: the terminal's, else 80).") var columns: Int?

    public init() {}

    public static var roles: Set<Role>? { [.desk, .admin, .tl] }

    public func validate() throws {
        guard every >= 0.2, every <= 3600 else {
            throw ValidationError("--every must be between 0.2 and 3600")
        }
    }

    public func execute(_ context: AppContext, as person: Person?) throws {
        let reader = try Self.reader(context)
        let facts = TerminalFacts.live(environment: context.environment)
        guard !once, facts.stdinIsTerminal, facts.stdoutIsTerminal else {
            let snapshot = try reader.snapshot(at: context.now)
            let height = rows ?? 24
            let renderer = MonitorRenderer(
                width: columns ?? facts.columns ?? 80, height: height == 0 ? Int.max : height,
                colour: false,
                messages: context.messages)
            context.output.raw(renderer.lines(snapshot).joined(separator: "\n") + "\n")
            return
        }
        try live(reader, context, colour: facts.colourAllowed)
    }

    /// The live loop: draw, wait for a key / resize / timer, until q or a signal.
    func live(_ reader: SnapshotReader, _ context: AppContext, colour: Bool) throws {
        let stop = StopFlag()
        stop.watchSignals()
        let resized = StopFlag()
        resized.watchSignals([SIGWINCH])
        let screen = LiveScreen()
        screen.enter()
        defer { screen.leave() }
        while !stop.isRaised {
            let size = screen.size()
            let renderer = MonitorRenderer(
                width: size.columns, height: size.rows, colour: colour, messages: context.messages)
            do {
                screen.draw(renderer.lines(try reader.snapshot(at: context.now)))
            } catch {
                screen.draw([context.messages(.monitorReadFailed, CommandRunner.describe(error))])
            }
            _ = resized.consume()
            let keys = screen.waitForKey(seconds: every, wake: stop, resized: resized, drawn: size)
            if keys.contains(where: {
                $0 == UInt8(ascii: "q") || $0 == UInt8(ascii: "Q") || $0 == 3 || $0 == 4
            }) {
                break
            }
        }
    }

    /// The snapshot reader over this context's store and knowledge.
    static func reader(_ context: AppContext) throws -> SnapshotReader {
        SnapshotReader(floor: try floorReader(context))
    }

    /// The floor reader over this context's store and knowledge.
    static func floorReader(_ context: AppContext) throws -> FloorReader {
        FloorReader(
            events: try context.store(), monitoring: try context.monitoringStore(),
            targets: try context.kpiTargets(),
            zone: context.siteZone, auxReasons: AuxReasonMap(try context.knowledge().auxReasons))
    }
}
