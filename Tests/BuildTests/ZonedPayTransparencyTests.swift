import Build
import Content
import Foundation
import Lint
import TestSupport
import Testing

/// A posting that gives pay per zone must show the range of each place a law covers: a New York
/// posting with only the "US other" range, or a US posting with only a Canadian range, shows
/// no pay where the law asks for it. A too-wide range is reported at its own line.
@Suite("pay transparency with pay per zone")
struct ZonedPayTransparencyTests {
    static func site(_ salary: String, locations: String, remote: String = "onsite") -> FixtureSite {
        FixtureSite("""
            -- content/ladders/eng.md --
            ---
            title: Engineering
            competencies: [{id: craft, title: Craft}]
            zones:
              - {id: us-high, title: US high-cost, covers: ["New York, US-NY"]}
              - {id: us, title: US other, covers: [US]}
              - {id: canada, title: Canada, covers: [CA]}
            levels:
              - id: E3
                title: Engineer
                expectations: {craft: Builds.}
                bands:
                  us-high: {min: 150000, max: 200000, currency: USD, period: YEAR}
                  us: {min: 120000, max: 170000, currency: USD, period: YEAR}
                  canada: {min: 100000, max: 160000, currency: CAD, period: YEAR}
            ---
            -- content/roles/x.md --
            ---
            title: ⟨title⟩Engineer
            ladder: eng
            level: E3
            locations: \(locations)
            remote: \(remote)
            employment_type: FULL_TIME
            date_posted: 2026-11-01
            valid_through: 2027-06-30
            \(salary)
            ---
            Build things.
            """)
    }

    static func check(_ site: FixtureSite) throws -> [String] {
        let folder = try TemporaryFolder()
        try site.write(to: folder.url)
        var options = BuildOptions(source: folder.url, today: fixedToday)
        options.lints = [PayTransparencyLint()]
        return report(SiteBuilder.check(options)).filter { $0.contains("[pay.range") }
    }

    @Test func aNewYorkPostingWithOnlyTheOtherZonesRangeShowsNoPayForNewYork() throws {
        let site = Self.site("""
            salary:
              - ⟨us⟩{zone: us, min: 120000, max: 170000, currency: USD, period: YEAR}
            """, locations: "[{city: New York, region: NY, country: US}]")
        let found = try Self.check(site)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("\(site.location("us")): error: no pay range is shown for New York City (the posting's ranges are for other pay zones), as required by New York City (") == true, "\(found)")
        #expect(found.first?.hasSuffix("; add a range with `zone: us-high` [pay.range-required]") == true, "the zone to add, not a min: \(found)")
        let fixed = Self.site("""
            salary:
              - {zone: us-high, min: 150000, max: 200000, currency: USD, period: YEAR}
            """, locations: "[{city: New York, region: NY, country: US}]")
        #expect(try Self.check(fixed) == [])
    }

    @Test func aRemoteUSPostingWithOnlyACanadianRangeShowsNoPayInTheUS() throws {
        let site = Self.site("""
            salary:
              - ⟨ca⟩{zone: canada, min: 135000, max: 150000, currency: CAD, period: YEAR}
            """, locations: "[{country: US}]", remote: "remote")
        let found = try Self.check(site)
        #expect(found.count == 1 && found[0].hasPrefix("\(site.location("ca")): error: no pay range is shown for "), "\(found)")
        #expect(found.first?.hasSuffix("; add a range with `zone: us` [pay.range-required]") == true, "\(found)")
    }

    @Test func aTooWideRangeIsReportedAtItsOwnLine() throws {
        let site = Self.site("""
            salary:
              - {zone: us-high, min: 150000, max: 200000, currency: USD, period: YEAR}
              - ⟨wide⟩{zone: canada, min: 100000, max: 160000, currency: CAD, period: YEAR}
            """, locations: "[{city: New York, region: NY, country: US}, {city: Toronto, region: ON, country: CA}]", remote: "hybrid")
        let folder = try TemporaryFolder()
        try site.write(to: folder.url)
        var options = BuildOptions(source: folder.url, today: fixedToday)
        options.lints = [PayTransparencyLint()]
        let wide = report(SiteBuilder.check(options)).filter { $0.hasSuffix("[pay.range-too-wide]") }
        #expect(wide == [
            "\(site.location("wide")): warning: the range 100000–160000 CAD spans 60000, more than the 50000 CAD allowed by Ontario (ESA 2000 Part III.1; O. Reg. 476/24); narrow the range [pay.range-too-wide]",
        ])
    }

    /// A mistyped zone id, or a ladder that failed validation, is reported once, by its own
    /// error: the lint does not add that the posting shows no pay where it does give it.
    @Test func aZoneThatCannotBeResolvedCausesNoPayLawFinding() throws {
        let mistyped = Self.site("""
            salary:
              - {zone: ⟨zone⟩us-hi, min: 150000, max: 200000, currency: USD, period: YEAR}
            """, locations: "[{city: New York, region: NY, country: US}]")
        let folder = try TemporaryFolder()
        try mistyped.write(to: folder.url)
        var options = BuildOptions(source: folder.url, today: fixedToday)
        options.lints = [PayTransparencyLint()]
        let all = report(SiteBuilder.check(options))
        #expect(all == ["\(mistyped.location("zone")): error: 'us-hi' is not a pay zone of ladder 'eng'; its zones are us-high, us, canada [pay.unknown-zone]"], "\(all)")

        let brokenLadder = FixtureSite(Self.site("""
            salary:
              - {zone: us-high, min: 150000, max: 200000, currency: USD, period: YEAR}
              - {zone: canada, min: 100000, max: 140000, currency: CAD, period: YEAR}
            """, locations: "[{city: New York, region: NY, country: US}, {city: Toronto, region: ON, country: CA}]", remote: "hybrid")
            .files.sorted { $0.key < $1.key }.map { "-- \($0.key) --\n\($0.value)" }.joined(separator: "\n")
            .replacingOccurrences(of: "      canada: {min: 100000", with: "      canda: {min: 100000"))
        let brokenFolder = try TemporaryFolder()
        try brokenLadder.write(to: brokenFolder.url)
        var brokenOptions = BuildOptions(source: brokenFolder.url, today: fixedToday)
        brokenOptions.lints = [PayTransparencyLint()]
        let found = report(SiteBuilder.check(brokenOptions))
        #expect(found.first?.hasPrefix("content/ladders/eng.md:15:7: error: unknown key 'levels[0].bands.canda'") == true, "\(found)")
        #expect(!found.contains { $0.contains("[pay.range") }, "no pay-range finding follows from the ladder's error: \(found)")
    }
}
