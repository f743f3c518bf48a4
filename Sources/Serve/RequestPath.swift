import Foundation

/// A request path, decoded and checked before it is looked up.
///
/// The site is a dictionary in memory, so a `..` could not leave it; the check is still strict,
/// so that `serve` never answers a path a static host would refuse or resolve differently.
enum RequestPath {
    /// Why a path is refused (sent as 400 Bad Request).
    enum Refusal: Error, Equatable {
        /// Not `/`-rooted, a bad `%` escape, or not UTF-8 once decoded.
        case malformed
        /// A `.` or `..` segment (also written `%2e%2e`), a backslash or a NUL byte.
        case traversal
    }

    /// The percent-decoded path (`/roles/ingénieur/`), or why it is refused.
    ///
    /// - Parameter raw: the path of the request target as received (`/careers/roles/%C3%A9/`),
    ///   without the query.
    static func decode(_ raw: String) throws(Refusal) -> String {
        guard raw.hasPrefix("/"), let path = raw.removingPercentEncoding else { throw .malformed }
        // Checked after decoding, so `%2e%2e`, `%5c` and `%00` are caught like their plain forms.
        guard !path.utf8.contains(0), !path.contains("\\") else { throw .traversal }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0 == "." || $0 == ".." }) else { throw .traversal }
        return path
    }
}
