import Content
import Diagnostics

/// The linked site: every published document, ordered for display, with its URL, and the
/// cross references between them resolved. Templates and renderers read this; they never
/// look at files or re-derive relationships.
public struct SiteGraph: Sendable {
    public var config: SiteConfig
    /// Open postings, each with its page, newest first (then by title and slug, so the order is total).
    public let roles: [Role]
    /// The open postings lists (home, roles page, ladder levels), feeds, the sitemap and
    /// `jobs.json` show: `roles` without the `unlisted` ones, in the same order.
    public let listedRoles: [Role]
    /// Postings past their `valid_through` whose page now says "This position is closed".
    public let closedRoles: [Role]
    /// Every output of the site; see `RouteTable`.
    public internal(set) var routes = RouteTable()
    public let ladders: [Ladder]
    /// By `order`, then question.
    public var faqs: [FAQEntry]
    /// Plain pages by path; the home page intro (`content/index.md`) is not among them.
    public var pages: [Page]
    /// `content/index.md`, whose title and body introduce the home page.
    public var homeIntro: Page?
    /// Every published content file's URL path (e.g. `/roles/x/`, `/faq/#levels`), by source path.
    public var urlsBySource: [String: SitePath]
    /// Content files that exist but failed validation. References to them are not reported
    /// again as missing: the file's own errors already say what is wrong.
    public var unavailableSources: Set<String> = []
    /// The URLs those files would have, by document path (`/roles/x/`), each with its file: the
    /// file-name URL, and the `slug:` one when it could be read. A site-path link to one is not
    /// reported either.
    public var unavailableURLs: [String: String] = [:]
    /// Drafts this build leaves out (no `--drafts`), by source path, with the URL each would
    /// have: a link to one is broken today, and the error says it is a draft.
    public var draftURLsBySource: [String: SitePath] = [:]
    /// Postings that are not open today (scheduled, closed or removed), by their URL's document
    /// path: a link to one works, with a note that it leads to no open posting.
    public var notOpenPostings: [String: (source: String, state: PostingState)] = [:]
    /// Postings whose `date_posted` is still ahead: no page yet, but checked now (their links,
    /// the pay laws of their publication day), so the day they are published cannot fail the build.
    public var scheduledRoles: [Role] = []

    /// Built once, so that a lookup per posting card or per level is not a search through every
    /// ladder, level or posting (which made large sites quadratic).
    private let index: Index

    private struct Index: Sendable {
        /// Position in `ladders` (the first ladder with the id) and its levels' positions.
        var ladders: [String: (ladder: Int, levels: [String: Int])] = [:]
        /// Listed postings by ladder id, then level id, in display order.
        var roles: [String: [String: [Role]]] = [:]
    }

    public init(config: SiteConfig, roles: [Role], ladders: [Ladder], faqs: [FAQEntry], pages: [Page],
                homeIntro: Page?, urlsBySource: [String: SitePath], unavailableSources: Set<String> = [],
                closedRoles: [Role] = [], routes: RouteTable? = nil) {
        self.config = config
        self.roles = roles
        self.listedRoles = roles.filter(Self.isListed)
        self.closedRoles = closedRoles
        self.ladders = ladders
        self.faqs = faqs
        self.pages = pages
        self.homeIntro = homeIntro
        self.urlsBySource = urlsBySource
        self.unavailableSources = unavailableSources
        var index = Index()
        for (position, ladder) in ladders.enumerated() where index.ladders[ladder.id] == nil {
            var levels: [String: Int] = [:]
            for (level, entry) in ladder.levels.enumerated() where levels[entry.id] == nil { levels[entry.id] = level }
            index.ladders[ladder.id] = (position, levels)
        }
        for role in listedRoles {
            guard let ladder = role.ladder, let level = role.level else { continue }
            index.roles[ladder, default: [:]][level, default: []].append(role)
        }
        self.index = index
        // The link stage builds the table itself (it reports alias collisions); a graph made
        // directly gets the table of its documents.
        self.routes = routes ?? RouteTable.build(for: self, staticPaths: []).0
    }

    /// Whether lists, feeds, the sitemap and `jobs.json` show an open posting. The one place
    /// that decides it, so that a posting left out of one is left out of all.
    public static func isListed(_ role: Role) -> Bool {
        !role.unlisted
    }

    public func ladder(id: String) -> Ladder? {
        WorkMeter.add(1)
        return index.ladders[id].map { ladders[$0.ladder] }
    }

    /// The ladder and level a posting sits on, when it names ones that exist.
    public func placement(of role: Role) -> (ladder: Ladder, level: LadderLevel)? {
        guard let ladderID = role.ladder, let levelID = role.level else { return nil }
        WorkMeter.add(1)
        guard let found = index.ladders[ladderID], let level = found.levels[levelID] else { return nil }
        let ladder = ladders[found.ladder]
        return (ladder, ladder.levels[level])
    }

