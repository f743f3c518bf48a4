import Content
import Diagnostics
import Site
import Testing
@testable import Render

/// A ladder's level and compare pages: their routes, the expectations after inheritance, what
/// changes from one level to the next, tracks and pay zones.
@Suite struct LevelPageTests {
    /// Two shared levels, then an individual-contributor and a manager track; list criteria with
    /// ids, one plain text, inline Markdown, two pay zones (USD and EUR).
    static let ladder: Ladder = {
        let body = MarkdownBody(text: "", firstLine: 1)
        var l1 = LadderLevel(id: "L1", title: "Engineer", years: "0-2", summary: "Scoped tasks.", expectations: [
            "craft": Expectation(criteria: [Criterion(id: "tests", text: "Writes *tested* code."),
                                            Criterion(id: "review", text: "Asks for review.")], isList: true),
            "people": Expectation(text: "Learns from the team."),
        ])
        l1.bands = ["us": SalaryRange(min: 100_000, max: 130_000, currency: "USD", period: .YEAR),
                    "eu": SalaryRange(min: 60000, max: 80000, currency: "EUR", period: .YEAR)]
        var l2 = LadderLevel(id: "L2", title: "Senior Engineer", years: "3-6", expectations: [
            "craft": Expectation(criteria: [Criterion(id: "tests", text: "Writes *tested* code and tests others'."),
                                            Criterion(id: "design", text: "Designs a service.")], isList: true),
        ])
        l2.bands = ["us": SalaryRange(min: 140_000, max: 180_000, currency: "USD", period: .YEAR)]
        var ic = LadderLevel(id: "L3", title: "Staff Engineer", expectations: [
            "people": Expectation(text: "Mentors [seniors](https://example.com/mentoring)."),
        ], track: "ic")
        ic.bands = ["us": SalaryRange(min: 190_000, max: 240_000, currency: "USD", period: .YEAR)]
        let manager = LadderLevel(id: "M3", title: "Engineering Manager", expectations: [
            "people": Expectation(text: "Runs a team of six."),
        ], track: "manager")
        var ladder = Ladder(source: "content/ladders/eng.md", id: "eng", title: "Engineering",
                            competencies: [Competency(id: "craft", title: "Craft"), Competency(id: "people", title: "People")],
                            levels: [l1, l2, ic, manager], body: body)
        ladder.tracks = [LadderTrack(id: "ic", title: "Individual contributor"), LadderTrack(id: "manager", title: "Management")]
        ladder.zones = [PayZone(id: "us", title: "United States", areas: [ZoneArea(country: "US")]),
                        PayZone(id: "eu", title: "European Union", areas: [ZoneArea(country: "DE")])]
        return ladder
    }()

    static let role = Role(source: "content/roles/backend.md", slug: "backend", title: "Backend Engineer", ladder: "eng", level: "L2",
                           locations: [Location(country: "US")], remote: .remote, employmentTypes: [.FULL_TIME],
                           datePosted: CalendarDate(year: 2026, month: 11, day: 1)!, body: MarkdownBody(text: "", firstLine: 1))

    static let graph = SiteGraph(config: SiteConfig(title: "t", baseURL: "https://x.test/"), roles: [role], ladders: [ladder],
                                 faqs: [], pages: [], homeIntro: nil, urlsBySource: [:])
    static let views = ViewBuilder(graph: graph, words: english)
    static let criteria = LadderCriteria(ladder, bodies: MarkdownBodies(graph: graph, staticPaths: []))

