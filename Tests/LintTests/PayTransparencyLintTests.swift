import Content
import Diagnostics
import Lint
import Site
import TestSupport
import Testing

/// Issue 17, part 3: every law of the table, on the lint directly — a posting that triggers it
/// and one that does not; remote coverage, employer size, the law's dates.
@Suite("pay transparency lint")
struct PayTransparencyLintTests {
    static let benefits = PostingSection(id: "benefits", title: nil, text: .markdown(MarkdownBody(text: "Health insurance", firstLine: 1), source: "site.yml"))
    static let aiStatement = PostingSection(id: "ai_screening", title: nil, text: .markdown(MarkdownBody(text: "No AI", firstLine: 1), source: "site.yml"))
    static let vacancy = PostingSection(id: "vacancy", title: nil, text: .markdown(MarkdownBody(text: "Open now", firstLine: 1), source: "site.yml"))
    /// Every shared section a law of the table can ask for.
    static let everySection = [benefits, aiStatement, vacancy]

    static func role(_ locations: [Location], remote: WorkplaceType = .onsite, salary: SalaryRange? = nil) -> Role {
        Role(source: "content/roles/x.md", slug: "x", title: "X", locations: locations, remote: remote, employmentTypes: [.FULL_TIME],
             salary: salary, datePosted: CalendarDate("2020-01-01")!, body: MarkdownBody(text: "Work.", firstLine: 5),
             fieldLocations: ["title": SourceLocation(file: "content/roles/x.md", line: 2, column: 8),
                              "salary": SourceLocation(file: "content/roles/x.md", line: 3, column: 9)])
    }

    static func findings(_ role: Role, on day: String, employees: Int? = nil, sections: [PostingSection] = []) -> [Diagnostic] {
        var config = SiteConfig(title: "T", baseURL: "https://x.test/", organization: .init(name: "O", employees: employees))
        config.postingSections = sections
        let graph = SiteGraph(config: config, roles: [role], ladders: [], faqs: [], pages: [], homeIntro: nil, urlsBySource: [:])
        return PayTransparencyLint().findings(in: LintContext(graph: graph, today: CalendarDate(day)!))
    }

    /// A posting in the law's last place (the EU's last is Sweden, which no law of its own covers).
    static func location(for law: PayLaw) -> Location {
        let place = law.places.last!
        return Location(city: place.cities?.first, region: place.regions?.first, country: place.country)
    }

    static func pay(_ law: PayLaw) -> SalaryRange {
        SalaryRange(min: 80000, max: 120000, currency: law.places[0].country == "CA" ? "CAD" : "USD", period: .YEAR)
    }

    @Test(arguments: PayLaws.builtIn)
    func aPostingWithoutPayWhereTheLawIsEnforcedIsReported(law: PayLaw) throws {
        let found = Self.findings(Self.role([Self.location(for: law)]), on: law.enforcedSince.description)
        let rule = law.inAd ? "pay.range-required" : "pay.eu-directive"
        let finding = try #require(found.first { $0.rule == rule }, "\(law.id): \(found)")
        #expect(finding.severity == (law.inAd ? .error : .warning))
        #expect(finding.message.hasPrefix("no pay range is shown, as required by "), "\(law.id)")
        #expect(finding.message.contains("\(law.name) (\(law.citation))"), "\(law.id): \(finding.message)")
        #expect(finding.location?.description == "content/roles/x.md:2:8", "at the title, as there is no salary line")
        #expect(finding.suggestion?.hasPrefix("salary: {min: …, max: …, currency: ") == true)
        for requirement in law.requires {
            let id = switch requirement {
            case .benefits: "pay.benefits-required"
            case .aiScreening: "pay.ai-statement"
            case .vacancy: "pay.vacancy-statement"
            }
            #expect(found.contains { $0.rule == id && $0.message.contains(law.name) }, "\(law.id) asks for \(requirement)")
        }
    }

    @Test(arguments: PayLaws.builtIn)
    func aPostingThatShowsWhatTheLawAsksIsNotReported(law: PayLaw) {
        let role = Self.role([Self.location(for: law)], salary: Self.pay(law))
        let found = Self.findings(role, on: law.enforcedSince.description, sections: Self.everySection)
        #expect(found.isEmpty, "\(law.id): \(found)")
    }

