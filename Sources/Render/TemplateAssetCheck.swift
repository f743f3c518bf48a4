import Diagnostics
import Site

extension Theme {
    /// Every site path a template links in an `href` or `src` attribute (`{{root}}style.css`,
    /// `/img/team.jpg`) must be a page of the route table or a static file (the site's or the
    /// built-in theme's): a template renders on many pages, so a missing stylesheet or picture
    /// is missing on all of them. Links built from data (`{{root}}{{path}}`) are checked where
    /// the data comes from; a link's `#fragment` and `?query` are not looked at.
    func checkAssets(_ bodies: MarkdownBodies) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in files.keys.sorted() {
            let file = files[name]!
            let resolver = LinkResolver(source: file.path, page: .home, urlsBySource: bodies.urlsBySource,
                                        knownPaths: bodies.knownPaths)
            for link in Self.sitePathAttributes(in: file.text) where resolver.resolve(link.path) == .broken {
                let why = resolver.explain(link.path)
                let fix = why.suggestion == nil ? "; add the file to static/ or fix the path" : ""
                diagnostics.append(Diagnostic(.error, "broken link '\(link.written)' in a template, on every page it renders: \(why.message)\(fix)",
                                              at: SourceLocation(file: file.path, line: link.line, column: link.column), rule: "link.broken",
                                              suggestion: why.suggestion))
            }
        }
        return diagnostics
    }

    /// The `href="…"` and `src="…"` values that are a fixed site path: `{{root}}` and text, or
    /// text from `/` (not `//`), without tags before any `#` or `?`. `path` is the site path
    /// (`/style.css`), `written` the value as written, `column` where the value starts.
    static func sitePathAttributes(in text: String) -> [(path: String, written: String, line: Int, column: Int)] {
        var found: [(path: String, written: String, line: Int, column: Int)] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for attribute in ["href=", "src="] {
                var rest = line[...]
                while let match = rest.range(of: attribute) {
                    rest = line[match.upperBound...]
                    guard let quote = rest.first, quote == "\"" || quote == "'" else { continue }
                    let value = rest.dropFirst().prefix { $0 != quote }
                    rest = value.endIndex < line.endIndex ? line[value.endIndex...] : ""
                    let preceding = match.lowerBound > line.startIndex ? line[line.index(before: match.lowerBound)] : " "
                    guard preceding.isWhitespace, let path = sitePath(value) else { continue }
                    let column = line.unicodeScalars.distance(from: line.startIndex, to: value.startIndex) + 1
                    found.append((path, String(value), lineIndex + 1, column))
                }
            }
        }
        return found.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    private static func sitePath(_ value: Substring) -> String? {
        let root = "{{root}}"
        let path = value.hasPrefix(root) ? "/" + value.dropFirst(root.count) : value
        guard path.hasPrefix("/"), !path.hasPrefix("//") else { return nil }
        let beforeFragment = path.prefix { $0 != "#" && $0 != "?" }
        return beforeFragment.contains("{{") ? nil : String(beforeFragment)
    }
}
