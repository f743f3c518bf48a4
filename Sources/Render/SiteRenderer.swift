import Content
import Diagnostics
import Foundation
import Site

/// One finished HTML page.
public struct RenderedPage: Sendable, Hashable {
    public var path: SitePath
    public var html: String
    /// The content files whose Markdown appears on the page, its own first.
    public var sources: [String] = []
    /// The links with a `#fragment` that the page's Markdown made, at their positions.
    public var anchorLinks: [AnchorLink] = []

    /// The one content file the page presents, if it presents one (for messages about the output).
    public var source: String? { sources.count == 1 ? sources[0] : nil }

    /// The file that serves `path`, relative to the output folder.
    public var outputFile: String { path.outputFile }
}

/// The render stage: site graph + theme → HTML pages.
public enum SiteRenderer {
    public static func render(_ graph: SiteGraph, theme: Theme, staticPaths: [String],
                              branding: Branding = Branding()) -> ([RenderedPage], [Diagnostic]) {
        let bodies = MarkdownBodies(graph: graph, staticPaths: staticPaths)
        let views = ViewBuilder(graph: graph, branding: branding, storedPaths: bodies.knownPaths)
        let sections = PostingSectionBodies(graph: graph, bodies: bodies)
        let job = RenderJob(graph: graph, theme: theme, bodies: bodies, views: views, sections: sections)

        // Every page renders independently, so all of them share the cores. The list pages,
        // which hold a card per posting, go first so that they do not finish last alone.
        let pageJobs: [PageJob] = [.home, .roleList, .ladderList, .faq, .notFound]
            + graph.ladders.map(PageJob.ladder) + graph.pages.map(PageJob.page) + graph.roles.map(PageJob.role)
        let all = pageJobs.parallelMap { job.render($0) }
        let pages = all.map(\.page).sorted { $0.path < $1.path }
        // A shared posting section's broken anchor is the same finding on every posting page.
        var seen: Set<Diagnostic> = []
        let anchors = AnchorCheck.check(pages).filter { seen.insert($0).inserted }
        return (pages, sections.diagnostics + all.flatMap(\.diagnostics) + anchors)
    }
}

/// One page to render.
enum PageJob: Sendable {
    case home, roleList, ladderList, faq, notFound
    case ladder(Ladder)
    case page(Page)
    case role(Role)
}

/// Everything needed to render one page; a value, so pages render independently.
struct RenderJob: Sendable {
    let graph: SiteGraph
    let theme: Theme
    let bodies: MarkdownBodies
    let views: ViewBuilder
    let sections: PostingSectionBodies
    /// Plain pages' titles by URL path, for the breadcrumbs of pages in their folders.
    let pageTitles: [String: String]

