import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A small HTTP/1.1 server over POSIX sockets for `/metrics` and `/healthz`: one request per connection
/// (`Connection: close`), GET and HEAD only, requests handled one at a time on the calling thread (a scrape
/// is a few milliseconds), a slow or silent client cut off after `readTimeoutSeconds`.
public final class HTTPServer: Sendable {
    /// A request as the handler sees it.
    public struct Request: Sendable {
        public var method: String
        /// The path without the query string.
        public var path: String
    }

    /// A response: status, content type and body.
    public struct Response: Sendable {
        public var status: Int
        public var contentType: String
        public var body: String

        /// Creates the value from its parts.
        public init(status: Int, contentType: String = "text/plain; charset=utf-8", body: String) {
            self.status = status
            self.contentType = contentType
            self.body = body
        }
    }

    private let socket: Int32
    /// The port bound (the one the system chose when asked for port 0).
    public let port: Int
    /// How long a client may take to send its request before it is answered 400 and dropped.
    public let readTimeoutSeconds: Int
    static let maxRequestBytes = 16_384

    /// Binds and listens on `host:port` (an IPv4 address or `localhost`).
    public init(host: String, port: Int, readTimeoutSeconds: Int = 2) throws {
        self.readTimeoutSeconds = readTimeoutSeconds
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw MetricsError.socket("socket", errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        let name = host == "localhost" ? "127.0.0.1" : host
        guard inet_pton(AF_INET, name, &address.sin_addr) == 1 else {
            close(fd)
            throw MetricsError.badHost(host)
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let code = errno
            close(fd)
            throw MetricsError.bind(host: host, port: port, errno: code)
        }
        socket = fd
        self.port = Self.localPort(fd) ?? port
    }

    deinit { close(socket) }

    /// Serves until `stop` is raised (checked at least every 200 ms).
    public func run(until stop: StopFlag, handler: (Request) -> Response) {
        while !stop.isRaised {
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 200) > 0 else { continue }
            let client = accept(socket, nil, nil)
            guard client >= 0 else { continue }
            serve(client, handler)
            close(client)
        }
    }

    /// Reads one request from a connection and writes the handler's response.
    func serve(_ client: Int32, _ handler: (Request) -> Response) {
        var timeout = timeval(tv_sec: readTimeoutSeconds, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let head = readHead(client) else {
            write(client, Response(status: 400, body: "bad request\n"), head: false)
            return
        }
        let parts = head.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 3, parts[2].hasPrefix("HTTP/1.") else {
            write(client, Response(status: 400, body: "bad request\n"), head: false)
            return
        }
        let method = String(parts[0])
        guard method == "GET" || method == "HEAD" else {
            write(client, Response(status: 405, body: "only GET and HEAD\n"), head: false)
            return
        }
        let path = String(parts[1].split(separator: "?", maxSplits: 1).first ?? "")
        write(client, handler(Request(method: method, path: path)), head: method == "HEAD")
    }

    /// The request line, once the whole header block has arrived; nil on timeout, EOF or oversize.
    func readHead(_ client: Int32) -> String? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < Self.maxRequestBytes {
            let n = read(client, &buffer, buffer.count)
            guard n > 0 else { return nil }
            bytes += buffer[0..<n]
            if let end = Self.headerEnd(bytes) {
                let text = String(decoding: bytes[0..<end], as: UTF8.self)
                return text.split(separator: "\r\n", maxSplits: 1).first.map(String.init)
                    ?? text.split(separator: "\n", maxSplits: 1).first.map(String.init)
            }
        }
        return nil
    }

    /// Index of the blank line ending the header block (CRLF CRLF, or LF LF from lenient clients).
    static func headerEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 2 else { return nil }
        for i in 1..<bytes.count where bytes[i] == 10 {
            if bytes[i - 1] == 10 { return i }
            if i >= 3, bytes[i - 1] == 13, bytes[i - 2] == 10, bytes[i - 3] == 13 { return i }
        }
        return nil
    }

    /// Writes status line, headers and (unless HEAD) the body, retrying short writes.
    func write(_ client: Int32, _ response: Response, head: Bool) {
        let body = Array(response.body.utf8)
        var text = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        text += "Content-Type: \(response.contentType)\r\nContent-Length: \(body.count)\r\n"
        text += "Connection: close\r\n\r\n"
        var bytes = Array(text.utf8)
        if !head { bytes += body }
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes {
                send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard n > 0 else { return }
            sent += n
        }
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        default: "Internal Server Error"
        }
    }

    static func localPort(_ fd: Int32) -> Int? {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return ok == 0 ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }
}
