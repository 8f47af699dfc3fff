import PanduCore

/// Reads `aux-reasons.yaml`: a list of `{code, label, allowance_minutes?, productive, acd?}`.
struct AuxReasonDecoder {
    static let keys = ["code", "label", "allowance_minutes", "productive", "acd"]

    /// The reasons of `document`, logging every problem.
    func decode(_ document: YAMLDocument, log: inout ProblemLog) -> [AuxReason] {
        var codes = IDRegistry(what: "AUX code")
        // One spelling, one code: an ACD reason listed under two codes (or naming another code) is ambiguous.
        var spellings = IDRegistry(what: "ACD pause reason")
        var reasons: [AuxReason] = []
        for (index, item) in document.items("AUX reasons", log: &log).enumerated() {
            let what = "AUX reason \(index + 1)"
            guard let r = FieldReader(item, what: what, allowed: Self.keys, log: &log) else { continue }
            let code = r.text("code", required: true, example: "istirahat", log: &log)
            let label = r.text("label", required: true, example: "\"Istirahat\"", log: &log)
            let allowance = r.count("allowance_minutes", log: &log)
            let productive = r.bool("productive", required: true, log: &log)
            guard let code, let label, let productive else { continue }
            IDRegistry.checkSlug(code, what: "AUX code", file: r.file, line: r.keyLine("code"), log: &log)
            guard codes.register(code, file: r.file, line: r.keyLine("code"), log: &log) else { continue }
            _ = spellings.register(code.lowercased(), file: r.file, line: r.keyLine("code"), log: &log)
            let acd = r.texts("acd", log: &log).filter {
                $0.text.lowercased() == code.lowercased()
                    || spellings.register($0.text.lowercased(), file: r.file, line: $0.line, log: &log)
            }
            reasons.append(
                AuxReason(
                    code: code, label: label, allowanceMinutes: allowance, productive: productive,
                    acdNames: acd.map(\.text)))
        }
        return reasons
    }
}
