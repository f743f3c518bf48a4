import Content
import Diagnostics
import TestSupport
import Testing

@testable import Site

/// The band check per zone (issue 16): each location's zone, the posting's range for it, the
/// level's band there, in the same currency and period; warnings at the range's line when it
/// cannot compare, errors for unknown zones.
@Suite("Pay zones: the band check per location")
struct PayZoneTests {
    /// Zones us-high (New York, San Francisco), us (the country), euro (DE, NL); E3 has no euro band.
    static let ladder = """
        -- content/ladders/eng.md --
        ---
        title: Engineering
        competencies: [{id: craft, title: Craft}]
        zones:
          - {id: us-high, title: US high-cost, covers: ["New York, US-NY", "San Francisco, US-CA"]}
          - {id: us, title: United States, covers: [US]}
          - {id: euro, title: Euro area, covers: [DE, NL]}
        levels:
          - id: E2
            title: Engineer II
            bands:
              us-high: {min: 135000, max: 170000, currency: USD, period: YEAR}
              us: {min: 115000, max: 145000, currency: USD, period: YEAR}
              euro: {min: 62000, max: 80000, currency: EUR, period: YEAR}
          - id: E3
            title: Senior Engineer
            bands:
              us-high: {min: 165000, max: 210000, currency: USD, period: YEAR}
              us: {min: 130000, max: 175000, currency: USD, period: YEAR}
        ---
        """

    /// The findings of linking the ladder with one posting at `level` (lines 2–, `locations`
    /// and `salary` as written; `ladder: eng`).
    func check(_ posting: String, level: String = "E2", ladder: String = "ladder: eng") -> (FixtureSite, [String]) {
        let (site, groups) = diagnose(posting, level: level, ladder: ladder)
        return (site, groups.flatMap(report))
    }

    /// `check`'s findings as values (their `suggestion`s too): the parser's of each file, then the linker's.
    func diagnose(_ posting: String, level: String = "E2", ladder: String = "ladder: eng") -> (FixtureSite, [[Diagnostic]]) {
        let placement = ladder.isEmpty ? "" : "\(ladder)\nlevel: \(level)\n"
        let site = FixtureSite(Self.ladder + "\n-- content/roles/a.md --\n---\ntitle: Engineer\n\(placement)remote: remote\nemployment_type: FULL_TIME\ndate_posted: 2026-05-01\n\(posting)\n---\n")
        var documents: [Document] = []
        var findings: [[Diagnostic]] = []
        for path in ["content/ladders/eng.md", "content/roles/a.md"] {
            let (document, diagnostics) = ContentParser.parse(SourceFile(path: path, text: site.files[path]!))
            findings.append(diagnostics)
            if let document { documents.append(document) }
        }
        let linked = Linker.link(config: SiteTests.site, documents: documents, options: LinkOptions(today: day("2026-05-15"))).1
        return (site, findings + [linked])
    }

