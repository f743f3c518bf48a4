import Content
import Diagnostics
import Testing

@testable import Site

let site = SiteConfig(title: "Careers", baseURL: "https://a.example/")
let emptyBody = MarkdownBody(text: "", firstLine: 4)

func day(_ text: String) -> CalendarDate { CalendarDate(text)! }

func link(_ documents: [Document], drafts: Bool = false, today: String = "2026-05-15") -> (SiteGraph, [String]) {
    let (graph, diagnostics) = Linker.link(config: site, documents: documents,
                                           options: LinkOptions(includeDrafts: drafts, today: day(today)))
    return (graph, diagnostics.sortedForReport().map(\.description))
}

/// A role built in code, for tests about order and drafts (no field positions).
func role(_ slug: String, _ title: String = "Engineer", posted: String = "2026-05-01", draft: Bool = false,
          file: String? = nil) -> Document {
    .role(Role(source: "content/roles/\(file ?? slug).md", slug: slug, title: title, locations: [Location(country: "DE")],
               remote: .remote, employmentTypes: [.FULL_TIME], datePosted: day(posted), draft: draft, body: emptyBody))
}

func faq(_ slug: String, _ question: String, order: Int? = nil, draft: Bool = false) -> Document {
    .faq(FAQEntry(source: "content/faq/\(slug).md", slug: slug, question: question, order: order, draft: draft, body: emptyBody))
}

func page(_ path: String, draft: Bool = false) -> Document {
    .page(Page(source: "content/\(path).md", path: path, title: path, draft: draft, body: emptyBody))
}

/// A ladder with levels L1–L3; L3 pays 118000–180000 USD a year.
let backendLadder = Document.ladder(Ladder(
    source: "content/ladders/backend.md", id: "backend", title: "Backend", competencies: [],
    levels: [
        LadderLevel(id: "L1", title: "Junior"),
        LadderLevel(id: "L2", title: "Mid"),
        LadderLevel(id: "L3", title: "Senior", salary: SalaryRange(min: 118000, max: 180000, currency: "USD", period: .YEAR)),
    ],
    body: emptyBody))

/// A role parsed from a file, so that it carries real field positions. `extra` starts on line 8.
func parsedRole(_ path: String, title: String = "Backend Engineer", _ extra: String) throws -> Document {
    let text = """
        ---
        title: \(title)
        locations:
          - country: DE
        remote: remote
        employment_type: FULL_TIME
        date_posted: 2026-05-01
        \(extra)
        ---
        """
    let (document, diagnostics) = ContentParser.parse(SourceFile(path: path, text: text))
    #expect(diagnostics.isEmpty)
    return try #require(document)
}

@Suite("Linking documents into a site")
struct LinkerTests {
    @Test("drafts are left out unless drafts are included")
    func drafts() {
        let documents = [role("open"), role("hidden", draft: true), faq("q", "Q?", draft: true),
                         page("about", draft: true), page("index", draft: true)]
        let (published, _) = link(documents)
        #expect(published.roles.map(\.slug) == ["open"])
        #expect(published.faqs.isEmpty && published.pages.isEmpty && published.homeIntro == nil)
        #expect(published.urlsBySource.keys.sorted() == ["content/roles/open.md"])

        let (preview, _) = link(documents, drafts: true)
        #expect(preview.roles.map(\.slug).sorted() == ["hidden", "open"])
        #expect(preview.faqs.count == 1 && preview.pages.count == 1 && preview.homeIntro != nil)
    }

    @Test("a draft does not claim its URL from a published document")
    func draftsClaimNoURL() {
        #expect(link([role("backend"), role("backend", draft: true, file: "old-backend")]).1.isEmpty)
    }

    @Test("roles are newest first, then by title, then by slug, whatever the file order")
    func roleOrder() {
        let documents = [role("a", "Zeta"), role("b", "Beta", posted: "2026-06-01"), role("d", "Alpha"), role("c", "Alpha")]
        #expect(link(documents, today: "2026-06-01").0.roles.map(\.slug) == ["b", "c", "d", "a"])
        #expect(link(documents.reversed(), today: "2026-06-01").0.roles.map(\.slug) == ["b", "c", "d", "a"])
    }

