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

/// The render stage: site graph + theme → every output file of the route table: the pages from
/// templates, then the files of the output generators (which read the postings' rendered bodies).
public enum SiteRenderer {
    public static func render(_ graph: SiteGraph, theme: Theme, staticPaths: [String],
                              branding: Branding = Branding()) -> ([RenderedFile], [Diagnostic]) {
        let bodies = MarkdownBodies(graph: graph, staticPaths: staticPaths)
        let views = ViewBuilder(graph: graph, branding: branding, storedPaths: bodies.knownPaths)
        let job = RenderJob(graph: graph, theme: theme, bodies: bodies, views: views)

        // Every page renders independently, so all of them share the cores. The list pages,
        // which hold a card per posting, go first so that they do not finish last alone.
        let pageRoutes = graph.routes.routes.filter { $0.kind.template != nil }
        let all = pageRoutes.parallelMap { job.render($0) }
        var files = all.map(\.page)
        var diagnostics = all.flatMap(\.diagnostics)
        let input = GeneratorInput(graph: graph, views: views,
                                   roleBodies: Dictionary(all.compactMap { $0.roleBody }, uniquingKeysWith: { first, _ in first }))
        // The generated files are independent of each other too.
        let generated = graph.routes.routes.filter { $0.kind.template == nil }.parallelMap { OutputGenerators.generate($0, input) }
        files += generated.map(\.0)
        diagnostics += generated.flatMap(\.1)
        files.sort { $0.path < $1.path }
        return (files, diagnostics + AnchorCheck.check(files))
    }
}

