import Build
import Diagnostics
import Foundation
import TestSupport
import Testing

/// A ladder's level and compare pages as a build writes them: paths, key HTML, the posting's
/// link to its level page, breadcrumbs, the sitemap and links from Markdown.
@Suite struct LevelPagesBuildTests {
    static let site = FixtureSite("""
        -- site.yml --
        title: Careers
        base_url: https://careers.example.com/
        -- content/ladders/eng.md --
        ---
        title: Engineering
        competencies:
          - {id: craft, title: Craft}
          - {id: people, title: People}
        levels:
          - id: L1
            title: Engineer
            years: "0-2"
            salary: {min: 60000, max: 80000, currency: USD, period: YEAR}
            expectations:
              craft: Writes *tested* code.
              people: Learns from the team.
          - id: L2
            title: Senior Engineer
            expectations:
              craft: Designs a service.
          - id: L3
            title: Staff Engineer
        ---
        See [what L2 expects](l2/) and [L1 next to L2](/ladders/eng/compare/l1-vs-l2/).
        -- content/roles/backend.md --
        ---
        title: Backend Engineer
        ladder: eng
        level: L2
        locations: [{country: US}]
        remote: remote
        employment_type: FULL_TIME
        date_posted: 2026-11-01
        apply_url: https://example.com/apply
        ---
        Read [the level](../ladders/eng.md#level-l2) and [its page](/ladders/eng/l2/).
        """)

    @Test func everyLevelAndPairOfLevelsHasItsPage() throws {
        let (report, folder) = try Self.site.build()
        #expect(report.diagnostics.isEmpty, "\(TestSupport.report(report.diagnostics))")
        for page in ["l1", "l2", "l3", "compare/l1-vs-l2", "compare/l1-vs-l3", "compare/l2-vs-l3"] {
            #expect(folder.read("public/ladders/eng/\(page)/index.html") != nil, "\(page)")
        }
        #expect(folder.read("public/ladders/eng/compare/l2-vs-l1/index.html") == nil, "the lower level comes first")
        let sitemap = try #require(folder.read("public/sitemap.xml"))
        #expect(sitemap.contains("<url><loc>https://careers.example.com/ladders/eng/l2/</loc></url>"))
        #expect(sitemap.contains("<url><loc>https://careers.example.com/ladders/eng/compare/l1-vs-l3/</loc></url>"))
    }

    @Test func aLevelPageShowsItsExpectationsInheritedOnesLabelledItsBandRolesAndNeighbours() throws {
        let (_, folder) = try Self.site.build()
        let html = try #require(folder.read("public/ladders/eng/l2/index.html"))
        #expect(html.contains("<title>L2: Senior Engineer · Engineering · Careers</title>"), "the ladder tells apart two ladders' L2")
        #expect(html.contains(#"<h1><span class="level-badge level-badge-large">L2</span> Senior Engineer</h1>"#))
        #expect(html.contains(#"<link rel="canonical" href="https://careers.example.com/ladders/eng/l2/">"#))
        #expect(html.contains(#"<li><a href="../../../ladders/eng/">Engineering</a></li>"#), "breadcrumb to the ladder")
        #expect(html.contains(#"<div class="criterion">Designs a service.</div>"#))
        #expect(html.contains(#"<span class="inherited">As at L1</span>"#), "People is inherited from L1")
        #expect(html.contains(#"<div class="criterion">Learns from the team.</div>"#))
        #expect(!html.contains("—"))
        #expect(html.contains(#"<p class="muted">Not published</p>"#), "L2 has no band")
        #expect(html.contains(#"<a href="../../../roles/backend/">Backend Engineer</a>"#))
        #expect(html.contains(#"<a href="../../../ladders/eng/l1/" rel="prev">Previous level: <span class="level-badge">L1</span> Engineer</a>"#))
        #expect(html.contains(#"<a href="../../../ladders/eng/l3/" rel="next">Next step: <span class="level-badge">L3</span> Staff Engineer</a>"#))
        #expect(html.contains(#"<h2 id="changes-L3">What changes at L3</h2>"#))
        #expect(html.contains("The expectations stay the same"), "L3 writes nothing new")
        #expect(html.contains(#"<li><a href="../../../ladders/eng/compare/l1-vs-l2/">L1 and L2 compared</a></li>"#))
        let crumbs = try #require(jsonLD("BreadcrumbList", in: html).first?["itemListElement"] as? [[String: Any]])
        #expect(crumbs.map { $0["name"] as? String } == ["Careers", "Career ladders", "Engineering", "L2: Senior Engineer"])
        #expect(crumbs.last?["item"] as? String == "https://careers.example.com/ladders/eng/l2/")

        let first = try #require(folder.read("public/ladders/eng/l1/index.html"))
        #expect(first.contains("<li>$60,000–$80,000 USD per year</li>"))
        #expect(first.contains(#"<div class="criterion">Writes <em>tested</em> code.</div>"#))
        #expect(first.contains(#"<li class="criterion-changed"><strong class="change-marker">Changed</strong> Designs a service.</li>"#))
    }

