import Foundation
import Testing

/// One scripted contact per flow, from login to close, then `sessions show --format json` must prove
/// every step, capture, hold and the disposition were recorded with timestamps and SOP codes.
struct FlowScript: Sendable, CustomStringConvertible {
    let flow: String
    let lines: [String]
    let disposition: String
    let captures: [String: String]
    let steps: [String]
    var description: String { flow }
}

let flowScripts: [FlowScript] = [
    FlowScript(
        flow: "108",
        lines: [
            "start 108", "Selamat pagi, layanan informasi 108 Telkom, dengan Rina. Ada yang bisa saya bantu?", "next",
            "cust Nomor RSUD di Bandung, Mbak", "set entity RSUD Kota Bandung", "set city Bandung", "choose directory",
            "Baik, Bapak, nomor telepon RSUD Kota Bandung di Bandung, ya?", "next", "hold", "unhold",
            "dir rumah sakit bandung", "set area_code 022", "set number 7201234", "next", "found",
            "Nomor telepon RSUD Kota Bandung adalah kosong dua dua tujuh dua kosong satu dua tiga empat. Saya ulangi, 022 7201234. Apakah sudah dicatat?",
            "noted", "done", "close number-given",
        ],
        disposition: "number-given", captures: ["entity": "RSUD Kota Bandung", "area_code": "022"],
        steps: ["greeting", "request", "confirm", "search", "resume", "deliver", "closing-offer", "closing"]),
    FlowScript(
        flow: "147-complaint",
        lines: [
            "start 147-complaint", "Selamat pagi, Telkom 147, dengan Rina. Ada yang bisa saya bantu?", "next",
            "Boleh saya tahu dengan Bapak siapa saya berbicara?", "set customer_name Budi Hartono", "next",
            "Mohon maaf atas ketidaknyamanannya, Pak Budi.", "set complaint_type internet",
            "set complaint_summary internet mati sejak pagi", "next", "set fastel 122301234567",
            "set verified_by nama-pemilik", "verified", "set since tadi pagi", "set modem_lights los-merah", "next",
            "set ibooster_status los", "hold", "unhold", "next", "choose ticket", "set ticket_id IN12345678",
            "set sla 1x24 jam", "created", "next", "done", "close ticket-created",
        ],
        disposition: "ticket-created", captures: ["fastel": "122301234567", "ticket_id": "IN12345678"],
        steps: [
            "greeting", "name", "complaint", "verification", "probing", "connection-check", "resume", "ticket",
            "ticket-info", "closing-offer", "closing",
        ]),
    FlowScript(
        flow: "147-info",
        lines: [
            "start 147-info", "Selamat pagi, Telkom 147, dengan Rina. Ada yang bisa saya bantu?", "next",
            "set customer_name Sari", "next", "set topic produk", "general", "kb paket indihome", "direct",
            "set info_summary paket 50 Mbps dijelaskan", "done", "done", "close info-given",
        ],
        disposition: "info-given", captures: ["topic": "produk"],
        steps: ["greeting", "name", "need", "lookup", "info", "closing-offer", "closing"]),
    FlowScript(
        flow: "147-tier2",
        lines: [
            "start 147-tier2", "set ticket_id IN87654321", "set customer_name Andi", "set callback_number 081234567890",
            "set attempt_no 1", "next", "answered",
            "Selamat pagi, perkenalkan saya Rina dari Telkom. Apakah benar saya terhubung dengan Bapak Andi?",
            "right-party", "permitted", "set verified_by nomor-layanan", "next", "set progress selesai",
            "set progress_note perbaikan kabel selesai", "next", "resolved", "next", "next", "set outcome reached",
            "set resolution selesai", "close callback-resolved",
        ],
        disposition: "callback-resolved", captures: ["outcome": "reached"],
        steps: [
            "prepare", "dial", "opening", "purpose", "verify", "update", "confirm", "closing-offer", "closing", "recap",
        ]),
    FlowScript(
        flow: "socmed",
        lines: [
            "start socmed", "set case_channel twitter_public", "set handle @budi_h", "set received_at 07:55",
            "set priority normal", "set customer_name Budi", "next", "set complaint ya", "public",
            "Halo Kak Budi, mohon maaf atas ketidaknyamanannya. Agar dapat kami bantu cek, mohon informasikan nomor layanan dan nomor HP yang terdaftar melalui DM. Terima kasih. -Rina",
            "moved-to-dm", "set verified sesuai", "resolved", "next", "close resolved",
        ],
        disposition: "resolved", captures: ["case_channel": "twitter_public", "handle": "@budi_h"],
        steps: ["open-case", "triage", "public-reply", "dm-handling", "final-reply", "close-case"]),
    FlowScript(
        flow: "caring",
        lines: [
            "start caring", "set campaign_type ct-0", "set fastel 0227201234", "set customer_name Wati",
            "set contact_number 081298765432", "next", "answered", "right-party", "set offer_code CT0-2026-11",
            "agree", "set effective_date 2026-12-01", "next", "set recording_id REC-778", "next", "next",
            "set result agree", "close caring-agree",
        ],
        disposition: "caring-agree", captures: ["result": "agree"],
        steps: ["campaign", "dial", "opening", "offer", "agree", "validation", "closing", "result"]),
]

