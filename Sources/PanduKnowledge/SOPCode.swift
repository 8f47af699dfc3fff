/// The SOP record codes of flow steps, e.g. `IN.OCC.TELK.P-01_R8`: a document code, `_R`, a number.
enum SOPCode {
    /// The document code a flow's `sop` starts with (`IN.OCC.TELK.P-01 §8.2` → `IN.OCC.TELK.P-01`), or nil.
    static func document(ofFlowSOP sop: String) -> String? {
        let first = sop.prefix { $0 != " " }
        return isDocumentCode(first) ? String(first) : nil
    }

    /// Why `code` is not a valid record code of a flow whose document code is `expected`, or nil when it is.
    static func problem(_ code: String, expected: String?) -> String? {
        let wrongShape = "is not a record code; write <document code>_R<n>, e.g. \(expected ?? "IN.OCC.TELK.P-01")_R1"
        guard let marker = lastMarker(in: code) else { return wrongShape }
        let document = code[..<marker]
        let number = code[code.index(marker, offsetBy: 2)...]
        guard isDocumentCode(document), !number.isEmpty, number.allSatisfy(\.isASCIIDigitCharacter), number.first != "0"
        else { return wrongShape }
        if let expected, expected != document {
            return "belongs to document \(document), but the flow's sop is \(expected); use \(expected)_R<n>"
        }
        return nil
    }

    /// The index of the last `_R` in `code`.
    static func lastMarker(in code: String) -> String.Index? {
        var index = code.endIndex
        while index > code.startIndex {
            index = code.index(before: index)
            if code[index] == "_", code[index...].dropFirst().first == "R" { return index }
        }
        return nil
    }

    /// `IN.OCC.TELK.P-01`: dot-separated upper-case segments, the last a letter, `-` and digits.
    static func isDocumentCode(_ text: Substring) -> Bool {
        let segments = text.split(separator: ".", omittingEmptySubsequences: false)
        guard segments.count >= 2, let last = segments.last else { return false }
        let prefixesOK = segments.dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isUppercaseASCIILetter) }
        let parts = last.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let lastOK =
            !parts[0].isEmpty && parts[0].allSatisfy(\.isUppercaseASCIILetter)
            && !parts[1].isEmpty && parts[1].allSatisfy(\.isASCIIDigitCharacter)
        return prefixesOK && lastOK
    }
}

extension Character {
    /// An ASCII digit 0-9.
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
    /// An ASCII letter A-Z.
    var isUppercaseASCIILetter: Bool { ("A"..."Z").contains(self) }
}
