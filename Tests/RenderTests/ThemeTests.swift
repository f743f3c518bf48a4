import Content
import Diagnostics
import Site
import Testing
@testable import Render

@Suite struct ThemeTests {
    static func templates(_ files: [String: String]) -> [SourceFile] {
        var all = Dictionary(uniqueKeysWithValues: Theme.pageTemplates.map { ("templates/\($0).mustache", "<p>\($0)</p>") })
        for (name, text) in files { all["templates/\(name).mustache"] = text }
        return all.keys.sorted().map { SourceFile(path: $0, text: all[$0]!) }
    }

    @Test func aCompleteThemeLoads() {
        let (theme, diagnostics) = Theme.load(Self.templates([:]))
        #expect(theme != nil)
        #expect(diagnostics.isEmpty)
    }

    @Test func aMissingPageTemplateIsAnError() {
        let files = Self.templates([:]).filter { $0.path != "templates/faq.mustache" }
        let (theme, diagnostics) = Theme.load(files)
        #expect(theme == nil)
        #expect(diagnostics.map(\.description) == [
            "templates/faq.mustache: error: missing template templates/faq.mustache; the build renders it [template.missing]",
        ])
    }

    @Test func aMissingPartialIsReportedWhereItIsIncluded() {
        let (_, diagnostics) = Theme.load(Self.templates(["role": "<h1>x</h1>\n  {{> facts }}\n{{<frame}}{{/frame}}"]))
        #expect(diagnostics.map(\.description) == [
            "templates/role.mustache:2:3: error: the partial 'facts' is neither in templates/ nor in the built-in theme; expected templates/facts.mustache [template.missing-partial]",
            "templates/role.mustache:3:1: error: the partial 'frame' is neither in templates/ nor in the built-in theme; expected templates/frame.mustache [template.missing-partial]",
        ])
    }

    @Test func templatesThatIncludeEachOtherAreAnError() {
        let (theme, diagnostics) = Theme.load(Self.templates([
            "partials/loop": "x {{> partials/loop}}",
            "a": "{{> b}}", "b": "\n  {{> a}}",
        ]))
        #expect(theme == nil)
        #expect(diagnostics.map(\.description) == [
            "templates/b.mustache:2:3: error: templates include each other in a loop: a → b → a [template.include-cycle]",
            "templates/partials/loop.mustache:1:3: error: templates include each other in a loop: partials/loop → partials/loop [template.include-cycle]",
        ])
    }

    @Test func withoutBuiltInTemplatesEveryPageTemplateIsMissing() {
        let (theme, diagnostics) = Theme.load([])
        #expect(theme == nil)
        #expect(diagnostics.count == Theme.pageTemplates.count)
        #expect(diagnostics.allSatisfy { $0.rule == "template.missing" })
    }

    @Test func partialsMayLiveInFolders() {
        let (theme, diagnostics) = Theme.load(Self.templates(["role": "[{{> partials/card}}]", "partials/card": "card"]))
        #expect(diagnostics.isEmpty)
        #expect(theme?.render("role", [String: String]()) == "[card]")
        let (_, missing) = Theme.load(Self.templates(["role": "{{> partials/nope}}"]))
        #expect(missing.map(\.rule) == ["template.missing-partial"])
    }

    @Test func aSyntaxErrorPointsAtItsLine() {
        let (theme, diagnostics) = Theme.load(Self.templates(["page": "<p>\n{{#items}}\n<li>{{name}}</li>\n"]))
        #expect(theme == nil)
        // Only the syntax error: the template exists, it just does not parse.
        #expect(diagnostics.map(\.rule) == ["template.syntax"])
        #expect(diagnostics.first?.location == SourceLocation(file: "templates/page.mustache", line: 2, column: 1))
    }

    @Test func anAbsentFieldDoesNotFallThroughToAnOuterContext() {
        let (theme, _) = Theme.load(Self.templates(["page": "{{#outer}}{{#cards}}[{{pay}}]{{^pay}}none{{/pay}}{{/cards}}{{/outer}}"]))
        struct Outer { var pay = "band"; var cards: [RoleCard] }
        let card = RoleCard(title: "", path: "", summary: nil, department: nil, level: nil, levelTitle: nil,
                            locationText: "", workplace: "", employment: "", pay: nil, datePosted: "", datePostedText: "")
        #expect(theme?.render("page", ["outer": Outer(cards: [card])]) == "[]none")
    }

    @Test func valuesAreEscapedForHTMLText() {
        let (theme, _) = Theme.load(Self.templates(["page": #"<a title="{{title}}">{{title}}</a>"#]))
        let page = PlainPageView(title: #"<script>"x" & 'y'</script>"#, body: "")
        #expect(theme?.render("page", page) == #"<a title="&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;">&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;</a>"#)
    }
}

@Suite struct ViewBuilderTests {
    static func role(_ slug: String, department: String?) -> Role {
        Role(source: "content/roles/\(slug).md", slug: slug, title: slug, department: department,
             locations: [Location(country: "DE")], remote: .remote, employmentTypes: [.FULL_TIME],
             datePosted: CalendarDate(year: 2026, month: 1, day: 1)!, body: MarkdownBody(text: "", firstLine: 1))
    }

    @Test func departmentsAreSortedWithUnnamedLastAndDistinctAnchors() {
        let graph = SiteGraph(config: SiteConfig(title: "t", baseURL: "https://x.test/"),
                              roles: [Self.role("a", department: "R&D"), Self.role("b", department: nil),
                                      Self.role("c", department: "R D"), Self.role("d", department: "Other teams")],
                              ladders: [], faqs: [], pages: [], homeIntro: nil, urlsBySource: [:])
        let departments = ViewBuilder(graph: graph, words: english).departments(graph.roles)
        #expect(departments.map(\.name) == ["Other teams", "R D", "R&D", "Other teams"])
        #expect(departments.map(\.anchor) == ["department-other-teams", "department-r-d", "department-r-d-2", "department-other-teams-2"])
    }
}

extension ViewBuilderTests {
    @Test func summariesShowTheNewestFewAndCountTheRest() {
        let roles = (1...8).map { Self.role("r\($0)", department: "Platform") }
        let graph = SiteGraph(config: SiteConfig(title: "t", baseURL: "https://x.test/"), roles: roles,
                              ladders: [], faqs: [], pages: [], homeIntro: nil, urlsBySource: [:])
        let views = ViewBuilder(graph: graph, words: english)
        let summary = views.departments(roles, limit: ViewBuilder.summaryLimit)[0]
        #expect(summary.roles.map(\.title) == ["r1", "r2", "r3", "r4", "r5", "r6"])
        #expect((summary.roleCount, summary.hasMoreRoles, summary.moreRoleCount, summary.roleCountText) == (8, true, 2, "8 open roles"))
        let full = views.departments(roles)[0]
        #expect((full.roles.count, full.hasMoreRoles) == (8, false))
    }
}
