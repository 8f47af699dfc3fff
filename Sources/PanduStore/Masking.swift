/// Masks customer data (phone and service numbers, NIK, e-mail) for logs, reports and exports
/// (DESIGN.md "Security and customer data"). Pure functions; the reader's role decides whether to call them.
public enum Masking {
    /// What hidden characters become.
    public static let mask: Character = "*"

    /// A phone number, service number or NIK: the first 4 and last 2 letters or digits stay, the rest
    /// become `*`; separators stay where they are (`0812-3456-7890` → `0812-****-**90`). Shorter values
    /// show less, so that at least half is always hidden: 6-9 characters keep 2 and 1, under 6 keep none.
    public static func number(_ value: String) -> String {
        let count = value.reduce(0) { $0 + (isMaskable($1) ? 1 : 0) }
        let (head, tail) = count >= 10 ? (4, 2) : count >= 6 ? (2, 1) : (0, 0)
        var seen = 0
        return String(value.map { character -> Character in
            guard isMaskable(character) else { return character }
            seen += 1
            return seen <= head || seen > count - tail ? character : mask
        })
    }

    /// A phone number (`081234567890` → `0812******90`).
    public static func phone(_ value: String) -> String { number(value) }

    /// A Telkom service number (IndiHome / POTS / internet).
    public static func serviceNumber(_ value: String) -> String { number(value) }

    /// A national identity number (NIK, 16 digits).
    public static func nik(_ value: String) -> String { number(value) }

    /// An e-mail address: the first 2 characters of the name, then `***`, the domain kept
    /// (`anita@example.com` → `an***@example.com`). Without an `@` it is masked like a number.
    public static func email(_ value: String) -> String {
        guard let at = value.lastIndex(of: "@") else { return number(value) }
        let name = value[..<at]
        let shown = name.count > 2 ? 2 : max(0, name.count - 1)
        return String(name.prefix(shown)) + "***" + String(value[at...])
    }

    private static func isMaskable(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
