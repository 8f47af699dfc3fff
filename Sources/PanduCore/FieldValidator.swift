import Foundation

/// Validates and normalises captured values; pure, so the shell and the tests share one judgment.
public enum FieldValidator {
    /// The outcome: the normalised value, or why it was refused (a message key and its argument).
    public enum Outcome: Equatable, Sendable {
        case valid(String)
        case invalid(reason: Reason)
    }

    /// Why a value was refused.
    public enum Reason: String, Equatable, Sendable {
        case empty
        case notDigits = "not_digits"
        case fastelFormat = "fastel_format"
        case mobileFormat = "mobile_format"
        case indihomeFormat = "indihome_format"
        case serviceNumberFormat = "service_number_format"
        case ticketFormat = "ticket_format"
        case nikFormat = "nik_format"
        case emailFormat = "email_format"
        case notAnOption = "not_an_option"
        case nameFormat = "name_format"
    }

    /// Checks `raw` as a value of `kind`.
    public static func validate(_ raw: String, as kind: FieldKind, options: [String] = []) -> Outcome {
        let value = raw.trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return .invalid(reason: .empty) }
        switch kind {
        case .text: return .valid(value)
        case .name: return validName(value)
        case .number: return value.allSatisfy(\.isASCIIDigit) ? .valid(value) : .invalid(reason: .notDigits)
        case .fastel: return fastel(value).map(Outcome.valid) ?? .invalid(reason: .fastelFormat)
        case .mobile: return mobile(value).map(Outcome.valid) ?? .invalid(reason: .mobileFormat)
        case .indihome: return indihome(value).map(Outcome.valid) ?? .invalid(reason: .indihomeFormat)
        case .serviceNumber:
            let n = indihome(value) ?? mobile(value) ?? fastel(value)
            return n.map(Outcome.valid) ?? .invalid(reason: .serviceNumberFormat)
        case .ticket: return ticket(value).map(Outcome.valid) ?? .invalid(reason: .ticketFormat)
        case .nik:
            let d = digits(value)
            return d?.count == 16 ? .valid(d!) : .invalid(reason: .nikFormat)
        case .email: return email(value) ? .valid(value.lowercased()) : .invalid(reason: .emailFormat)
        case .choice:
            let hit = options.first { $0.lowercased() == value.lowercased() }
            return hit.map(Outcome.valid) ?? .invalid(reason: .notAnOption)
        }
    }

    /// Digits of a number typed with the usual separators (spaces, dashes, dots, brackets), or nil.
    static func digits(_ value: String) -> String? {
        var out = ""
        for ch in value {
            if ch.isASCIIDigit {
                out.append(ch)
            } else if !" -.()".contains(ch) {
                return nil
            }
        }
        return out.isEmpty ? nil : out
    }

    /// A fixed line: 0, a 2-3 digit area code not starting with 8 (mobile) or 0, then 5-8 digits.
    static func fastel(_ value: String) -> String? {
        guard var d = digits(value.replacingOccurrences(of: "+62", with: "0")) else { return nil }
        if d.hasPrefix("62") { d = "0" + d.dropFirst(2) }
        guard d.hasPrefix("0"), (9...11).contains(d.count) else { return nil }
        let second = d[d.index(after: d.startIndex)]
        guard second != "8", second != "0" else { return nil }
        return d
    }

    /// A mobile number normalised to the `08…` form: 10 to 13 digits.
    static func mobile(_ value: String) -> String? {
        guard var d = digits(value.replacingOccurrences(of: "+", with: "")) else { return nil }
        if d.hasPrefix("62") { d = "0" + d.dropFirst(2) }
        guard d.hasPrefix("08"), (10...13).contains(d.count) else { return nil }
        return d
    }

    /// An IndiHome number: 12 digits starting with 1.
    static func indihome(_ value: String) -> String? {
        guard let d = digits(value), d.count == 12, d.hasPrefix("1") else { return nil }
        return d
    }

    /// A NOSSA ticket id, normalised to upper case.
    static func ticket(_ value: String) -> String? {
        let v = value.uppercased()
        guard v.count == 10, v.hasPrefix("IN"), v.dropFirst(2).allSatisfy(\.isASCIIDigit) else { return nil }
        return v
    }

    static func email(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !value.contains(" ") else { return false }
        let domain = parts[1]
        return domain.contains(".") && !domain.hasPrefix(".") && !domain.hasSuffix(".")
    }

    static func validName(_ value: String) -> Outcome {
        let ok = value.count <= 80 && value.allSatisfy { $0.isLetter || " .'-".contains($0) }
        return ok ? .valid(value) : .invalid(reason: .nameFormat)
    }
}

extension Character {
    /// An ASCII digit 0-9 (not other scripts' digits).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
