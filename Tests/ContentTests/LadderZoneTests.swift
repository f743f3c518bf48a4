import Diagnostics
import TestSupport
import Testing

@testable import Content

/// Criteria lists, inheritance, tracks, pay zones and bands per zone, and the ladder's
/// consistency checks (issue 16).
@Suite("Ladders: criteria, tracks, zones and consistency")
struct LadderZoneTests {
    static let path = "content/ladders/eng.md"

    /// Shared levels E1, E2; track ic: E3; track mgr: M3. Zones us-high (cities), us (country),
    /// euro. E2 leaves `people` out (inherited from E1); M3 has no euro band.
    static let ladder = """
        -- content/ladders/eng.md --
        ---
        title: Engineering
        competencies:
          - ⟨craft⟩id: craft
            title: Craft
          - ⟨people⟩id: people
            title: People
        tracks:
          - ⟨ic⟩{id: ic, title: Individual contributor}
          - {id: mgr, title: Manager}
        zones:
          - id: us-high
            title: US high-cost
            covers: ["New York, US-NY", "San Francisco, US-CA"]
          - id: us
            title: United States
            covers: [US, ⟨cover⟩US-CA]
          - id: euro
            title: Euro area
            covers: [DE, NL]
        levels:
          - id: E1
            title: Engineer I
            years: ⟨years1⟩"0-2"
            bands:
              us-high: {min: 110000, max: 140000, currency: USD, period: YEAR}
              ⟨us1⟩us: {min: 90000, max: 120000, currency: USD, period: YEAR}
              euro: {min: 50000, max: 65000, currency: EUR, period: YEAR}
            expectations:
              craft:
                - id: ⟨tests1⟩tests
                  text: ⟨testsText⟩"Writes *tested* code."
                - ⟨plain⟩Answers review comments.
              people: ⟨peopleText⟩Asks for help early.
          - id: E2
            title: Engineer II
            years: ⟨years2⟩"2-4"
            bands:
              us-high: {min: 135000, max: 170000, currency: USD, period: YEAR}
              ⟨us2⟩us: {min: 115000, max: 145000, currency: USD, period: YEAR}
              euro: {min: 62000, max: 80000, currency: EUR, period: YEAR}
            expectations:
              ⟨craft2⟩craft:
                - {id: tests, text: Designs the tests of a feature.}
          - id: E3
            title: Senior Engineer
            track: ⟨track⟩ic
            years: "4-7"
            bands:
              us: {min: 130000, max: 175000, currency: USD, period: YEAR}
            expectations:
              people: Mentors on purpose.
          - id: M3
            title: Engineering Manager
            track: mgr
            bands:
              us: {min: 135000, max: 180000, currency: USD, period: YEAR}
        ---
        Intro
        """

    func parsed(_ site: FixtureSite) -> (Ladder?, [String]) {
        let (document, diagnostics) = parse(Self.path, site.files[Self.path]!)
        return (document?.ladder, report(diagnostics))
    }

    func variant(_ old: String, _ new: String) -> FixtureSite {
        precondition(Self.ladder.contains(old), old)
        return FixtureSite(Self.ladder.replacingOccurrences(of: old, with: new))
    }

