import Testing

@testable import PanduCore

@Suite("Indonesian-aware normalisation")
struct PhraseTokenizerTests {
    /// The normalised words of `text`.
    func words(_ text: String) -> [String] {
        var tokenizer = PhraseTokenizer(vocabulary: PhraseVocabulary())
        tokenizer.add(text)
        return tokenizer.tokens.map {
            String(decoding: tokenizer.bytes[Int($0.normStart)..<Int($0.normStart + $0.normLength)], as: UTF8.self)
        }
    }

    @Test("case and punctuation are folded")
    func caseAndPunctuation() {
        #expect(words("Selamat PAGI, Telkom 147!") == ["selamat", "pagi", "telkom", "147"])
    }

    @Test("numbers spoken as words become digits, kosong included")
    func spokenNumbers() {
        #expect(words("kosong dua satu") == ["021"])
        #expect(words("satu kosong delapan") == ["108"])
        #expect(words("seratus delapan") == ["108"])
        #expect(words("dua kali dua puluh empat jam") == ["2", "kali", "24", "jam"])
        #expect(words("tiga ratus lima puluh ribu") == ["350000"])
        #expect(words("lima lima lima dua belas tiga empat") == ["5551234"])
    }

    @Test("punctuation inside a number is kept out of the way")
    func digitSeparators() {
        #expect(words("Rp 385.000 pukul 10.30") == ["rp", "385000", "pukul", "1030"])
    }

    @Test("hyphenated reduplication is one token")
    func reduplication() {
        #expect(words("kira-kira sejak kapan") == ["kira-kira", "sejak", "kapan"])
    }

    @Test("stretched letters fold, a double letter stays")
    func stretchedLetters() {
        #expect(words("pagiii") == ["pagi"])
        #expect(words("maaf") == ["maaf"])
    }

    @Test("juga, tiga and harga stay whole words")
    func wholeWords() {
        #expect(words("juga tiga harga") == ["juga", "3", "harga"])
    }
}
