import Foundation
import Testing

/// Social-media KPIs from socmed sessions recorded in the shell: first response time, response rate and
/// the waiting list at the end of the interval.
@Suite struct SocialKPIEndToEndTests {
    static func socmedCase(received: String, reply: Bool) -> [String] {
        var lines = [
            "start socmed", "set case_channel twitter_public", "set handle @pelanggan", "set received_at \(received)",
            "set priority normal", "set customer_name Budi", "next", "set complaint ya", "public",
        ]
        if reply {
            lines += [
                "Halo Kak Budi, mohon maaf atas ketidaknyamanannya. Agar dapat kami bantu cek, mohon informasikan nomor layanan dan nomor HP yang terdaftar melalui DM. Terima kasih. -Rina",
                "no-response", "close no-response-customer",
            ]
        }
        return lines
    }

    @Test func firstResponseAndWaitingList() throws {
        let world = try TestWorld()
        world.now = "2026-11-21T07:59"
        try world.shell(["ready"] + Self.socmedCase(received: "07:50", reply: true), as: "1001")
        try world.shell(["ready"] + Self.socmedCase(received: "07:55", reply: false), as: "1002")
        world.now = "2026-11-21T08:30"
        let r = try world.run(
            [
                "kpi", "--from", "2026-11-21T07:00", "--to", "2026-11-21T08:00", "--interval", "60m", "--service",
                "socmed",
                "--format", "json",
            ], as: "9000")
        try world.expectSuccess(r)
        let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
        let row = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(row["queue"] as? String == "socmed")
        #expect(row["received"] as? Int == 2)
        #expect(row["replied"] as? Int == 1)
        #expect(row["response_rate"] as? Double == 0.5)
        let frt = row["frt_median"] as? Double ?? 0
        #expect(frt >= 540 && frt < 560, "\(frt)")
        #expect(row["waiting_count"] as? Int == 1)
        #expect(row["oldest_waiting"] as? Double == 300)
        #expect((row["missed"] as? [String])?.contains("response_rate") == true)
    }
}
