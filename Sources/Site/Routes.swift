import Content
import Diagnostics

/// What one output of the site is. Everything the build needs to know about a kind of output —
/// the template that renders it, its media type, whether search engines are told about it, the
/// folder it owns, its place in the navigation — is said here once, so that a new kind of page
/// is one case: the switches below tell what else it must decide.
public enum RouteKind: String, Sendable, Hashable, CaseIterable {
    case home, roleList, role, closedRole, ladderList, ladder, faq, page, notFound, redirect
    /// A ladder level's page (`/ladders/<id>/<level>/`) and two levels side by side
    /// (`/ladders/<id>/compare/<lower>-vs-<higher>/`): pages without a source file of their own.
    case level, compare
    /// Files an output generator writes: `sitemap.xml`, `robots.txt`, Atom feeds, `jobs.json`.
    case sitemap, robots, feed, jobs
    /// A ladder as JSON for HR tools: `/ladders/<id>.json` (schema: `schemas/ladder.schema.json`).
    case ladderJSON

    /// The page template that renders it (`templates/<name>.mustache`); nil for generated files.
    /// Every template named here must exist, in the site or in the built-in theme.
    public var template: String? {
        switch self {
        case .home: "home"
        case .roleList: "roles"
        case .role: "role"
        case .closedRole: "closed"
        case .ladderList: "ladders"
        case .ladder: "ladder"
        case .level: "level"
        case .compare: "compare"
        case .faq: "faq"
        case .page: "page"
        case .notFound: "404"
        case .redirect: "redirect"
        case .sitemap, .robots, .feed, .jobs, .ladderJSON: nil
        }
    }

    public var mediaType: MediaType {
        switch self {
        case .sitemap: .xml
        case .robots: .plainText
        case .feed: .atom
        case .jobs, .ladderJSON: .json
        case .home, .roleList, .role, .closedRole, .ladderList, .ladder, .level, .compare, .faq, .page, .notFound, .redirect: .html
        }
    }

    /// Whether a page of this kind is for search engines: listed in `sitemap.xml` (when the
    /// route itself is listed and not a draft) and without `noindex`.
    public var isIndexable: Bool {
        switch self {
        case .home, .roleList, .role, .ladderList, .ladder, .level, .compare, .faq, .page: true
        case .closedRole, .notFound, .redirect, .sitemap, .robots, .feed, .jobs, .ladderJSON: false
        }
    }

    /// The top-level folder whose URLs the build generates; a plain page may not take it.
    public var section: String? {
        switch self {
        case .roleList: "roles"
        case .ladderList: "ladders"
        case .faq: "faq"
        default: nil
        }
    }

    /// Its entry in the main navigation (in the order of `allCases`), as the key of its title in
    /// the theme's strings (`templates/strings/<language>.yml`); nil when it has none.
    public var navigationTitleKey: String? {
        switch self {
        case .roleList: "navRoles"
        case .ladderList: "careerLadders"
        case .faq: "navFAQ"
        default: nil
        }
    }

    /// The page templates every site needs: the templates of all kinds.
    public static var templates: [String] {
        allCases.compactMap(\.template)
    }

    /// Folders the build generates (`roles`, `ladders`, `faq`).
    public static var sections: Set<String> {
        Set(allCases.compactMap(\.section))
    }
}

/// One output of the site: where it is, what it is and what it is made from.
public struct Route: Sendable, Hashable {
    public var path: SitePath
    public var kind: RouteKind
    /// The content files it is made from, its own first (the FAQ page: every entry).
    public var sources: [String]
    /// The document it presents (a posting, open or closed; a ladder; a page); for a redirect,
    /// the document it leads to.
    public var document: Document?
    /// Where a redirect leads.
    public var target: SitePath?
    /// The department of a department's feed.
    public var department: String?
    /// The ladder levels it presents, by id: a level page's level, a compare page's lower and
    /// higher level.
    public var levels: [String]
    /// Published only because the build was asked for drafts (`--drafts`): marked and `noindex`.
    public var isDraft: Bool
    /// Whether it is shown in lists, the sitemap, feeds and `jobs.json` (an unlisted posting is not).
    public var isListed: Bool
    /// The newest date its content carries (a posting's `date_posted`; a list's newest posting):
    /// the sitemap's `lastmod`. Never the day of the build.
    public var lastModified: CalendarDate?

