import Foundation
import Testing

/// `acd import --follow`: a growing file, a half-written line, a rotation (the old file still receiving its
/// last lines, then a new file at the path), and SIGTERM, through the real binary.
@Suite struct FollowEndToEndTests {
    static func call(_ id: String, at t: Int) -> String {
        "\(t)|\(id)|147|NONE|ENTERQUEUE||0811|1\n\(t + 5)|\(id)|147|Rina|CONNECT|5|m|1\n\(t + 65)|\(id)|147|Rina|COMPLETECALLER|5|60|1\n"
    }

    /// Calls offered between 08:00 and 09:00 WIB.
    static func offered(_ world: TestWorld) throws -> Int { try total("offered", world) }

    /// The sum of one KPI count over the rows between 08:00 and 09:00 WIB.
    static func total(_ count: String, _ world: TestWorld) throws -> Int {
        let r = try world.run(
            ["kpi", "--from", "2026-11-21T08:00", "--to", "2026-11-21T09:00", "--interval", "60m", "--format", "json"],
            as: "9000")
        let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
        return rows.reduce(0) { $0 + (($1[count] as? NSNumber)?.intValue ?? 0) }
    }

    /// Polls until `count` calls are offered (the follower runs asynchronously); fails after a deadline.
    static func wait(for count: Int, _ world: TestWorld, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try wait(until: "offered", is: count, world, sourceLocation: sourceLocation)
    }

    /// Polls until `count` calls are answered.
    static func wait(forAnswered count: Int, _ world: TestWorld, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        try wait(until: "answered", is: count, world, sourceLocation: sourceLocation)
    }

    private static func wait(
        until key: String, is count: Int, _ world: TestWorld, sourceLocation: SourceLocation
    ) throws {
        let deadline = ContinuousClock.now + .seconds(30)
        var seen = -1
        while ContinuousClock.now < deadline {
            seen = try total(key, world)
            if seen == count { return }
            usleep(100_000)
        }
        Issue.record("expected \(count) calls \(key), saw \(seen)", sourceLocation: sourceLocation)
    }

    static func append(_ text: String, to url: URL) throws {
        let h = try FileHandle(forWritingTo: url)
        try h.seekToEnd()
        try h.write(contentsOf: Data(text.utf8))
        try h.close()
    }

    @Test func followsGrowthRotationAndStopsOnSIGTERM() throws {
        let world = try TestWorld()
        let log = world.folder.appendingPathComponent("queue_log")
        let t = 1_795_222_800
        try (Self.call("c1", at: t) + Self.call("c2", at: t + 60) + "\(t + 120)|c3|147|NONE|ENTERQ")
            .write(to: log, atomically: true, encoding: .utf8)
        let out = open(world.folder.appendingPathComponent("follow.out").path, O_WRONLY | O_CREAT, 0o600)
        let err = open(world.folder.appendingPathComponent("follow.err").path, O_WRONLY | O_CREAT, 0o600)
        let input = open("/dev/null", O_RDONLY)
        let child = try ChildProcess(
            executable: world.runner.executable,
            arguments: ["acd", "import", log.path, "--follow", "--poll-ms", "50"],
            environment: ChildProcess.environment(adding: world.environment(as: "9000")),
            streams: .descriptors(input: input, output: out, error: err))
        [out, err, input].forEach { close($0) }

        try Self.wait(for: 2, world)
        try Self.append("UEUE||0811|1\n\(t + 125)|c3|147|NONE|ABANDON|1|1|5\n", to: log)
        try Self.wait(for: 3, world)

        let rotated = world.folder.appendingPathComponent("queue_log.1")
        try FileManager.default.moveItem(at: log, to: rotated)
        try Self.append(Self.call("c4", at: t + 180), to: rotated)
        try (Self.call("c5", at: t + 240) + Self.call("c6", at: t + 300)).write(
            to: log, atomically: true, encoding: .utf8)
        try Self.wait(for: 6, world)
        // c7's lines come in two polls: its episodes are rebuilt twice, and it counts once in the summary.
        let c7 = Self.call("c7", at: t + 360).split(separator: "\n", omittingEmptySubsequences: true)
        try Self.append(c7[0] + "\n", to: log)
        try Self.wait(for: 7, world)
        try Self.append(c7[1...].joined(separator: "\n") + "\n", to: log)
        try Self.wait(forAnswered: 6, world)

        kill(child.pid, SIGTERM)
        let status = child.waitForExit(until: .now + .seconds(20))
        #expect(status == .exited(0))
        let summary =
            (try? String(contentsOf: world.folder.appendingPathComponent("follow.out"), encoding: .utf8)) ?? ""
        #expect(summary.contains("20 baris dibaca: 20 baru"), "\(summary)")
        #expect(summary.contains("episode 7 panggilan dibangun ulang"), "\(summary)")
        #expect(try Self.offered(world) == 7)
        // Importing both files again adds nothing.
        try world.expectSuccess(try world.run(["acd", "import", rotated.path], as: "9000"))
        try world.expectSuccess(try world.run(["acd", "import", log.path], as: "9000"))
        #expect(try Self.offered(world) == 7)
    }
}
