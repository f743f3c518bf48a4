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
    public static func link(config: SiteConfig, documents: [Document], unavailable: Set<String> = [],
                            options: LinkOptions) -> (SiteGraph, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var roles: [Role] = [], closedRoles: [Role] = [], pagelessRoles: [Role] = []
        var ladders: [Ladder] = [], faqs: [FAQEntry] = [], pages: [Page] = []
        var homeIntros: [Page] = []   // two only when index.md and index.markdown both exist
        let keepDays = config.closedPostings.keepDays
        for document in documents {
            switch document {
            case .role(let role) where options.includeDrafts || !role.draft:
                let state = PostingState.of(role, today: options.today, keepDays: keepDays)
                if let note = Lifecycle.note(for: role, state, keepDays: keepDays) { diagnostics.append(note) }
                switch state {
                case .open: roles.append(role)
                case .closed: closedRoles.append(role)
                case .scheduled, .removed: pagelessRoles.append(role)
                }
            case .ladder(let ladder): ladders.append(ladder)
            case .faq(let faq) where options.includeDrafts || !faq.draft: faqs.append(faq)
            case .page(let page) where options.includeDrafts || !page.draft:
                if page.path == "index" { homeIntros.append(page) } else { pages.append(page) }
            default: continue
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
        let (routes, routeDiagnostics) = RouteTable.build(for: graph, staticPaths: options.staticPaths)
        graph.routes = routes
        diagnostics += routeDiagnostics
        // Scheduled postings are checked too: the day they are published must not fail the build.
        diagnostics += checkRoleReferences(graph, roles: roles + closedRoles + pagelessRoles.filter {
            if case .scheduled = PostingState.of($0, today: options.today, keepDays: keepDays) { return true }
            return false
        })
        return (graph, diagnostics)
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
                let hint = closestMatch(to: ladderID, in: known).map { "; did you mean '\($0)'?" }
                    ?? (known.isEmpty ? "; there are no ladders in content/ladders/" : "; known ladders: \(known.joined(separator: ", "))")
                diagnostics.append(.error("unknown ladder '\(ladderID)'\(hint)", at: role.fieldLocations["ladder"], rule: "link.unknown-ladder"))
                continue
            }
            guard let level = graph.placement(of: role)?.level else {
                let known = ladder.levels.map(\.id)
                diagnostics.append(.error("ladder '\(ladderID)' has no level '\(levelID)'; its levels are \(known.joined(separator: ", "))",
                                          at: role.fieldLocations["level"], rule: "link.unknown-level"))
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