    public init(path: SitePath, kind: RouteKind, sources: [String] = [], document: Document? = nil,
                target: SitePath? = nil, department: String? = nil, levels: [String] = [], isDraft: Bool = false,
                isListed: Bool = true, lastModified: CalendarDate? = nil) {
        self.path = path
        self.kind = kind
        self.sources = sources
        self.document = document
        self.target = target
        self.department = department
        self.levels = levels
        self.isDraft = isDraft
        self.isListed = isListed
        self.lastModified = lastModified
    }

    /// In `sitemap.xml`: a page for search engines that is listed and not a draft.
    public var inSitemap: Bool { kind.isIndexable && isListed && !isDraft }

    /// The file that serves it, relative to the output folder.
    public var outputFile: String { path.outputFile }
}

/// Every output of the site, by path: pages, redirects and generated files. Built by the link
/// stage; the link checker's known paths, the navigation, the sitemap, the feeds and the
/// templates the theme must have all derive from it.
public struct RouteTable: Sendable {
    /// In the order added: generated pages, content pages, redirects, generated files.
    public private(set) var routes: [Route] = []
    /// Route index by output file (`roles/x/index.html`), the identity of a route.
    private var byFile: [String: Int] = [:]
    /// Route indexes by kind, in the order added: every page asks for the navigation and the
    /// feeds, which must not be a search through every route (quadratic on large sites).
    private var byKind: [RouteKind: [Int]] = [:]

    public init() {}

    /// Adds `route` unless its output file is taken; returns the route that holds it then.
    @discardableResult
    public mutating func add(_ route: Route) -> Route? {
        if let taken = byFile[route.outputFile] { return routes[taken] }
        byFile[route.outputFile] = routes.count
        byKind[route.kind, default: []].append(routes.count)
        routes.append(route)
        return nil
    }

    /// The route served by the output file `file` (`roles/x/index.html`), if any.
    public func route(servedBy file: String) -> Route? {
        byFile[file].map { routes[$0] }
    }

    public func route(at path: SitePath) -> Route? {
        route(servedBy: path.outputFile)
    }

    public func routes(of kind: RouteKind) -> [Route] {
        WorkMeter.add(1)
        return (byKind[kind] ?? []).map { routes[$0] }
    }

    /// The main navigation's generated entries, in order, each with its title's strings key.
    public var navigation: [(titleKey: String, path: SitePath)] {
        RouteKind.allCases.compactMap { kind in
            guard let key = kind.navigationTitleKey, let first = byKind[kind]?.first else { return nil }
            return (key, routes[first].path)
        }
    }

    /// The site's main feed (`/feed.xml`), when there is one: the first feed, added before
    /// the departments'.
    public var mainFeed: SitePath? {
        byKind[.feed]?.first.map { routes[$0] }.flatMap { $0.department == nil ? $0.path : nil }
    }

    /// The feed of one department's postings.
    public func feed(ofDepartment department: String) -> SitePath? {
        departmentFeeds[department]
    }

    private var departmentFeeds: [String: SitePath] = [:]

    /// Adds a feed for each department, at `/roles/<department as a URL name>/feed.xml`; two
    /// departments whose names make one URL name get `-2`, `-3` … in name order.
    mutating func addDepartmentFeeds(_ departments: [String], excluding staticPaths: Set<String>,
                                     sources: (String) -> [String]) {
        var taken: Set<String> = []
        for name in departments.sorted() {
            let base = URLName.suggested(from: name).isEmpty ? "department" : URLName.suggested(from: name)
            var slug = base, suffix = 2
            while !taken.insert(slug).inserted {
                slug = "\(base)-\(suffix)"
                suffix += 1
            }
            let path = SitePath("/roles/\(slug)/feed.xml")
            if !staticPaths.contains(path.outputFile), add(Route(path: path, kind: .feed, sources: sources(name), department: name)) == nil {
                departmentFeeds[name] = path
            }
        }
    }
}
