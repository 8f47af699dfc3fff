import PanduStore
import Testing

@Suite("Masking")
struct MaskingTests {
    @Test func numbersKeepFirstFourAndLastTwo() {
        #expect(Masking.phone("081234567890") == "0812******90")
        #expect(Masking.nik("3273012345678901") == "3273**********01")
        #expect(Masking.serviceNumber("131122334455") == "1311******55")
        #expect(Masking.phone("0215551234") == "0215****34")
    }

    @Test func separatorsStayInPlace() {
        #expect(Masking.phone("0812-3456-7890") == "0812-****-**90")
        #expect(Masking.phone("+62 812 3456 7890") == "+62 81* **** **90")
        #expect(Masking.phone("(021) 5551234") == "(021) 5****34")
    }

    @Test func shortValuesShowLess() {
        #expect(Masking.number("5551234") == "55****4")
        #expect(Masking.number("12345") == "*****")
        #expect(Masking.number("") == "")
    }

    @Test func emailKeepsTwoCharactersAndTheDomain() {
        #expect(Masking.email("anita@example.com") == "an***@example.com")
        #expect(Masking.email("ab@example.com") == "a***@example.com")
        #expect(Masking.email("a@example.com") == "***@example.com")
        #expect(Masking.email("no-at-sign") == "no-**-***n")
    }

    @Test func freeTextMasksNumbersAndAddresses() {
        let note = "Pelanggan minta dihubungi di 0812-3456-7890 atau anita.s@mail.co.id, NIK 3273012345678901."
        #expect(Masking.text(note)
            == "Pelanggan minta dihubungi di 0812-****-**90 atau an***@mail.co.id, NIK 3273**********01.")
        #expect(Masking.text("telepon 0812 3456 7890 ya") == "telepon 0812 **** **90 ya")
        #expect(Masking.text("wa +6281234567890") == "wa +6281*******90")
    }

    @Test func freeTextLeavesDatesAmountsAndTicketsReadable() {
        let text = "Tiket IN123456789 dibuat 2026-11-21 08:00, tagihan Rp 1.500.000, antrian 12345678."
        #expect(Masking.text(text) == text)
        #expect(Masking.text("") == "")
        #expect(Masking.text("@ @@ a@b x@.com") == "@ @@ a@b x@.com")
    }
}