    @Test func aComparePageSetsTwoLevelsSideBySideWithChangesInWords() throws {
        let (_, folder) = try Self.site.build()
        let html = try #require(folder.read("public/ladders/eng/compare/l1-vs-l2/index.html"))
        #expect(html.contains("<h1>L1 and L2 compared</h1>"))
        #expect(html.contains("<title>L1 and L2 compared · Engineering · Careers</title>"))
        #expect(html.contains(#"<th scope="row">Craft <span class="row-status">Changed</span></th>"#))
        #expect(html.contains(#"<div class="criterion criterion-changed"><strong class="change-marker">Changed</strong> Designs a service.</div>"#))
        #expect(html.contains(#"<th scope="row">People <span class="row-status">Unchanged</span></th>"#))
        #expect(html.contains("<td>$60,000–$80,000 USD per year</td>"))
        #expect(html.contains(#"<a href="../../../../ladders/eng/l2/"><span class="level-badge">L2</span> Senior Engineer</a>"#))
        #expect(!html.contains("<script".appending(" src")), "no JavaScript")
        let crumbs = try #require(jsonLD("BreadcrumbList", in: html).first?["itemListElement"] as? [[String: Any]])
        #expect(crumbs.map { $0["name"] as? String } == ["Careers", "Career ladders", "Engineering", "L1 and L2 compared"])
    }

    @Test func thePostingAndTheLadderLinkToTheLevelPagesAndTheAnchorsStay() throws {
        let (_, folder) = try Self.site.build()
        let role = try #require(folder.read("public/roles/backend/index.html"))
        #expect(role.contains(#"<a class="fact-link" href="../../ladders/eng/l2/">What L2 means"#))
        #expect(role.contains(#"href="../../ladders/eng/#level-l2""#), "a Markdown link to the anchor still works")
        let ladder = try #require(folder.read("public/ladders/eng/index.html"))
        #expect(ladder.contains(#"<section class="level" id="level-l2">"#))
        #expect(ladder.contains(#"<th scope="row"><a href="../../ladders/eng/l2/">L2</a></th>"#))
        #expect(ladder.contains(#"<p class="level-page-link"><a href="../../ladders/eng/l2/">Page for L2</a></p>"#))
        #expect(ladder.contains(#"<p class="compare-step"><a href="../../ladders/eng/compare/l2-vs-l3/">L2 and L3 compared</a></p>"#))
        #expect(ladder.contains(#"<span class="inherited">As at L1</span>"#))
        #expect(ladder.contains(#"<a href="l2/">what L2 expects</a>"#), "a Markdown link to a level page is a known path")
    }

    @Test func aMarkdownLinkToALevelThatDoesNotExistIsBroken() throws {
        let site = Self.site.with("content/about.md", """
            ---
            title: About
            ---
            See [L9](/ladders/eng/l9/) and [L2 vs L9](/ladders/eng/compare/l2-vs-l9/).
            """)
        let (report, _) = try site.build()
        #expect(report.diagnostics.map(\.rule) == ["link.broken", "link.broken"])
    }

    @Test func aBrokenLinkInACriterionIsReportedOnceAtItsLineNotOnEveryLevelAndComparePage() throws {
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
                    - id: docs
                      text: ⟨link⟩"Reads [the guide](/nowhere/)."
              - {id: L2, title: Senior Engineer}
              - {id: L3, title: Staff Engineer}
            ---
            """)
        let (report, _) = try site.build()
        #expect(report.diagnostics.filter { $0.rule == "link.broken" }.map(\.location?.line) == [site.location("link").line],
                "one finding, from the ladder page: \(TestSupport.report(report.diagnostics))")
    }
}

