import BuiltIn
import Content
import Foundation
import Lint
import TestSupport
import Testing

/// The pay transparency table is data (`data/pay-transparency.yml`), compiled in, read strictly,
/// and listed in the README.
@Suite("pay transparency table")
struct PayLawTableTests {
    static let fileURL = repositoryRoot.appendingPathComponent(PayLaws.path)

    @Test func theCompiledTableIsTheRepositorysFile() throws {
        let onDisk = try Data(contentsOf: Self.fileURL)
        let compiled = try #require(BuiltInData.file(PayLaws.path), "run `make theme`")
        #expect(compiled.bytes == [UInt8](onDisk), "data/pay-transparency.yml changed; run `make theme`")
        #expect(BuiltInData.files.map(\.path).filter { !$0.hasPrefix("data/wording/") } == ["data/pay-transparency.yml"])
    }

    @Test func theTableParsesAndHasEveryJurisdictionTheIssueAsksFor() throws {
        let laws = try PayLaws.parse(String(contentsOf: Self.fileURL, encoding: .utf8))
        #expect(laws == PayLaws.builtIn)
        #expect(laws.map(\.id) == ["us-co", "us-ca", "us-wa", "us-ny-nyc", "us-ny", "us-nj", "us-nj-jersey-city", "us-il", "us-md",
                                   "us-mn", "us-vt", "us-ma", "us-hi", "us-dc", "us-oh-cleveland", "us-oh-columbus", "ca-on",
                                   "ca-bc", "at", "eu"])
        for law in laws {
            #expect(!law.source.isEmpty && !law.citation.isEmpty && !law.places.isEmpty, "\(law.id)")
        }
        let columbus = try #require(laws.first { $0.id == "us-oh-columbus" })
        #expect(columbus.effectiveFrom == CalendarDate("2025-12-03") && columbus.enforcedFrom == CalendarDate("2027-01-01"))
        let ontario = try #require(laws.first { $0.id == "ca-on" })
        #expect(ontario.requires == [.aiScreening, .vacancy] && ontario.rangeLimit?.width == 50000 && ontario.minEmployees == 25)
        let eu = try #require(laws.first { $0.id == "eu" })
        #expect(!eu.inAd && eu.places.count == 27 && eu.effectiveFrom == CalendarDate("2026-06-07"))
    }

    static let minimal = """
        laws:
          - id: x
            name: X
            kind: state
            law: A law
            citation: "§ 1"
            source: https://example.gov/
            places: [{country: US, regions: [XX]}]
            effective_from: 2025-01-01
            min_employees: null
            remote: true
            in_ad: true
            requires: []
        """

    @Test func aMinimalLawParses() throws {
        let laws = try PayLaws.parse(Self.minimal)
        #expect(laws.count == 1 && laws[0].minEmployees == nil && laws[0].enforcedFrom == nil && laws[0].note == nil)
    }

    /// Each malformed table is refused with the law and key it is about.
    @Test(arguments: [
        ("    remote: true\n", "    remote: true\n    remot: true\n", "laws[0].remot is not a key of the table"),
        ("    in_ad: true\n", "", "laws[0].in_ad is missing"),
        ("2025-01-01", "2025-1-1", "laws[0].effective_from '2025-1-1' must be a date YYYY-MM-DD"),
        ("2025-01-01", "2025-01-01\n    enforced_from: 2024-12-31", "laws[0].enforced_from must be after effective_from (leave it out when they are the same)"),
        ("kind: state", "kind: county", "laws[0].kind 'county' must be one of country, state, province, city, supranational"),
        ("min_employees: null", "min_employees: 0", "laws[0].min_employees must be a whole number ≥ 1 or null"),
        ("remote: true", "remote: yes", "laws[0].remote 'yes' must be true or false"),
        ("requires: []", "requires: [benefit]", "laws[0].requires: expected benefits, ai_screening or vacancy"),
        ("country: US", "country: usa", "laws[0].places[0].country 'usa' must be an ISO 3166-1 alpha-2 code"),
        // The shape of a code is not enough: the list postings and zones use (UK is GB; XA names nothing).
        ("country: US", "country: UK", "laws[0].places[0].country 'UK' must be an ISO 3166-1 alpha-2 code"),
        ("country: US", "country: XA", "laws[0].places[0].country 'XA' must be an ISO 3166-1 alpha-2 code"),
        ("https://example.gov/", "http://example.gov/", "laws[0].source must be an https URL"),
        ("id: x", "id: X", "laws[0].id 'X' must be lowercase letters, digits and -"),
    ])
    func aMalformedTableIsRefused(replacing: String, with: String, error: String) {
        let text = Self.minimal.replacingOccurrences(of: replacing, with: with)
        #expect(throws: PayLaws.TableError(message: error)) { try PayLaws.parse(text) }
    }

    @Test func aLawListedTwiceIsRefused() {
        let twice = Self.minimal + "\n" + Self.minimal.split(separator: "\n").dropFirst().joined(separator: "\n")
        #expect(throws: PayLaws.TableError(message: "law id 'x' is listed twice")) { try PayLaws.parse(twice) }
    }

    @Test func theReadmeListsEveryLaw() throws {
        let url = repositoryRoot.appendingPathComponent("README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- pay-laws -->\n"))
        let end = try #require(readme.range(of: "\n<!-- /pay-laws -->", range: start.upperBound..<readme.endIndex))
        let table = String(readme[start.upperBound..<end.lowerBound])
        let generated = PayLaws.markdownTable()
        if ProcessInfo.processInfo.environment["JOBSITE_UPDATE_GOLDEN"] == "1", table != generated {
            try readme.replacingCharacters(in: start.upperBound..<end.lowerBound, with: generated)
                .write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(table == generated, "replace the README's pay law table with:\n\(generated)")
    }
}
