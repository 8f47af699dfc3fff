import Foundation

/// Feeds a child's standard input and collects its output and error in one poll loop, so a child
/// that fills one pipe while the test writes another can never deadlock.
struct PipePump {
    private var input: [UInt8]
    private var written = 0
    private var inputPipe: Int32?
    private var outputPipe: Int32?
    private var errorPipe: Int32?
    /// What arrived on standard output.
    private(set) var output: [UInt8] = []
    /// What arrived on standard error.
    private(set) var error: [UInt8] = []

    /// Takes ownership of the parent's ends of the three pipes; they are closed as they finish.
    init(input: [UInt8], inputPipe: Int32, outputPipe: Int32, errorPipe: Int32) {
        self.input = input
        self.inputPipe = inputPipe
        self.outputPipe = outputPipe
        self.errorPipe = errorPipe
        _ = fcntl(inputPipe, F_SETFL, O_NONBLOCK)
        if input.isEmpty { closeInput() }
    }

    /// Runs until output and error are both closed (true) or `deadline` passes (false).
    mutating func run(until deadline: ContinuousClock.Instant) -> Bool {
        while outputPipe != nil || errorPipe != nil {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { return false }
            step(waitingAtMost: remaining)
        }
        return true
    }

    /// Closes whatever is still open (after a timeout).
    mutating func closeAll() {
        closeInput()
        for descriptor in [outputPipe, errorPipe].compactMap({ $0 }) { close(descriptor) }
        outputPipe = nil
        errorPipe = nil
    }

    private mutating func step(waitingAtMost remaining: Duration) {
        var polled = [
            inputPipe.map { pollfd(fd: $0, events: Int16(POLLOUT), revents: 0) },
            outputPipe.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) },
            errorPipe.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) },
        ].compactMap { $0 }
        let milliseconds = Int32(clamping: remaining.components.seconds * 1000 + 1)
        guard poll(&polled, nfds_t(polled.count), milliseconds) > 0 else { return }
        for entry in polled where entry.revents != 0 {
            if entry.fd == inputPipe { writeSome() }
            if entry.fd == outputPipe { outputPipe = Self.readSome(entry.fd, into: &output) }
            if entry.fd == errorPipe { errorPipe = Self.readSome(entry.fd, into: &error) }
        }
    }

    /// Writes what the pipe takes now; a child that stopped reading (EPIPE) just gets no more.
    private mutating func writeSome() {
        guard let descriptor = inputPipe else { return }
        let count = input.withUnsafeBytes { bytes in
            Foundation.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
        }
        if count > 0 { written += count }
        if written == input.count || (count < 0 && errno != EAGAIN && errno != EINTR) { closeInput() }
    }

    private mutating func closeInput() {
        if let descriptor = inputPipe { close(descriptor) }
        inputPipe = nil
    }

    /// Appends what is readable; returns the descriptor, or nil once it reached its end (closed).
    private static func readSome(_ descriptor: Int32, into bytes: inout [UInt8]) -> Int32? {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = read(descriptor, &chunk, chunk.count)
        if count > 0 {
            bytes.append(contentsOf: chunk[..<count])
            return descriptor
        }
        if count < 0 && (errno == EINTR || errno == EAGAIN) { return descriptor }
        close(descriptor)
        return nil
    }
}
