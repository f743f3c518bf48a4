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

/// The render stage: site graph + theme + the theme's strings → HTML pages.
public enum SiteRenderer {
    /// Renders every page, in the site's language or a page's own (see `PageLanguages`).
    public static func render(_ graph: SiteGraph, theme: Theme, strings: StringCatalog, staticPaths: [String],
                              branding: Branding = Branding()) -> ([RenderedPage], [Diagnostic]) {
        let bodies = MarkdownBodies(graph: graph, staticPaths: staticPaths)
        let languages = PageLanguages(graph, catalog: strings, theme: theme)
        let shared = SharedViews(graph: graph, branding: branding, storedPaths: bodies.knownPaths)
        let siteViews = ViewBuilder(graph: graph, words: languages.site, shared: shared)
        let cards = Dictionary(zip(graph.roles.map(\.source), graph.roles.parallelMap(siteViews.makeCard)),
                               uniquingKeysWith: { first, _ in first })
        let sections = PostingSectionBodies(graph: graph, bodies: bodies)
        let job = RenderJob(graph: graph, theme: theme, bodies: bodies, languages: languages, shared: shared, cards: cards,
                            sections: sections)

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
    let languages: PageLanguages
    let shared: SharedViews
    /// Every posting's card in the site's language, by source file.
    let cards: [String: RoleCard]
    let sections: PostingSectionBodies
    /// Plain pages' titles by URL path, for the breadcrumbs of pages in their folders.
    let pageTitles: [String: String]

    init(graph: SiteGraph, theme: Theme, bodies: MarkdownBodies, languages: PageLanguages, shared: SharedViews,
         cards: [String: RoleCard], sections: PostingSectionBodies) {
        self.graph = graph
        self.theme = theme
        self.bodies = bodies
        self.languages = languages
        self.shared = shared
        self.cards = cards
        self.sections = sections
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

    func context(for path: SitePath, title: String, description: String?, in views: ViewBuilder? = nil) -> PageContext {
        let views = views ?? self.views
        let root = path == .notFound ? basePath : SitePath.rootPrefix(from: path)
        return PageContext(site: views.siteView(current: path, root: root), root: root, path: views.path(path), title: title,
                           description: description ?? graph.config.description,
                           canonicalURL: graph.config.baseURL + views.path(path),
                           language: views.words.language, t: views.words.templateStrings)
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
        let html = theme.render(template, context, with: languages.libraries[context.language])
        return (RenderedPage(path: path, html: html, sources: sources, anchorLinks: bodies.flatMap(\.anchorLinks)),
                bodies.flatMap(\.diagnostics))
    }

    func rolePage(_ role: Role) -> Output {
        let path = SitePath.role(role.slug)
        let body = bodies.render(role.body, source: role.source, on: path)
        let views = views(in: role.language)
        let shown = sections.sections(for: role, on: path, bodies: bodies, words: views.words)
        var context = context(for: path, title: role.title, description: role.summary, in: views)
        context.role = views.roleView(role, body: body.html, sections: shown.map {
            SectionView(anchor: $0.anchor, title: $0.title, body: $0.rendered.html)
        })
        // An unlisted posting is for the people given its link: search engines leave it out.
        if role.unlisted { context.robots.append("noindex") }
        context.structuredData = (role.unlisted ? [] : [jobPostingMarkup(role, body: body.html, sections: shown, url: context.canonicalURL)])
            + [breadcrumbMarkup(path, title: role.title, in: views)]
        return page("role", context, at: path, from: [role.source], [body] + shown.map(\.rendered))
    }

    func homePage() -> Output {
        let intro = graph.homeIntro.map { bodies.render($0.body, source: $0.source, on: .home) }
        // Questions only: an answer's in-page links (`#other-question`) belong to the FAQ page.
        let highlights = graph.faqs.prefix(4).map { views.faqItem($0, answer: nil) }
        var context = context(for: .home, title: graph.config.title, description: graph.homeIntro?.description)
        context.home = HomeView(heading: graph.homeIntro?.title ?? graph.config.title, intro: intro?.html,
                                roleCount: graph.listedRoles.count, roleCountText: words.openRoles(graph.listedRoles.count),
                                departments: views.departments(graph.listedRoles, limit: ViewBuilder.summaryLimit),
                                ladders: graph.ladders.map(views.ladderCard), faqs: Array(highlights),
                                hasMoreFAQs: graph.faqs.count > highlights.count)
        context.structuredData = [organizationMarkup()]
        return page("home", context, at: .home, from: [graph.homeIntro?.source].compactMap { $0 }, [intro].compactMap { $0 })
    }

    func roleListPage() -> Output {
        let organization = graph.config.organization?.name ?? graph.config.title
        let listed = graph.listedRoles
        let description = words.text("openRolesDescription", ["openRoles": words.openRoles(listed.count), "organization": organization])
        var context = context(for: .roles, title: words.text("openRolesTitle"), description: description)
        context.roleList = RoleListView(roleCount: listed.count, roleCountText: words.openRoles(listed.count),
                                        departments: views.departments(listed))
        context.structuredData = [breadcrumbMarkup(.roles, title: context.title)]
        return page("roles", context, at: .roles)
    }

    func ladderListPage() -> Output {
        var context = context(for: .ladders, title: words.text("careerLadders"), description: words.text("laddersDescription"))
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
        var context = context(for: .faq, title: words.text("faqTitle"), description: words.text("faqDescription"))
        context.faq = FAQView(entries: entries)
        context.structuredData = [faqMarkup(entries), breadcrumbMarkup(.faq, title: context.title)].compactMap { $0 }
        return page("faq", context, at: .faq, from: graph.faqs.map(\.source), answers)
    }

    func plainPage(_ plain: Page) -> Output {
        let path = SitePath.page(plain.path)
        let body = bodies.render(plain.body, source: plain.source, on: path)
        var context = context(for: path, title: plain.title, description: plain.description,
                              in: views(in: plain.language))
        context.page = PlainPageView(title: plain.title, body: body.html)
        context.structuredData = [breadcrumbMarkup(path, title: plain.title)]
        return page("page", context, at: path, from: [plain.source], [body])
    }

    func notFoundPage() -> Output {
        page("404", context(for: .notFound, title: words.text("notFoundTitle"), description: nil), at: .notFound)
    }
}
