import Content
import Diagnostics
import Foundation
import Site

/// One finished output file: a page from a template, or a file an output generator wrote.
public struct RenderedFile: Sendable, Hashable {
    public var path: SitePath
    /// The file's text (HTML for pages).
    public var text: String
    public var kind: RouteKind
    /// The content files whose Markdown appears in it, its own first.
    public var sources: [String] = []
    /// The links with a `#fragment` that the page's Markdown made, at their positions.
    public var anchorLinks: [AnchorLink] = []

    public init(path: SitePath, text: String, kind: RouteKind, sources: [String] = [], anchorLinks: [AnchorLink] = []) {
        self.path = path
        self.text = text
        self.kind = kind
        self.sources = sources
        self.anchorLinks = anchorLinks
    }

    public var mediaType: MediaType { kind.mediaType }

    /// The one content file the page presents, if it presents one (for messages about the output).
    public var source: String? { sources.count == 1 ? sources[0] : nil }

    /// The file that serves `path`, relative to the output folder.
    public var outputFile: String { path.outputFile }
}

/// The render stage: site graph + theme + the theme's strings → every output file of the route
/// table: the pages from templates, in the site's language or a page's own (see `PageLanguages`),
/// then the files of the output generators (which read the postings' rendered bodies).
public enum SiteRenderer {
    public static func render(_ graph: SiteGraph, theme: Theme, strings: StringCatalog, staticPaths: [String],
                              branding: Branding = Branding()) -> ([RenderedFile], [Diagnostic]) {
        let bodies = MarkdownBodies(graph: graph, staticPaths: staticPaths)
        let languages = PageLanguages(graph, catalog: strings, theme: theme)
        let shared = SharedViews(graph: graph, branding: branding, storedPaths: bodies.knownPaths)
        let siteViews = ViewBuilder(graph: graph, words: languages.site, shared: shared)
        let cards = Dictionary(zip(graph.roles.map(\.source), graph.roles.parallelMap(siteViews.makeCard)),
                               uniquingKeysWith: { first, _ in first })
        let sections = PostingSectionBodies(graph: graph, bodies: bodies)
        // Each ladder's criteria, rendered once for all its pages (its compare pages grow as n²).
        let criteria = Dictionary(zip(graph.ladders.map(\.id), graph.ladders.parallelMap { LadderCriteria($0, bodies: bodies) }),
                                  uniquingKeysWith: { first, _ in first })
        let job = RenderJob(graph: graph, theme: theme, bodies: bodies, languages: languages, shared: shared, cards: cards,
                            sections: sections, criteria: criteria)

        // Every page renders independently, so all of them share the cores. The list pages,
        // which hold a card per posting, come first in the route table so that they do not
        // finish last alone.
        let pageRoutes = graph.routes.routes.filter { $0.kind.template != nil }
        let all = pageRoutes.parallelMap { job.render($0) }
        var files = all.map(\.page)
        var diagnostics = sections.diagnostics + all.flatMap(\.diagnostics) + theme.checkAssets(bodies)
        let input = GeneratorInput(graph: graph, views: job.views,
                                   roleBodies: Dictionary(all.compactMap { $0.roleBody }, uniquingKeysWith: { first, _ in first }))
        // The generated files are independent of each other too.
        let generated = graph.routes.routes.filter { $0.kind.template == nil }.parallelMap { OutputGenerators.generate($0, input) }
        files += generated.map(\.0)
        diagnostics += generated.flatMap(\.1)
        files.sort { $0.path < $1.path }
        // A shared posting section's broken anchor is the same finding on every posting page.
        var seen: Set<Diagnostic> = []
        let anchors = AnchorCheck.check(files).filter { seen.insert($0).inserted }
        return (files, diagnostics + anchors)
    }
}

/// Everything needed to render one page; a value, so pages render independently.
struct RenderJob: Sendable {
    let graph: SiteGraph
    let theme: Theme
    let bodies: MarkdownBodies
    let languages: PageLanguages
    let shared: SharedViews
    /// Every posting's card in the site's language, by source file.
    let cards: [String: RoleCard]
    let sections: PostingSectionBodies
    /// Every ladder's criteria as HTML, by ladder id.
    let criteria: [String: LadderCriteria]
    /// Plain pages' titles by URL path, for the breadcrumbs of pages in their folders.
    let pageTitles: [String: String]

