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

    /// The one content file the page presents, if it presents one (for messages about the output).
    public var source: String? { sources.count == 1 ? sources[0] : nil }

    /// The file that serves `path`, relative to the output folder.
    public var outputFile: String { path.outputFile }
}

/// The render stage: site graph + theme + the theme's strings → HTML pages.
public enum SiteRenderer {
    /// Renders every page, in the site's language or a page's own (see `PageLanguages`).
    public static func render(_ graph: SiteGraph, theme: Theme, strings: StringCatalog,
                              staticPaths: [String]) -> ([RenderedPage], [Diagnostic]) {
        let bodies = MarkdownBodies(graph: graph, staticPaths: staticPaths)
        let languages = PageLanguages(graph, catalog: strings, theme: theme)
        let siteViews = ViewBuilder(graph: graph, words: languages.site)
        let cards = Dictionary(zip(graph.roles.map(\.source), graph.roles.parallelMap(siteViews.makeCard)),
                               uniquingKeysWith: { first, _ in first })
        let job = RenderJob(graph: graph, theme: theme, bodies: bodies, languages: languages, cards: cards)

        // Every page renders independently, so all of them share the cores. The list pages,
        // which hold a card per posting, go first so that they do not finish last alone.
        let pageJobs: [PageJob] = [.home, .roleList, .ladderList, .faq, .notFound]
            + graph.ladders.map(PageJob.ladder) + graph.pages.map(PageJob.page) + graph.roles.map(PageJob.role)
        let all = pageJobs.parallelMap { job.render($0) }
        let pages = all.map(\.page).sorted { $0.path < $1.path }
        var sources: [String: MarkdownBody] = [:]
        for role in graph.roles { sources[role.source] = role.body }
        for ladder in graph.ladders { sources[ladder.source] = ladder.body }
        for faq in graph.faqs { sources[faq.source] = faq.body }
        for page in graph.pages + [graph.homeIntro].compactMap({ $0 }) { sources[page.source] = page.body }
        return (pages, all.flatMap(\.diagnostics) + AnchorCheck.check(pages, bodies: sources))
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
    /// Every posting's card in the site's language, by source file.
    let cards: [String: RoleCard]

    /// Views in the site's language.
    var views: ViewBuilder { ViewBuilder(graph: graph, words: languages.site, cards: cards) }
    var words: Localization { languages.site }

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
              _ diagnostics: [Diagnostic] = []) -> Output {
        let html = theme.render(template, context, with: languages.libraries[context.language])
        return (RenderedPage(path: path, html: html, sources: sources), diagnostics)
    }

    func rolePage(_ role: Role) -> Output {
        let path = SitePath.role(role.slug)
        let body = bodies.render(role.body, source: role.source, on: path)
        let views = ViewBuilder(graph: graph, words: languages(role.language))
        var context = context(for: path, title: role.title, description: role.summary, in: views)
        context.role = views.roleView(role, body: body.html)
        return page("role", context, at: path, from: [role.source], body.diagnostics)
    }

    func homePage() -> Output {
        var diagnostics: [Diagnostic] = []
        let intro = graph.homeIntro.map { page -> String in
            let rendered = bodies.render(page.body, source: page.source, on: .home)
            diagnostics += rendered.diagnostics
            return rendered.html
        }
        // Questions only: an answer's in-page links (`#other-question`) belong to the FAQ page.
        let highlights = graph.faqs.prefix(4).map { views.faqItem($0, answer: nil) }
        var context = context(for: .home, title: graph.config.title, description: graph.homeIntro?.description)
        context.home = HomeView(heading: graph.homeIntro?.title ?? graph.config.title, intro: intro,
                                roleCount: graph.roles.count, roleCountText: words.openRoles(graph.roles.count),
                                departments: views.departments(graph.roles, limit: ViewBuilder.summaryLimit),
                                ladders: graph.ladders.map(views.ladderCard), faqs: Array(highlights),
                                hasMoreFAQs: graph.faqs.count > highlights.count)
        return page("home", context, at: .home, from: [graph.homeIntro?.source].compactMap { $0 }, diagnostics)
    }

    func roleListPage() -> Output {
        let organization = graph.config.organization?.name ?? graph.config.title
        let description = words.text("openRolesDescription", ["openRoles": words.openRoles(graph.roles.count), "organization": organization])
        var context = context(for: .roles, title: words.text("openRolesTitle"), description: description)
        context.roleList = RoleListView(roleCount: graph.roles.count, roleCountText: words.openRoles(graph.roles.count),
                                        departments: views.departments(graph.roles))
        return page("roles", context, at: .roles)
    }

    func ladderListPage() -> Output {
        var context = context(for: .ladders, title: words.text("careerLadders"), description: words.text("laddersDescription"))
        context.ladderList = LadderListView(ladders: graph.ladders.map(views.ladderCard))
        return page("ladders", context, at: .ladders)
    }

    func ladderPage(_ ladder: Ladder) -> Output {
        let path = SitePath.ladder(ladder.id)
        let intro = bodies.render(ladder.body, source: ladder.source, on: path)
        var context = context(for: path, title: ladder.title, description: ladder.summary)
        context.ladder = views.ladderView(ladder, intro: intro.html)
        return page("ladder", context, at: path, from: [ladder.source], intro.diagnostics)
    }

    func faqPage() -> Output {
        var diagnostics: [Diagnostic] = []
        let entries = graph.faqs.map { faq in
            let answer = bodies.render(faq.body, source: faq.source, on: .faq)
            diagnostics += answer.diagnostics
            return views.faqItem(faq, answer: scopingIDs(of: answer.html, to: faq.slug))
        }
        var context = context(for: .faq, title: words.text("faqTitle"), description: words.text("faqDescription"))
        context.faq = FAQView(entries: entries)
        return page("faq", context, at: .faq, from: graph.faqs.map(\.source), diagnostics)
    }

    func plainPage(_ plain: Page) -> Output {
        let path = SitePath.page(plain.path)
        let body = bodies.render(plain.body, source: plain.source, on: path)
        var context = context(for: path, title: plain.title, description: plain.description,
                              in: ViewBuilder(graph: graph, words: languages(plain.language)))
        context.page = PlainPageView(title: plain.title, body: body.html)
        return page("page", context, at: path, from: [plain.source], body.diagnostics)
    }

    /// Many answers share the FAQ page, and each was rendered as its own document: two answers
    /// with a `## Details` heading or a footnote `[^1]` would give the page two `id="details"`
    /// or `id="fn-1"`. Every id an answer defines, and its links to them, get the entry's slug
    /// as a prefix (`pay-details`, `pay-fn-1`); links to other entries stay as they are.
    func scopingIDs(of html: String, to prefix: String) -> String {
        var html = html
        for id in Set(AnchorCheck.attributeValues(named: "id", in: html).map(String.init)) {
            html = html.replacingOccurrences(of: " id=\"\(id)\"", with: " id=\"\(prefix)-\(id)\"")
                .replacingOccurrences(of: " href=\"#\(id)\"", with: " href=\"#\(prefix)-\(id)\"")
        }
        return html
    }

    func notFoundPage() -> Output {
        page("404", context(for: .notFound, title: words.text("notFoundTitle"), description: nil), at: .notFound)
    }
}
