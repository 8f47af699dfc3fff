/// Numbers spoken as Indonesian words, read into digits: "kosong dua satu" = 021, "dua puluh empat" = 24.
enum IndonesianNumberWords {
    enum Word: Equatable {
        case digit(Int)
        /// nol / kosong: always a digit of its own, so leading zeros survive.
        case zero
        case tens, teens, hundreds, thousands, millions
        /// sepuluh, sebelas, seratus, seribu, sejuta.
        case se(Int)
    }

    static func word(_ bytes: ArraySlice<UInt8>) -> Word? {
        switch String(decoding: bytes, as: UTF8.self) {
        case "nol", "kosong": .zero
        case "satu": .digit(1)
        case "dua": .digit(2)
        case "tiga": .digit(3)
        case "empat": .digit(4)
        case "lima": .digit(5)
        case "enam": .digit(6)
        case "tujuh": .digit(7)
        case "delapan": .digit(8)
        case "sembilan": .digit(9)
        case "puluh": .tens
        case "belas": .teens
        case "ratus": .hundreds
        case "ribu": .thousands
        case "juta": .millions
        case "sepuluh": .se(10)
        case "sebelas": .se(11)
        case "seratus": .se(100)
        case "seribu": .se(1000)
        case "sejuta": .se(1_000_000)
        default: nil
        }
    }

    /// Whether a token can start a spoken number (a bare "ribu" or "puluh" cannot).
    static func canStart(_ w: Word) -> Bool {
        switch w {
        case .digit, .zero, .se: true
        default: false
        }
    }

    /// Reads a run of number words into one digit string; numbers said one after another are joined,
    /// as an agent reads out a telephone number. Returns how many words were used.
    static func read(_ words: [Word]) -> (digits: String, used: Int) {
        var out = ""
        var i = 0
        while i < words.count {
            let (value, next) = compound(words, from: i)
            guard next > i else { break }
            out += value
            i = next
        }
        return (out, i)
    }

    /// One number: [X juta] [Y ribu] [Z ratus] [W puluh | W belas] [U], with the se- forms.
    private static func compound(_ words: [Word], from start: Int) -> (String, Int) {
        if words[start] == .zero { return ("0", start + 1) }
        var total = 0
        var group = 0
        var pending: Int?
        var unitsDone = false
        var i = start
        loop: while i < words.count {
            switch words[i] {
            case .zero:
                break loop
            case .digit(let d):
                if pending != nil || unitsDone { break loop }
                pending = d
            case .tens:
                guard let p = pending, group % 100 == 0 else { break loop }
                group += p * 10
                pending = nil
            case .teens:
                guard let p = pending, group % 100 == 0 else { break loop }
                group += 10 + p
                pending = nil
                unitsDone = true
            case .hundreds:
                guard let p = pending, group == 0 else { break loop }
                group = p * 100
                pending = nil
            case .thousands, .millions:
                let scale = words[i] == .thousands ? 1000 : 1_000_000
                let amount = group + (pending ?? 0)
                guard amount > 0 else { break loop }
                total += amount * scale
                group = 0
                pending = nil
                unitsDone = false
            case .se(let v):
                if pending != nil || unitsDone { break loop }
                if v >= 1000 {
                    guard group == 0 else { break loop }
                    total += v
                } else if v == 100 {
                    guard group == 0 else { break loop }
                    group = 100
                } else {
                    guard group % 100 == 0 else { break loop }
                    group += v
                    unitsDone = true
                }
            }
            i += 1
        }
        let value = total + group + (pending ?? 0)
        return (String(value), i)
    }
}
