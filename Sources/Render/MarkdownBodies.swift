import Content
import Diagnostics
import Markdown
import Site

/// Renders Markdown bodies for a given page, rewriting links so they work from that page:
/// `../ladders/backend.md#level-l3` becomes the ladder page's URL, `/faq/` becomes relative.
/// Links to files or site paths that do not exist are reported at their position in the file.
struct MarkdownBodies: Sendable {
    let options: MarkdownOptions
    let urlsBySource: [String: SitePath]
    let unavailableSources: Set<String>
    /// Site paths that exist: generated pages (without fragment) and static files.
    let knownPaths: Set<String>

    init(graph: SiteGraph, staticPaths: [String]) {
        options = MarkdownOptions(unsafeHTML: graph.config.markdown.unsafeHTML,
                                  smartPunctuation: graph.config.markdown.smartPunctuation, framedTables: true)
        urlsBySource = graph.urlsBySource
        unavailableSources = graph.unavailableSources
        var known = Set([SitePath.home, .roles, .ladders, .faq, .notFound].map(\.value))
        for path in graph.urlsBySource.values { known.insert(path.document) }
        for file in staticPaths { known.insert("/" + file) }
        knownPaths = known
    }

    func render(_ body: MarkdownBody, source: String, on page: SitePath) -> (html: String, diagnostics: [Diagnostic]) {
        let resolver = LinkResolver(source: source, page: page, urlsBySource: urlsBySource, knownPaths: knownPaths,
                                    unavailableSources: unavailableSources)
        let rendered = MarkdownRenderer.render(body.text, options: options, resolveLink: resolver.resolve)
        let diagnostics = rendered.brokenLinks.map { link in
            Diagnostic.error("broken link '\(link.destination)': \(resolver.explain(link.destination))",
                             at: SourceLocation(file: source, line: body.firstLine + link.line - 1, column: link.column),
                             rule: "link.broken")
        }
        return (rendered.html, diagnostics)
    }
}

struct LinkResolver: Sendable {
    let source: String
    let page: SitePath
    let urlsBySource: [String: SitePath]
    let knownPaths: Set<String>
    var unavailableSources: Set<String> = []

    func resolve(_ destination: String) -> LinkResolution {
        if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") || hasScheme(destination) {
            return .keep
        }
        let (path, fragment) = split(destination)
        if path.hasSuffix(".md") {
            let targetSource = sourcePath(for: path)
            guard let target = urlsBySource[targetSource] else {
                return unavailableSources.contains(targetSource) ? .keep : .broken
            }
            var url = target
            if let fragment { url = SitePath(target.document + "#" + fragment) }
            return .replace(url.relative(from: page))
        }
        if path.hasPrefix("/") {
            let candidates = [path, path.hasSuffix("/") ? path : path + "/"]
            guard let known = candidates.first(where: knownPaths.contains) else { return .broken }
            return .replace(SitePath(known + (fragment.map { "#" + $0 } ?? "")).relative(from: page))
        }
        // Relative to the page, as a browser reads it: it must lead to something published.
        let target = page.resolving(path)
        return knownPaths.contains(target) || knownPaths.contains(target + "/") ? .keep : .broken
    }

    func explain(_ destination: String) -> String {
        let (path, _) = split(destination)
        if path.hasSuffix(".md") {
            return "no published content file \(sourcePath(for: path))"
        }
        return "no page or static file at \(path.hasPrefix("/") ? path : page.resolving(path))"
    }

    private func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        return !scheme.isEmpty && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    private func split(_ destination: String) -> (String, String?) {
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let path = String(parts[0]).removingPercentEncoding ?? String(parts[0])
        return (path, parts.count > 1 ? String(parts[1]) : nil)
    }

    /// The content file a `.md` link points at: relative to the linking file, or to `content/`
    /// when it starts with `/`. `..` segments are resolved; they cannot climb above the site.
    func sourcePath(for link: String) -> String {
        var parts: [Substring]
        if link.hasPrefix("/") {
            parts = [Substring(SiteLayout.contentFolder)]
        } else {
            parts = source.split(separator: "/")
            parts.removeLast()
        }
        for segment in link.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(segment)
            }
        }
        return parts.joined(separator: "/")
    }
}
