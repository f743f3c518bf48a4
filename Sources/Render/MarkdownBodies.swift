import Content
import Diagnostics
import Markdown
import Site

/// Renders Markdown bodies for a given page, rewriting links so they work from that page:
/// `../ladders/backend.md#level-l3` becomes the ladder page's URL, `/faq/` becomes relative.
/// Links to files or site paths that do not exist are reported at their position in the file.
struct MarkdownBodies: Sendable {
    let options: MarkdownOptions
    /// Published content files' URLs, by their path in `URLText.comparable` form.
    let urlsBySource: [String: SitePath]
    /// Content files that failed validation, in `URLText.comparable` form.
    let unavailableSources: Set<String>
    /// Site paths that exist (generated pages without fragment, static files), in
    /// `URLText.comparable` form, each mapped to its own spelling (a file's name as on disk).
    let knownPaths: [String: String]
    /// Published content files by `LinkResolver.looseName`, for the file a broken `.md` link meant.
    let sourcesByLooseName: [String: String]
    /// See `LinkResolver.withheld`.
    let withheld: LinkResolver.Withheld

    init(graph: SiteGraph, staticPaths: [String]) {
        options = MarkdownOptions(unsafeHTML: graph.config.markdown.unsafeHTML,
                                  smartPunctuation: graph.config.markdown.smartPunctuation, framedTables: true,
                                  labeledTaskItems: true)
        urlsBySource = Dictionary(graph.urlsBySource.map { (URLText.comparable($0.key, percentEncoded: false), $0.value) },
                                  uniquingKeysWith: { first, _ in first })
        unavailableSources = Set(graph.unavailableSources.map { URLText.comparable($0, percentEncoded: false) })
        // Every output of the route table, and the URL of every posting, even one without a page
        // today (scheduled, or closed and removed): what the date decides must not break the build.
        let pages = graph.routes.routes.map(\.path.document) + graph.urlsBySource.values.map(\.document)
        knownPaths = LinkResolver.index(pages + staticPaths.map { "/" + $0 })
        sourcesByLooseName = Dictionary(graph.urlsBySource.keys.sorted().map { (LinkResolver.looseName($0), $0) },
                                        uniquingKeysWith: { first, _ in first })
        withheld = LinkResolver.Withheld(graph: graph)
    }

    /// One Markdown body rendered for a page: its HTML, its broken links, and the links with a
    /// `#fragment` the anchor check looks at, each at its position in `source`.
    struct Rendered {
        var html: String
        var diagnostics: [Diagnostic]
        var anchorLinks: [AnchorLink]
    }

    /// `readFrom`: the page whose URL the body's relative and `#fragment` links are read from,
    /// when that is not `page` (a ladder's criteria are written for the ladder page and shown
    /// on level and compare pages too); the links are then written relative to `page`.
    func render(_ body: MarkdownBody, source: String, on page: SitePath, readFrom base: SitePath? = nil) -> Rendered {
        var resolver = LinkResolver(source: source, page: page, urlsBySource: urlsBySource, knownPaths: knownPaths,
                                    unavailableSources: unavailableSources, sourcesByLooseName: sourcesByLooseName,
                                    withheld: withheld)
        if let base { resolver.base = base }
        let rendered = MarkdownRenderer.render(body.text, options: options, resolveLink: resolver.resolve)
        func location(_ link: LocatedLink) -> SourceLocation {
            SourceLocation(file: source, line: body.firstLine + link.line - 1, column: link.column + body.columnOffset)
        }
        let diagnostics = rendered.brokenLinks.map { link in
            let why = resolver.explain(link.destination)
            return Diagnostic(.error, "broken link '\(link.written)': \(why.message)", at: location(link), rule: "link.broken",
                              suggestion: why.suggestion)
        }
        let omitted = rendered.omittedHTML.map { html in
            Diagnostic.warning("raw HTML <\(html.tag)> is left out of the page, with any text inside it (safe mode shows `<!-- raw HTML omitted -->` instead): rewrite it in Markdown, or set markdown.unsafe_html: true in site.yml to publish raw HTML you trust",
                               at: location(LocatedLink(destination: "", line: html.line, column: html.column)), rule: "markdown.raw-html-omitted")
        }
        let notes = rendered.notedLinks.compactMap { link in
            resolver.notOpen(link.written).map {
                Diagnostic.note("the link '\(link.written)' leads to \($0)", at: location(link), rule: "link.not-open")
            }
        }
        let anchorLinks = rendered.fragmentLinks.map { AnchorLink(href: $0.destination, location: location($0), written: $0.written) }
        return Rendered(html: rendered.html, diagnostics: diagnostics + omitted + notes, anchorLinks: anchorLinks)
    }

    /// A body that shares its page with others (an FAQ answer, a posting section): every id it
    /// defines, and its in-page links to them, get `prefix` (`pay-details`), so two bodies with
    /// a `## Details` heading do not give the page one id twice.
    func render(_ body: MarkdownBody, source: String, on page: SitePath, scopedBy prefix: String) -> Rendered {
        var rendered = render(body, source: source, on: page)
        let scoping = IDScoping(prefix: prefix, html: rendered.html)
        rendered.html = scoping.apply(to: rendered.html)
        rendered.anchorLinks = rendered.anchorLinks.map(scoping.apply)
        return rendered
    }
}

