import Foundation
import Testing

@testable import PanduMetrics

/// The POSIX HTTP server: routes, bad requests, HEAD, and a clean stop when its flag is raised.
@Suite struct HTTPServerTests {
    /// Sends raw bytes to 127.0.0.1:`port` and returns everything the server answers.
    static func exchange(_ request: String, port: Int) throws -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        try #require(connected == 0)
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            guard n > 0 else { break }
            answer += buffer[0..<n]
        }
        return String(decoding: answer, as: UTF8.self)
    }

    @Test func answersRoutesRejectsBadRequestsAndStops() throws {
        let server = try HTTPServer(host: "127.0.0.1", port: 0, readTimeoutSeconds: 1)
        let port = server.port
        #expect(port > 0)
        let stop = StopFlag()
        let finished = StopFlag()
        let thread = Thread {
            server.run(until: stop) { request in
                request.path == "/metrics"
                    ? HTTPServer.Response(
                        status: 200, contentType: MetricsExposition.contentType, body: "pandu_up 1\n")
                    : HTTPServer.Response(status: 404, body: "not found\n")
            }
            finished.raise()
        }
        thread.start()
        let ok = try Self.exchange("GET /metrics?x=1 HTTP/1.1\r\nHost: x\r\n\r\n", port: port)
        #expect(ok.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(ok.contains("Content-Type: text/plain; version=0.0.4; charset=utf-8\r\n"))
        #expect(ok.contains("Content-Length: 11\r\n"))
        #expect(ok.hasSuffix("\r\n\r\npandu_up 1\n"))
        let head = try Self.exchange("HEAD /metrics HTTP/1.1\r\n\r\n", port: port)
        #expect(
            head.contains("Content-Length: 11\r\n") && head.hasSuffix("\r\n\r\n"), "HEAD: headers only")
        #expect(try Self.exchange("GET /x HTTP/1.1\r\n\r\n", port: port).hasPrefix("HTTP/1.1 404 "))
        #expect(
            try Self.exchange("POST /metrics HTTP/1.1\r\n\r\n", port: port).hasPrefix("HTTP/1.1 405 "))
        #expect(try Self.exchange("garbage\r\n\r\n", port: port).hasPrefix("HTTP/1.1 400 "))
        #expect(
            try Self.exchange("GET /metrics HTTP/1.1\r\n", port: port).hasPrefix("HTTP/1.1 400 "),
            "an unfinished request times out")
        #expect(
            try Self.exchange("GET /metrics HTTP/1.1\r\n\r\n", port: port).hasPrefix("HTTP/1.1 200 "),
            "and the server still serves")
        stop.raise()
        let deadline = Date().addingTimeInterval(5)
        while !finished.isRaised && Date() < deadline { usleep(20_000) }
        #expect(finished.isRaised, "run returns once the flag is raised")
    }

    @Test func refusesAHostThatIsNoIPv4Address() {
        #expect(throws: MetricsError.badHost("example")) { try HTTPServer(host: "example", port: 0) }
    }
}
