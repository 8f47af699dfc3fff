import Foundation

/// Places the tests read from and write to.
enum TestFolders {
    /// The repository's own `knowledge/`, found from this file's path.
    static var bundledKnowledge: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("knowledge", isDirectory: true)
    }

    /// A new empty temporary folder.
    static func temporary() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "pandu-knowledge-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` (which may contain folders) under `folder`.
    static func write(_ text: String, to name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// A minimal valid knowledge folder: one small flow, one AUX reason, two dispositions, one article,
    /// a two-row directory. Tests overwrite one file to break it.
    static func minimalKnowledge() throws -> URL {
        let folder = try temporary()
        try write(minimalFlow, to: "flows/mini.yaml", in: folder)
        try write(
            "- {code: istirahat, label: \"Istirahat\", allowance_minutes: 60, productive: false}\n",
            to: "aux-reasons.yaml", in: folder)
        try write(
            "- {id: resolved, label: \"Selesai\"}\n- {id: number-given, label: \"Nomor diberikan\", flows: [mini]}\n",
            to: "dispositions.yaml", in: folder)
        try write(
            "- id: contoh\n  title: \"Contoh\"\n  category: produk\n  tags: [a]\n  body: \"Isi artikel.\"\n",
            to: "kb/produk.yaml", in: folder)
        try write(
            "id,name,category,city,province,area_code,number,address,listed\nD1,PT Contoh,perusahaan,Bandung,Jawa Barat,022,4201234,\"Jl. Merdeka No. 1, Sumur Bandung\",true\n",
            to: "directory/108-directory.csv", in: folder)
        return folder
    }

    static let minimalFlow = """
        id: mini
        name: "Mini"
        service: "147"
        channel: voice
        sop: "IN.OCC.TELK.P-01 §8.2"
        start: greeting
        dispositions: [resolved]
        steps:
          - id: greeting
            title: "Salam"
            sop_code: IN.OCC.TELK.P-01_R1
            scope: opening
            script: "Selamat {greeting_time}, dengan {agent_name}."
            captures:
              - {field: ticket_id, label: "Tiket", kind: ticket}
            next: closing
          - id: closing
            title: "Penutup"
            sop_code: IN.OCC.TELK.P-01_R2
            script: "Nomor tiket {ticket_id}."
            closing: true

        """
}
