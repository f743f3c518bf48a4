import Content
import Diagnostics
import Site
import TestSupport
import Testing

@testable import Render

/// Kind 4 of issue 12: no per-page or per-site step of the render stage does work that grows
/// faster than its input. Each is measured at n and 4n by the work it reports (`WorkMeter`).
@Suite("Render steps grow linearly with their input")
struct LinearWorkTests {
    /// An FAQ answer as cmark renders one with n headings and n footnotes.
    static func answer(_ n: Int) -> String {
        (0..<n).map { ##"<h2 id="section-\##($0)">Section \##($0)</h2><p>Text<sup class="footnote-ref"><a href="#fn-n\##($0)" id="fnref-n\##($0)" data-footnote-ref>\##($0)</a></sup></p>"## }.joined()
            + (0..<n).map { ##"<li id="fn-n\##($0)"><p>Note <a href="#fnref-n\##($0)" class="footnote-backref">↩</a></p></li>"## }.joined()
    }

    @Test func scopingAnFAQAnswersIDsIsTwoPassesWhateverTheNumberOfIDs() {
        let scoped = IDScoping(prefix: "handbook", html: Self.answer(2)).apply(to: Self.answer(2))
        #expect(scoped.contains(##"<h2 id="handbook-section-1">"##))
        #expect(scoped.contains(##"<a href="#handbook-fn-n1" id="handbook-fnref-n1" data-footnote-ref>"##))
        #expect(scoped.contains(##"<li id="handbook-fn-n0"><p>Note <a href="#handbook-fnref-n0" class="footnote-backref">"##))
        let growth = workGrowth(from: 500) { n in
            let html = Self.answer(n)
            _ = IDScoping(prefix: "handbook", html: html).apply(to: html)
        }
        #expect(growth < linearGrowth)
        let html = Self.answer(500)
        #expect(WorkMeter.measure { IDScoping(prefix: "p", html: html).apply(to: html) }.work <= 2 * html.utf8.count)
    }

    @Test func missingAnchorsAreReportedAtTheirLinksWithoutSearchingForThem() {
        func page(_ n: Int) -> RenderedFile {
            RenderedFile(path: .page("about"), text: (0..<n).map { ##"<p><a href="#gone-\##($0)">x</a></p>"## }.joined(),
                         kind: .page, sources: ["content/about.md"],
                         anchorLinks: (0..<n).map { AnchorLink(href: "#gone-\($0)", location: SourceLocation(file: "content/about.md", line: $0 + 5, column: 3)) })
        }
        let diagnostics = AnchorCheck.missingAnchors(on: page(3), ids: ["/about/": []])
        #expect(diagnostics.map(\.description) == (0..<3).map {
            "content/about.md:\($0 + 5):3: error: the link '#gone-\($0)' points at #gone-\($0), which /about/ does not have [link.missing-anchor]"
        })
        #expect(workGrowth(from: 1000) { _ = AnchorCheck.missingAnchors(on: page($0), ids: ["/about/": []]) } < linearGrowth)
    }

    static func role(_ index: Int, ladder: String? = nil, level: String? = nil, department: String? = nil) -> Role {
        Role(source: "content/roles/r\(index).md", slug: "r\(index)", title: "Role \(index)", ladder: ladder, level: level,
             department: department, locations: [Location(country: "DE")], remote: .remote, employmentTypes: [.FULL_TIME],
             datePosted: CalendarDate(year: 2026, month: 1, day: 1)!, body: MarkdownBody(text: "", firstLine: 1))
    }

    static func ladder(_ index: Int) -> Ladder {
        Ladder(source: "content/ladders/l\(index).md", id: "l\(index)", title: "Ladder \(index)",
               competencies: [Competency(id: "craft", title: "Craft")],
               levels: ["L1", "L2", "L3"].map { LadderLevel(id: $0, title: $0) }, body: MarkdownBody(text: "", firstLine: 1))
    }

    static func graph(roles: [Role] = [], ladders: [Ladder] = [], pages: [Page] = []) -> SiteGraph {
        SiteGraph(config: SiteConfig(title: "t", baseURL: "https://x.test/"), roles: roles, ladders: ladders, faqs: [],
                  pages: pages, homeIntro: nil, urlsBySource: [:])
    }

    @Test func ladderPagesAndCardsLookPostingsUpInsteadOfSearchingForThem() {
        func views(_ n: Int) -> ViewBuilder {
            ViewBuilder(graph: Self.graph(roles: (0..<n).map { Self.role($0, ladder: "l\($0 % max(1, n / 3))", level: "L2") },
                                          ladders: (0..<max(1, n / 3)).map(Self.ladder)), words: english)
        }
        let small = views(6)
        let smallBodies = MarkdownBodies(graph: small.graph, staticPaths: [])
        #expect(small.ladderView(Self.ladder(1), intro: "", criteria: LadderCriteria(Self.ladder(1), bodies: smallBodies)).levels.map(\.roleCount) == [0, 3, 0])
        #expect(small.card(Self.role(1, ladder: "l1", level: "L2")).levelTitle == "L2")
        let growth = workGrowth(from: 300) { n in
            let views = views(n)
            let bodies = MarkdownBodies(graph: views.graph, staticPaths: [])
            for ladder in views.graph.ladders { _ = views.ladderView(ladder, intro: "", criteria: LadderCriteria(ladder, bodies: bodies)) }
            for role in views.graph.roles { _ = views.card(role) }
        }
        #expect(growth < linearGrowth)
    }

    @Test func everyPagesNavigationReadsTheMenuNotEveryPage() {
        func views(_ n: Int) -> ViewBuilder {
            ViewBuilder(graph: Self.graph(pages: (0..<n).map {
                Page(source: "content/p\($0).md", path: "p\($0)", title: "P\($0)", menu: $0 < 2 ? 2 - $0 : nil,
                     body: MarkdownBody(text: "", firstLine: 1))
            }), words: english)
        }
        #expect(views(5).siteView(current: .page("p0"), root: "../").nav.map(\.title).suffix(2) == ["P1", "P0"])
        let small = WorkMeter.measure { _ = views(100).siteView(current: .home, root: "./") }.work
        let large = WorkMeter.measure { _ = views(400).siteView(current: .home, root: "./") }.work
        #expect(small > 0 && small == large)
    }

    @Test func departmentsThatSlugAlikeGetTheirAnchorsInLinearWork() {
        let roles = (0..<3).map { Self.role($0, department: "R" + String(repeating: "&", count: $0)) }
        #expect(ViewBuilder(graph: Self.graph(roles: roles), words: english).departments(roles).map(\.anchor)
            == ["department-r", "department-r-2", "department-r-3"])
        let growth = workGrowth(from: 200) { n in
            let roles = (0..<n).map { Self.role($0, department: "R" + String(repeating: "&", count: $0)) }
            _ = ViewBuilder(graph: Self.graph(roles: roles), words: english).departments(roles)
        }
        #expect(growth < linearGrowth)
    }

