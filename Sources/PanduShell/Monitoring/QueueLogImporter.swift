import Foundation
import PanduCore
import PanduStore

/// Drives a queue_log import: reads the file in chunks (or the CSV export whole), parses, writes each batch
/// in one transaction, and names every unreadable line on stderr.
struct QueueLogImporter {
    /// What an import did, for the summary line and `--format json`.
    struct Summary: Encodable {
        var file: String
        var lines = 0
        var inserted = 0
        var duplicates = 0
        var badLines = 0
        var calls = 0
        var rotations = 0

        enum CodingKeys: String, CodingKey {
            case file, lines, inserted, duplicates, calls, rotations
            case badLines = "bad_lines"
        }
    }

    let store: any MonitoringStore
    let path: String
    let output: Output
    private(set) var summary: Summary
    /// Shared by the batches of this run.
    let session = QueueLogImportSession()
    /// At most this many bad lines are listed one by one; the rest are counted.
    let listedErrors = 200

    init(store: any MonitoringStore, path: String, output: Output) {
        self.store = store
        self.path = path
        self.output = output
        summary = Summary(file: path)
    }

    /// File form or CSV from the first non-blank line: a file line starts with epoch digits and a `|`.
    static func detect(_ path: String) throws -> AcdImport.Form {
        guard let handle = FileHandle(forReadingAtPath: path) else { return .file }
        defer { try? handle.close() }
        let head = handle.readData(ofLength: 4096)
        let bom = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let text = String(decoding: head.dropFirst(bom).filter { $0 != 0 }, as: UTF8.self)
        let first = text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) } ?? ""
        guard let pipe = first.firstIndex(of: "|") else { return .csv }
        let time = first[first.startIndex..<pipe].trimmingCharacters(in: .whitespaces)
        return !time.isEmpty && time.allSatisfy({ $0.isNumber || $0 == "." }) ? .file : .csv
    }

    /// The whole file once, from its start; the position is saved so a later `--follow` goes on from there.
    /// The next chunks are read and parsed on other threads while this one is written (file order kept): two
    /// ahead, so both cores parse while the writer waits, and the writer's core is shared when it does not.
    mutating func importFile() throws {
        let memory = BulkMemory.begin()
        defer { memory.end() }
        let tail = try QueueLogTail(path: path, resume: nil)
        let queue = DispatchQueue(label: "pandu.acd-import.parse", attributes: .concurrent)
        let session = session
        // A file imported before most likely comes again whole: its lines are stored already, so episodes are
        // not worked out ahead until a batch turns out all new.
        let again = (try store.importPosition(path: path)).map { $0.offset > 0 } ?? false
        func ahead() throws -> QueueLogParseAhead? {
            try tail.next(final: true).map {
                QueueLogParseAhead(
                    $0.bytes, firstLine: $0.firstLine, position: tail.position,
                    withEpisodes: session.lastBatchAllNew ?? !again, on: queue)
            }
        }
        var pending: [QueueLogParseAhead] = []
        func fill() throws {
            while pending.count < 2, let chunk = try ahead() { pending.append(chunk) }
        }
        try fill()
        while !pending.isEmpty {
            let chunk = pending.removeFirst()
            try fill()
            let (parsed, batch) = chunk.parsed()
            try write(parsed, batch, position: chunk.position)
            // The chunk's records are freed on a parse thread (a million records hold five million strings).
            chunk.release(on: queue)
        }
    }

    /// Follows the file until `stop` is raised.
    mutating func follow(pollMilliseconds: Int, stop: StopSignal) throws {
        let tail = try QueueLogTail(path: path, resume: try store.importPosition(path: path))
        while !stop.isRaised {
            if let (bytes, first) = try tail.next(final: false) {
                try write(bytes, firstLine: first, position: tail.position)
                continue
            }
            if tail.rotated() {
                while let (bytes, first) = try tail.next(final: true) {
                    try write(bytes, firstLine: first, position: tail.position)
                }
                try tail.reopen()
                summary.rotations += 1
                continue
            }
            usleep(UInt32(pollMilliseconds) * 1000)
        }
        while let (bytes, first) = try tail.next(final: false) {
            try write(bytes, firstLine: first, position: tail.position)
        }
    }

    /// A database export: parsed whole, written in batches.
    mutating func importCSV(utcOffsetSeconds: Int) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let parsed = QueueLogParser().parseCSV(
            String(decoding: data, as: UTF8.self), utcOffsetSeconds: utcOffsetSeconds)
        summary.lines += parsed.lines
        note(parsed.errors)
        var start = 0
        let batch = 100_000
        while start < parsed.records.count {
            let end = min(start + batch, parsed.records.count)
            add(try store.importQueueLog(Array(parsed.records[start..<end]), position: nil, session: session))
            start = end
        }
    }

    /// Parses one chunk of complete lines and stores it with the position after it.
    private mutating func write(_ bytes: [UInt8], firstLine: Int, position: ImportPosition) throws {
        let parsed = bytes.withUnsafeBufferPointer { QueueLogParser().parse(bytes: $0, firstLineNumber: firstLine) }
        try write(parsed, position: position)
    }

    /// Stores one parsed chunk with the position after it.
    private mutating func write(_ parsed: QueueLogParseResult, position: ImportPosition) throws {
        summary.lines += parsed.lines
        note(parsed.errors)
        add(try store.importQueueLog(parsed.records, position: position, session: session))
    }

    /// Stores one chunk prepared ahead (`parsed` gives its line count and errors) with the position after it.
    private mutating func write(_ parsed: QueueLogParseResult, _ batch: QueueLogBatch, position: ImportPosition)
        throws
    {
        summary.lines += parsed.lines
        note(parsed.errors)
        add(try store.importQueueLog(batch, position: position, session: session))
    }

    private mutating func add(_ r: QueueLogImportResult) {
        summary.inserted += r.inserted
        summary.duplicates += r.duplicates
        // Distinct calls of the run: a call whose lines straddle two batches is rebuilt by both.
        summary.calls = session.callsSeen.count
    }

    private mutating func note(_ errors: [MonitoringError]) {
        for e in errors {
            summary.badLines += 1
            if summary.badLines <= listedErrors {
                output.error("\(path): \(e.errorDescription ?? "\(e)")")
            } else if summary.badLines == listedErrors + 1 {
                output.error("\(path): more bad lines follow; only the first \(listedErrors) are listed.")
            }
        }
    }
}