@Suite(.serialized) struct FlowScriptTests {
    @Test(arguments: flowScripts)
    func aScriptedContactIsRecordedStepByStep(_ script: FlowScript) throws {
        let world = try TestWorld()
        let result = try world.shell(["login 1001", "1234", "ready"] + script.lines + ["logout", "quit"])
        try world.expectSuccess(result)
        let id = try world.lastSessionID()
        let doc = try world.sessionJSON(id)
        let session = doc["session"] as? [String: Any] ?? [:]
        #expect(session["status"] as? String == "closed")
        #expect(session["disposition"] as? String == script.disposition)
        let events = doc["events"] as? [[String: Any]] ?? []
        #expect(events.allSatisfy { ($0["at"] as? String)?.hasPrefix("2026-11-21T01:") == true })
        let entered = events.filter { $0["type"] as? String == "step_entered" }
        #expect(entered.compactMap { $0["step"] as? String } == script.steps, "\(result.stdout)")
        #expect(entered.allSatisfy { ($0["sop_code"] as? String)?.contains(".P-0") == true })
        let captured = Dictionary(
            events.filter { $0["type"] as? String == "field_captured" }.compactMap { e -> (String, String)? in
                guard let d = e["data"] as? [String: Any], let f = d["field"] as? String, let v = d["value"] as? String
                else { return nil }
                return (f, v)
            }, uniquingKeysWith: { $1 })
        for (field, value) in script.captures where !["fastel", "callback_number"].contains(field) {
            #expect(captured[field] == value, "field \(field)")
        }
        let types = Set(events.compactMap { $0["type"] as? String })
        #expect(types.isSuperset(of: ["session_started", "session_closed"]))
        if script.lines.contains("hold") { #expect(types.isSuperset(of: ["hold_started", "hold_ended"])) }
    }

    @Test func theStepScriptGreetsByTheStandardsWindows() throws {
        // A QC officer moves siang's start to 11:00 in conventions.yaml: at 10:30 WIB the script must say
        // "pagi", as the checker now expects, where the bundled windows say "siang".
        let world = try TestWorld()
        world.now = "2026-11-21T10:30"
        let knowledge = world.folder.appendingPathComponent("knowledge")
        try FileManager.default.copyItem(at: TestWorld.repository.appendingPathComponent("knowledge"), to: knowledge)
        let conventions = knowledge.appendingPathComponent("standards/conventions.yaml")
        let text = try String(contentsOf: conventions, encoding: .utf8)
            .replacingOccurrences(
                of: #"pagi: {from: "00:01", to: "10:00"}"#, with: #"pagi: {from: "00:01", to: "10:59"}"#
            )
            .replacingOccurrences(
                of: #"siang: {from: "10:01", to: "15:00"}"#, with: #"siang: {from: "11:00", to: "15:00"}"#)
        try text.write(to: conventions, atomically: true, encoding: .utf8)
        let lines = ["login 1001", "1234", "ready", "start 108"]
        let edited = try world.shell(lines, extra: ["PANDU_KNOWLEDGE": knowledge.path])
        #expect(edited.stdout.contains("\"Selamat pagi, layanan informasi 108 Telkom"), "\(edited.stdout)")
        let bundled = try TestWorld()
        bundled.now = "2026-11-21T10:30"
        let result = try bundled.shell(lines)
        #expect(result.stdout.contains("\"Selamat siang, layanan informasi 108 Telkom"), "\(result.stdout)")
    }
}
