import Foundation

/// What can go wrong serving metrics.
public enum MetricsError: Error, LocalizedError, Equatable {
    case socket(String, Int32)
    case badHost(String)
    case bind(host: String, port: Int, errno: Int32)

    public var errorDescription: String? {
        switch self {
        case .socket(let call, let code): "\(call) failed: \(String(cString: strerror(code)))"
        case .badHost(let host): "'\(host)' is not an IPv4 address (use e.g. 127.0.0.1 or 0.0.0.0)"
        case .bind(let host, let port, let code):
            "cannot listen on \(host):\(port): \(String(cString: strerror(code)))"
        }
    }
}
