import Foundation
import TestSupport
import Testing

/// A criterion is written in the ladder file, so its `#fragment` link means an anchor of the
/// ladder page, on the level and compare pages too, and is checked against that page.
@Suite struct CriterionAnchorLinkTests {
    static let site = FixtureSite("""
        -- site.yml --
        title: Careers
        base_url: https://careers.example.com/
        -- content/ladders/eng.md --
        ---
        title: Engineering
        competencies:
          - {id: craft, title: Craft}
        levels:
          - id: L1
            title: Engineer
            expectations:
              craft:
                - {id: scope, text: "Works within [the team's scope](#scope)."}
                - {id: next, text: "Grows into [L2](l2/)."}
          - {id: L2, title: Senior Engineer, expectations: {craft: "Sets [the scope](?from=l2#scope)."}}
        ---
        ## Scope

        What a team owns.
        """)

    @Test func aFragmentLinkInACriterionLeadsToTheLadderPageFromEveryPage() throws {
        let (report, folder) = try Self.site.build()
        #expect(report.diagnostics.isEmpty, "\(TestSupport.report(report.diagnostics))")
        let ladder = try #require(folder.read("public/ladders/eng/index.html"))
        #expect(ladder.contains(##"<a href="#scope">the team’s scope</a>"##), "on the ladder page it stays in the page")
        #expect(ladder.contains(##"<a href="?from=l2#scope">the scope</a>"##))
        let level = try #require(folder.read("public/ladders/eng/l1/index.html"))
        #expect(level.contains(##"<a href="../../../ladders/eng/#scope">the team’s scope</a>"##))
        let next = try #require(folder.read("public/ladders/eng/l2/index.html"))
        #expect(next.contains(##"<a href="../../../ladders/eng/?from=l2#scope">the scope</a>"##), "the query stays")
        let compare = try #require(folder.read("public/ladders/eng/compare/l1-vs-l2/index.html"))
        #expect(compare.contains(##"<a href="../../../../ladders/eng/#scope">the team’s scope</a>"##))
        #expect(compare.contains(##"<a href="../../../../ladders/eng/?from=l2#scope">the scope</a>"##))
        // Any relative link is read from the ladder page: `l2/` is its level page everywhere.
        #expect(ladder.contains(#"<a href="l2/">L2</a>"#))
        #expect(level.contains(#"<a href="../../../ladders/eng/l2/">L2</a>"#))
        #expect(compare.contains(#"<a href="../../../../ladders/eng/l2/">L2</a>"#))
    }

    @Test func underASubpathTheLinkStaysRelativeAndReachesTheLadderPage() throws {
        let (report, folder) = try Self.site.build(baseURL: "https://example.github.io/careers/")
        #expect(report.diagnostics.isEmpty, "\(TestSupport.report(report.diagnostics))")
        let level = try #require(folder.read("public/ladders/eng/l1/index.html"))
        #expect(level.contains(##"<a href="../../../ladders/eng/#scope">the team’s scope</a>"##))
        #expect(level.contains(#"<link rel="canonical" href="https://example.github.io/careers/ladders/eng/l1/">"#))
    }

    @Test func anAnchorTheLadderPageDoesNotHaveIsOneErrorAtTheCriterion() throws {
        let site = FixtureSite("""
            -- content/ladders/eng.md --
            ---
            title: Engineering
            competencies:
              - {id: craft, title: Craft}
            levels:
              - id: L1
                title: Engineer
                expectations:
                  craft:
                    - id: scope
                      text: Works within ⟨link⟩[the team's scope](#scop).
              - {id: L2, title: Senior Engineer}
              - {id: L3, title: Staff Engineer}
            ---
            ## Scope
            """)
        let (report, _) = try site.build()
        // Not once per level and compare page, and not at the ladder file without a line.
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("link")): error: the link '#scop' points at #scop, which /ladders/eng/ does not have [link.missing-anchor]",
        ])
    }
}