/// Decides, for one link of one page's Markdown, what the page gets: the URL of the page a
/// `.md` file becomes, a site path made relative, or the link as written; or that it is broken.
///
/// Only the path is checked; a `?query` passes through unchanged. Paths and fragments are
/// compared in `URLText.comparable` form (percent-decoded, NFC), and a rewritten link names its
/// target as stored, so a static file whose name is NFD on disk is reached on a byte-exact server.
struct LinkResolver: Sendable {
    let source: String
    /// The page the link is written into.
    let page: SitePath
    /// The page whose URL relative links (and `#fragment`, `?query` links) are read from, when
    /// the Markdown was written for another page than `page` (see `MarkdownBodies.render`).
    var base: SitePath?
    /// By content path in `URLText.comparable` form.
    let urlsBySource: [String: SitePath]
    /// See `MarkdownBodies.knownPaths`; build it with `index(_:)`.
    let knownPaths: [String: String]
    var unavailableSources: Set<String> = []
    /// See `MarkdownBodies.sourcesByLooseName`.
    var sourcesByLooseName: [String: String] = [:]
    var withheld = Withheld()

    /// The page links are read from: `base`, else the page they are written into.
    private var readFrom: SitePath { base ?? page }

    /// What a link may point at that has no page in this build for a reason the error should
    /// name: a draft, or a file that failed validation (whose own errors say what is wrong).
    struct Withheld: Sendable {
        /// Drafts by content path in `URLText.comparable` form.
        var draftsBySource: [String: String] = [:]
        /// Drafts' files by their URL's document path (`/roles/x/`), `URLText.comparable`.
        var draftsByURL: [String: String] = [:]
        /// Failed files' URLs (see `SiteGraph.unavailableURLs`), `URLText.comparable`.
        var unavailableURLs: Set<String> = []
        /// What a link to a posting that is not open today leads to (`a posting scheduled for
        /// 2026-12-05 (…)`), by its URL's document path, `URLText.comparable`.
        var notOpen: [String: String] = [:]

        init() {}

        init(graph: SiteGraph) {
            for (source, url) in graph.draftURLsBySource.sorted(by: { $0.key < $1.key }) {
                draftsBySource[URLText.comparable(source, percentEncoded: false)] = source
                // An FAQ entry's page is /faq/, which exists: only its .md link is the draft's.
                if url.fragment == nil { draftsByURL[URLText.comparable(url.document, percentEncoded: false)] = source }
            }
            unavailableURLs = Set(graph.unavailableURLs.keys.map { URLText.comparable($0, percentEncoded: false) })
            for (path, posting) in graph.notOpenPostings {
                notOpen[URLText.comparable(path, percentEncoded: false)] = Self.describe(posting.state, of: posting.source)
            }
        }

        private static func describe(_ state: PostingState, of source: String) -> String {
            switch state {
            case .open: "an open posting"
            case .scheduled(let day):
                "a posting scheduled for \(day) (date_posted in \(source)); until then the link shows the 404 page"
            case .closed(let lastDay):
                "a closed posting (valid_through \(lastDay) in \(source)); its page says the position is closed"
            case .removed(let lastDay):
                "a posting that closed after \(lastDay) and whose page was removed (closed_postings.keep_days; \(source)); the link shows the 404 page"
            }
        }

    }

    /// Site paths by their `URLText.comparable` form; of two paths that only differ in
    /// normalisation the first one wins.
    static func index(_ paths: some Sequence<String>) -> [String: String] {
        var index: [String: String] = [:]
        for path in paths {
            let key = URLText.comparable(path, percentEncoded: false)
            if index[key] == nil { index[key] = path }
        }
        return index
    }

    func resolve(_ destination: String) -> LinkResolution {
        if destination.isEmpty || destination.hasPrefix("//") || hasScheme(destination) {
            return .keep
        }
        let link = URLText.Parts(destination)
        var fragment = link.fragment.map(URLText.writtenFragment)
        let fragmentChanged = fragment.map { !URLText.sameBytes($0, link.fragment ?? "") } ?? false
        if link.path.isEmpty {
            // `#fragment` or `?query`: the page it was written for; only a fragment that is not
            // NFC is rewritten, unless that page is another one.
            let suffix = (link.query.map { "?" + $0 } ?? "") + (fragment.map { "#" + $0 } ?? "")
            if let base, base != page { return .replace(SitePath(base.document + suffix).relative(from: page)) }
            guard fragmentChanged else { return .keep }
            return .replace(suffix)
        }
        switch lookUp(link, fragment: &fragment) {
        case .unavailable: return .keep
        case .missing: return .broken
        case .found(let target, let namedAsStored):
            var written = destination
            if !namedAsStored || fragmentChanged {
                written = target.value
                if let query = link.query { written += "?" + query }
                if let fragment { written += "#" + fragment }
                written = SitePath(written).relative(from: page)
            }
            // A posting not open today keeps its link (the date must not fail the build), with a note.
            if !withheld.notOpen.isEmpty, withheld.notOpen[URLText.comparable(target.document)] != nil {
                return .replaceNoting(written)
            }
            return written == destination && namedAsStored && !fragmentChanged ? .keep : .replace(written)
        }
    }