    @Test(arguments: PayLaws.builtIn)
    func theDayBeforeALawTakesEffectIsAWarningAheadAndNinetyOneDaysBeforeNothing(law: PayLaw) {
        let role = Self.role([Self.location(for: law)])
        let before = Self.findings(role, on: law.effectiveFrom.adding(days: -1).description)
        #expect(before.map(\.rule) == ["pay.upcoming"], "\(law.id): \(before)")
        #expect(before.first?.severity == .warning)
        #expect(before.first?.message.contains("\(law.name)'s law takes effect on \(law.effectiveFrom)") == true, "\(law.id)")
        #expect(Self.findings(role, on: law.effectiveFrom.adding(days: -90).description).map(\.rule) == ["pay.upcoming"])
        #expect(Self.findings(role, on: law.effectiveFrom.adding(days: -91).description).isEmpty, "\(law.id)")
    }

    /// One way to list in messages: `and` between two, commas before it for more, semicolons
    /// when an item holds a comma itself (a citation).
    @Test(arguments: [
        ([], ""), (["A (x)"], "A (x)"), (["A (x)", "B (y, z)"], "A (x) and B (y, z)"),
        (["a", "b", "c"], "a, b and c"),
        (["Maryland (Md. Code, Lab. & Empl. § 3-304.2)", "Colorado (C.R.S.)", "Hawaii (HRS)"],
         "Maryland (Md. Code, Lab. & Empl. § 3-304.2); Colorado (C.R.S.); and Hawaii (HRS)"),
    ] as [([String], String)])
    func listsReadAsSentences(items: [String], sentence: String) {
        #expect(listed(items) == sentence)
    }