    @Test func everyLevelHasAPageAndEveryPairOfLevelsOneComparePageLowerFirst() {
        let ladderRoutes = Self.graph.routes.routes.filter { $0.kind == .level || $0.kind == .compare }
        #expect(ladderRoutes.map(\.path.value) == [
            "/ladders/eng/l1/", "/ladders/eng/l2/", "/ladders/eng/l3/", "/ladders/eng/m3/",
            "/ladders/eng/compare/l1-vs-l2/", "/ladders/eng/compare/l1-vs-l3/", "/ladders/eng/compare/l1-vs-m3/",
            "/ladders/eng/compare/l2-vs-l3/", "/ladders/eng/compare/l2-vs-m3/", "/ladders/eng/compare/l3-vs-m3/",
        ])
        #expect(ladderRoutes.allSatisfy { $0.sources == ["content/ladders/eng.md"] && $0.inSitemap })
        #expect(Self.graph.routes.route(at: SitePath("/ladders/eng/compare/l2-vs-m3/"))?.levels == ["L2", "M3"])
        #expect(Self.views.compareLink(Self.ladder, Self.ladder.levels[3], Self.ladder.levels[0]).path == "ladders/eng/compare/l1-vs-m3/",
                "either order names one page, the lower level first")
    }

    @Test func aLevelShowsWhatItInheritsAsInheritedWithItsCriteriaRenderedInline() {
        let page = Self.views.levelPageView(Self.ladder, Self.ladder.levels[1], criteria: Self.criteria)
        #expect(page.expectations.map(\.competency) == ["Craft", "People"])
        let craft = page.expectations[0], people = page.expectations[1]
        #expect((craft.isList, craft.inherited, craft.criteria.map(\.html))
            == (true, nil, ["Writes <em>tested</em> code and tests others’.", "Designs a service."]))
        #expect((people.isList, people.inherited, people.criteria.map(\.html)) == (false, "As at L1", ["Learns from the team."]))
        #expect(page.bands.map(\.zone) == ["United States"], "no EUR band at L2")
        #expect(page.bands.map(\.pay) == ["$140,000–$180,000 USD per year"])
        #expect(page.roles.map(\.title) == ["Backend Engineer"])
        #expect(page.previous?.path == "ladders/eng/l1/")
        #expect(page.comparisons.map(\.path) == ["ladders/eng/compare/l1-vs-l2/", "ladders/eng/compare/l2-vs-l3/",
                                                 "ladders/eng/compare/l2-vs-m3/"])
        let first = Self.views.levelPageView(Self.ladder, Self.ladder.levels[0], criteria: Self.criteria)
        #expect(first.bands.map(\.pay) == ["$100,000–$130,000 USD per year", "€60,000–€80,000 EUR per year"])
        #expect(first.previous == nil)
    }

    @Test func whereTracksSplitALevelLeadsToEachTracksFirstLevel() {
        let page = Self.views.levelPageView(Self.ladder, Self.ladder.levels[1], criteria: Self.criteria)
        #expect(page.next.map { "\($0.id) \($0.track ?? "")" } == ["L3 Individual contributor", "M3 Management"])
        #expect(page.changes.map(\.heading) == ["What changes at L3", "What changes at M3"])
        // Craft is inherited unchanged by both; People changes from L1's text.
        #expect(page.changes.map { $0.changes.map(\.competency) } == [["People"], ["People"]])
        let people = page.changes[0].changes[0]
        #expect(people.criteria.map(\.change) == ["Changed"])
        #expect(people.criteria[0].html == #"Mentors <a href="https://example.com/mentoring">seniors</a>."#)
        #expect(page.changes[1].compare.path == "ladders/eng/compare/l2-vs-m3/")
        let ic = Self.views.levelPageView(Self.ladder, Self.ladder.levels[2], criteria: Self.criteria)
        #expect(ic.previous?.id == "L2" && ic.next.isEmpty && ic.changes.isEmpty)
        #expect(ic.track == "Individual contributor")
    }

    @Test func aComparePageMarksNewChangedAndDroppedCriteriaByIdInWords() {
        let view = Self.views.compareView(Self.ladder, Self.ladder.levels[0], Self.ladder.levels[1], criteria: Self.criteria)
        #expect(view.title == "L1 and L2 compared")
        #expect((view.lowerYears, view.higherYears) == ("0-2", "3-6"))
        #expect(view.bands.map { [$0.zone, $0.lower, $0.higher] } == [
            ["United States", "$100,000–$130,000 USD per year", "$140,000–$180,000 USD per year"],
            ["European Union", "€60,000–€80,000 EUR per year", nil],
        ])
        let craft = view.rows[0]
        #expect((craft.status, craft.changed) == ("Changed", true))
        #expect(craft.lower.criteria.map(\.change) == [nil, "Dropped"], "`review` is gone at L2")
        #expect(craft.higher.criteria.map(\.change) == ["Changed", "New"], "`tests` reworded, `design` added")
        #expect(craft.higher.criteria.map(\.changeClass) == ["changed", "new"])
        let people = view.rows[1]
        #expect((people.status, people.changed, people.higher.inherited) == ("Unchanged", false, "As at L1"))
        #expect(people.higher.criteria.allSatisfy { $0.change == nil })
    }

    @Test func criteriaWithoutIdsAreMatchedByText() {
        let a = Criterion(text: "A"), b = Criterion(text: "B"), c = Criterion(text: "C")
        let result = CriterionChange.compare([a, b], [b, c])
        #expect(result.lower == [.dropped, nil])
        #expect(result.higher == [nil, .new])
        #expect(CriterionChange.compare([a], [c]).higher == [.changed], "one text for another is that text changed")
        #expect(CriterionChange.compare([], [a]).higher == [.new])
    }

    @Test func aCriterionWithAnIdOnOneSideOnlyIsMatchedByItsText() {
        let tests = Criterion(id: "tests", text: "T"), design = Criterion(id: "design", text: "D")
        let grown = Criterion(id: "design", text: "D2"), restated = Criterion(text: "T")
        let result = CriterionChange.compare([tests, design], [grown, restated])
        #expect(result.lower == [nil, nil])
        #expect(result.higher == [.changed, nil], "`tests` written again without its id is the same criterion")
        // A text whose id pairs it with another criterion is not free to pair by text.
        let reused = CriterionChange.compare([Criterion(id: "a", text: "X")], [Criterion(id: "a", text: "Y"), Criterion(id: "b", text: "X")])
        #expect((reused.lower, reused.higher) == ([nil], [.changed, .new]))
        #expect(CriterionChange.compare([restated], [Criterion(id: "tests", text: "T")]) == ([nil], [nil]))
    }

    @Test func aCompetencyNoLevelWritesIsMissingNotADash() {
        var ladder = Self.ladder
        ladder.competencies.append(Competency(id: "ops", title: "Operations"))
        let criteria = LadderCriteria(ladder, bodies: MarkdownBodies(graph: Self.graph, staticPaths: []))
        let view = Self.views.ladderView(ladder, intro: "", criteria: criteria)
        #expect(view.matrix.map(\.competency) == ["Craft", "People", "Operations"])
        #expect(view.matrix[2].cells.allSatisfy { $0.isMissing && $0.criteria.isEmpty })
        #expect(view.matrix[1].cells.map { $0.inherited ?? "" } == ["", "As at L1", "", ""])
        #expect(view.levels.map { $0.track ?? "" } == ["", "", "Individual contributor", "Management"])
        #expect(view.levels[1].compareNext.map(\.path) == ["ladders/eng/compare/l2-vs-l3/", "ladders/eng/compare/l2-vs-m3/"])
        #expect(view.levels[0].zoneBands.map(\.zone) == ["United States", "European Union"])
        #expect(view.hasTracks)
    }

    @Test func criteriaRenderOncePerPageShapeNotOncePerComparePage() {
        let source = MarkdownBodies(graph: Self.graph, staticPaths: [])
        let written = Self.ladder.levels.reduce(0) { $0 + $1.expectations.values.reduce(0) { $0 + $1.criteria.count } }
        let criteria = LadderCriteria(Self.ladder, bodies: source)
        #expect(criteria.ladderPageRenders.count == written, "one render per criterion for the ladder page")
        // Relative links differ by depth only: the level and compare pages get theirs too.
        let link = #"<a href="../../../roles/backend/">"#
        var ladder = Self.ladder
        ladder.levels[0].expectations["people"] = Expectation(text: "See [a role](/roles/backend/).")
        let deep = LadderCriteria(ladder, bodies: source)
        #expect(deep.html(level: "L1", competency: "people", on: .level) == ["See \(link)a role</a>."])
        #expect(deep.html(level: "L1", competency: "people", on: .ladder) == [#"See <a href="../../roles/backend/">a role</a>."#])
    }
}