    /// What a link that works leads to when it is a posting not open today, else nil.
    func notOpen(_ destination: String) -> String? {
        var fragment: String?
        guard case .found(let target, _) = lookUp(URLText.Parts(destination), fragment: &fragment) else { return nil }
        return withheld.notOpen[URLText.comparable(target.document)]
    }

    /// What the path of a link leads to.
    private enum Lookup {
        /// A published page or file, as the site path to write. `namedAsStored`: a relative link
        /// that already names the target with its own bytes, which may stay as the author wrote it.
        case found(SitePath, namedAsStored: Bool)
        /// A content file that failed validation: its own errors say what is wrong.
        case unavailable
        case missing
    }

    /// `fragment` is adjusted for links into an FAQ answer, whose ids the FAQ page scopes.
    private func lookUp(_ link: URLText.Parts, fragment: inout String?) -> Lookup {
        let path = URLText.comparable(link.path)
        if SiteLayout.isMarkdownFile(path) {
            let targetSource = sourcePath(for: path)
            guard let url = urlsBySource[targetSource] else {
                return unavailableSources.contains(targetSource) ? .unavailable : .missing
            }
            // `pay.md#details` is `#pay-details` on the FAQ page; `pay.md` and `pay.md#pay` are
            // the entry itself.
            if let entry = url.fragment {
                fragment = fragment.map { $0 == entry ? entry : "\(entry)-\($0)" } ?? entry
            }
            return .found(SitePath(url.document), namedAsStored: false)
        }
        // A relative link is read from the page's URL, as a browser reads it.
        let relative = !path.hasPrefix("/")
        let resolved = relative ? readFrom.resolving(String(link.path)) : path
        guard let known = knownPaths[resolved] ?? knownPaths[resolved + "/"] else {
            let failed = withheld.unavailableURLs.contains(resolved) || withheld.unavailableURLs.contains(resolved + "/")
            return failed ? .unavailable : .missing
        }
        // A browser sends the link's bytes, and a server may compare bytes. Written for another
        // page, the link as written would lead elsewhere from this one.
        let named = relative ? page.resolving(String(link.path), normalizing: false) : ""
        let namedAsStored = relative && readFrom == page
            && (URLText.sameBytes(known, named) || URLText.sameBytes(known, named + "/"))
        return .found(SitePath(URLText.encoded(known)), namedAsStored: namedAsStored)
    }

    /// Why a link is broken, and what to write instead when that is known.
    struct Explanation: Equatable {
        var message: String
        var suggestion: String?
    }

    func explain(_ destination: String) -> Explanation {
        let path = URLText.comparable(URLText.Parts(destination).path)
        if SiteLayout.isMarkdownFile(path) {
            let target = sourcePath(for: path)
            if let draft = withheld.draftsBySource[target] {
                return Explanation(message: "\(draft) is a draft (draft: true); publish it or build with --drafts")
            }
            // `x.md` for `x.MD`, `X.md` or `x.markdown`: a case-sensitive file system (and server) tells them apart.
            guard let meant = sourcesByLooseName[Self.looseName(target)] else {
                return Explanation(message: "no published content file \(target)")
            }
            let written = URLText.Parts(destination).path
            let folder = written.lastIndex(of: "/").map { written[...$0] } ?? ""
            let fixed = "\(folder)\(meant.split(separator: "/").last!)"
            return Explanation(message: "no published content file \(target), but there is \(meant); write '\(fixed)'",
                               suggestion: fixed + destination.dropFirst(written.count))
        }
        let resolved = path.hasPrefix("/") ? path : readFrom.resolving(destination)
        if let draft = withheld.draftsByURL[resolved] ?? withheld.draftsByURL[resolved + "/"] {
            return Explanation(message: "\(resolved) is a draft (draft: true in \(draft)); publish it or build with --drafts")
        }
        guard let meant = closestPath(to: resolved, in: knownPaths.values).map(URLText.encoded) else {
            return Explanation(message: "no page or static file at \(resolved)")
        }
        // The suggestion keeps what followed the path (`?query`, `#fragment`).
        let rest = destination.dropFirst(URLText.Parts(destination).path.count)
        return Explanation(message: "no page or static file at \(resolved); did you mean \(meant)?", suggestion: meant + rest)
    }

    /// A content path as someone might misspell it in a link: lowercased, without its Markdown
    /// extension (`content/roles/Data-Engineer.MD` → `content/roles/data-engineer`), NFC.
    static func looseName(_ path: String) -> String {
        let comparable = URLText.comparable(path, percentEncoded: false)
        let name = comparable.split(separator: "/").last ?? ""
        let stem = SiteLayout.markdownStem(name) ?? name
        return (comparable.dropLast(name.count) + stem).lowercased()
    }

    private func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        return !scheme.isEmpty && scheme.first!.isLetter
            && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
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
