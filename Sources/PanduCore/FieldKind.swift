/// The kind of a captured field; decides how its value is validated and masked.
public enum FieldKind: String, Codable, Sendable, CaseIterable {
    case text
    /// A person's name.
    case name
    /// A Telkom fixed-line service number ("fastel"): area code and subscriber number, e.g. `0215551234`.
    case fastel
    /// An Indonesian mobile number, e.g. `081234567890` or `+6281234567890`.
    case mobile
    /// An IndiHome internet service number: 12 digits starting with 1, e.g. `122301234567`.
    case indihome
    /// A fastel, an IndiHome number or a mobile number: whatever service the customer names.
    case serviceNumber = "service_number"
    /// A NOSSA ticket id, `IN` and 8 digits.
    case ticket
    /// A 16-digit national identity number.
    case nik
    case email
    /// One of the capture's options.
    case choice
    /// A whole number.
    case number

    /// Whether values of this kind are customer personal data, masked for readers who do not need them.
    public var isPersonalData: Bool {
        switch self {
        case .fastel, .mobile, .indihome, .serviceNumber, .nik, .email: true
        default: false
        }
    }
}
