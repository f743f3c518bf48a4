import Content
import Diagnostics
import Site

/// A link with a `#fragment` that a page's Markdown made, and where the author wrote it.
public struct AnchorLink: Sendable, Hashable {
    /// The destination as written into the page (`../about/#vergütung`), before HTML escaping.
    public var href: String
    public var location: SourceLocation
    /// The destination as written in the Markdown (`about.md#vergütung`), which messages quote.
    public var written: String

    public init(href: String, location: SourceLocation, written: String? = nil) {
        self.href = href
        self.location = location
        self.written = written ?? href
    }
}

/// Checks the `#fragment` of every internal link in the finished pages: the page it points to
/// must have an element with that id. Working on the output catches what the Markdown stage
/// cannot know (ids made by templates, like `level-l3`) and mistakes in templates too.
///
/// Fragments and ids are compared as `URLText.comparable` makes them, the fragment both as
/// written and percent-decoded (as a browser tries it). A link from Markdown is reported at the
/// link (the page carries those links with their positions); any other (a template's) once per
/// page, at the page's source file.
enum AnchorCheck {
    /// Looks at HTML files only: sitemaps, feeds and JSON have no anchors. Links into a closed
    /// posting's page are not checked: it dropped its description (and the headings in it) when
    /// its date passed, and a date must not fail the build.
    static func check(_ files: [RenderedFile]) -> [Diagnostic] {
        let pages = files.filter { $0.mediaType == .html }
        // Both passes look at one page at a time, so they spread over the cores.
        let pageIDs = pages.parallelMap { attributeValues(named: "id", in: $0.text).map(String.init) }
        let ids = Dictionary(zip(pages, pageIDs).filter { $0.0.kind != .closedRole }
                                .map { ($0.0.path.document, Set($0.1.map(comparableID))) },
                             uniquingKeysWith: { $0.union($1) })
        return zip(pages, pageIDs).flatMap { duplicateIDs($1, on: $0) }
            + pages.parallelMap { missingAnchors(on: $0, ids: ids) }.flatMap { $0 }
    }

    /// An id as links are compared with it: entities decoded, NFC (an id is not percent-encoded).
    static func comparableID(_ id: String) -> String {
        URLText.comparable(unescapingHTML(id[...]), percentEncoded: false)
    }

    /// Two elements with one id make a link to it ambiguous and the HTML invalid — typically a
    /// body heading named like an element of the template (`## Main`).
    static func duplicateIDs(_ ids: [String], on page: RenderedFile) -> [Diagnostic] {
        var seen: Set<String> = [], reported: Set<String> = []
        return ids.compactMap { id in
            guard !seen.insert(id).inserted, reported.insert(id).inserted else { return nil }
            return .warning("the id '\(id)' appears more than once on \(page.path.document); links to #\(id) are ambiguous (rename the heading?)",
                            at: page.sources.first.map { SourceLocation(file: $0) }, rule: "html.duplicate-id")
        }
    }

    /// `ids`: each page's ids in `comparableID` form, by the page's document path.
    static func missingAnchors(on page: RenderedFile, ids: [String: Set<String>]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var checked: Set<String> = []  // Anchor.key
        WorkMeter.add(page.anchorLinks.count)  // a link's position is known: nothing is searched for it
        for link in page.anchorLinks {
            guard let anchor = Anchor(href: link.href[...], on: page.path) else { continue }
            checked.insert(anchor.key)
            if anchor.isMissing(from: ids) { diagnostics.append(missing(link.written, anchor, at: link.location)) }
        }
        for href in attributeValues(named: "href", in: page.text) {
            guard let anchor = Anchor(href: unescapingHTML(href)[...], on: page.path),
                  checked.insert(anchor.key).inserted, anchor.isMissing(from: ids) else { continue }
            diagnostics.append(missing(String(href), anchor, at: page.sources.first.map { SourceLocation(file: $0) }))
        }
        return diagnostics
    }

    private static func missing(_ href: String, _ anchor: Anchor, at location: SourceLocation?) -> Diagnostic {
        .error("the link '\(href)' points at #\(anchor.fragment), which \(anchor.document) does not have",
               at: location, rule: "link.missing-anchor")
    }

    /// Where an internal link with a fragment leads, in the form ids are compared in.
    struct Anchor {
        /// The target page's path without fragment, `URLText.comparable`.
        var document: String
        /// Percent-decoded and NFC.
        var fragment: String
        /// NFC but not decoded: a browser first looks for the fragment as written.
        var literal: String

        /// Nil for links without a fragment, with a scheme (`https:`, `mailto:`) or to another host.
        init?(href: Substring, on page: SitePath) {
            guard let hash = href.firstIndex(of: "#"), !href.hasPrefix("//") else { return nil }
            let before = href[..<hash]
            let raw = href[href.index(after: hash)...]
            guard !raw.isEmpty, !before.contains(":") else { return nil }
            document = page.resolving(String(before))
            fragment = URLText.comparable(raw)
            literal = URLText.comparable(raw, percentEncoded: false)
        }

        var key: String { document + "#" + fragment }

        /// Whether the target is a page of the site and has no such id.
        func isMissing(from ids: [String: Set<String>]) -> Bool {
            guard let known = ids[document] else { return false }
            return !known.contains(literal) && !known.contains(fragment)
        }
    }

    /// The few entities cmark and Mustache write into attribute values, decoded.
    static func unescapingHTML(_ value: Substring) -> String {
        guard value.contains("&") else { return String(value) }
        var text = String(value)
        for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&lt;", "<"), ("&gt;", ">"),
                                    ("&amp;", "&")] where text.contains(entity) {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// The values of `name="…"` attributes, as written. One pass over the UTF-8 bytes: list
    /// pages of large sites are megabytes long.
    static func attributeValues(named name: String, in html: String) -> [Substring] {
        let needle = Array(" \(name)=\"".utf8)
        let bytes = html.utf8
        var values: [Substring] = []
        var index = bytes.startIndex
        defer { WorkMeter.add(bytes.distance(from: bytes.startIndex, to: index)) }  // one pass: index only grows
        outer: while index < bytes.endIndex {
            guard let space = bytes[index...].firstIndex(of: needle[0]) else { index = bytes.endIndex; break }
            var cursor = space
            for expected in needle {
                guard cursor < bytes.endIndex, bytes[cursor] == expected else {
                    index = bytes.index(after: space)
                    continue outer
                }
                cursor = bytes.index(after: cursor)
            }
            guard let end = bytes[cursor...].firstIndex(of: UInt8(ascii: "\"")) else { index = bytes.endIndex; break }
            values.append(html[cursor..<end])
            index = bytes.index(after: end)
        }
        return values
    }
}
