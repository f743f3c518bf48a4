import Content
import Diagnostics
import Site

/// Checks the `#fragment` of every internal link in the finished pages: the page it points to
/// must have an element with that id. Working on the output catches what the Markdown stage
/// cannot know (ids made by templates, like `level-l3`) and mistakes in templates too.
enum AnchorCheck {
    static func check(_ pages: [RenderedPage], bodies: [String: MarkdownBody]) -> [Diagnostic] {
        var ids: [String: Set<Substring>] = [:]
        for page in pages { ids[page.path.document] = Set(attributeValues(named: "id", in: page.html)) }
        var diagnostics: [Diagnostic] = []
        var reported: Set<String> = []
        for page in pages {
            for href in attributeValues(named: "href", in: page.html) {
                guard let hash = href.firstIndex(of: "#"), !href.contains(":"), !href.hasPrefix("//") else { continue }
                let fragment = href[href.index(after: hash)...]
                guard !fragment.isEmpty else { continue }
                let target = href[..<hash].isEmpty ? page.path.document : page.path.resolving(String(href[..<hash]))
                guard let known = ids[target], !known.contains(fragment) else { continue }
                let key = "\(page.path.value) \(href)"
                guard reported.insert(key).inserted else { continue }
                diagnostics.append(.error("the link '\(href)' points at #\(fragment), which \(target) does not have",
                                          at: location(of: "#" + fragment, page: page, bodies: bodies),
                                          rule: "link.missing-anchor"))
            }
        }
        return diagnostics
    }

    /// Where the author wrote the fragment: its first occurrence in the page's Markdown, or
    /// else the page's source file (a template made the link).
    static func location(of text: String, page: RenderedPage, bodies: [String: MarkdownBody]) -> SourceLocation? {
        guard let source = page.source else { return nil }
        guard let body = bodies[source], let range = body.text.range(of: text) else { return SourceLocation(file: source) }
        let before = body.text[..<range.lowerBound]
        let line = before.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex,
                                     to: before.endIndex) + 1
        return SourceLocation(file: source, line: body.firstLine + line, column: column)
    }

    /// The values of `name="…"` attributes, as written (the ids and hrefs jobsite writes
    /// never need entity decoding for the parts compared here).
    static func attributeValues(named name: String, in html: String) -> [Substring] {
        var values: [Substring] = []
        let needle = " \(name)=\""
        var rest = html[...]
        while let start = rest.range(of: needle) {
            let valueStart = start.upperBound
            guard let end = rest[valueStart...].firstIndex(of: "\"") else { break }
            values.append(rest[valueStart..<end])
            rest = rest[end...]
        }
        return values
    }
}
