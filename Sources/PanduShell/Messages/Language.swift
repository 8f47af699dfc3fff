/// The language the shell speaks: Indonesian by default, English with `--lang en` / `PANDU_LANG=en`.
public enum Language: String, Sendable, CaseIterable {
    case id
    case en

    /// The language named by an option or environment value; Indonesian when unset or unknown.
    public static func from(_ value: String?) -> Language {
        guard let v = value?.lowercased(), !v.isEmpty else { return .id }
        return v.hasPrefix("en") ? .en : .id
    }
}
