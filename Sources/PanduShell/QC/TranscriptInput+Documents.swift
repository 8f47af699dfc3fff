extension TranscriptInput {
    /// The transcripts of one input in order, each decoded only when iteration reaches it: a large
    /// JSON Lines file is scored line by line instead of being held decoded in memory all at once.
    struct Documents: Sequence {
        fileprivate enum Source {
            case decoded([Result<Item, Problem>])
            case lines(bytes: [UInt8], ranges: [(range: Range<Int>, number: Int)])
        }

        private let source: Source

        /// Documents already decoded (one document, an array, pretty documents one after another).
        init(_ decoded: [Result<Item, Problem>]) { source = .decoded(decoded) }

        /// One document per non-blank line of `bytes`, with its line number.
        init(lines: [(range: Range<Int>, number: Int)], of bytes: [UInt8]) {
            source = .lines(bytes: bytes, ranges: lines)
        }

        /// How many documents (valid or not) the input holds.
        var count: Int {
            switch source {
            case .decoded(let items): items.count
            case .lines(_, let ranges): ranges.count
            }
        }

        func makeIterator() -> Iterator { Iterator(source: source) }

        /// Walks the documents in order (a concrete iterator: an `AnyIterator` boxed a closure per input
        /// and called it through the box for every document).
        struct Iterator: IteratorProtocol {
            fileprivate let source: Source
            private var k = 0

            fileprivate init(source: Source) { self.source = source }

            mutating func next() -> Result<Item, Problem>? {
                switch source {
                case .decoded(let items):
                    guard k < items.count else { return nil }
                    defer { k += 1 }
                    return items[k]
                case .lines(let bytes, let ranges):
                    guard k < ranges.count else { return nil }
                    defer { k += 1 }
                    return TranscriptInput.decode(bytes[ranges[k].range], line: ranges[k].number)
                }
            }
        }
    }
}
