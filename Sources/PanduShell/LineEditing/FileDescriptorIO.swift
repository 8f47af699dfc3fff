import Foundation

/// Blocking reads and writes on raw file descriptors, retrying when a signal interrupts them.
enum FileDescriptorIO {
    /// Reads up to `buffer.count` bytes; returns the count, 0 at the end, or nil on an error.
    static func readSome(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int? {
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count >= 0 { return count }
            if errno != EINTR { return nil }
        }
    }

    /// Reads one byte; nil at the end or on an error.
    static func readByte(_ descriptor: Int32) -> UInt8? {
        var byte: UInt8 = 0
        let count = withUnsafeMutableBytes(of: &byte) { readSome(descriptor, into: $0) }
        return count == 1 ? byte : nil
    }

    /// Writes all of `text`; a failed write (e.g. a closed terminal) is dropped, as echo would be.
    static func write(_ descriptor: Int32, _ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count > 0 {
                    offset += count
                } else if count < 0 && errno != EINTR {
                    return
                }
            }
        }
    }
}
