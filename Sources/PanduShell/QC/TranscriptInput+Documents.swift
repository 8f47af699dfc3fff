extension TranscriptInput {
    /// The transcripts of one input in order, each decoded only when iteration reaches it: a large
    /// JSON Lines file is scored line by line instead of being held decoded in memory all at once.
    struct Documents: Sequence {
        private enum Source {
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

        func makeIterator() -> AnyIterator<Result<Item, Problem>> {
            var k = 0
            switch source {
            case .decoded(let items):
                return AnyIterator {
                    defer { k += 1 }
                    return k < items.count ? items[k] : nil
                }
            case .lines(let bytes, let ranges):
                return AnyIterator {
                    guard k < ranges.count else { return nil }
                    defer { k += 1 }
                    return TranscriptInput.decode(bytes[ranges[k].range], line: ranges[k].number)
                }
            }
        }
    }
}
