import Foundation

/// Turns the free-text pause reason of a queue_log line (`LUNCHBREAK`, `Toilet`, `ACW`) into the floor's AUX
/// code (monitoring spec §1.5: "the product should map them to a code list"), so an ACD pause is held against
/// the same allowance as an AUX taken in the shell. A reason nobody mapped is kept as logged, so desk control
/// still sees it; a pause without any reason gets `unspecified`.
public struct AuxReasonMap: Hashable, Sendable {
    /// The code of a pause logged with no reason (`PAUSE|`, `ADDMEMBER|PAUSED`).
    public static let unspecified = "tanpa-alasan"

    /// Lower-cased spelling → code.
    let codes: [String: String]

    /// The map of `reasons`: each code answers to itself, its `acdNames` and its label, case aside, in
    /// that order of precedence when two reasons share a spelling.
    public init(_ reasons: [AuxReason] = []) {
        var codes: [String: String] = [:]
        let spellings: [(AuxReason) -> [String]] = [{ [$0.code] }, \.acdNames, { [$0.label] }]
        for spelling in spellings {
            for reason in reasons {
                for name in spelling(reason) where !Self.key(name).isEmpty {
                    codes[Self.key(name)] = codes[Self.key(name)] ?? reason.code
                }
            }
        }
        self.codes = codes
    }

    /// The AUX code for a reason as the ACD logged it.
    public func code(forLogged reason: String) -> String {
        let key = Self.key(reason)
        if key.isEmpty { return Self.unspecified }
        return codes[key] ?? reason.trimmingCharacters(in: .whitespaces)
    }

    static func key(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces).lowercased() }
}