    @Test("a remote posting with a range per zone, each inside its zone's band, passes; so does one range in one zone")
    func inBand() throws {
        #expect(check("""
            locations: [{country: US}, {country: NL}, {city: New York, region: NY, country: US}]
            salary:
              - {zone: us, min: 120000, max: 140000, currency: USD, period: YEAR}
              - {zone: euro, min: 65000, max: 75000, currency: EUR, period: YEAR}
              - {zone: us-high, min: 140000, max: 160000, currency: USD, period: YEAR}
            """).1 == [])
        #expect(check("""
            locations: [{city: Berlin, country: DE}, {city: Amsterdam, country: NL}]
            salary: {min: 65000, max: 75000, currency: EUR, period: YEAR}
            """).1 == [])
    }

    @Test("a range outside its zone's band is a warning at that range's line, once for many places of one zone")
    func outsideBand() throws {
        let (site, findings) = check("""
            locations: [{city: New York, region: NY, country: US}, {city: San Francisco, region: CA, country: US}, {country: US}]
            salary:
              - {zone: us, min: 120000, max: 140000, currency: USD, period: YEAR}
              - ⟨high⟩{zone: us-high, min: 120000, max: 160000, currency: USD, period: YEAR}
            """)
        #expect(findings == [
            "\(site.location("high")): warning: the pay range 120000–160000 USD lies outside the E2 band 135000–170000 USD of ladder 'eng' in zone 'us-high' (US high-cost) [pay.outside-band]",
        ])
    }

    @Test("issue 16: an E3 role paying EUR on a USD band is a mismatch at the salary line, not a silent skip")
    func currencyMismatch() throws {
        let (site, findings) = check("""
            locations: [{city: Chicago, region: IL, country: US}]
            ⟨salary⟩salary: {min: 75000, max: 95000, currency: EUR, period: YEAR}
            """, level: "E3")
        #expect(findings == [
            "\(site.location("salary")): warning: the pay range 75000–95000 EUR per YEAR cannot be compared with the E3 band 130000–175000 USD per YEAR of ladder 'eng' in zone 'us' (United States): the currencies differ (EUR, USD); give the range in USD per YEAR, or add a zone for the place in its own currency [pay.band-mismatch]",
        ])
    }

    /// "a zone in its own currency" helps only when the currency differs.
    @Test func currencyAndPeriodMismatchNamesBothAndTheZone() throws {
        let (site, findings) = check("""
            locations: [{city: Chicago, region: IL, country: US}]
            ⟨salary⟩salary: {min: 6000, max: 8000, currency: EUR, period: MONTH}
            """, level: "E3")
        #expect(findings == [
            "\(site.location("salary")): warning: the pay range 6000–8000 EUR per MONTH cannot be compared with the E3 band 130000–175000 USD per YEAR of ladder 'eng' in zone 'us' (United States): the currencies differ (EUR, USD) and the periods differ (MONTH, YEAR); give the range in USD per YEAR, or add a zone for the place in its own currency [pay.band-mismatch]",
        ])
    }

    @Test("issue 16: an hourly range of 98,000 is implausible at its period, and a period mismatch at the salary line")
    func hourly() throws {
        let (site, findings) = check("""
            locations: [{country: US}]
            ⟨salary⟩salary: {min: 98000, max: 120000, currency: USD, period: ⟨period⟩HOUR}
            """)
        #expect(findings == [
            "\(site.location("period")): warning: 120000 USD per HOUR is not a plausible amount for that period (more than 2000); is the period wrong (YEAR?) [pay.implausible]",
            "\(site.location("salary")): warning: the pay range 98000–120000 USD per HOUR cannot be compared with the E2 band 115000–145000 USD per YEAR of ladder 'eng' in zone 'us' (United States): the periods differ (HOUR, YEAR); give the range in USD per YEAR [pay.band-mismatch]",
        ])
        #expect(check("locations: [{country: US}]\nsalary: {min: 55, max: 70, currency: USD, period: HOUR}").1.map { $0.hasSuffix("[pay.band-mismatch]") } == [true])
    }

    @Test("when a place has no zone, the level no band in its zone, or the posting no range for it, a warning says which")
    func cannotCompare() throws {
        let (noZone, noZoneFindings) = check("""
            locations: [{city: Toronto, country: CA}, {country: US}]
            ⟨salary⟩salary: {min: 120000, max: 140000, currency: USD, period: YEAR}
            """)
        #expect(noZoneFindings == [
            "\(noZone.location("salary")): warning: no pay zone of ladder 'eng' covers Toronto, CA, so the pay range cannot be checked against a band; add the place to a zone's `covers:` [pay.no-zone]",
        ])
        let (noBand, noBandFindings) = check("""
            locations: [{city: Berlin, country: DE}]
            ⟨salary⟩salary: {min: 80000, max: 90000, currency: EUR, period: YEAR}
            """, level: "E3")
        #expect(noBandFindings == [
            "\(noBand.location("salary")): warning: ladder 'eng' gives level E3 no band in zone 'euro' (Euro area), so the pay range for Berlin, DE cannot be checked; add `bands: {euro: …}` to level E3 [pay.no-band]",
        ])
        let (noRange, noRangeFindings) = check("""
            locations: [{country: US}, {country: DE}]
            ⟨salary⟩salary:
              - {zone: us, min: 120000, max: 140000, currency: USD, period: YEAR}
            """)
        #expect(noRangeFindings == [
            "\(noRange.location("salary")): warning: the posting gives no pay range for zone 'euro' (Euro area), which covers DE; add a range with `zone: euro` [pay.no-zone]",
        ])
    }

    @Test("a range's zone must be a zone of the posting's ladder; a posting without a zoned ladder gives one range")
    func unknownZones() throws {
        let (site, findings) = check("""
            locations: [{country: US}]
            salary:
              - {zone: ⟨eu⟩eur, min: 65000, max: 75000, currency: EUR, period: YEAR}
            """)
        #expect(findings == ["\(site.location("eu")): error: 'eur' is not a pay zone of ladder 'eng'; did you mean 'euro'? [pay.unknown-zone]"])
        let (_, groups) = diagnose("locations: [{country: US}]\nsalary: {zone: us-hihg, min: 120000, max: 140000, currency: USD, period: YEAR}")
        let diagnostics = groups.joined()
        #expect(diagnostics.map(\.suggestion) == ["us-high"])
        #expect(diagnostics.first?.location?.column == 16, "at the zone value, not the range")
        let (noLadder, noLadderFindings) = check("""
            locations: [{country: US}]
            salary:
              - ⟨us⟩{zone: us, min: 120000, max: 140000, currency: USD, period: YEAR}
            """, level: "E2", ladder: "")
        #expect(noLadderFindings == ["\(noLadder.location("us")): error: the pay ranges name zones, but the posting has no ladder to take the zones from; give one range without `zone:`, or add `ladder:` and `level:` [pay.unknown-zone]"])
    }

    @Test("a list of ranges needs a zone on each, and one range per zone")
    func rangeList() throws {
        let (site, findings) = check("""
            locations: [{country: US}]
            salary:
              - {zone: us, min: 120000, max: 140000, currency: USD, period: YEAR}
              - ⟨item⟩{min: 120000, max: 140000, currency: USD, period: YEAR}
              - {zone: ⟨twice⟩us, min: 120000, max: 140000, currency: USD, period: YEAR}
            """)
        #expect(findings == [
            "\(site.location("item")): error: missing required field 'salary[1].zone' (in a list of ranges, each range is for one pay zone of the posting's ladder) [front-matter.missing-field]",
            "\(site.location("twice")): error: 'salary[2].zone' 'us' already has a range in this posting; give one range per zone [front-matter.value]",
        ])
    }
}