    @Test func partialTagsOnOneLongLineAreFoundInOnePass() {
        let references = Theme.partialReferences(in: "<p>{{> a}}é{{title}}{{> b}}</p>")
        #expect(references.map { "\($0.name)@\($0.line):\($0.column)" } == ["a@1:4", "b@1:21"])
        #expect(workGrowth(from: 500) { _ = Theme.partialReferences(in: String(repeating: "<i>{{> card}}</i>", count: $0)) } < linearGrowth)
    }

    @Test func aLongChainOfIncludesIsCheckedForCyclesInLinearWork() {
        func includes(_ n: Int) -> [String: [Theme.Reference]] {
            Dictionary(uniqueKeysWithValues: (0..<n).map { ("t\($0)", $0 + 1 < n ? [("t\($0 + 1)", 1, 1)] : [("t0", 1, 1)]) })
        }
        func files(_ n: Int) -> [String: SourceFile] {
            Dictionary(uniqueKeysWithValues: (0..<n).map { ("t\($0)", SourceFile(path: "templates/t\($0).mustache", text: "")) })
        }
        #expect(Theme.inclusionCycles(includes(3), files: files(3)).map(\.message) == ["templates include each other in a loop: t0 → t1 → t2 → t0"])
        #expect(workGrowth(from: 500) { _ = Theme.inclusionCycles(includes($0), files: files($0)) } < linearGrowth)
    }
}
