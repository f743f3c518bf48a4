import Diagnostics
import Site

/// Many answers share the FAQ page, and each was rendered as its own document: two answers
/// with a `## Details` heading or a footnote `[^1]` would give the page two `id="details"` or
/// `id="fn-1"`. Every id an answer defines, and its in-page links to them, get the entry's slug
/// as a prefix (`pay-details`, `pay-fn-1`); links to other entries stay as they are.
///
/// Two passes over the answer's bytes, whatever the number of ids: one collects the ids, one
/// copies the HTML with the prefixes put in (a replacement per id would rewrite the whole answer
/// once per heading and footnote: quadratic in the answer's size).
struct IDScoping {
    let prefix: String
    /// The answer's ids, as `AnchorCheck.comparableID` makes them.
    let ids: Set<String>

    private static let idNeedle = Array(" id=\"".utf8)
    private static let hrefNeedle = Array(" href=\"#".utf8)

    init(prefix: String, html: String) {
        self.prefix = prefix
        ids = Set(AnchorCheck.attributeValues(named: "id", in: html).map { AnchorCheck.comparableID(String($0)) })
    }

    /// `html` with the prefix put into every ` id="…"` and every ` href="#…"` that names one of `ids`.
    func apply(to html: String) -> String {
        guard !ids.isEmpty else { return html }
        let insert = Array("\(prefix)-".utf8)
        var html = html
        var scanned = 0
        let result = html.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 64)
            var copied = 0
            var index = 0
            while index < bytes.count {
                scanned += 1
                guard bytes[index] == UInt8(ascii: " ") else { index += 1; continue }
                let valueStart: Int
                let isLink: Bool
                if Self.matches(Self.idNeedle, in: bytes, at: index) {
                    (valueStart, isLink) = (index + Self.idNeedle.count, false)
                } else if Self.matches(Self.hrefNeedle, in: bytes, at: index) {
                    (valueStart, isLink) = (index + Self.hrefNeedle.count, true)
                } else {
                    index += 1
                    continue
                }
                var end = valueStart
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                scanned += end - valueStart
                let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<end]), as: UTF8.self)
                if names(value, isLink: isLink) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<valueStart]))
                    out.append(contentsOf: insert)
                    copied = valueStart
                }
                index = end
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
        WorkMeter.add(scanned)
        return result
    }

    /// A Markdown link of the answer as the page has it once `apply(to:)` ran.
    func apply(to link: AnchorLink) -> AnchorLink {
        guard link.href.hasPrefix("#"), names(String(link.href.dropFirst()), isLink: true) else { return link }
        var link = link
        link.href = "#\(prefix)-" + link.href.dropFirst()
        return link
    }

    /// Whether an id value, or a link's fragment (as written or percent-decoded), is one of `ids`.
    private func names(_ value: String, isLink: Bool) -> Bool {
        let literal = AnchorCheck.comparableID(value)
        return ids.contains(literal) || (isLink && ids.contains(URLText.comparable(AnchorCheck.unescapingHTML(value[...]))))
    }

    private static func matches(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard bytes.count - index >= needle.count else { return false }
        for k in 0..<needle.count where bytes[index + k] != needle[k] { return false }
        return true
    }
}