    @Test func manyLawsOfOnePostingAreOneFindingPerRule() {
        let found = Self.findings(Self.role([Location(city: "Brooklyn", region: "NY", country: "US")]), on: "2026-11-23")
        #expect(found.map(\.description) == [
            "content/roles/x.md:2:8: error: no pay range is shown, as required by New York City (NYC Admin. Code § 8-107(32)) and New York State (N.Y. Labor Law § 194-b); add salary: {min, max, currency, period} [pay.range-required]",
        ])
    }

    @Test func anOpenEndedRangeIsReportedAtTheSalaryLine() {
        let upTo = SalaryRange(min: 0, max: 120000, currency: "USD", period: .YEAR)
        let found = Self.findings(Self.role([Location(city: "Denver", region: "Colorado", country: "US")], salary: upTo), on: "2026-11-23",
                                  sections: [Self.benefits])
        #expect(found.map(\.description) == [
            "content/roles/x.md:3:9: error: the pay range is open-ended (min 0), as required by Colorado (C.R.S. § 8-5-201(2) (SB19-085)); give the lowest pay you would offer as min [pay.range-required]",
        ])
        let fixed = SalaryRange(min: 90000, max: 90000, currency: "USD", period: .YEAR)
        #expect(Self.findings(Self.role([Location(region: "CO", country: "US")], salary: fixed), on: "2026-11-23", sections: [Self.benefits]).isEmpty,
                "a fixed amount is both ends of the range")
    }

    @Test func aRemotePostingIsCoveredWhereThePeopleItIsOpenToLive() throws {
        // Remote within the US: open to people in every state, so every US law that covers remote roles.
        let anywhere = Self.findings(Self.role([Location(country: "US")], remote: .remote), on: "2026-11-23")
        let message = try #require(anywhere.first { $0.rule == "pay.range-required" }).message
        for name in ["Colorado", "California", "New York City", "Illinois", "Massachusetts", "Washington, D.C."] {
            #expect(message.contains("\(name) ("), "\(name)")
        }
        #expect(!message.contains("Vermont ("), "Vermont covers remote roles only for a Vermont office")
        #expect(!message.contains("Columbus ("), "not enforced yet: a warning ahead")
        // The same place on site is not in any state.
        #expect(Self.findings(Self.role([Location(country: "US")], remote: .onsite), on: "2026-11-23").isEmpty)
        // Remote for people in Vermont: Vermont's law does not cover it; on site in Vermont it does.
        #expect(Self.findings(Self.role([Location(region: "VT", country: "US")], remote: .remote), on: "2026-11-23").isEmpty)
        #expect(Self.findings(Self.role([Location(region: "VT", country: "US")], remote: .hybrid), on: "2026-11-23").map(\.rule) == ["pay.range-required"])
    }

    @Test(arguments: [(nil, true), (14, false), (15, true), (500, true)] as [(Int?, Bool)])
    func theEmployersSizeDecidesAndUnknownCountsAsCovered(employees: Int?, covered: Bool) {
        let found = Self.findings(Self.role([Location(city: "San Francisco", region: "CA", country: "US")]), on: "2026-11-23", employees: employees)
        #expect(found.map(\.rule) == (covered ? ["pay.range-required"] : []))
    }

    @Test func columbusIsAWarningWhileInForceButNotEnforcedThenAnError() {
        let role = Self.role([Location(city: "Columbus", region: "OH", country: "US")])
        #expect(Self.findings(role, on: "2025-12-02").map(\.description) == [
            "content/roles/x.md:2:8: warning: no pay range is shown (Columbus's law takes effect on 2025-12-03): Columbus (Columbus City Codes Chapter 2335) [pay.upcoming]",
        ])
        #expect(Self.findings(role, on: "2026-12-31").map(\.description) == [
            "content/roles/x.md:2:8: warning: no pay range is shown (Columbus's law is in force since 2025-12-03 and enforced from 2027-01-01): Columbus (Columbus City Codes Chapter 2335) [pay.upcoming]",
        ])
        #expect(Self.findings(role, on: "2027-01-01").map(\.rule) == ["pay.range-required"])
    }

    @Test func theEUDirectiveIsAWarningUnlessAMemberStatesLawAsksForPayInTheAd() {
        let berlin = Self.findings(Self.role([Location(city: "Berlin", country: "DE")]), on: "2026-11-23")
        #expect(berlin.map(\.description) == [
            "content/roles/x.md:2:8: warning: no pay range is shown, as required by European Union (Directive (EU) 2023/970, Art. 5(1); transposition by Art. 34); add salary: {min, max, currency, period} [pay.eu-directive]",
        ])
        let vienna = Self.findings(Self.role([Location(city: "Wien", country: "AT")]), on: "2026-11-23")
        #expect(vienna.map(\.rule) == ["pay.range-required"])
        #expect(vienna.first?.message.contains("Austria (") == true && vienna.first?.message.contains("European Union") == false)
        #expect(Self.findings(Self.role([Location(city: "Berlin", country: "DE")]), on: "2026-06-06").map(\.rule) == ["pay.upcoming"])
        #expect(Self.findings(Self.role([Location(city: "London", country: "GB")]), on: "2026-11-23").isEmpty)
    }

    @Test func ontarioAsksForANarrowRangeAnAIStatementAndAVacancyStatement() {
        let toronto = [Location(city: "Toronto", region: "ON", country: "CA")]
        let wide = SalaryRange(min: 80000, max: 140000, currency: "CAD", period: .YEAR)
        #expect(Self.findings(Self.role(toronto, salary: wide), on: "2026-11-23").map(\.description) == [
            "content/roles/x.md:3:9: warning: the range 80000–140000 CAD spans 60000, more than the 50000 CAD allowed by Ontario (ESA 2000 Part III.1; O. Reg. 476/24); narrow the range [pay.range-too-wide]",
            "content/roles/x.md:2:8: warning: no statement on the use of AI in screening, as required by Ontario (ESA 2000 Part III.1; O. Reg. 476/24); add an ai_screening section in site.yml (postings.sections) [pay.ai-statement]",
            "content/roles/x.md:2:8: warning: no statement of whether the posting is for an existing vacancy, as required by Ontario (ESA 2000 Part III.1; O. Reg. 476/24); add a vacancy section in site.yml (postings.sections); a posting that is not for an existing vacancy then gives its own text in its sections: {vacancy: …} [pay.vacancy-statement]",
        ])
        let aboveCap = SalaryRange(min: 180000, max: 240000, currency: "CAD", period: .YEAR)
        #expect(Self.findings(Self.role(toronto, salary: aboveCap), on: "2026-11-23", sections: Self.everySection).isEmpty)
        let exactlyTheLimit = SalaryRange(min: 80000, max: 130000, currency: "CAD", period: .YEAR)
        #expect(Self.findings(Self.role(toronto, salary: exactlyTheLimit), on: "2026-11-23", sections: Self.everySection).isEmpty)
    }

    /// Ontario's vacancy statement (Working for Workers Five Act, 2024): met by a shared `vacancy`
    /// section, a posting's own (a pool for later openings) or a heading naming the vacancy; not
    /// by a posting that leaves the shared one out, nor before the law's day.
    @Test func theVacancyStatementIsMetBySectionsOrAHeadingAndOnlyWhereALawAsksForIt() {
        let pay = SalaryRange(min: 80000, max: 120000, currency: "CAD", period: .YEAR)
        var role = Self.role([Location(city: "Ottawa", region: "Ontario", country: "CA")], salary: pay)
        let shared = [Self.aiStatement, Self.vacancy]
        #expect(Self.findings(role, on: "2026-01-01", sections: [Self.aiStatement]).map(\.rule) == ["pay.vacancy-statement"])
        #expect(Self.findings(role, on: "2026-01-01", sections: [Self.aiStatement]).first?.suggestion == nil,
                "the section belongs in site.yml, not at the posting's title")
        #expect(Self.findings(role, on: "2026-01-01", sections: shared).isEmpty)
        role.sections = ["vacancy": .replaced(title: nil, text: .markdown(MarkdownBody(text: "A pool for 2027", firstLine: 9), source: role.source))]
        #expect(Self.findings(role, on: "2026-01-01", sections: shared).isEmpty, "the posting's own statement")
        role.sections = ["vacancy": .omitted]
        #expect(Self.findings(role, on: "2026-01-01", sections: shared).map(\.rule) == ["pay.vacancy-statement"])
        role.body = MarkdownBody(text: "Work.\n\n## About the vacancy\n\nOpen now.", firstLine: 5)
        #expect(Self.findings(role, on: "2026-01-01", sections: shared).isEmpty, "a heading naming the vacancy")
        role.body = MarkdownBody(text: "We have no vacancy heading, only this sentence.", firstLine: 5)
        #expect(Self.findings(role, on: "2026-01-01", sections: shared).map(\.rule) == ["pay.vacancy-statement"])
        #expect(Self.findings(role, on: "2025-12-31", sections: shared).map(\.description) == [
            "content/roles/x.md:3:9: warning: no statement of whether the posting is for an existing vacancy (Ontario's law takes effect on 2026-01-01): Ontario (ESA 2000 Part III.1; O. Reg. 476/24) [pay.upcoming]",
        ], "the day before: a warning ahead")
        // Only Ontario asks: the same posting in British Columbia says nothing of vacancies.
        let vancouver = Self.role([Location(city: "Vancouver", region: "BC", country: "CA")], salary: pay)
        #expect(Self.findings(vancouver, on: "2026-01-01").isEmpty)
    }

    @Test func benefitsAreMetBySharedSectionsOrAHeadingAndNotWhenAPostingLeavesThemOut() {
        var role = Self.role([Location(city: "Chicago", region: "IL", country: "US")], salary: SalaryRange(min: 1, max: 2, currency: "USD", period: .HOUR))
        #expect(Self.findings(role, on: "2026-11-23").map(\.rule) == ["pay.benefits-required"])
        #expect(Self.findings(role, on: "2026-11-23", sections: [Self.benefits]).isEmpty)
        role.sections = ["benefits": .omitted]
        #expect(Self.findings(role, on: "2026-11-23", sections: [Self.benefits]).map(\.rule) == ["pay.benefits-required"])
        role.body = MarkdownBody(text: "Work.\n\n## Pay and benefits\n\nHealth.", firstLine: 5)
        #expect(Self.findings(role, on: "2026-11-23").isEmpty)
        role.body = MarkdownBody(text: "    ## Benefits (code, not a heading)\n\n#Benefits", firstLine: 5)
        #expect(Self.findings(role, on: "2026-11-23").map(\.rule) == ["pay.benefits-required"])
    }

    /// A `suggestion` is a value for the finding's place (the posting's title line); the
    /// sections these laws ask for belong in site.yml, so the message says how instead.
    @Test func benefitsAndAIFindingsSuggestNoValue() {
        let chicago = Self.role([Location(city: "Chicago", region: "IL", country: "US")],
                                salary: SalaryRange(min: 1, max: 2, currency: "USD", period: .HOUR))
        let toronto = Self.role([Location(city: "Toronto", region: "ON", country: "CA")],
                                salary: SalaryRange(min: 180000, max: 240000, currency: "CAD", period: .YEAR))
        let findings = Self.findings(chicago, on: "2026-11-23") + Self.findings(toronto, on: "2026-11-23")
        #expect(findings.map(\.rule) == ["pay.benefits-required", "pay.ai-statement", "pay.vacancy-statement"])
        #expect(findings.allSatisfy { $0.suggestion == nil && $0.message.contains("in site.yml (postings.sections)") })
    }
}