    @Test("criteria lists keep ids, texts and positions; a level without a band in one zone is fine")
    func criteriaAndBands() throws {
        let site = FixtureSite(Self.ladder)
        let (ladder, diagnostics) = parsed(site)
        #expect(diagnostics == [])
        let levels = try #require(ladder?.levels)
        let craft = try #require(levels[0].expectations["craft"])
        #expect(craft.isList)
        #expect(craft.criteria.map(\.id) == ["tests", nil])
        #expect(craft.criteria.map(\.text) == ["Writes *tested* code.", "Answers review comments."])
        #expect(craft.criteria.map(\.location) == [site.location("testsText"), site.location("plain")])
        let people = try #require(levels[0].expectations["people"])
        #expect(!people.isList && people.criteria.map(\.text) == ["Asks for help early."])
        #expect(people.criteria[0].location == site.location("peopleText"))
        #expect(levels[1].expectations["craft"]?.location == site.location("craft2"))
        #expect(levels.map(\.track) == [nil, nil, "ic", "mgr"])
        #expect(levels[0].bands["euro"] == SalaryRange(min: 50000, max: 65000, currency: "EUR", period: .YEAR))
        #expect(levels[3].bands.keys.sorted() == ["us"])
        #expect(levels[0].fieldLocations["bands.us"] == site.location("us1"))
        #expect(levels[0].fieldLocations["years"] == site.location("years1"))
        #expect(ladder?.zones.map(\.id) == ["us-high", "us", "euro"])
        #expect(ladder?.zones[0].areas == [ZoneArea(country: "US", region: "NY", city: "New York"),
                                          ZoneArea(country: "US", region: "CA", city: "San Francisco")])
        #expect(ladder?.competencies.map(\.location) == [site.location("craft"), site.location("people")])
    }

    @Test("a level inherits what it leaves out from the level below on its track, and says from where")
    func inheritance() throws {
        let ladder = try #require(parsed(FixtureSite(Self.ladder)).0)
        let (e1, e2, e3, m3) = (ladder.levels[0], ladder.levels[1], ladder.levels[2], ladder.levels[3])
        #expect(ladder.expectation(at: e2, competency: "people")?.from == "E1")
        #expect(ladder.expectation(at: e2, competency: "craft")?.from == "E2")
        #expect(ladder.expectation(at: e3, competency: "craft")?.from == "E2")
        #expect(ladder.expectation(at: e3, competency: "people")?.from == "E3")
        // The manager track inherits from the shared levels, never from the other track.
        #expect(ladder.expectation(at: m3, competency: "people")?.from == "E1")
        #expect(ladder.expectation(at: e1, competency: "craft")?.expectation.criteria.count == 2)
    }

    @Test("tracks share the lower levels and split after the last shared one")
    func trackOrder() throws {
        let ladder = try #require(parsed(FixtureSite(Self.ladder)).0)
        #expect(ladder.levels(onTrack: "ic").map(\.id) == ["E1", "E2", "E3"])
        #expect(ladder.levels(onTrack: "mgr").map(\.id) == ["E1", "E2", "M3"])
        #expect(ladder.nextLevels(of: ladder.levels[1]).map(\.id) == ["E3", "M3"])
        #expect(ladder.nextLevels(of: ladder.levels[0]).map(\.id) == ["E2"])
        #expect(ladder.previousLevel(of: ladder.levels[3])?.id == "E2")
        #expect(ladder.nextLevels(of: ladder.levels[2]).isEmpty)
    }

    @Test("a place is in the zone of its most specific match: city, then region, then country; cities match in any case")
    func zoneMatching() throws {
        let ladder = try #require(parsed(FixtureSite(Self.ladder)).0)
        func zone(_ city: String?, _ region: String?, _ country: String) -> String? {
            ladder.zone(covering: Location(city: city, region: region, country: country))?.id
        }
        #expect(zone("New York", "NY", "US") == "us-high")
        #expect(zone("new york", "ny", "US") == "us-high")
        #expect(zone("San Francisco", "CA", "US") == "us-high")
        #expect(zone("Los Angeles", "CA", "US") == "us")   // the region US-CA, in zone us
        #expect(zone("Buffalo", "NY", "US") == "us")
        #expect(zone(nil, nil, "US") == "us")
        #expect(zone("New York", nil, "US") == "us")       // the city entry names its region
        #expect(zone("Berlin", nil, "DE") == "euro")
        #expect(zone("Toronto", "ON", "CA") == nil)
    }

    @Test("a criterion id follows the identifier rule and is unique in its cell; the same id at another level is fine")
    func criterionIDs() {
        let bad = variant("- id: ⟨tests1⟩tests", "- id: ⟨tests1⟩\"two words\"")
        #expect(parsed(bad).1 == [
            "\(bad.location("tests1")): error: 'levels[0].expectations.craft[0].id' must use only letters, digits, '-' and '_', found 'two words' [front-matter.value]",
        ])
        let twice = variant("- ⟨plain⟩Answers review comments.", "- {id: ⟨again⟩tests, text: Again.}")
        #expect(parsed(twice).1 == [
            "\(twice.location("again")): error: 'levels[0].expectations.craft[1].id' 'tests' is used by another criterion of this level and competency; a criterion id is unique within its cell [front-matter.value]",
        ])
        let empty = variant("  ⟨craft2⟩craft:\n        - {id: tests, text: Designs the tests of a feature.}", "  craft: ⟨list⟩[]")
        #expect(parsed(empty).1 == [
            "\(empty.location("list")): error: 'levels[1].expectations.craft' must list at least one criterion; leave the competency out to inherit it from the level below [front-matter.value]",
        ])
    }

    @Test("track: must name a track (with did-you-mean); shared levels come before track levels; a track without levels is a warning")
    func tracks() {
        let unknown = variant("track: ⟨track⟩ic", "track: ⟨track⟩icc")
        #expect(parsed(unknown).1 == [
            "\(unknown.location("track")): error: 'levels[2].track' 'icc' is not a track of this ladder; did you mean 'ic'? [front-matter.value]",
        ])
        let shared = variant("  - id: M3\n    title: Engineering Manager\n    track: mgr\n", "  - ⟨m3⟩id: M3\n    title: Engineering Manager\n")
        #expect(parsed(shared).1 == [
            "\(shared.location("m3")): error: level 'M3' has no track but comes after level 'E3' of a track; the levels every track shares come first, then each track's own levels (give 'M3' a `track:`, or move it up) [front-matter.value]",
        ])
        let empty = variant("    track: ⟨track⟩ic\n", "    track: mgr\n")
        #expect(parsed(empty).1 == [
            "\(empty.location("ic")): warning: track 'ic' has no levels; give the levels of this track `track: ic`, or remove the track [ladder.empty-track]",
        ])
    }

    @Test("level ids that differ only in case, and 'compare', are errors at the id")
    func levelIDs() {
        let cased = variant("- id: E2", "- id: ⟨id⟩e1")
        #expect(parsed(cased).1 == [
            "\(cased.location("id")): error: 'levels[1].id' 'e1' differs from level 'E1' only in case; both would be published at /e1/ below the ladder, so choose another id [front-matter.value]",
        ])
        let compare = variant("- id: E2", "- id: ⟨id⟩Compare")
        #expect(parsed(compare).1 == [
            "\(compare.location("id")): error: 'levels[1].id' 'Compare' cannot be a level id: /ladders/<ladder>/compare/ holds the pages that compare two levels; choose another id [front-matter.value]",
        ])
    }

    @Test("covers entries are a country, a region or a city with its country or region", arguments: [
        ("U.S.", "must be a country code (US), a region (US-CA) or a city with its country or region (\"New York, US-NY\", \"Toronto, CA\"), found 'U.S.'"),
        ("us", "writes codes in capitals: 'US', found 'us'"),
        ("\"Boston, us-ma\"", "writes codes in capitals: 'Boston, US-MA', found 'Boston, us-ma'"),
        ("XX", "names no country: 'XX' is not an ISO 3166-1 code (such as US, CA, DE or GB), found 'XX'"),
        ("\", US\"", "must be a country code (US), a region (US-CA) or a city with its country or region (\"New York, US-NY\", \"Toronto, CA\"), found ', US'"),
    ])
    func covers(written: String, problem: String) {
        let site = variant("⟨cover⟩US-CA", "⟨cover⟩\(written)")
        #expect(parsed(site).1 == ["\(site.location("cover")): error: 'zones[1].covers[1]' \(problem) [front-matter.value]"])
    }

    /// ISO 3166-1 leaves XA–XZ to users; XK is the one they agree on (Kosovo), so zones take it as
    /// postings do (ISOCodes), and refuse another user-assigned code like them.
    @Test("XK (Kosovo) is a country for a zone as for a posting; XA is neither")
    func kosovo() {
        for written in ["XK", "\"Pristina, XK\""] {
            #expect(parsed(variant("⟨cover⟩US-CA", "⟨cover⟩\(written)")).1 == [], "\(written)")
        }
        #expect(report(parse(postingPath, posting(replacing: "country: DE", with: "country: XK")).diagnostics) == [])
        let zone = variant("⟨cover⟩US-CA", "⟨cover⟩XA")
        #expect(parsed(zone).1 == [
            "\(zone.location("cover")): error: 'zones[1].covers[1]' names no country: 'XA' is not an ISO 3166-1 code (such as US, CA, DE or GB), found 'XA' [front-matter.value]",
        ])
        #expect(report(parse(postingPath, posting(replacing: "country: DE", with: "country: XA")).diagnostics) == [
            "\(postingPath):4:14: error: 'locations[0].country' must be a two-letter ISO 3166-1 country code in capitals such as DE or US, found 'XA' [front-matter.value]",
        ])
    }

    @Test("a zoned ladder takes bands:, a ladder without zones salary:; a band's zone must exist")
    func bandsOrSalary() {
        let salary = variant("    bands:\n      us: {min: 130000", "    salary: ⟨salary⟩{min: 1, max: 2, currency: USD, period: YEAR}\n    bands:\n      us: {min: 130000")
        #expect(parsed(salary).1 == [
            "\(salary.location("salary")): error: 'levels[2].salary' is one band, but this ladder has zones; give the level's band per zone under `bands:` (bands: {<zone id>: {min, max, currency, period}}) [front-matter.value]",
        ])
        let unknown = variant("      us: {min: 135000", "      ⟨eu⟩eur: {min: 80000, max: 90000, currency: EUR, period: YEAR}\n      us: {min: 135000")
        #expect(parsed(unknown).1 == [
            "\(unknown.location("eu")): error: unknown key 'levels[3].bands.eur' in pay bands by zone id; did you mean 'euro'? [front-matter.unknown-key]",
        ])
        let noZones = FixtureSite("""
            -- content/ladders/eng.md --
            ---
            title: Engineering
            competencies: [{id: craft, title: Craft}]
            levels:
              - id: E1
                title: Engineer
                bands: ⟨bands⟩{us: {min: 1, max: 2, currency: USD, period: YEAR}}
            ---
            """)
        #expect(parsed(noZones).1 == [
            "\(noZones.location("bands")): error: 'levels[0].bands' gives bands per zone, but this ladder has no `zones:`; list the zones, or give the level one band with `salary:` [front-matter.value]",
        ])
    }
}

