import Foundation
import Testing

@testable import PanduKnowledge

@Suite("Flow problems are found with file, line and a fix")
struct FlowCheckTests {
    let file = "flows/mini.yaml"

    @Test("the minimal folder is clean")
    func minimalIsClean() throws {
        let result = try KnowledgeProblems(writing: FlowText.valid)
        #expect(result.problems.isEmpty, "\(result.listing)")
    }

    @Test("unknown keys name the line and the closest allowed key")
    func unknownKey() throws {
        let text = FlowText.valid.replacingOccurrences(
            of: "    sop_code: IN.OCC.TELK.P-01_R2", with: "    sop-code: IN.OCC.TELK.P-01_R2")
        let result = try KnowledgeProblems(writing: text)
        #expect(
            result.contains(file, 15, "unknown key \"sop-code\" in step \"closing\"", "did you mean \"sop_code\"?"),
            "\(result.listing)")
        #expect(
            result.contains(file, 13, "step \"closing\" is missing the required key \"sop_code\""), "\(result.listing)")
        let top = try KnowledgeProblems(writing: "colour: blue\n" + FlowText.valid)
        #expect(top.contains(file, 1, "unknown key \"colour\" in the flow"), "\(top.listing)")
    }

    @Test("missing required keys of the flow, a step, a capture and a choice")
    func missingKeys() throws {
        let noStart = FlowText.valid.replacingOccurrences(of: "start: greeting\n", with: "")
        #expect(
            try KnowledgeProblems(writing: noStart).contains(file, 1, "the flow is missing the required key \"start\""))
        let noTitle = FlowText.valid.replacingOccurrences(of: "    title: \"Salam\"\n", with: "")
        #expect(
            try KnowledgeProblems(writing: noTitle).contains(
                file, 9, "step \"greeting\" is missing the required key \"title\""))
        let capture = FlowText.valid.replacingOccurrences(
            of: "    next: closing\n", with: "    captures:\n      - {field: x, kind: text}\n    next: closing\n")
        #expect(try KnowledgeProblems(writing: capture).contains(file, 13, "missing the required key \"label\""))
        let choice = FlowText.valid.replacingOccurrences(
            of: "    next: closing\n", with: "    choices:\n      - {id: a, label: \"A\"}\n")
        #expect(
            try KnowledgeProblems(writing: choice).contains(
                file, 13, "choice \"a\" of step \"greeting\" is missing the required key \"next\""))
    }

    @Test("wrong types are named with what was found")
    func wrongTypes() throws {
        let closing = FlowText.valid.replacingOccurrences(of: "closing: true", with: "closing: maybe")
        #expect(
            try KnowledgeProblems(writing: closing).contains(
                file, 16, "\"closing\" of step \"closing\" must be true or false, found \"maybe\""))
        let steps = FlowText.header.replacingOccurrences(of: "steps:\n", with: "steps: none\n")
        #expect(try KnowledgeProblems(writing: steps).contains(file, 8, "expected a list"))
        let checks = FlowText.valid.replacingOccurrences(
            of: "    next: closing\n", with: "    checks: {a: b}\n    next: closing\n")
        #expect(try KnowledgeProblems(writing: checks).contains(file, 12, "expected a list"))
        let service = FlowText.valid.replacingOccurrences(of: "service: \"147\"", with: "service: \"148\"")
        #expect(
            try KnowledgeProblems(writing: service).contains(
                file, 3, "unknown service \"148\"", "108, 147, socmed, caring"))
        let channel = FlowText.valid.replacingOccurrences(of: "channel: voice", with: "channel: voise")
        #expect(
            try KnowledgeProblems(writing: channel).contains(
                file, 4, "unknown channel \"voise\"", "did you mean \"voice\"?"))
        let tier = FlowText.valid.replacingOccurrences(of: "channel: voice\n", with: "channel: voice\ntier: T3\n")
        #expect(try KnowledgeProblems(writing: tier).contains(file, 5, "unknown tier \"T3\""))
    }

    @Test("the flow id must equal the file name")
    func idMatchesFile() throws {
        let text = FlowText.valid.replacingOccurrences(of: "id: mini", with: "id: maxi")
        let result = try KnowledgeProblems(writing: text)
        #expect(
            result.contains(file, 1, "flow id \"maxi\" does not match the file name \"mini.yaml\"", "id: mini"),
            "\(result.listing)")
    }

    @Test("duplicate step ids point at the second and name the first")
    func duplicateSteps() throws {
        let result = try KnowledgeProblems(writing: FlowText.valid + FlowText.closing)
        #expect(result.contains(file, 17, "duplicate step id \"closing\" (first at line 13)"), "\(result.listing)")
    }

    @Test("dangling start, next and choice references suggest the closest step")
    func danglingReferences() throws {
        let start = FlowText.valid.replacingOccurrences(of: "start: greeting", with: "start: greting")
        #expect(
            try KnowledgeProblems(writing: start).contains(
                file, 6, "start \"greting\" is not a step", "did you mean \"greeting\"?"))
        let next = FlowText.valid.replacingOccurrences(of: "next: closing", with: "next: closng")
        #expect(
            try KnowledgeProblems(writing: next).contains(
                file, 12, "step \"greeting\" leads to \"closng\"", "did you mean \"closing\"?"))
        let choice = FlowText.valid.replacingOccurrences(
            of: "    next: closing\n",
            with:
                "    choices:\n      - {id: a, label: \"A\", next: closing}\n      - {id: b, label: \"B\", next: nowhere}\n"
        )
        #expect(try KnowledgeProblems(writing: choice).contains(file, 14, "leads to \"nowhere\", which is not a step"))
    }

    @Test("unreachable steps, missing closings and dead ends")
    func graph() throws {
        let island =
            FlowText.valid + """
                  - id: island
                    title: "Pulau"
                    sop_code: IN.OCC.TELK.P-01_R3
                    next: closing

                """
        #expect(
            try KnowledgeProblems(writing: island).contains(
                file, 17, "step \"island\" is unreachable from start \"greeting\""))
        let noClosing = FlowText.valid.replacingOccurrences(of: "    closing: true\n", with: "    next: greeting\n")
        let result = try KnowledgeProblems(writing: noClosing)
        #expect(result.contains(file, 1, "flow \"mini\" has no closing step", "closing: true"), "\(result.listing)")
        let deadEnd = FlowText.valid.replacingOccurrences(of: "    closing: true\n", with: "")
        #expect(
            try KnowledgeProblems(writing: deadEnd).contains(
                file, 13, "step \"closing\" has no next, no choices and is not closing"))
        let loop =
            FlowText.header + FlowText.greeting.replacingOccurrences(of: "next: closing", with: "next: again")
            + "  - id: again\n    title: \"Lagi\"\n    sop_code: IN.OCC.TELK.P-01_R3\n    next: greeting\n"
            + FlowText.closing
        let looped = try KnowledgeProblems(writing: loop)
        #expect(looped.contains(file, 9, "no path from step \"greeting\" reaches a closing step"), "\(looped.listing)")
        #expect(looped.contains(file, 17, "step \"closing\" is unreachable"), "\(looped.listing)")
        #expect(looped.contains(file, 13, "no path from step \"again\" reaches a closing step"), "\(looped.listing)")
    }

    @Test("captures: unknown kind, choice without options, options on another kind, duplicate field")
    func captures() throws {
        func with(_ captures: String) -> String {
            FlowText.valid.replacingOccurrences(
                of: "    next: closing\n", with: "    captures:\n\(captures)    next: closing\n")
        }
        let kind = try KnowledgeProblems(writing: with("      - {field: t, label: \"T\", kind: tiket}\n"))
        #expect(
            kind.contains(file, 13, "unknown capture kind \"tiket\"", "did you mean \"ticket\"?"), "\(kind.listing)")
        let noOptions = try KnowledgeProblems(writing: with("      - {field: hasil, label: \"Hasil\", kind: choice}\n"))
        #expect(noOptions.contains(file, 13, "capture \"hasil\" has kind choice but no options", "options: ["))
        let options = try KnowledgeProblems(
            writing: with("      - {field: n, label: \"N\", kind: text, options: [a]}\n"))
        #expect(options.contains(file, 13, "lists options but its kind is text"))
        let twice = try KnowledgeProblems(
            writing: with("      - {field: n, label: \"N\"}\n      - {field: n, label: \"N2\"}\n"))
        #expect(
            twice.contains(file, 14, "duplicate capture field \"n\" in step \"greeting\" (first at line 13)"),
            "\(twice.listing)")
    }

    @Test("dispositions must exist and be allowed for the flow")
    func dispositions() throws {
        let unknown = FlowText.valid.replacingOccurrences(
            of: "dispositions: [resolved]", with: "dispositions: [resolvd]")
        #expect(
            try KnowledgeProblems(writing: unknown).contains(
                file, 7, "disposition \"resolvd\" is not in dispositions.yaml", "did you mean \"resolved\"?"))
        let limited = FlowText.valid.replacingOccurrences(of: "id: mini", with: "id: extra")
            .replacingOccurrences(of: "dispositions: [resolved]", with: "dispositions: [resolved, number-given]")
        let result = try KnowledgeProblems(writing: limited, to: "flows/extra.yaml")
        #expect(
            result.contains(
                "flows/extra.yaml", 7, "disposition \"number-given\" is limited to flows [mini]", "add \"extra\""),
            "\(result.listing)")
        let twice = FlowText.valid.replacingOccurrences(
            of: "dispositions: [resolved]", with: "dispositions: [resolved, resolved]")
        #expect(try KnowledgeProblems(writing: twice).contains(file, 7, "disposition \"resolved\" is listed twice"))
    }

    @Test("placeholders must be built in or captured before on every path")
    func placeholders() throws {
        let never = FlowText.valid.replacingOccurrences(
            of: "    closing: true\n", with: "    script: \"Tiket {ticket_id}.\"\n    closing: true\n")
        let result = try KnowledgeProblems(writing: never)
        #expect(
            result.contains(file, 16, "uses {ticket_id}, which no step captures", "{agent_name}"), "\(result.listing)")
        let same = FlowText.valid.replacingOccurrences(
            of: "    closing: true\n",
            with:
                "    script: \"Tiket {ticket_id}.\"\n    captures:\n      - {field: ticket_id, label: \"T\", kind: ticket}\n    closing: true\n"
        )
        #expect(try KnowledgeProblems(writing: same).contains(file, 16, "captured only at this same step"))
        let onePath =
            FlowText.header + """
                  - id: greeting
                    title: "Salam"
                    sop_code: IN.OCC.TELK.P-01_R1
                    script: "Selamat {greeting_time}, dengan {agent_name}. {honorific} {customer_name}"
                    choices:
                      - {id: a, label: "A", next: ticket}
                      - {id: b, label: "B", next: closing}
                  - id: ticket
                    title: "Tiket"
                    sop_code: IN.OCC.TELK.P-01_R2
                    captures:
                      - {field: ticket_id, label: "T", kind: ticket}
                    next: closing
                  - id: closing
                    title: "Penutup"
                    sop_code: IN.OCC.TELK.P-01_R3
                    script: "Tiket {ticket_id}."
                    closing: true

                """
        let paths = try KnowledgeProblems(writing: onePath)
        #expect(
            paths.contains(file, 25, "not every path to it captures \"ticket_id\" first (captured at: ticket)"),
            "\(paths.listing)")
        #expect(paths.problems.count == 1, "\(paths.listing)")
    }

    @Test("sop_code format and document")
    func sopCodes() throws {
        let bad = FlowText.valid.replacingOccurrences(of: "IN.OCC.TELK.P-01_R2", with: "IN.OCC.TELK.P-01-R2")
        #expect(
            try KnowledgeProblems(writing: bad).contains(
                file, 15, "sop_code \"IN.OCC.TELK.P-01-R2\" of step \"closing\" is not a record code",
                "IN.OCC.TELK.P-01_R1"))
        let other = FlowText.valid.replacingOccurrences(of: "IN.OCC.TELK.P-01_R2", with: "OB.IN.OCC.TELK.P-02_R2")
        #expect(
            try KnowledgeProblems(writing: other).contains(
                file, 15, "belongs to document OB.IN.OCC.TELK.P-02", "use IN.OCC.TELK.P-01_R<n>"))
        let sop = FlowText.valid.replacingOccurrences(of: "sop: \"IN.OCC.TELK.P-01 §8.2\"", with: "sop: \"P01\"")
        #expect(
            try KnowledgeProblems(writing: sop).contains(file, 5, "sop \"P01\" does not start with a document code"))
    }

    @Test("scope, check ids and duplicate checks")
    func scopesAndChecks() throws {
        let scope = FlowText.valid.replacingOccurrences(
            of: "    next: closing\n", with: "    scope: opning\n    next: closing\n")
        #expect(
            try KnowledgeProblems(writing: scope).contains(
                file, 12, "unknown scope \"opning\"", "did you mean \"opening\"?"))
        let checks = FlowText.valid.replacingOccurrences(
            of: "    next: closing\n", with: "    checks: [147-O1, 147-o2, 147-O1]\n    next: closing\n")
        let result = try KnowledgeProblems(writing: checks)
        #expect(
            result.contains(file, 12, "check \"147-o2\" of step \"greeting\" is not a parameter id"),
            "\(result.listing)")
        #expect(result.contains(file, 12, "check \"147-O1\" is listed twice"), "\(result.listing)")
    }

    @Test("YAML syntax errors and duplicate keys name their line")
    func syntax() throws {
        let broken = FlowText.valid.replacingOccurrences(of: "name: \"Mini\"", with: "name: \"Mini")
        let result = try KnowledgeProblems(writing: broken)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.localizedDescription.hasPrefix("flows/mini.yaml:") == true)
        #expect(result.problems.first?.localizedDescription.contains("YAML syntax") == true)
        let twice = FlowText.valid.replacingOccurrences(
            of: "channel: voice\n", with: "channel: voice\nchannel: voice\n")
        let dup = try KnowledgeProblems(writing: twice)
        #expect(dup.contains(file, 4, "the key \"channel\" appears more than once"), "\(dup.listing)")
    }

    @Test("every problem of a badly broken flow is reported, not just the first")
    func collectsAll() throws {
        let text = FlowText.valid
            .replacingOccurrences(of: "id: mini", with: "id: maxi")
            .replacingOccurrences(of: "start: greeting", with: "start: nowhere")
            .replacingOccurrences(of: "IN.OCC.TELK.P-01_R1", with: "R1")
            .replacingOccurrences(of: "dispositions: [resolved]", with: "dispositions: [gone]")
            .replacingOccurrences(of: "closing: true", with: "closing: yes please")
        let result = try KnowledgeProblems(writing: text)
        #expect(result.problems.count >= 5, "\(result.listing)")
    }
}
