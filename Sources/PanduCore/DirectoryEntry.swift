/// One entry of the 108 directory (fictitious data): an organisation's telephone number in a city.
public struct DirectoryEntry: Hashable, Codable, Sendable {
    public var id: String
    public var name: String
    /// e.g. `perusahaan`, `pemerintah`, `rumah-sakit`, `sekolah`, `bank`, `hotel`.
    public var category: String
    public var city: String
    public var province: String
    /// The area code with its leading zero, e.g. `021`.
    public var areaCode: String
    /// The subscriber number without the area code.
    public var number: String
    public var address: String
    /// False for numbers that must not be given out (108-F4).
    public var listed: Bool

    public init(
        id: String, name: String, category: String, city: String, province: String, areaCode: String,
        number: String, address: String, listed: Bool = true
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.city = city
        self.province = province
        self.areaCode = areaCode
        self.number = number
        self.address = address
        self.listed = listed
    }

    /// The number as an agent reads it out: `(021) 5551234`.
    public var formattedNumber: String { "(\(areaCode)) \(number)" }
}
