import Build
import Foundation
import TestSupport
import Testing

/// The `ladders` browser test site (two tracks, USD and EUR zones, criteria lists) built whole:
/// no findings, and pay per zone on the posting page and in jobs.json.
@Suite("The ladders test site")
struct LadderSiteTests {
    @Test func itBuildsWithoutFindingsAndShowsEachZonesRange() throws {
        let output = try TemporaryFolder()
        let options = BuildOptions(source: repositoryRoot.appendingPathComponent("Tests/Browser/Sites/ladders"),
                                   output: output.url.appendingPathComponent("public"), today: fixedToday)
        let report = SiteBuilder.build(options)
        #expect(report.diagnostics.map(\.description) == [])
        let page = try #require(output.read("public/roles/staff-engineer-remote/index.html"))
        #expect(page.contains("United States: $175,000–$215,000 USD per year · Euro area: €100,000–€120,000 EUR per year"))
        let jobs = try #require(output.read("public/jobs.json"))
        #expect(jobs.contains("""
            "salaries" : [
                    {
                      "currency" : "USD",
                      "max" : 215000,
                      "min" : 175000,
                      "period" : "YEAR",
                      "zone" : "us"
                    },
            """))
    }
}