/// The consistency checks: warnings at the line, none for the consistent ladder above.
@Suite("Ladders: consistency checks")
struct LadderConsistencyTests {
    typealias Base = LadderZoneTests

    @Test("a band lower than the level below, per zone and along the track, is a warning at the band")
    func bandOrder() {
        let site = Base().variant("⟨us2⟩us: {min: 115000, max: 145000", "⟨us2⟩us: {min: 85000, max: 145000")
        #expect(Base().parsed(site).1 == [
            "\(site.location("us2")): warning: the E2 band in zone 'us' 85000–145000 USD is lower than the E1 band below it (90000–120000); a band's min and max should not fall as the level rises [ladder.band-order]",
        ])
        // M3 (manager track) is compared with E2, not with E3 of the other track; E3's us band
        // (130000–175000) below M3's own would not matter.
        let otherTrack = Base().variant("us: {min: 135000, max: 180000", "us: {min: 125000, max: 180000")
        #expect(Base().parsed(otherTrack).1 == [])
    }

    @Test("typical years that go backwards are a warning at the years")
    func yearsOrder() {
        let site = Base().variant("years: ⟨years1⟩\"0-2\"", "years: \"5-8\"")
        #expect(Base().parsed(site).1 == [
            "\(site.location("years2")): warning: typical years '2-4' of E2 start below the '5-8' of E1, the level below; typical years should not go backwards as the level rises [ladder.years-order]",
        ])
    }

    @Test("a band in another currency or period than the rest of its zone is a warning at that band")
    func bandUnit() {
        let site = Base().variant("⟨us2⟩us: {min: 115000, max: 145000, currency: USD", "⟨us2⟩us: {min: 115000, max: 145000, currency: CAD")
        #expect(Base().parsed(site).1 == [
            "\(site.location("us2")): warning: the E2 band in zone 'us' is in CAD per YEAR, the other bands of the zone in USD per YEAR; write every band of a zone in one currency and period (a zone for another currency is a zone of its own) [ladder.band-unit]",
        ])
    }

    @Test("a competency no level up to some level writes is a warning at the competency")
    func missingExpectation() {
        let site = Base().variant("      people: ⟨peopleText⟩Asks for help early.\n", "")
        #expect(Base().parsed(site).1 == [
            "\(site.location("people")): warning: competency 'people' has no expectation at levels E1, E2, M3, not even one inherited from a level below; write it at E1 [ladder.missing-expectation]",
        ])
    }

    @Test("the range for a zone is its own range, else the range without a zone")
    func payRangeInZone() {
        let body = MarkdownBody(text: "", firstLine: 1)
        let usd = SalaryRange(min: 100, max: 200, currency: "USD", period: .YEAR)
        let cad = SalaryRange(min: 130, max: 260, currency: "CAD", period: .YEAR)
        var role = Role(source: "r.md", slug: "r", title: "R", locations: [], remote: .remote, employmentTypes: [],
                        salary: usd, datePosted: CalendarDate("2026-01-01")!, body: body)
        #expect(role.payRanges == [ZonedSalary(range: usd)], "a Role made with only `salary` has that one range")
        #expect(role.payRange(inZone: "ca") == ZonedSalary(range: usd) && role.payRange(inZone: nil) == ZonedSalary(range: usd))

        role.salaries = [ZonedSalary(zone: "us", range: usd), ZonedSalary(zone: "ca", range: cad)]
        #expect(role.payRange(inZone: "ca")?.range == cad)
        #expect(role.payRange(inZone: "eu") == nil, "a zone the posting has no range for")
        #expect(role.payRange(inZone: nil) == nil, "a place no zone covers, with ranges only per zone")
        role.salary = nil
        role.salaries = []
        #expect(role.payRanges.isEmpty && role.payRange(inZone: "us") == nil)
    }
}
