import Content
import Diagnostics
import Site
import Testing
@testable import Render

/// The route table decides, per kind of output, what the other stages do with it.
@Suite struct RouteKindTests {
    @Test func theAnchorCheckReadsHTMLOnly() {
        let text = ##"<p id="a"></p><p id="a"></p><a href="#missing">x</a>"##
        let page = RenderedFile(path: .page("about"), text: text, kind: .page, sources: ["content/about.md"])
        #expect(AnchorCheck.check([page]).map(\.rule).sorted() == ["html.duplicate-id", "link.missing-anchor"])
        for kind in RouteKind.allCases where kind.mediaType != .html {
            let file = RenderedFile(path: SitePath("/x.out"), text: text, kind: kind)
            #expect(AnchorCheck.check([file]).isEmpty, "\(kind) is \(kind.mediaType)")
        }
    }

    @Test func linksIntoAClosedPostingAreNotCheckedItsDescriptionIsGone() {
        let closed = RenderedFile(path: .role("gone"), text: #"<h1 id="title"></h1>"#, kind: .closedRole)
        let linking = RenderedFile(path: .page("about"), text: ##"<a href="../roles/gone/#pay">x</a>"##, kind: .page)
        #expect(AnchorCheck.check([closed, linking]).isEmpty)
        let open = RenderedFile(path: .role("gone"), text: #"<h1 id="title"></h1>"#, kind: .role)
        #expect(AnchorCheck.check([open, linking]).map(\.rule) == ["link.missing-anchor"])
    }

    @Test func everyKindOfPageHasATemplateAndEveryOtherKindAGenerator() {
        for kind in RouteKind.allCases {
            #expect((kind.template == nil) == (OutputGenerators.generator(for: kind) != nil), "\(kind)")
            #expect((kind.template != nil) == (kind.mediaType == .html), "\(kind)")
        }
        #expect(Theme.pageTemplates == ["home", "roles", "role", "closed", "ladders", "ladder", "faq", "page", "404", "redirect", "level", "compare"])
        #expect(RouteKind.sections == ["roles", "ladders", "faq"])
    }

    @Test func theRouteTableHoldsOneRoutePerOutputFile() {
        var table = RouteTable()
        #expect(table.add(Route(path: .page("old"), kind: .page)) == nil)
        #expect(table.add(Route(path: SitePath("/old/index.html"), kind: .redirect))?.kind == .page, "/old/ and /old/index.html are one file")
        #expect(table.route(servedBy: "old/index.html")?.kind == .page)
        let graph = SiteGraph(config: SiteConfig(title: "t", baseURL: "https://x.test/"), roles: [], ladders: [], faqs: [],
                              pages: [], homeIntro: nil, urlsBySource: [:])
        #expect(graph.routes.navigation.map(\.titleKey) == ["navRoles", "careerLadders", "navFAQ"])
        #expect(graph.routes.routes.map(\.path.value) == ["/", "/roles/", "/ladders/", "/faq/", "/404.html",
                                                          "/sitemap.xml", "/robots.txt", "/feed.xml", "/jobs.json"])
    }

    @Test func xmlTextEscapesTheFiveAndDropsWhatXMLCannotCarry() {
        #expect(XMLText.escaped("plain text, ünïcode") == "plain text, ünïcode")
        #expect(XMLText.escaped("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f")
        #expect(XMLText.escaped("tab\tnew\nline\u{7}bell\u{0}nul\u{FFFE}\u{FFFF}\u{FFFD}\u{2028}")
            == "tab\tnew\nlinebellnul\u{FFFD}\u{2028}")
    }

    /// `output.sitemap-size`: sitemaps.org allows 50,000 URLs per file; one more is a warning.
    @Test func aSitemapOverTheProtocolLimitIsAWarning() {
        #expect(SitemapGenerator.sizeFinding(urlCount: 50_000) == nil)
        let finding = SitemapGenerator.sizeFinding(urlCount: 50_001)
        #expect(finding.map { [$0.description] } == [
            "warning: sitemap.xml lists 50001 URLs; search engines read at most 50000 from one file, so the rest may not be found [output.sitemap-size]",
        ])
    }
}
