import Foundation
import PanduCore

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a file-form queue_log from a byte offset in large chunks, handing out complete lines only (a line
/// still being written waits for its newline), and notices rotation: a new file at the path (another
/// inode) or the same file truncated (copytruncate).
final class QueueLogTail {
    let path: String
    private(set) var device: UInt64 = 0
    private(set) var inode: UInt64 = 0
    /// Bytes of the current file consumed (complete lines only).
    private(set) var offset: Int64 = 0
    /// Lines of the current file consumed.
    private(set) var lines = 0
    private var fd: Int32 = -1
    private var pending: [UInt8] = []
    private let chunk: Int

    /// Opens `path`; starts at `resume` when it names this very file (same device and inode) and the file is
    /// not shorter than its offset.
    init(path: String, resume: ImportPosition?, chunkBytes: Int = 8 << 20) throws {
        self.path = path
        chunk = chunkBytes
        try open()
        if let resume, resume.device == device, resume.inode == inode, Int64(size(of: fd)) >= resume.offset {
            offset = resume.offset
            lines = resume.lines
            lseek(fd, off_t(offset), SEEK_SET)
        }
    }

    deinit { if fd >= 0 { close(fd) } }

    /// The position after what has been handed out.
    var position: ImportPosition {
        ImportPosition(path: path, device: device, inode: inode, offset: offset, lines: lines)
    }

    /// The next complete lines (up to about one chunk) and the number of the first; nil when nothing new.
    /// At the end of a file that will not grow (`final`), a last line without newline counts as complete.
    func next(final: Bool) throws -> (bytes: [UInt8], firstLine: Int)? {
        var n = 0
        var complete = 0
        // A line longer than the chunk: read on until it ends or the file does (else the import would stop there).
        repeat {
            n = try fill(chunk)
            complete = pending.withUnsafeBufferPointer { QueueLogParser.completeLinesLength($0) }
        } while complete == 0 && n > 0
        if final && n == 0 { complete = pending.count }
        guard complete > 0 else { return nil }
        // The complete lines leave in the buffer they were read into; only the partial line after them is copied.
        var out: [UInt8] = []
        swap(&out, &pending)
        pending = Array(out[complete...])
        out.removeLast(out.count - complete)
        let first = lines + 1
        offset += Int64(complete)
        lines += Self.lineBreaks(out) + (out.last == 10 ? 0 : 1)
        return (out, first)
    }

    /// Reads up to `count` more bytes after the pending ones, straight into their spare room (no zeroed buffer
    /// per chunk); returns how many were read.
    private func fill(_ count: Int) throws -> Int {
        let had = pending.count
        var n = 0
        var grown = [UInt8](unsafeUninitializedCapacity: had + count) { buf, initialized in
            pending.withUnsafeBufferPointer { old in
                if let from = old.baseAddress { buf.baseAddress!.update(from: from, count: had) }
            }
            n = read(fd, buf.baseAddress! + had, count)
            initialized = had + max(n, 0)
        }
        guard n >= 0 else { throw ShellError.failure("cannot read \(path): \(String(cString: strerror(errno)))") }
        swap(&pending, &grown)
        return n
    }

    /// The line breaks in `bytes`, found with `memchr` (a byte-by-byte count cost 9 instructions a byte).
    static func lineBreaks(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBytes { buf in
            guard let base = buf.baseAddress else { return 0 }
            var count = 0
            var at = base
            let end = base + buf.count
            while at < end, let hit = memchr(at, 10, end - at) {
                count += 1
                at = UnsafeRawPointer(hit) + 1
            }
            return count
        }
    }

    /// Whether the path now names another file, or this one was truncated below what was read.
    func rotated() -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        if UInt64(st.st_ino) != inode || UInt64(st.st_dev) != device { return true }
        return Int64(st.st_size) < offset
    }

    /// Switches to the file now at the path (or the truncated file) from its start.
    func reopen() throws {
        close(fd)
        fd = -1
        pending.removeAll()
        offset = 0
        lines = 0
        try open()
    }

    private func open() throws {
        fd = Glibc.open(path, O_RDONLY)
        guard fd >= 0 else {
            throw ShellError.usage("cannot open \(path): \(String(cString: strerror(errno)))")
        }
        var st = stat()
        fstat(fd, &st)
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }

    private func size(of fd: Int32) -> Int {
        var st = stat()
        fstat(fd, &st)
        return Int(st.st_size)
    }
}
