/// A record's parameters kept as one text, `|` between them, as the file form writes them: a call line has three
/// or four short parameters, and a `[String]` of them cost an array and a string each per line, made on the
/// import's parse threads and freed again (about a tenth of an import). A list whose parameter holds a `|`
/// itself (possible in a database export's `data1..data5`) is kept as the list, so the form is canonical: equal
/// lists give equal values.
public struct QueueLogParams: Hashable, Sendable {
    private enum Storage: Hashable, Sendable {
        /// The parameters joined with `|`; `count` tells `[]` from `[""]`.
        case joined(String, count: Int)
        case list([String])
    }

    private var storage: Storage

    /// The parameters of `list`.
    public init(_ list: [String]) {
        if list.contains(where: { $0.utf8.contains(ByteScan.pipe) }) {
            storage = .list(list)
        } else {
            storage = .joined(list.joined(separator: "|"), count: list.count)
        }
    }

    /// `count` parameters that `joined` holds with `|` between them, none of them holding a `|`.
    init(joined: String, count: Int) {
        storage = .joined(joined, count: count)
    }

    /// How many parameters there are.
    public var count: Int {
        switch storage {
        case .joined(_, let count): count
        case .list(let list): list.count
        }
    }

    /// The parameters as a list.
    public var list: [String] {
        switch storage {
        case .joined(let text, let count):
            count == 0 ? [] : text.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        case .list(let list): list
        }
    }

    /// The parameter at `index`, or nil when absent or empty.
    public func nonEmpty(_ index: Int) -> String? {
        guard index >= 0, index < count else { return nil }
        switch storage {
        case .list(let list):
            return list[index].isEmpty ? nil : list[index]
        case .joined(let text, _):
            let found = text.utf8.withContiguousStorageIfAvailable { buf in
                let range = Self.segment(index, in: buf)
                return range.isEmpty ? nil : ByteScan.string(buf, range)
            }
            if let found { return found }
            let p = list[index]
            return p.isEmpty ? nil : p
        }
    }

    /// The parameter at `index` as a whole number (spaces around allowed), or nil when absent or not one; read
    /// in place, without making its string.
    public func integer(_ index: Int) -> Int? {
        guard index >= 0, index < count else { return nil }
        switch storage {
        case .list(let list):
            return ByteScan.integer(list[index])
        case .joined(let text, _):
            let found = text.utf8.withContiguousStorageIfAvailable { buf in
                ByteScan.integer(buf, Self.segment(index, in: buf))
            }
            return found ?? ByteScan.integer(list[index])
        }
    }

    /// Calls `body` with each parameter's UTF-8 bytes in order.
    public func withEachUTF8(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        switch storage {
        case .list(let list):
            for p in list {
                var p = p
                p.withUTF8(body)
            }
        case .joined(var text, let count):
            guard count > 0 else { return }
            text.withUTF8 { buf in
                var start = 0
                for i in 0..<buf.count where buf[i] == ByteScan.pipe {
                    body(UnsafeBufferPointer(rebasing: buf[start..<i]))
                    start = i + 1
                }
                body(UnsafeBufferPointer(rebasing: buf[start..<buf.count]))
            }
        }
    }

    /// The bytes of parameter `index` in the joined text `buf`.
    /// A plain loop: parameters are a few bytes each, shorter than a `memchr` call costs.
    private static func segment(_ index: Int, in buf: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var start = 0
        var k = 0
        for i in 0..<buf.count where buf[i] == ByteScan.pipe {
            if k == index { return start..<i }
            k += 1
            start = i + 1
        }
        return k == index ? start..<buf.count : buf.count..<buf.count
    }
}
