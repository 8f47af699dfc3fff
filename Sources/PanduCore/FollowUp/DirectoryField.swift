/// A field of a 108 directory entry that a correction may change.
public enum DirectoryField: String, Codable, Sendable, CaseIterable {
    case name, category, city, province, address, listed
    case areaCode = "area_code"
    case number

    /// The field's value in `entry`, as text.
    public func value(in entry: DirectoryEntry) -> String {
        switch self {
        case .name: entry.name
        case .category: entry.category
        case .city: entry.city
        case .province: entry.province
        case .address: entry.address
        case .listed: entry.listed ? "true" : "false"
        case .areaCode: entry.areaCode
        case .number: entry.number
        }
    }

    /// `value` normalised for this field, or nil when it is not valid (area codes `0` + 2-3 digits,
    /// numbers 5-8 digits, listed true/false, other fields non-empty text).
    public func normalised(_ value: String) -> String? {
        let v = value.trimmingCharacters(in: .whitespaces)
        switch self {
        case .areaCode:
            return v.count >= 3 && v.count <= 4 && v.hasPrefix("0") && v.allSatisfy(\.isASCII)
                && v.allSatisfy(\.isNumber) ? v : nil
        case .number:
            let digits = v.filter { $0 != " " && $0 != "-" }
            return (5...8).contains(digits.count) && digits.allSatisfy({ $0.isASCII && $0.isNumber }) ? digits : nil
        case .listed:
            switch v.lowercased() {
            case "true", "ya", "yes": return "true"
            case "false", "tidak", "no": return "false"
            default: return nil
            }
        default: return v.isEmpty ? nil : v
        }
    }

    /// `entry` with this field set to a value `normalised` accepted.
    public func applied(_ value: String, to entry: DirectoryEntry) -> DirectoryEntry {
        var e = entry
        switch self {
        case .name: e.name = value
        case .category: e.category = value
        case .city: e.city = value
        case .province: e.province = value
        case .address: e.address = value
        case .listed: e.listed = value == "true"
        case .areaCode: e.areaCode = value
        case .number: e.number = value
        }
        return e
    }
}
