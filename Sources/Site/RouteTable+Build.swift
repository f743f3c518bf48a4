import Content
import Diagnostics

extension RouteTable {
    /// Every output of `graph`'s site: the generated pages, a page per published document, a
    /// redirect per alias, and the generated files (a static file at a generated file's path
    /// replaces it: `static/robots.txt`). Aliases that collide with an output, a static file or
    /// another alias are errors at the alias.
    static func build(for graph: SiteGraph, staticPaths: Set<String>) -> (RouteTable, [Diagnostic]) {
        var table = RouteTable()
        let newest = graph.listedRoles.map(\.datePosted).max()
        let home = graph.homeIntro
        table.add(Route(path: .home, kind: .home, sources: home.map { [$0.source] } ?? [],
                        document: home.map(Document.page), isDraft: home?.draft ?? false, lastModified: newest))
        table.add(Route(path: .roles, kind: .roleList, lastModified: newest))
        table.add(Route(path: .ladders, kind: .ladderList))
        table.add(Route(path: .faq, kind: .faq, sources: graph.faqs.map(\.source), isDraft: graph.faqs.contains(where: \.draft)))
        table.add(Route(path: .notFound, kind: .notFound))
        for role in graph.roles {
            table.add(Route(path: .role(role.slug), kind: .role, sources: [role.source], document: .role(role),
                            isDraft: role.draft, isListed: SiteGraph.isListed(role), lastModified: role.datePosted))
        }
        for role in graph.closedRoles {
            table.add(Route(path: .role(role.slug), kind: .closedRole, sources: [role.source], document: .role(role),
                            isDraft: role.draft, isListed: false))
        }
        for ladder in graph.ladders {
            table.add(Route(path: .ladder(ladder.id), kind: .ladder, sources: [ladder.source], document: .ladder(ladder)))
            table.addLevelPages(of: ladder)
        }
        for page in graph.pages {
            table.add(Route(path: .page(page.path), kind: .page, sources: [page.source], document: .page(page),
                            isDraft: page.draft))
        }
        let diagnostics = table.addRedirects(graph, staticPaths: staticPaths)
        let listedSources = graph.listedRoles.map(\.source)
        let generated = [
            Route(path: SitePath("/sitemap.xml"), kind: .sitemap),
            Route(path: SitePath("/robots.txt"), kind: .robots),
            Route(path: SitePath("/feed.xml"), kind: .feed, sources: listedSources),
            Route(path: SitePath("/jobs.json"), kind: .jobs, sources: listedSources),
        ] + graph.ladders.map { Route(path: .ladderJSON($0.id), kind: .ladderJSON, sources: [$0.source], document: .ladder($0)) }
        for route in generated where !staticPaths.contains(route.outputFile) {
            table.add(route)
        }
        let byDepartment = Dictionary(grouping: graph.listedRoles.filter { $0.department != nil }, by: { $0.department! })
        table.addDepartmentFeeds(Array(byDepartment.keys), excluding: staticPaths) { byDepartment[$0]!.map(\.source) }
        return (table, diagnostics)
    }

    /// A page per level of `ladder`, and a compare page per pair of its levels (the lower level,
    /// earlier in the ladder's order, first): n levels make n(n-1)/2 compare pages.
    private mutating func addLevelPages(of ladder: Ladder) {
        let document = Document.ladder(ladder)
        let levels = ladder.levels
        for level in levels {
            add(Route(path: .level(ladder.id, level.id), kind: .level, sources: [ladder.source], document: document,
                      levels: [level.id]))
        }
        for (index, lower) in levels.enumerated() {
            for higher in levels[(index + 1)...] {
                add(Route(path: .compare(ladder.id, lower.id, higher.id), kind: .compare, sources: [ladder.source],
                          document: document, levels: [lower.id, higher.id]))
            }
        }
    }

    /// A redirect route for each alias of a published document, in source order.
    private mutating func addRedirects(_ graph: SiteGraph, staticPaths: Set<String>) -> [Diagnostic] {
        let documents: [(Document, SitePath)] = (graph.roles + graph.closedRoles).map { (.role($0), .role($0.slug)) }
            + graph.ladders.map { (.ladder($0), .ladder($0.id)) }
            + graph.faqs.map { (.faq($0), .faqEntry($0.slug)) }
            + graph.pages.map { (.page($0), .page($0.path)) }
            + (graph.homeIntro.map { [(.page($0), .home)] } ?? [])
        var diagnostics: [Diagnostic] = []
        var aliasLocations: [String: SourceLocation] = [:]  // by output file
        // Every posting's URL, with a page today or not: an alias that took a scheduled posting's
        // URL would fail the build on the day it is published.
        var claimed: [String: String] = [:]
        for (source, path) in graph.urlsBySource where path.fragment == nil { claimed[path.outputFile] = source }
        for (document, target) in documents.sorted(by: { $0.0.source < $1.0.source }) {
            for alias in document.aliases {
                let route = Route(path: SitePath(alias.path), kind: .redirect, sources: [document.source],
                                  document: document, target: target, isDraft: document.isDraft, isListed: false)
                let file = route.outputFile
                let problem: String?
                if staticPaths.contains(file) {
                    problem = "is the path of the static file static/\(file)"
                } else if self.route(servedBy: file) == nil, let owner = claimed[file] {
                    problem = "is the URL of \(owner), which has no page today (it is scheduled, or closed and removed)"
                } else if let taken = add(route) {
                    if let first = aliasLocations[file] {
                        problem = "is already an alias at \(first)"
                    } else {
                        problem = "is the URL of \(Self.describe(taken))"
                    }
                } else {
                    problem = nil
                    aliasLocations[file] = alias.location
                }
                if let problem {
                    diagnostics.append(.error("the alias \(alias.path) \(problem); an alias must be an old URL that nothing else uses",
                                              at: alias.location, rule: "link.alias-collision"))
                }
            }
        }
        return diagnostics
    }

    /// How an alias collision names the output it ran into.
    static func describe(_ route: Route) -> String {
        switch route.kind {
        case .home: "the home page"
        case .roleList: "the list of open roles"
        case .ladderList: "the list of career ladders"
        case .level: "the page of level \(route.levels.first ?? "") of \(route.sources.first ?? "a ladder")"
        case .compare: "the comparison of \(route.levels.joined(separator: " and ")) of \(route.sources.first ?? "a ladder")"
        case .faq: "the FAQ page"
        case .notFound: "the 404 page"
        default: route.sources.first ?? "a generated file"
        }
    }
}
