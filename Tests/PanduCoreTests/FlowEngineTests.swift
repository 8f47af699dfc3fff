import Foundation
import Testing

@testable import PanduCore

/// A small two-branch flow, written here so the engine is tested without any file.
let sampleFlow = Flow(
    id: "demo", name: "Demo", service: .line147, tier: "T1", channel: .voice, standard: "DRAFT-147-T1",
    sop: "IN.OCC.TELK.P-01 §8.2", start: "greeting",
    steps: [
        FlowStep(
            id: "greeting", title: "Salam", sopCode: "IN.OCC.TELK.P-01_R1",
            script: "Selamat {greeting_time}, Telkom 147, dengan {agent_name}.", checks: ["147-O1"], next: "verify"),
        FlowStep(
            id: "verify", title: "Verifikasi", sopCode: "IN.OCC.TELK.P-01_R3",
            captures: [Capture(field: "fastel", label: "Nomor layanan", kind: .serviceNumber, required: true)],
            choices: [Choice(id: "ok", label: "Terverifikasi", next: "closing"), Choice(id: "gagal", label: "Gagal", next: "closing")]),
        FlowStep(id: "closing", title: "Penutup", sopCode: "IN.OCC.TELK.P-01_R8", closing: true),
    ],
    dispositions: ["resolved", "info-given"])

let t0 = Date(timeIntervalSince1970: 1_795_222_800)  // 2026-11-21 01:00 UTC = 08:00 WIB

func newContact() -> (Contact, FlowEngine) {
    let session = SessionRecord(
        id: "S1", agent: "1001", flow: "demo", service: .line147, channel: .voice, startedAt: t0)
    var contact = Contact(flow: sampleFlow, session: session)
    let engine = FlowEngine(actor: "1001")
    for e in engine.start(contact, at: t0) { contact.apply(e) }
    return (contact, engine)
}

@Test func startEntersFirstStepWithItsSOPCode() {
    let (contact, _) = newContact()
    #expect(contact.currentStep == "greeting")
    #expect(contact.events.map(\.type) == [.sessionStarted, .stepEntered])
    #expect(contact.events[1].sopCode == "IN.OCC.TELK.P-01_R1")
}

@Test func nextRefusesUntilRequiredCapturesAreFilled() throws {
    var (contact, engine) = newContact()
    for e in try engine.next(contact, at: t0) { contact.apply(e) }
    #expect(contact.currentStep == "verify")
    #expect(throws: FlowError.missingCaptures(step: "verify", fields: ["fastel"])) {
        try engine.choose(contact, "ok", at: t0)
    }
    contact.apply(try engine.capture(contact, field: "fastel", value: "0812-3456-7890", at: t0))
    #expect(contact.captures["fastel"] == "081234567890")
    #expect(throws: FlowError.choiceRequired(step: "verify", choices: ["ok", "gagal"])) {
        try engine.next(contact, at: t0)
    }
    for e in try engine.choose(contact, "OK", at: t0) { contact.apply(e) }
    #expect(contact.currentStep == "closing")
}

@Test func invalidValuesAreRefusedAndNothingIsCaptured() throws {
    var (contact, engine) = newContact()
    for e in try engine.next(contact, at: t0) { contact.apply(e) }
    #expect(throws: FlowError.invalidValue(field: "fastel", value: "12345", reason: .serviceNumberFormat)) {
        try engine.capture(contact, field: "fastel", value: "12345", at: t0)
    }
    #expect(throws: FlowError.self) { try engine.capture(contact, field: "nik", value: "1", at: t0) }
    #expect(contact.captures.isEmpty)
}

@Test func backReturnsToThePreviousStep() throws {
    var (contact, engine) = newContact()
    #expect(throws: FlowError.noPreviousStep) { try engine.back(contact, at: t0) }
    for e in try engine.next(contact, at: t0) { contact.apply(e) }
    for e in try engine.back(contact, at: t0) { contact.apply(e) }
    #expect(contact.currentStep == "greeting")
    #expect(contact.path == ["greeting"])
}

@Test func holdRecordsItsSecondsAndCloseEndsAnOpenHold() throws {
    var (contact, engine) = newContact()
    contact.apply(try engine.hold(contact, at: t0))
    #expect(throws: FlowError.alreadyOnHold) { try engine.hold(contact, at: t0) }
    contact.apply(try engine.unhold(contact, at: t0 + 75))
    #expect(contact.holds == [75])
    #expect(contact.turns == [.hold(seconds: 75)])
    contact.apply(try engine.hold(contact, at: t0 + 100))
    let closing = try engine.close(contact, disposition: "resolved", allowed: sampleFlow.dispositions, at: t0 + 130)
    #expect(closing.map(\.type) == [.holdEnded, .sessionClosed])
    for e in closing { contact.apply(e) }
    #expect(contact.session.status == .closed)
    #expect(contact.holds == [75, 30])
    #expect(throws: FlowError.contactClosed) { try engine.hold(contact, at: t0) }
}

@Test func closeNeedsAnAllowedDisposition() {
    let (contact, engine) = newContact()
    #expect(throws: FlowError.unknownDisposition("selesai", allowed: ["resolved", "info-given"])) {
        try engine.close(contact, disposition: "selesai", allowed: sampleFlow.dispositions, at: t0)
    }
}

@Test func replayingEventsRestoresTheSameContact() throws {
    var (contact, engine) = newContact()
    contact.apply(engine.utterance(contact, text: "Selamat pagi", results: [
        ParameterResult(parameter: "147-O1", name: "Salam", verdict: .pass, evidence: "selamat pagi"),
    ], at: t0 + 3))
    for e in try engine.next(contact, at: t0 + 5) { contact.apply(e) }
    contact.apply(try engine.capture(contact, field: "fastel", value: "0215551234", at: t0 + 9))
    let replayed = Contact(flow: sampleFlow, session: contact.session, events: contact.events)
    #expect(replayed.currentStep == contact.currentStep)
    #expect(replayed.captures == contact.captures)
    #expect(replayed.turns == [.agent("Selamat pagi")])
    #expect(replayed.verdicts["147-O1"]?.verdict == .pass)
}

@Test func transcriptCarriesTheCustomersLocalTimeAndTurns() throws {
    var (contact, engine) = newContact()
    contact.apply(engine.utterance(contact, text: "Selamat pagi", results: [], at: t0))
    contact.apply(engine.fact(contact, .customerUtterance, data: ["text": "Internet mati"], at: t0 + 4))
    contact.apply(engine.fact(contact, .ticket, data: ["ticket_id": "IN12345678"], at: t0 + 9))
    let t = contact.transcript(agentName: "Rina")
    #expect(t.localTime == "08:00")
    #expect(t.timezone == .wib)
    #expect(t.turns == [.agent("Selamat pagi"), .customer("Internet mati")])
    #expect(t.context["ticket_id"] == "IN12345678")
    #expect(t.service == "147")
}
