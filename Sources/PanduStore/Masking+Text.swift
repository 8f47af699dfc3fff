/// Finding customer data inside free text (notes, utterances) before it goes to a log or report.
extension Masking {
    /// `text` with every e-mail address and every phone-like number masked. A number is 9 or more digits,
    /// optionally `+`-led, in groups joined by `-` or by a space before a group of 3 or more digits, standing
    /// alone (so dates, times, amounts like `1.500.000` and ticket ids like `IN123456789` stay readable).
    public static func text(_ text: String) -> String {
        var characters = Array(text)
        maskEmails(&characters)
        maskNumbers(&characters)
        return String(characters)
    }

    private static func maskEmails(_ characters: inout [Character]) {
        var at = 0
        while at < characters.count {
            defer { at += 1 }
            guard characters[at] == "@" else { continue }
            var start = at
            while start > 0, isEmailName(characters[start - 1]) { start -= 1 }
            var end = at + 1
            while end < characters.count, isEmailDomain(characters[end]) { end += 1 }
            while end > at + 1, characters[end - 1] == "." { end -= 1 }
            let domain = characters[(at + 1)..<end]
            guard start < at, domain.contains("."), domain.first != "." else { continue }
            let masked = Array(email(String(characters[start..<end])))
            characters.replaceSubrange(start..<end, with: masked)
            at = start + masked.count - 1
        }
    }

    private static func maskNumbers(_ characters: inout [Character]) {
        var index = 0
        while index < characters.count {
            guard let end = numberEnd(characters, from: index) else {
                index += 1
                continue
            }
            let masked = Array(number(String(characters[index..<end])))
            characters.replaceSubrange(index..<end, with: masked)
            index = end
        }
    }

    /// Where a maskable number starting at `start` ends, or nil if none starts there.
    private static func numberEnd(_ c: [Character], from start: Int) -> Int? {
        if start > 0, c[start - 1].isLetter || c[start - 1].isNumber || c[start - 1] == "+" { return nil }
        var index = c[start] == "+" ? start + 1 : start
        var digits = 0
        var end = index
        while index < c.count {
            let group = digitRun(c, from: index)
            guard group > 0 else { break }
            digits += group
            end = index + group
            guard end + 1 < c.count, c[end] == "-" || c[end] == " " else { break }
            let next = digitRun(c, from: end + 1)
            guard next > 0, c[end] == "-" || next >= 3 else { break }
            index = end + 1
        }
        guard digits >= 9, end >= c.count || !c[end].isLetter else { return nil }
        return end
    }

    private static func digitRun(_ c: [Character], from start: Int) -> Int {
        var index = start
        while index < c.count, c[index].isASCII, c[index].isNumber { index += 1 }
        return index - start
    }

    private static func isEmailName(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || "._%+-".contains(c))
    }

    private static func isEmailDomain(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || ".-".contains(c))
    }
}
