#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether an address can be listened on, asked before the first build: a taken port is then
/// reported at once, not after building the whole site, and in words rather than as the
/// socket layer's `bind(…) (errno: 98)`.
enum PortProbe {
    /// Binds a socket to `host`:`port` and closes it again, as the server binds (SO_REUSEADDR
    /// set, so a port left in TIME_WAIT by the last run is free, as it is for the server).
    ///
    /// - Returns: false only when the port is in use (EADDRINUSE); any other failure (a host
    ///   that does not resolve, a privileged port) is left to the server, which reports it.
    static func isFree(host: String, port: Int) -> Bool {
        guard port != 0 else { return true }
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let first = found else { return true }
        defer { freeaddrinfo(first) }
        let socketDescriptor = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard socketDescriptor >= 0 else { return true }
        defer { close(socketDescriptor) }
        var yes: Int32 = 1
        setsockopt(socketDescriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        return bind(socketDescriptor, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 || errno != EADDRINUSE
    }
}