    init(graph: SiteGraph, theme: Theme, bodies: MarkdownBodies, languages: PageLanguages, shared: SharedViews,
         cards: [String: RoleCard], sections: PostingSectionBodies, criteria: [String: LadderCriteria] = [:]) {
        self.graph = graph
        self.theme = theme
        self.bodies = bodies
        self.languages = languages
        self.shared = shared
        self.cards = cards
        self.sections = sections
        self.criteria = criteria
        pageTitles = Dictionary(graph.pages.map { (SitePath.page($0.path).value, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    /// Views in the site's language.
    var views: ViewBuilder { ViewBuilder(graph: graph, words: languages.site, shared: shared, cards: cards) }

    /// Views in a page's own language (or the site's).
    func views(in language: String?) -> ViewBuilder {
        ViewBuilder(graph: graph, words: languages(language), shared: shared)
    }
    var words: Localization { languages.site }

    /// The generated list pages' titles in `words`' language (their headings, and their steps in breadcrumbs).
    static func listTitle(_ path: SitePath, _ words: Localization) -> String? {
        switch path {
        case .roles: words.text("openRolesTitle")
        case .ladders: words.text("careerLadders")
        case .faq: words.text("faqTitle")
        default: nil
        }
    }

    /// `roleBody`: an open posting's description (source, HTML) for the output generators.
    typealias Output = (page: RenderedFile, diagnostics: [Diagnostic], roleBody: (String, String)?)

    func render(_ route: Route) -> Output {
        switch (route.kind, route.document) {
        case (.home, _): homePage(route)
        case (.roleList, _): roleListPage(route)
        case (.ladderList, _): ladderListPage(route)
        case (.faq, _): faqPage(route)
        case (.notFound, _): notFoundPage(route)
        case (.redirect, _): redirectPage(route)
        case (.role, .role(let role)?): rolePage(role, route)
        case (.closedRole, .role(let role)?): closedRolePage(role, route)
        case (.ladder, .ladder(let ladder)?): ladderPage(ladder, route)
        case (.level, .ladder(let ladder)?): levelPage(ladder, route)
        case (.compare, .ladder(let ladder)?): comparePage(ladder, route)
        case (.page, .page(let plain)?): plainPage(plain, route)
        default: preconditionFailure("a \(route.kind) route without its document: \(route.path)")
        }
    }

    func context(for route: Route, title: String, description: String?, in views: ViewBuilder? = nil) -> PageContext {
        let views = views ?? self.views
        let path = route.path
        let root = path == .notFound ? basePath : SitePath.rootPrefix(from: path)
        return PageContext(site: views.siteView(current: path, root: root), root: root, path: views.path(path), title: title,
                           description: description ?? graph.config.description,
                           canonicalURL: graph.config.baseURL + views.path(path),
                           language: views.words.language, t: views.words.templateStrings,
                           robots: robots(for: route), draft: route.isDraft, feeds: feeds(for: route, words: views.words))
    }

    /// `noindex` for what search engines must not show (drafts, unlisted and closed postings,
    /// the 404 and redirect pages); an open posting's end of validity.
    func robots(for route: Route) -> [String] {
        if route.isDraft || !route.isListed || !route.kind.isIndexable { return ["noindex"] }
        if route.kind == .role, case .role(let role)? = route.document, let lastDay = role.validThrough {
            return ["unavailable_after: " + Lifecycle.unavailableAfter(lastDay)]
        }
        return []
    }

    /// Whether the page shows its posting to search engines as a JobPosting: an open posting,
    /// listed and not a draft (closed pages, unlisted postings and `--drafts` pages have none).
    static func carriesJobPosting(_ route: Route) -> Bool {
        route.kind == .role && route.isListed && !route.isDraft
    }

    /// The site's feed on every page; a posting's department feed on its page, and every
    /// department's on the list of open roles.
    func feeds(for route: Route, words: Localization) -> [FeedLink] {
        let routes = graph.routes
        var links = routes.mainFeed.map { [FeedLink(title: OutputGenerators.feedTitle(graph.config, department: nil, words: words),
                                                    path: views.path($0))] } ?? []
        let departments: [String]
        switch (route.kind, route.document) {
        case (.roleList, _): departments = routes.routes(of: .feed).compactMap(\.department)
        case (.role, .role(let role)?): departments = role.department.map { [$0] } ?? []
        default: departments = []
        }
        for department in departments {
            guard let path = routes.feed(ofDepartment: department) else { continue }
            links.append(FeedLink(title: OutputGenerators.feedTitle(graph.config, department: department, words: words),
                                  path: views.path(path)))
        }
        return links
    }

    /// The path part of base_url ("/" or "/careers/"): the 404 page may be served at any depth.
    var basePath: String {
        let url = graph.config.baseURL
        guard let schemeEnd = url.range(of: "://"),
              let slash = url[schemeEnd.upperBound...].firstIndex(of: "/") else { return "/" }
        return String(url[slash...])
    }

    /// `anchorLinks`: links with a fragment the page shows from Markdown rendered elsewhere (a
    /// ladder's criteria), for the anchor check to report at their position.
    func page(_ context: PageContext, _ route: Route, _ bodies: [MarkdownBodies.Rendered] = [],
              anchorLinks: [AnchorLink] = [], roleBody: (String, String)? = nil) -> Output {
        let html = theme.render(route.kind.template!, context, with: languages.libraries[context.language])
        return (RenderedFile(path: route.path, text: html, kind: route.kind, sources: route.sources,
                             anchorLinks: bodies.flatMap(\.anchorLinks) + anchorLinks),
                bodies.flatMap(\.diagnostics), roleBody)
    }

    func rolePage(_ role: Role, _ route: Route) -> Output {
        let path = route.path
        let body = bodies.render(role.body, source: role.source, on: path)
        let views = views(in: role.language)
        let shown = sections.sections(for: role, on: path, bodies: bodies, words: views.words)
        var context = context(for: route, title: role.title, description: role.summary, in: views)
        context.role = views.roleView(role, body: body.html, sections: shown.map {
            SectionView(anchor: $0.anchor, title: $0.title, body: $0.rendered.html)
        })
        context.structuredData = (Self.carriesJobPosting(route)
            ? [jobPostingMarkup(role, body: body.html, sections: shown, url: context.canonicalURL)] : [])
            + [breadcrumbMarkup(path, title: role.title, in: views)]
        return page(context, route, [body] + shown.map(\.rendered), roleBody: (role.source, body.html))
    }

    /// No description and no Apply button: what the posting was, and open roles like it.
    func closedRolePage(_ role: Role, _ route: Route) -> Output {
        let views = views(in: role.language)
        var context = context(for: route, title: role.title, description: role.summary, in: views)
        context.closedRole = views.closedRoleView(role)
        context.structuredData = [breadcrumbMarkup(route.path, title: role.title, in: views)]
        return page(context, route)
    }

    func homePage(_ route: Route) -> Output {
        let intro = graph.homeIntro.map { bodies.render($0.body, source: $0.source, on: .home) }
        // Questions only: an answer's in-page links (`#other-question`) belong to the FAQ page.
        let highlights = graph.faqs.prefix(4).map { views.faqItem($0, answer: nil) }
        let roles = graph.listedRoles
        var context = context(for: route, title: graph.config.title, description: graph.homeIntro?.description)
        context.home = HomeView(heading: graph.homeIntro?.title ?? graph.config.title, intro: intro?.html,
                                roleCount: roles.count, roleCountText: words.openRoles(roles.count),
                                departments: views.departments(roles, limit: ViewBuilder.summaryLimit),
                                ladders: graph.ladders.map(views.ladderCard), faqs: Array(highlights),
                                hasMoreFAQs: graph.faqs.count > highlights.count)
        context.structuredData = [organizationMarkup()]
        return page(context, route, [intro].compactMap { $0 })
    }

    func roleListPage(_ route: Route) -> Output {
        let roles = graph.listedRoles
        let organization = graph.config.organization?.name ?? graph.config.title
        let description = words.text("openRolesDescription", ["openRoles": words.openRoles(roles.count), "organization": organization])
        var context = context(for: route, title: words.text("openRolesTitle"), description: description)
        context.roleList = RoleListView(roleCount: roles.count, roleCountText: words.openRoles(roles.count),
                                        departments: views.departments(roles))
        context.structuredData = [breadcrumbMarkup(.roles, title: context.title)]
        return page(context, route)
    }

    func ladderListPage(_ route: Route) -> Output {
        var context = context(for: route, title: words.text("careerLadders"), description: words.text("laddersDescription"))
        context.ladderList = LadderListView(ladders: graph.ladders.map(views.ladderCard))
        context.structuredData = [breadcrumbMarkup(.ladders, title: context.title)]
        return page(context, route)
    }

    func ladderPage(_ ladder: Ladder, _ route: Route) -> Output {
        let intro = bodies.render(ladder.body, source: ladder.source, on: route.path)
        let criteria = criteria(of: ladder)
        var context = context(for: route, title: ladder.title, description: ladder.summary)
        context.ladder = views.ladderView(ladder, intro: intro.html, criteria: criteria)
        context.structuredData = [breadcrumbMarkup(route.path, title: ladder.title)]
        // The criteria's broken links are reported here, once, not on every level and compare page.
        return page(context, route, [intro] + criteria.ladderPageRenders)
    }

    func criteria(of ladder: Ladder) -> LadderCriteria {
        criteria[ladder.id] ?? LadderCriteria(ladder, bodies: bodies)
    }

    /// A level's page: its expectations, bands, open roles, neighbours and what changes next.
    func levelPage(_ ladder: Ladder, _ route: Route) -> Output {
        guard let id = route.levels.first, let level = ladder.level(id: id) else {
            preconditionFailure("a level route without its level: \(route.path)")
        }
        let title = words.text("levelPageTitle", ["level": level.id, "title": level.title])
        let description = level.summary ?? words.text("levelDescription", ["level": level.id, "ladder": ladder.title])
        // The ladder's title too, as on compare pages: two ladders may both have an E2.
        var context = context(for: route, title: title + " · " + ladder.title, description: description)
        let criteria = criteria(of: ladder)
        context.levelPage = views.levelPageView(ladder, level, criteria: criteria)
        context.structuredData = [breadcrumbMarkup(route.path, title: title)]
        return page(context, route, anchorLinks: criteria.anchorLinks[.level] ?? [])
    }

    /// Two levels side by side.
    func comparePage(_ ladder: Ladder, _ route: Route) -> Output {
        guard route.levels.count == 2, let lower = ladder.level(id: route.levels[0]), let higher = ladder.level(id: route.levels[1]) else {
            preconditionFailure("a compare route without its two levels: \(route.path)")
        }
        let criteria = criteria(of: ladder)
        let view = views.compareView(ladder, lower, higher, criteria: criteria)
        let description = words.text("compareDescription", ["lower": lower.id, "higher": higher.id, "ladder": ladder.title])
        var context = context(for: route, title: view.title + " · " + ladder.title, description: description)
        context.compare = view
        context.structuredData = [breadcrumbMarkup(route.path, title: view.title)]
        return page(context, route, anchorLinks: criteria.anchorLinks[.compare] ?? [])
    }

    func faqPage(_ route: Route) -> Output {
        var answers: [MarkdownBodies.Rendered] = []
        let entries = graph.faqs.map { faq in
            let answer = bodies.render(faq.body, source: faq.source, on: .faq, scopedBy: faq.slug)
            answers.append(answer)
            return views.faqItem(faq, answer: answer.html)
        }
        var context = context(for: route, title: words.text("faqTitle"), description: words.text("faqDescription"))
        context.faq = FAQView(entries: entries)
        context.structuredData = [faqMarkup(entries), breadcrumbMarkup(.faq, title: context.title)].compactMap { $0 }
        return page(context, route, answers)
    }

    func plainPage(_ plain: Page, _ route: Route) -> Output {
        let body = bodies.render(plain.body, source: plain.source, on: route.path)
        var context = context(for: route, title: plain.title, description: plain.description, in: views(in: plain.language))
        context.page = PlainPageView(title: plain.title, body: body.html)
        context.structuredData = [breadcrumbMarkup(route.path, title: plain.title)]
        return page(context, route, [body])
    }

    func notFoundPage(_ route: Route) -> Output {
        page(context(for: route, title: words.text("notFoundTitle"), description: nil), route)
    }

    /// A page at an old URL that sends browsers on to the document's page (meta refresh), names
    /// it as canonical and links to it for anyone the refresh does not move; in the language of
    /// the document it leads to.
    func redirectPage(_ route: Route) -> Output {
        let target = route.target ?? .home
        let title = route.document?.title ?? graph.config.title
        let language: String? = switch route.document {
        case .role(let role)?: role.language
        case .page(let page)?: page.language
        default: nil
        }
        let views = views(in: language)
        var context = context(for: route, title: title, description: nil, in: views)
        context.canonicalURL = graph.config.baseURL + views.path(SitePath(target.document))
        context.redirect = RedirectView(targetTitle: title, targetPath: target.relative(from: route.path),
                                        targetURL: graph.config.baseURL + views.path(target))
        return page(context, route)
    }
}
