import Foundation

/// How link text meets what it points at. A link reaches the same target however it is spelled:
/// cmark-gfm percent-encodes non-ASCII bytes in `href`s, authors write fragments either way
/// (`#vergütung`, `#verg%C3%BCtung`), and file names on disk may be decomposed (NFD, as macOS
/// writes them) while links are typed composed (NFC). Every comparison of a link with a target
/// (fragments with ids, `.md` paths with content files, site paths with pages and static files)
/// goes through `comparable(_:percentEncoded:)` on both sides, and nothing else.
///
/// Swift's `String ==` already treats canonically equivalent spellings as equal, which hides the
/// difference in a lookup but not on a byte-exact web server: what is written into a page must
/// be the target's own bytes, so writers look the target up and write its stored spelling.
public enum URLText {
    /// The form links and targets are compared in: percent-decoded (when `percentEncoded` and
    /// the escapes decode to UTF-8; otherwise left as written), then Unicode NFC.
    /// Pass `percentEncoded: false` for names that are literal (file names, ids).
    public static func comparable(_ text: some StringProtocol, percentEncoded: Bool = true) -> String {
        let text = String(text)
        var needsWork = false
        for byte in text.utf8 where byte >= 0x80 || (percentEncoded && byte == UInt8(ascii: "%")) {
            needsWork = true
            break
        }
        guard needsWork else { return text }  // plain ASCII: the common case, and already final
        return (percentEncoded ? decoded(text) : text).precomposedStringWithCanonicalMapping
    }

    /// A fragment as it should be written: unchanged when its decoded text is already NFC (as
    /// heading ids are), else the NFC spelling, percent-encoded, so a browser finds the id.
    public static func writtenFragment(_ fragment: Substring) -> String {
        let decoded = fragment.utf8.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "%") })
            ? String(fragment).removingPercentEncoding : nil
        guard let decoded else { return String(fragment) }
        let composed = decoded.precomposedStringWithCanonicalMapping
        return sameBytes(composed, decoded) ? String(fragment) : encoded(composed)
    }

    /// `text` percent-decoded when its escapes decode to UTF-8, else as written; not normalised.
    public static func decoded(_ text: some StringProtocol) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        return String(text).removingPercentEncoding ?? String(text)
    }

    /// Whether two texts are the same bytes (Swift's `==` compares canonical equivalence).
    public static func sameBytes(_ a: some StringProtocol, _ b: some StringProtocol) -> Bool {
        a.utf8.elementsEqual(b.utf8)
    }

    /// `text` with every byte that cannot stand as itself in a URL path or fragment
    /// percent-encoded — `%`, spaces, `?`, `#`, quotes, non-ASCII … — and nothing else changed,
    /// so the URL names exactly these bytes (a file name stays NFD if it is NFD on disk).
    public static func encoded(_ text: some StringProtocol) -> String {
        guard text.utf8.contains(where: { !isLiteral($0) }) else { return String(text) }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if isLiteral(byte) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// RFC 3986 unreserved and sub-delimiter characters, `:`, `@` and `/`.
    private static func isLiteral(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-._~!$&'()*+,;=:@/".utf8.contains(byte)
        }
    }

    /// A link destination split as a browser splits it: the path, then `?query`, then
    /// `#fragment` (a `?` after the `#` belongs to the fragment). All three are as written.
    public struct Parts: Sendable, Hashable {
        public var path: Substring
        /// Without its `?`; nil when there is none.
        public var query: Substring?
        /// Without its `#`; nil when there is none.
        public var fragment: Substring?

        public init(_ destination: String) {
            let hash = destination.firstIndex(of: "#")
            let beforeHash = destination[..<(hash ?? destination.endIndex)]
            let question = beforeHash.firstIndex(of: "?")
            path = beforeHash[..<(question ?? beforeHash.endIndex)]
            query = question.map { beforeHash[beforeHash.index(after: $0)...] }
            fragment = hash.map { destination[destination.index(after: $0)...] }
        }

        /// `?query#fragment` as written (empty when there is neither), for appending to a
        /// rewritten path: the query passes through unchanged.
        public var suffix: String {
            (query.map { "?" + $0 } ?? "") + (fragment.map { "#" + $0 } ?? "")
        }
    }
}
