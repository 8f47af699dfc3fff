import PanduCore

/// A small knowledge base and directory with known answers.
enum SearchFixtures {
    static let articles = [
        Article(id: "KB-001", title: "Gangguan internet IndiHome lambat", category: "gangguan",
                tags: ["internet", "lambat", "ont"],
                body: "Periksa lampu ONT. Jika LOS merah, buat tiket gangguan dengan NOSSA."),
        Article(id: "KB-002", title: "Cara membayar tagihan", category: "tagihan", tags: ["bayar"],
                body: "Tagihan dapat dibayar di kantor pos, minimarket, atau aplikasi. Gangguan internet tidak mengubah tagihan."),
        Article(id: "KB-003", title: "Pindah alamat layanan", category: "pindah-alamat", tags: ["alamat"],
                body: "Pelanggan mengajukan pindah alamat dengan membawa KTP."),
        Article(id: "KB-004", title: "Isolir karena tunggakan", category: "isolir", tags: ["tagihan", "buka isolir"],
                body: "Layanan diisolir jika tagihan belum dibayar. Buka isolir otomatis setelah pembayaran."),
        Article(id: "KB-005", title: "Paket Café Wi-Fi bisnis", category: "produk", tags: ["wifi"],
                body: "Paket untuk usaha kafe dan restoran."),
    ]

    static let directory = [
        entry("D1", "RSUP Dr. Hasan Sadikin", "rumah-sakit", "Bandung", "Jawa Barat", "022", "2034953", "Jl. Pasteur 38"),
        entry("D2", "Rumah Sakit Santo Borromeus", "rumah-sakit", "Bandung", "Jawa Barat", "022", "2552000", "Jl. Ir. H. Juanda 100"),
        entry("D3", "RS Cipto Mangunkusumo", "rumah-sakit", "Jakarta Pusat", "DKI Jakarta", "021", "1500135", "Jl. Diponegoro 71"),
        entry("D4", "Hotel Savoy Homann", "hotel", "Bandung", "Jawa Barat", "022", "4232244", "Jl. Asia Afrika 112"),
        entry("D5", "Bank Sentosa Cabang Bandung", "bank", "Bandung", "Jawa Barat", "022", "4201111", "Jl. Rumah Sakit 5"),
        entry("D6", "SMA Negeri 3 Bandung", "sekolah", "Bandung", "Jawa Barat", "022", "4203455", "Jl. Belitung 8"),
        entry("D7", "Rumah Makan Sederhana", "perusahaan", "Padang", "Sumatera Barat", "0751", "551234", "Jl. Sudirman 1"),
        entry("D8", "Dinas Kesehatan Kota Bandung", "pemerintah", "Bandung", "Jawa Barat", "022", "4234567", "Jl. Supratman 73", listed: false),
        entry("D9", "Rumah Sakit Umum Daerah", "rumah-sakit", "Bandung Barat", "Jawa Barat", "022", "6866999", "Jl. Raya Padalarang"),
        entry("D10", "Kantor Pajak Pratama", "pemerintah", "Surabaya", "Jawa Timur", "031", "5311111", "Jl. Jagir 1"),
    ]

    static func entry(
        _ id: String, _ name: String, _ category: String, _ city: String, _ province: String, _ area: String,
        _ number: String, _ address: String, listed: Bool = true
    ) -> DirectoryEntry {
        DirectoryEntry(id: id, name: name, category: category, city: city, province: province, areaCode: area,
                       number: number, address: address, listed: listed)
    }

    /// About `count` made-up entries across cities and categories, for timing.
    static func bulkDirectory(_ count: Int) -> [DirectoryEntry] {
        let cities = ["Bandung", "Jakarta Selatan", "Surabaya", "Medan", "Makassar", "Denpasar", "Jayapura", "Padang"]
        let kinds = [("rumah-sakit", "Rumah Sakit"), ("hotel", "Hotel"), ("bank", "Bank"), ("sekolah", "SMA Negeri"),
                     ("pemerintah", "Dinas"), ("perusahaan", "PT")]
        let words = ["Sejahtera", "Mulia", "Harapan", "Bunda", "Medika", "Nusantara", "Indah", "Jaya", "Permata", "Sentosa"]
        return (0..<count).map { n in
            let city = cities[n % cities.count]
            let kind = kinds[(n / cities.count) % kinds.count]
            let name = "\(kind.1) \(words[n % words.count]) \(words[(n / 7) % words.count]) \(n)"
            return entry("B\(n)", name, kind.0, city, "Provinsi \(city)", "0\(21 + n % 70)", "\(5_000_000 + n)",
                         "Jl. \(words[(n / 3) % words.count]) No. \(n % 200)")
        }
    }

    /// `count` made-up articles of a few paragraphs each, for timing.
    static func bulkArticles(_ count: Int) -> [Article] {
        (0..<count).map { n in
            Article(id: "A\(n)", title: "Artikel \(n) tentang layanan \(["internet", "telepon", "tv", "tagihan"][n % 4])",
                    category: ["produk", "gangguan", "tagihan", "registrasi"][n % 4], tags: ["t\(n)"],
                    body: String(repeating: "Pelanggan menanyakan cara memeriksa layanan dan langkah berikutnya. ", count: 30))
        }
    }
}
