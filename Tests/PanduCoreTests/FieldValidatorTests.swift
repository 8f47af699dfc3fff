import Testing

@testable import PanduCore

@Test(arguments: [
    ("0215551234", FieldKind.fastel, "0215551234"),
    ("(022) 720-1234", .fastel, "0227201234"),
    ("+62 21 5551234", .fastel, "0215551234"),
    ("0812 3456 7890", .mobile, "081234567890"),
    ("+6281234567890", .mobile, "081234567890"),
    ("122301234567", .indihome, "122301234567"),
    ("122301234567", .serviceNumber, "122301234567"),
    ("081234567890", .serviceNumber, "081234567890"),
    ("in12345678", .ticket, "IN12345678"),
    ("3273012345678901", .nik, "3273012345678901"),
    ("Budi@Example.co.id", .email, "budi@example.co.id"),
    ("Siti Nurhaliza", .name, "Siti Nurhaliza"),
])
func validValuesAreNormalised(input: String, kind: FieldKind, expected: String) {
    #expect(FieldValidator.validate(input, as: kind) == .valid(expected))
}

@Test(arguments: [
    ("", FieldKind.text, FieldValidator.Reason.empty),
    ("12345", .fastel, .fastelFormat),
    ("0812345678901", .fastel, .fastelFormat),
    ("0212345", .mobile, .mobileFormat),
    ("0812-34a", .mobile, .mobileFormat),
    ("222301234567", .indihome, .indihomeFormat),
    ("12345", .serviceNumber, .serviceNumberFormat),
    ("IN1234", .ticket, .ticketFormat),
    ("123", .nik, .nikFormat),
    ("budi@", .email, .emailFormat),
    ("Budi99", .name, .nameFormat),
])
func invalidValuesSayWhy(input: String, kind: FieldKind, reason: FieldValidator.Reason) {
    #expect(FieldValidator.validate(input, as: kind) == .invalid(reason: reason))
}

@Test func choicesMatchTheirOptionsIgnoringCase() {
    #expect(FieldValidator.validate("Busy", as: .choice, options: ["reached", "busy"]) == .valid("busy"))
    #expect(FieldValidator.validate("maybe", as: .choice, options: ["reached"]) == .invalid(reason: .notAnOption))
}
