import Content
import Diagnostics

/// Options of the link stage.
public struct LinkOptions: Sendable, Hashable {
    /// Publish documents marked `draft: true`.
    public var includeDrafts: Bool
    /// Today, injected: the build never reads the clock itself.
    public var today: CalendarDate
    /// The site's static files (paths relative to `static/`, and the theme's): one at the path
    /// of a generated file (`static/robots.txt`) replaces it; an alias may not take one's path.
    public var staticPaths: Set<String>

    public init(includeDrafts: Bool = false, today: CalendarDate, staticPaths: Set<String> = []) {
        self.includeDrafts = includeDrafts
        self.today = today
        self.staticPaths = staticPaths
    }
}

/// The link stage: checked documents → one `SiteGraph`, with cross-file checks
/// (duplicate URLs, unknown ladders and levels, pay outside a level's band).
public enum Linker {
    /// Top-level folders the generator writes itself; a plain page may not take their URL.
    /// (Static files that clash with pages are caught when the output is planned.)
    static var reservedPaths: Set<String> { RouteKind.sections }

    /// `unavailable` lists content files that failed validation; linking goes on without them
    /// so one build reports every problem, without follow-on errors about those files.
    /// `unavailableSlugs`: the `slug:` of a failed posting, when it could still be read from its
    /// text (see `ContentParser.writtenSlug`), so links to that URL are spared too.
    public static func link(config: SiteConfig, documents: [Document], unavailable: Set<String> = [],
                            unavailableSlugs: [String: String] = [:], options: LinkOptions) -> (SiteGraph, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var roles: [Role] = [], closedRoles: [Role] = [], pagelessRoles: [Role] = [], scheduledRoles: [Role] = []
        var ladders: [Ladder] = [], faqs: [FAQEntry] = [], pages: [Page] = []
        var homeIntros: [Page] = []   // two only when index.md and index.markdown both exist
        var drafts: [String: SitePath] = [:]
        var notOpen: [String: (source: String, state: PostingState)] = [:]
        let keepDays = config.closedPostings.keepDays
        for document in documents {
            switch document {
            case .role(let role) where options.includeDrafts || !role.draft:
                let state = PostingState.of(role, today: options.today, keepDays: keepDays)
                if let note = Lifecycle.note(for: role, state, keepDays: keepDays) { diagnostics.append(note) }
                if state != .open { notOpen[SitePath.role(role.slug).document] = (role.source, state) }
                switch state {
                case .open: roles.append(role)
                case .closed: closedRoles.append(role)
                case .scheduled:
                    pagelessRoles.append(role)
                    scheduledRoles.append(role)
                case .removed: pagelessRoles.append(role)
                }
            case .ladder(let ladder): ladders.append(ladder)
            case .faq(let faq) where options.includeDrafts || !faq.draft: faqs.append(faq)
            case .page(let page) where options.includeDrafts || !page.draft:
                if page.path == "index" { homeIntros.append(page) } else { pages.append(page) }
            case .role(let role): drafts[role.source] = .role(role.slug)
            case .faq(let faq): drafts[faq.source] = .faqEntry(faq.slug)
            case .page(let page): drafts[page.source] = .page(page.path)
            }
        }
        roles.sort(by: Self.displayOrder)
        closedRoles.sort(by: Self.displayOrder)
        ladders.sort { ($0.title, $0.id) < ($1.title, $1.id) }
        faqs.sort { ($0.order ?? .max, $0.question, $0.slug) < ($1.order ?? .max, $1.question, $1.slug) }
        pages.sort { $0.path < $1.path }

        var urls = URLRegistry()
        // When two postings want one URL, the one that chose it with an explicit `slug:` is the
        // one reported, at that line; between equals, the later file. A posting without a page
        // today (scheduled, or closed and removed) keeps its URL: links to it stay links to it.
        let allRoles = roles + closedRoles + pagelessRoles
        for role in allRoles.sorted(by: { ($0.fieldLocations["slug"] != nil ? 1 : 0, $0.source) < ($1.fieldLocations["slug"] != nil ? 1 : 0, $1.source) }) {
            urls.claim(.role(role.slug), by: role.source, at: role.fieldLocations["slug"], into: &diagnostics)
        }
        for ladder in ladders {
            urls.claim(.ladder(ladder.id), by: ladder.source, at: nil, into: &diagnostics)
        }
        for faq in faqs {
            urls.claim(.faqEntry(faq.slug), by: faq.source, at: nil, into: &diagnostics)
        }
        for intro in homeIntros {
            urls.claim(.home, by: intro.source, at: nil, into: &diagnostics)
        }
        let homeIntro = homeIntros.first
        pages = pages.filter { page in
            let top = page.path.split(separator: "/").first.map(String.init) ?? page.path
            if reservedPaths.contains(top) {
                diagnostics.append(.error("the URL /\(page.path)/ belongs to the generated \(top) pages; rename or move this file",
                                          at: SourceLocation(file: page.source, line: 1, column: 1), rule: "link.reserved-url"))
                return false
            }
            urls.claim(.page(page.path), by: page.source, at: nil, into: &diagnostics)
            return true
        }

        var graph = SiteGraph(config: config, roles: roles, ladders: ladders, faqs: faqs, pages: pages,
                              homeIntro: homeIntro, urlsBySource: urls.bySource, unavailableSources: unavailable,
                              closedRoles: closedRoles, routes: RouteTable())
        graph.draftURLsBySource = drafts
        graph.notOpenPostings = notOpen
        graph.unavailableURLs = failedURLs(unavailable, slugs: unavailableSlugs)
        let (routes, routeDiagnostics) = RouteTable.build(for: graph, staticPaths: options.staticPaths)
        graph.routes = routes
        diagnostics += routeDiagnostics
        // Scheduled postings are checked too: the day they are published must not fail the build.
        graph.scheduledRoles = scheduledRoles
        diagnostics += checkRoleReferences(graph, roles: roles + closedRoles + graph.scheduledRoles)
        return (graph, diagnostics)
    }

