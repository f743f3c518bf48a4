import Content
import Diagnostics
import Site

/// Checks the `#fragment` of every internal link in the finished pages: the page it points to
/// must have an element with that id. Working on the output catches what the Markdown stage
/// cannot know (ids made by templates, like `level-l3`) and mistakes in templates too.
enum AnchorCheck {
    static func check(_ pages: [RenderedPage], bodies: [String: MarkdownBody]) -> [Diagnostic] {
        // Both passes look at one page at a time, so they spread over the cores.
        let pageIDs = pages.parallelMap { attributeValues(named: "id", in: $0.html).map(String.init) }
        let ids = Dictionary(zip(pages.map(\.path.document), pageIDs.map(Set.init)), uniquingKeysWith: { $0.union($1) })
        return zip(pages, pageIDs).flatMap { duplicateIDs($1, on: $0) }
            + pages.parallelMap { missingAnchors(on: $0, ids: ids, bodies: bodies) }.flatMap { $0 }
    }

    /// Two elements with one id make a link to it ambiguous and the HTML invalid — typically a
    /// body heading named like an element of the template (`## Main`).
    static func duplicateIDs(_ ids: [String], on page: RenderedPage) -> [Diagnostic] {
        var seen: Set<String> = [], reported: Set<String> = []
        return ids.compactMap { id in
            guard !seen.insert(id).inserted, reported.insert(id).inserted else { return nil }
            return .warning("the id '\(id)' appears more than once on \(page.path.document); links to #\(id) are ambiguous (rename the heading?)",
                            at: page.sources.first.map { SourceLocation(file: $0) }, rule: "html.duplicate-id")
        }
    }

    static func missingAnchors(on page: RenderedPage, ids: [String: Set<String>],
                               bodies: [String: MarkdownBody]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var reported: Set<Substring> = []
        for href in attributeValues(named: "href", in: page.html) {
            guard let hash = href.firstIndex(of: "#"), !href.contains(":"), !href.hasPrefix("//") else { continue }
            let fragment = href[href.index(after: hash)...]
            guard !fragment.isEmpty else { continue }
            let target = href[..<hash].isEmpty ? page.path.document : page.path.resolving(String(href[..<hash]))
            guard let known = ids[target], !known.contains(String(fragment)) else { continue }
            guard reported.insert(href).inserted else { continue }
            diagnostics.append(.error("the link '\(href)' points at #\(fragment), which \(target) does not have",
                                      at: location(of: "#" + fragment, page: page, bodies: bodies),
                                      rule: "link.missing-anchor"))
        }
        return diagnostics
    }

    /// Where the author wrote the fragment: its first occurrence in the Markdown shown on the
    /// page, or else the page's own source file (a template made the link).
    static func location(of text: String, page: RenderedPage, bodies: [String: MarkdownBody]) -> SourceLocation? {
        guard let (source, body, range) = page.sources.lazy.compactMap({ source in
            bodies[source].flatMap { body in body.text.range(of: text).map { (source, body, $0) } }
        }).first else { return page.sources.first.map { SourceLocation(file: $0) } }
        let before = body.text[..<range.lowerBound]
        let line = before.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex,
                                     to: before.endIndex) + 1
        return SourceLocation(file: source, line: body.firstLine + line, column: column)
    }

    /// The values of `name="…"` attributes, as written (the ids and hrefs jobsite writes
    /// never need entity decoding for the parts compared here). One pass over the UTF-8 bytes:
    /// list pages of large sites are megabytes long.
    static func attributeValues(named name: String, in html: String) -> [Substring] {
        let needle = Array(" \(name)=\"".utf8)
        let bytes = html.utf8
        var values: [Substring] = []
        var index = bytes.startIndex
        outer: while index < bytes.endIndex {
            guard let space = bytes[index...].firstIndex(of: needle[0]) else { break }
            var cursor = space
            for expected in needle {
                guard cursor < bytes.endIndex, bytes[cursor] == expected else {
                    index = bytes.index(after: space)
                    continue outer
                }
                cursor = bytes.index(after: cursor)
            }
            guard let end = bytes[cursor...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            values.append(html[cursor..<end])
            index = bytes.index(after: end)
        }
        return values
    }
}
