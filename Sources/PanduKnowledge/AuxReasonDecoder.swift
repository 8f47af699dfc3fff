import PanduCore

/// Reads `aux-reasons.yaml`: a list of `{code, label, allowance_minutes?, productive}`.
struct AuxReasonDecoder {
    static let keys = ["code", "label", "allowance_minutes", "productive"]

    /// The reasons of `document`, logging every problem.
    func decode(_ document: YAMLDocument, log: inout ProblemLog) -> [AuxReason] {
        var codes = IDRegistry(what: "AUX code")
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
            reasons.append(AuxReason(code: code, label: label, allowanceMinutes: allowance, productive: productive))
        }
        return reasons
    }
}