    /// The URLs failed content files would have, by document path: what their paths say
    /// (front matter that failed cannot be trusted), and a posting's readable `slug:` as well.
    /// FAQ entries are left out: they share /faq/, which exists anyway.
    static func failedURLs(_ sources: Set<String>, slugs: [String: String]) -> [String: String] {
        var urls: [String: String] = [:]
        for source in sources.sorted() {
            let names = source.split(separator: "/").dropFirst().map(String.init)
            guard let last = names.last else { continue }
            let stem = URLName.slugify(String(SiteLayout.markdownStem(last[...]) ?? last[...]))
            let folders = names.dropLast().map(URLName.slugify)
            var paths: [SitePath] = []
            switch ContentParser.kind(of: source) {
            case .role:
                let prefix = folders.dropFirst().map { $0 + "/" }.joined()
                paths = [.role(prefix + stem)] + (slugs[source].map { [.role(prefix + $0)] } ?? [])
            case .ladder: paths = [.ladder(stem)]
            case .faq: continue
            case .page: paths = [.page((folders + [stem]).joined(separator: "/"))]
            }
            for path in paths where urls[path.document] == nil { urls[path.document] = source }
        }
        return urls
    }

    /// Newest postings first; on the same day alphabetically by title, then slug.
    static func displayOrder(_ a: Role, _ b: Role) -> Bool {
        if a.datePosted != b.datePosted { return a.datePosted > b.datePosted }
        if a.title != b.title { return a.title < b.title }
        return a.slug < b.slug
    }

    /// A posting's ladder and level must exist; its pay should sit inside the level's band.
    static func checkRoleReferences(_ graph: SiteGraph, roles: [Role]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // Ladders whose files failed validation: postings on them get no follow-on error.
        let failedLadders = Set(graph.unavailableSources.filter { ContentParser.kind(of: $0) == .ladder }.map(URLName.id(ofFile:)))
        WorkMeter.add(graph.unavailableSources.count)
        for role in roles {
            if role.ladder == nil, let zoned = role.salaries.first(where: { $0.zone != nil }) {
                diagnostics.append(.error("the pay ranges name zones, but the posting has no ladder to take the zones from; give one range without `zone:`, or add `ladder:` and `level:`",
                                          at: zoned.location, rule: "pay.unknown-zone"))
            }
            guard let ladderID = role.ladder, let levelID = role.level else { continue }
            guard let ladder = graph.ladder(id: ladderID) else {
                if failedLadders.contains(ladderID) { continue }
                let known = graph.ladders.map(\.id)
                let meant = closestMatch(to: ladderID, in: known)
                let hint = meant.map { "; did you mean '\($0)'?" }
                    ?? (known.isEmpty ? "; there are no ladders in content/ladders/" : "; known ladders: \(known.joined(separator: ", "))")
                diagnostics.append(Diagnostic(.error, "unknown ladder '\(ladderID)'\(hint)", at: role.fieldLocations["ladder"],
                                              rule: "link.unknown-ladder", suggestion: meant))
                continue
            }
            guard let level = graph.placement(of: role)?.level else {
                let known = ladder.levels.map(\.id)
                // Level ids are matched exactly (they are ids in URLs: #level-l3), but `e3` for `E3` is certain.
                let sameBut = known.first { $0.lowercased() == levelID.lowercased() }
                // A short id one typo away (`L9`, `L1`) is another level, not a typo: no guess then.
                let meant = sameBut ?? (levelID.count > 3 ? closestMatch(to: levelID, in: known) : nil)
                let hint = sameBut.map { "; write \($0)" } ?? meant.map { "; did you mean '\($0)'?" } ?? ""
                diagnostics.append(Diagnostic(.error, "ladder '\(ladderID)' has no level '\(levelID)'; its levels are \(known.joined(separator: ", "))\(hint)",
                                              at: role.fieldLocations["level"], rule: "link.unknown-level", suggestion: meant))
                continue
            }
            diagnostics += PayCheck.check(role, ladder: ladder, level: level)
        }
        return diagnostics
    }
}

/// Hands out URLs and refuses to give one to two documents.
struct URLRegistry {
    var bySource: [String: SitePath] = [:]
    private var owners: [SitePath: String] = [:]

    mutating func claim(_ path: SitePath, by source: String, at location: SourceLocation?, into diagnostics: inout [Diagnostic]) {
        if let owner = owners[path] {
            diagnostics.append(.error("\(source) would be published at \(path), which \(owner) already uses",
                                      at: location ?? SourceLocation(file: source, line: 1, column: 1), rule: "link.duplicate-url"))
            return
        }
        owners[path] = source
        bySource[source] = path
    }
}