    /// Listed postings at one level of one ladder, in display order.
    public func roles(ladder: String, level: String) -> [Role] {
        let found = index.roles[ladder]?[level] ?? []
        WorkMeter.add(1 + found.count)
        return found
    }
}

/// A site-absolute URL path such as `/roles/senior/` or `/faq/#levels`.
public struct SitePath: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Always starts with `/`.
    public var value: String

    public init(_ value: String) {
        self.value = value.hasPrefix("/") ? value : "/" + value
    }

    public static let home = SitePath("/")
    public static let roles = SitePath("/roles/")
    public static let ladders = SitePath("/ladders/")
    public static let faq = SitePath("/faq/")
    public static let notFound = SitePath("/404.html")

    public static func role(_ slug: String) -> SitePath { SitePath("/roles/\(slug)/") }
    public static func ladder(_ id: String) -> SitePath { SitePath("/ladders/\(id)/") }
    public static func faqEntry(_ slug: String) -> SitePath { SitePath("/faq/#\(slug)") }
    public static func page(_ path: String) -> SitePath {
        if path == "index" { return .home }
        if path.hasSuffix("/index") { return SitePath("/\(path.dropLast("index".count))") }
        return SitePath("/\(path)/")
    }

    /// A ladder level's page: `/ladders/backend/l3/` (the level id lowercased).
    public static func level(_ ladder: String, _ level: String) -> SitePath {
        SitePath("/ladders/\(ladder)/\(level.lowercased())/")
    }

    /// Two levels of a ladder side by side, the lower first: `/ladders/backend/compare/l2-vs-l3/`.
    public static func compare(_ ladder: String, _ lower: String, _ higher: String) -> SitePath {
        SitePath("/ladders/\(ladder)/compare/\(lower.lowercased())-vs-\(higher.lowercased())/")
    }

    /// The anchor of a ladder level on its ladder page (`level-l3`).
    public static func levelAnchor(_ levelID: String) -> String { "level-\(levelID.lowercased())" }

    public var description: String { value }

    /// The path without its fragment.
    public var document: String {
        value.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? value
    }

    /// The fragment without its `#` (`pay` for `/faq/#pay`), or nil.
    public var fragment: String? {
        value.firstIndex(of: "#").map { String(value[value.index(after: $0)...]) }
    }

    /// The file that serves this path, relative to the output folder (`roles/x/index.html`).
    public var outputFile: String {
        let path = document.dropFirst()
        if path.isEmpty { return "index.html" }
        return path.hasSuffix("/") ? "\(path)index.html" : String(path)
    }

    /// This path as written from a page at `from`: relative, so that the site works from any
    /// folder of a static host without knowing which one.
    public func relative(from page: SitePath) -> String {
        let fromFolder = page.document.split(separator: "/", omittingEmptySubsequences: true)
            .dropLast(page.document.hasSuffix("/") ? 0 : 1)
        let target = value.dropFirst()
        let ups = String(repeating: "../", count: fromFolder.count)
        let relative = ups + target
        return relative.isEmpty ? "./" : (relative.hasPrefix("#") ? "./" + relative : relative)
    }

    /// The site path a relative link on this page leads to, as a browser reads it:
    /// `../style.css` on `/roles/x/` is `/roles/style.css`. The query and fragment are dropped;
    /// `..` stops at the root. Segments are compared as `URLText.comparable` makes them
    /// (percent-decoded, NFC), so `%2E%2E` is `..` as it is for a browser, and the result is in
    /// that form: look it up among targets in the same form.
    /// With `normalizing: false` segments are only percent-decoded: the bytes the link names.
    public func resolving(_ relative: String, normalizing: Bool = true) -> String {
        var parts = document.split(separator: "/").map(String.init)
        if !document.hasSuffix("/") { parts = Array(parts.dropLast()) }
        let path = URLText.Parts(relative).path
        guard !path.isEmpty else { return document }  // `?query` or `#fragment`: this page
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch normalizing ? URLText.comparable(segment) : URLText.decoded(segment) {
            case ".", "": continue
            case "..": _ = parts.popLast()
            case let name: parts.append(name)
            }
        }
        let joined = "/" + parts.joined(separator: "/")
        return path.hasSuffix("/") && !parts.isEmpty ? joined + "/" : joined
    }

    /// From a page at `from`, the prefix that leads to the site root ("./", "../", "../../").
    public static func rootPrefix(from page: SitePath) -> String {
        SitePath.home.relative(from: page)
    }

    public static func < (lhs: SitePath, rhs: SitePath) -> Bool { lhs.value < rhs.value }
}