/// Everything needed to render one page; a value, so pages render independently.
struct RenderJob: Sendable {
    let graph: SiteGraph
    let theme: Theme
    let bodies: MarkdownBodies
    let views: ViewBuilder

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
        case (.page, .page(let plain)?): plainPage(plain, route)
        default: preconditionFailure("a \(route.kind) route without its document: \(route.path)")
        }
    }

    func context(for route: Route, title: String, description: String?) -> PageContext {
        let path = route.path
        let root = path == .notFound ? basePath : SitePath.rootPrefix(from: path)
        return PageContext(site: views.siteView(current: path, root: root), root: root, path: views.path(path), title: title,
                           description: description ?? graph.config.description,
                           canonicalURL: graph.config.baseURL + views.path(path), robots: robots(for: route),
                           draft: route.isDraft, feeds: feeds(for: route))
    }

    /// `noindex` for what search engines must not show; an open posting's end of validity.
    func robots(for route: Route) -> String? {
        if route.isDraft || !route.isListed || !route.kind.isIndexable { return "noindex" }
        if route.kind == .role, case .role(let role)? = route.document, let lastDay = role.validThrough {
            return "unavailable_after: " + Lifecycle.unavailableAfter(lastDay)
        }
        return nil
    }

    /// The site's feed on every page; a posting's department feed on its page, and every
    /// department's on the list of open roles.
    func feeds(for route: Route) -> [FeedLink] {
        let routes = graph.routes
        var links = routes.mainFeed.map { [FeedLink(title: "\(graph.config.title): open roles", path: views.path($0))] } ?? []
        let departments: [String]
        switch (route.kind, route.document) {
        case (.roleList, _): departments = routes.routes(of: .feed).compactMap(\.department)
        case (.role, .role(let role)?): departments = role.department.map { [$0] } ?? []
        default: departments = []
        }
        for department in departments {
            guard let path = routes.feed(ofDepartment: department) else { continue }
            links.append(FeedLink(title: "\(graph.config.title): \(department) roles", path: views.path(path)))
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

    func page(_ context: PageContext, _ route: Route, _ bodies: [MarkdownBodies.Rendered] = [],
              roleBody: (String, String)? = nil) -> Output {
        (RenderedFile(path: route.path, text: theme.render(route.kind.template!, context), kind: route.kind,
                      sources: route.sources, anchorLinks: bodies.flatMap(\.anchorLinks)),
         bodies.flatMap(\.diagnostics), roleBody)
    }

    func rolePage(_ role: Role, _ route: Route) -> Output {
        let body = bodies.render(role.body, source: role.source, on: route.path)
        var context = context(for: route, title: role.title, description: role.summary)
        context.role = views.roleView(role, body: body.html)
        return page(context, route, [body], roleBody: (role.source, body.html))
    }

    /// No description and no Apply button: what the posting was, and open roles like it.
    func closedRolePage(_ role: Role, _ route: Route) -> Output {
        var context = context(for: route, title: role.title, description: role.summary)
        context.closedRole = views.closedRoleView(role)
        return page(context, route)
    }

    func homePage(_ route: Route) -> Output {
        let intro = graph.homeIntro.map { bodies.render($0.body, source: $0.source, on: .home) }
        // Questions only: an answer's in-page links (`#other-question`) belong to the FAQ page.
        let highlights = graph.faqs.prefix(4).map { views.faqItem($0, answer: nil) }
        let roles = graph.listedRoles
        var context = context(for: route, title: graph.config.title, description: graph.homeIntro?.description)
        context.home = HomeView(heading: graph.homeIntro?.title ?? graph.config.title, intro: intro?.html,
                                roleCount: roles.count, roleCountText: Format.openRoles(roles.count),
                                departments: views.departments(roles, limit: ViewBuilder.summaryLimit),
                                ladders: graph.ladders.map(views.ladderCard), faqs: Array(highlights),
                                hasMoreFAQs: graph.faqs.count > highlights.count)
        return page(context, route, [intro].compactMap { $0 })
    }

    func roleListPage(_ route: Route) -> Output {
        let roles = graph.listedRoles
        let organization = graph.config.organization?.name ?? graph.config.title
        let description = "\(Format.openRoles(roles.count)) at \(organization), by department, with level, location and pay."
        var context = context(for: route, title: "Open roles", description: description)
        context.roleList = RoleListView(roleCount: roles.count, roleCountText: Format.openRoles(roles.count),
                                        departments: views.departments(roles))
        return page(context, route)
    }

    func ladderListPage(_ route: Route) -> Output {
        var context = context(for: route, title: "Career ladders",
                              description: "What each level means, what it pays, and what the next step asks.")
        context.ladderList = LadderListView(ladders: graph.ladders.map(views.ladderCard))
        return page(context, route)
    }

    func ladderPage(_ ladder: Ladder, _ route: Route) -> Output {
        let intro = bodies.render(ladder.body, source: ladder.source, on: route.path)
        var context = context(for: route, title: ladder.title, description: ladder.summary)
        context.ladder = views.ladderView(ladder, intro: intro.html)
        return page(context, route, [intro])
    }

    func faqPage(_ route: Route) -> Output {
        var answers: [MarkdownBodies.Rendered] = []
        let entries = graph.faqs.map { faq in
            var answer = bodies.render(faq.body, source: faq.source, on: .faq)
            let scoping = IDScoping(prefix: faq.slug, html: answer.html)
            answer.html = scoping.apply(to: answer.html)
            answer.anchorLinks = answer.anchorLinks.map(scoping.apply)
            answers.append(answer)
            return views.faqItem(faq, answer: answer.html)
        }
        var context = context(for: route, title: "Frequently asked questions",
                              description: "Answers about pay, levels, interviews and working here.")
        context.faq = FAQView(entries: entries)
        return page(context, route, answers)
    }

    func plainPage(_ plain: Page, _ route: Route) -> Output {
        let body = bodies.render(plain.body, source: plain.source, on: route.path)
        var context = context(for: route, title: plain.title, description: plain.description)
        context.page = PlainPageView(title: plain.title, body: body.html)
        return page(context, route, [body])
    }

    func notFoundPage(_ route: Route) -> Output {
        page(context(for: route, title: "Page not found", description: nil), route)
    }

    /// A page at an old URL that sends browsers on to the document's page (meta refresh), names
    /// it as canonical and links to it for anyone the refresh does not move.
    func redirectPage(_ route: Route) -> Output {
        let target = route.target ?? .home
        let title = route.document?.title ?? graph.config.title
        var context = context(for: route, title: title, description: nil)
        context.canonicalURL = graph.config.baseURL + views.path(SitePath(target.document))
        context.redirect = RedirectView(targetTitle: title, targetPath: target.relative(from: route.path),
                                        targetURL: graph.config.baseURL + views.path(target))
        return page(context, route)
    }
}
