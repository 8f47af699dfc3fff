import Foundation
import Testing

@testable import PanduCore

@Suite struct DirectoryOverlayTests {
    typealias F = FollowUpFixtures
    static let entry = DirectoryEntry(
        id: "D00002", name: "BPBD Banda Aceh", category: "pemerintah", city: "Banda Aceh", province: "Aceh",
        areaCode: "0651", number: "675508", address: "Jl. Imam Bonjol No. 116")

    func correction(
        _ id: Int64, _ field: DirectoryField, _ value: String, _ status: DirectoryCorrection.Status, at hour: Int
    )
        -> DirectoryCorrection
    {
        DirectoryCorrection(
            id: id, entryID: "D00002", field: field, oldValue: "", newValue: value, reason: "r", proposedBy: "1001",
            proposedAt: F.wib(8, 0), status: status, decidedBy: "4001", decidedAt: F.wib(hour, 0))
    }

    @Test func onlyApprovedCorrectionsApplyAndTheLatestApprovalWins() {
        let result = DirectoryOverlay.apply(
            [
                correction(2, .number, "6755091", .approved, at: 11),
                correction(1, .number, "6755090", .approved, at: 10),
                correction(3, .address, "Jl. Baru", .rejected, at: 9),
                correction(4, .listed, "false", .approved, at: 9),
            ], to: [Self.entry])
        #expect(result[0].number == "6755091")
        #expect(result[0].address == "Jl. Imam Bonjol No. 116")
        #expect(result[0].listed == false)
    }

    @Test func fieldsNormaliseOrRefuseValues() {
        #expect(DirectoryField.number.normalised("675-5090") == "6755090")
        #expect(DirectoryField.number.normalised("12") == nil)
        #expect(DirectoryField.areaCode.normalised("651") == nil)
        #expect(DirectoryField.areaCode.normalised("0651") == "0651")
        #expect(DirectoryField.listed.normalised("tidak") == "false")
        #expect(DirectoryField.name.normalised("  ") == nil)
    }
}