    init(graph: SiteGraph, theme: Theme, bodies: MarkdownBodies, views: ViewBuilder, sections: PostingSectionBodies) {
        self.graph = graph
        self.theme = theme
        self.bodies = bodies
        self.views = views
        self.sections = sections
        pageTitles = Dictionary(graph.pages.map { (SitePath.page($0.path).value, $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    /// The generated list pages' titles (their headings, and their steps in breadcrumbs).
    static let listTitles = [SitePath.roles: "Open roles", .ladders: "Career ladders", .faq: "Frequently asked questions"]

    typealias Output = (page: RenderedPage, diagnostics: [Diagnostic])

    func render(_ page: PageJob) -> Output {
        switch page {
        case .home: homePage()
        case .roleList: roleListPage()
        case .ladderList: ladderListPage()
        case .faq: faqPage()
        case .notFound: notFoundPage()
        case .ladder(let ladder): ladderPage(ladder)
        case .page(let plain): plainPage(plain)
        case .role(let role): rolePage(role)
        }
    }

    func context(for path: SitePath, title: String, description: String?) -> PageContext {
        let root = path == .notFound ? basePath : SitePath.rootPrefix(from: path)
        return PageContext(site: views.siteView(current: path, root: root), root: root, path: views.path(path), title: title,
                           description: description ?? graph.config.description,
                           canonicalURL: graph.config.baseURL + views.path(path))
    }

    /// The path part of base_url ("/" or "/careers/"): the 404 page may be served at any depth.
    var basePath: String {
        let url = graph.config.baseURL
        guard let schemeEnd = url.range(of: "://"),
              let slash = url[schemeEnd.upperBound...].firstIndex(of: "/") else { return "/" }
        return String(url[slash...])
    }

    func page(_ template: String, _ context: PageContext, at path: SitePath, from sources: [String] = [],
              _ bodies: [MarkdownBodies.Rendered] = []) -> Output {
        (RenderedPage(path: path, html: theme.render(template, context), sources: sources,
                      anchorLinks: bodies.flatMap(\.anchorLinks)),
         bodies.flatMap(\.diagnostics))
    }

    func rolePage(_ role: Role) -> Output {
        let path = SitePath.role(role.slug)
        let body = bodies.render(role.body, source: role.source, on: path)
        let shown = sections.sections(for: role, on: path, bodies: bodies)
        var context = context(for: path, title: role.title, description: role.summary)
        context.role = views.roleView(role, body: body.html, sections: shown.map {
            SectionView(anchor: $0.anchor, title: $0.title, body: $0.rendered.html)
        })
        // An unlisted posting is for the people given its link: search engines leave it out.
        if role.unlisted { context.robots.append("noindex") }
        context.structuredData = (role.unlisted ? [] : [jobPostingMarkup(role, body: body.html, sections: shown, url: context.canonicalURL)])
            + [breadcrumbMarkup(path, title: role.title)]
        return page("role", context, at: path, from: [role.source], [body] + shown.map(\.rendered))
    }

    func homePage() -> Output {
        let intro = graph.homeIntro.map { bodies.render($0.body, source: $0.source, on: .home) }
        // Questions only: an answer's in-page links (`#other-question`) belong to the FAQ page.
        let highlights = graph.faqs.prefix(4).map { views.faqItem($0, answer: nil) }
        var context = context(for: .home, title: graph.config.title, description: graph.homeIntro?.description)
        context.home = HomeView(heading: graph.homeIntro?.title ?? graph.config.title, intro: intro?.html,
                                roleCount: graph.listedRoles.count, roleCountText: Format.openRoles(graph.listedRoles.count),
                                departments: views.departments(graph.listedRoles, limit: ViewBuilder.summaryLimit),
                                ladders: graph.ladders.map(views.ladderCard), faqs: Array(highlights),
                                hasMoreFAQs: graph.faqs.count > highlights.count)
        context.structuredData = [organizationMarkup()]
        return page("home", context, at: .home, from: [graph.homeIntro?.source].compactMap { $0 }, [intro].compactMap { $0 })
    }

    func roleListPage() -> Output {
        let organization = graph.config.organization?.name ?? graph.config.title
        let listed = graph.listedRoles
        let description = "\(Format.openRoles(listed.count)) at \(organization), by department, with level, location and pay."
        var context = context(for: .roles, title: Self.listTitles[.roles]!, description: description)
        context.roleList = RoleListView(roleCount: listed.count, roleCountText: Format.openRoles(listed.count),
                                        departments: views.departments(listed))
        context.structuredData = [breadcrumbMarkup(.roles, title: context.title)]
        return page("roles", context, at: .roles)
    }

    func ladderListPage() -> Output {
        var context = context(for: .ladders, title: Self.listTitles[.ladders]!,
                              description: "What each level means, what it pays, and what the next step asks.")
        context.ladderList = LadderListView(ladders: graph.ladders.map(views.ladderCard))
        context.structuredData = [breadcrumbMarkup(.ladders, title: context.title)]
        return page("ladders", context, at: .ladders)
    }

    func ladderPage(_ ladder: Ladder) -> Output {
        let path = SitePath.ladder(ladder.id)
        let intro = bodies.render(ladder.body, source: ladder.source, on: path)
        var context = context(for: path, title: ladder.title, description: ladder.summary)
        context.ladder = views.ladderView(ladder, intro: intro.html)
        context.structuredData = [breadcrumbMarkup(path, title: ladder.title)]
        return page("ladder", context, at: path, from: [ladder.source], [intro])
    }

    func faqPage() -> Output {
        var answers: [MarkdownBodies.Rendered] = []
        let entries = graph.faqs.map { faq in
            let answer = bodies.render(faq.body, source: faq.source, on: .faq, scopedBy: faq.slug)
            answers.append(answer)
            return views.faqItem(faq, answer: answer.html)
        }
        var context = context(for: .faq, title: Self.listTitles[.faq]!,
                              description: "Answers about pay, levels, interviews and working here.")
        context.faq = FAQView(entries: entries)
        context.structuredData = [faqMarkup(entries), breadcrumbMarkup(.faq, title: context.title)].compactMap { $0 }
        return page("faq", context, at: .faq, from: graph.faqs.map(\.source), answers)
    }

    func plainPage(_ plain: Page) -> Output {
        let path = SitePath.page(plain.path)
        let body = bodies.render(plain.body, source: plain.source, on: path)
        var context = context(for: path, title: plain.title, description: plain.description)
        context.page = PlainPageView(title: plain.title, body: body.html)
        context.structuredData = [breadcrumbMarkup(path, title: plain.title)]
        return page("page", context, at: path, from: [plain.source], [body])
    }

    func notFoundPage() -> Output {
        page("404", context(for: .notFound, title: "Page not found", description: nil), at: .notFound)
    }
}