    @Test("FAQ entries are by order, then question; entries without an order come last")
    func faqOrder() {
        let documents = [faq("b2", "B?", order: 2), faq("z1", "Z?", order: 1), faq("a", "A?"), faq("a2", "A?", order: 2)]
        #expect(link(documents).0.faqs.map(\.slug) == ["z1", "a2", "b2", "a"])
    }

    @Test("every published file gets its URL; content/index.md introduces the home page")
    func urls() throws {
        let (graph, diagnostics) = link([role("backend"), backendLadder, faq("pay", "Pay?"),
                                         page("teams/index"), page("about"), page("index")])
        #expect(diagnostics.isEmpty)
        #expect(graph.urlsBySource == [
            "content/roles/backend.md": .role("backend"),
            "content/ladders/backend.md": .ladder("backend"),
            "content/faq/pay.md": .faqEntry("pay"),
            "content/teams/index.md": SitePath("/teams/"),
            "content/about.md": SitePath("/about/"),
            "content/index.md": .home,
        ])
        #expect(graph.homeIntro?.source == "content/index.md")
        #expect(graph.pages.map(\.path) == ["about", "teams/index"])
    }

    @Test("two role files with the same slug: the second is reported, naming both")
    func duplicateSlug() throws {
        let first = try parsedRole("content/roles/a.md", title: "Alpha Engineer", "slug: backend")
        let second = try parsedRole("content/roles/b.md", title: "Beta Engineer", "slug: backend")
        let expected = [
            "content/roles/b.md:8:7: error: content/roles/b.md would be published at /roles/backend/, which content/roles/a.md already uses [link.duplicate-url]",
        ]
        #expect(link([first, second]).1 == expected)
        #expect(link([second, first]).1 == expected)
    }

    @Test("a page and a folder index with the same URL collide")
    func duplicatePageURL() {
        #expect(link([page("teams/index"), page("teams")]).1 == [
            "content/teams/index.md:1:1: error: content/teams/index.md would be published at /teams/, which content/teams.md already uses [link.duplicate-url]",
        ])
    }

    @Test("a page may not take the URL of a generated section", arguments: ["roles", "ladders", "faq"])
    func reservedURL(name: String) throws {
        let page = try #require(ContentParser.parse(SourceFile(path: "content/\(name).md", text: "---\ntitle: X\n---\n")).0)
        let (graph, diagnostics) = link([page])
        #expect(diagnostics == [
            "content/\(name).md:1:1: error: the URL /\(name)/ belongs to the generated \(name) pages; rename or move this file [link.reserved-url]",
        ])
        #expect(graph.urlsBySource["content/\(name).md"] == nil)
    }

    @Test("an unknown ladder is reported at the ladder field with the closest id")
    func unknownLadder() throws {
        let posting = try parsedRole("content/roles/a.md", "ladder: backnd\nlevel: L3")
        #expect(link([posting, backendLadder]).1 == [
            "content/roles/a.md:8:9: error: unknown ladder 'backnd'; did you mean 'backend'? [link.unknown-ladder]",
        ])
    }

    @Test("an unknown ladder without a close match lists the ladders, or says there are none")
    func unknownLadderWithoutSuggestion() throws {
        let posting = try parsedRole("content/roles/a.md", "ladder: design\nlevel: L3")
        #expect(link([posting, backendLadder]).1 == [
            "content/roles/a.md:8:9: error: unknown ladder 'design'; known ladders: backend [link.unknown-ladder]",
        ])
        #expect(link([posting]).1 == [
            "content/roles/a.md:8:9: error: unknown ladder 'design'; there are no ladders in content/ladders/ [link.unknown-ladder]",
        ])
    }

    @Test("an unknown level, even one differing only in case, is reported at the level field with the ladder's levels")
    func unknownLevel() throws {
        let posting = try parsedRole("content/roles/a.md", "ladder: backend\nlevel: senior")
        #expect(link([posting, backendLadder]).1 == [
            "content/roles/a.md:9:8: error: ladder 'backend' has no level 'senior'; its levels are L1, L2, L3 [link.unknown-level]",
        ])
        let lowercase = try parsedRole("content/roles/a.md", "ladder: backend\nlevel: l3")
        #expect(link([lowercase, backendLadder]).1 == [
            "content/roles/a.md:9:8: error: ladder 'backend' has no level 'l3'; its levels are L1, L2, L3 [link.unknown-level]",
        ])
    }

    static func payPosting(_ min: Int, _ max: Int, currency: String = "USD", period: String = "YEAR") throws -> Document {
        try parsedRole("content/roles/a.md", """
            ladder: backend
            level: L3
            salary:
              min: \(min)
              max: \(max)
              currency: \(currency)
              period: \(period)
            """)
    }

    @Test("pay outside the level's band is a warning at the salary line")
    func payOutsideBand() throws {
        let expected = "content/roles/a.md:10:1: warning: the pay range 100000–200000 USD lies outside the L3 band 118000–180000 USD of ladder 'backend' [pay.outside-band]"
        #expect(link([try Self.payPosting(100000, 200000), backendLadder]).1 == [expected])
        #expect(link([try Self.payPosting(118000, 190000), backendLadder]).1.map { $0.hasSuffix("[pay.outside-band]") } == [true])
        #expect(link([try Self.payPosting(100000, 170000), backendLadder]).1.map { $0.hasSuffix("[pay.outside-band]") } == [true])
    }

    @Test("pay inside the band is not flagged", arguments: [(118000, 180000), (120000, 170000)])
    func payNotFlagged(min: Int, max: Int) throws {
        #expect(link([try Self.payPosting(min, max), backendLadder]).1.isEmpty)
    }

    @Test("pay in another currency or period than the band is a warning at the salary line that says which")
    func payInAnotherUnit() throws {
        #expect(link([try Self.payPosting(75000, 95000, currency: "EUR"), backendLadder]).1 == [
            "content/roles/a.md:10:1: warning: the pay range 75000–95000 EUR per YEAR cannot be compared with the L3 band 118000–180000 USD per YEAR of ladder 'backend': the currencies differ (EUR, USD); give the range in USD per YEAR [pay.band-mismatch]",
        ])
        #expect(link([try Self.payPosting(9000, 12000, period: "MONTH"), backendLadder]).1 == [
            "content/roles/a.md:10:1: warning: the pay range 9000–12000 USD per MONTH cannot be compared with the L3 band 118000–180000 USD per YEAR of ladder 'backend': the periods differ (MONTH, YEAR); give the range in USD per YEAR [pay.band-mismatch]",
        ])
    }

    @Test("a posting past its valid_through day is closed, with a note at that date; on the day itself it is open")
    func expiredPosting() throws {
        let posting = try parsedRole("content/roles/a.md", "valid_through: 2026-05-31")
        let (closed, notes) = link([posting], today: "2026-06-01")
        #expect(notes == [
            "content/roles/a.md:8:16: note: closed: this posting took applications until 2026-05-31 (valid_through); its page now says the position is closed [role.closed]",
        ])
        #expect(closed.roles.isEmpty && closed.closedRoles.map(\.slug) == ["a"])
        let (open, none) = link([posting], today: "2026-05-31")
        #expect(none.isEmpty && open.roles.map(\.slug) == ["a"] && open.closedRoles.isEmpty)
    }

    @Test("warnings do not count as errors")
    func warningsAreNotErrors() throws {
        let posting = try parsedRole("content/roles/a.md", "valid_through: 2026-05-31")
        let (_, diagnostics) = Linker.link(config: site, documents: [posting],
                                           options: LinkOptions(today: day("2027-01-01")))
        #expect(!diagnostics.isEmpty && !diagnostics.hasErrors)
    }
}
