import Foundation
import Diagnostics
import Render
import TestSupport
import Testing

/// The JobPosting JSON-LD of built posting pages, parsed back and compared property by property
/// for each kind of posting: on-site, hybrid, remote, several locations, hourly pay, no pay,
/// unlisted; and its escaping.
@Suite struct JobPostingMarkupTests {
    static let site = FixtureSite("""
        -- site.yml --
        title: Fixture Careers
        base_url: https://careers.example.com/jobs/
        # Pay transparency is tested on its own (PayTransparency*Tests).
        lint: {ignore: [pay.range-required, pay.eu-directive, pay.benefits-required, pay.ai-statement, pay.upcoming]}
        organization:
          name: "Fixture & Co"
          url: https://fixture.example.com/
          logo: /logo.svg
        postings:
          sections:
            benefits:
              file: content/_shared/benefits.md
            eoe: Fixture & Co hires without regard to race, religion or disability.
        -- static/logo.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"></svg>
        -- content/_shared/benefits.md --
        - Health insurance
        - 30 days of *paid* leave
        -- content/ladders/eng.md --
        ---
        title: Engineering
        competencies: [{id: craft, title: Craft}]
        levels:
          - {id: L1, title: Engineer}
        ---
        -- content/roles/onsite.md --
        ---
        title: Lab Engineer
        ladder: eng
        level: L1
        locations: [{city: Berlin, region: BE, country: DE}]
        remote: onsite
        employment_type: FULL_TIME
        salary: {min: 60000, max: 75000, currency: EUR, period: YEAR}
        experience_years: 3
        date_posted: 2026-11-01
        valid_through: 2026-12-31
        apply_url: https://ats.example.com/apply/7
        direct_apply: true
        req_id: REQ-7
        ---
        ## The work

        Build lab things.
        -- content/roles/hybrid.md --
        ---
        title: Hybrid Engineer
        locations: [{city: Minneapolis, region: MN, country: US}]
        remote: hybrid
        employment_type: FULL_TIME
        salary: {min: 90000, max: 90000, currency: USD, period: YEAR}
        date_posted: 2026-11-02
        ---
        Two days at home.
        -- content/roles/remote.md --
        ---
        title: Remote Engineer
        locations: [{country: US}, {region: ON, country: CA}, {city: Austin, country: US}]
        remote: remote
        employment_type: [FULL_TIME, CONTRACTOR]
        date_posted: 2026-11-03
        ---
        From home.
        -- content/roles/multi.md --
        ---
        title: Field Engineer
        locations:
          - {city: Austin, region: TX, country: US}
          - {city: Raleigh, region: NC, country: US}
          - {city: Toronto, region: ON, country: CA}
        remote: onsite
        employment_type: FULL_TIME
        date_posted: 2026-11-04
        ---
        On the road.
        -- content/roles/hourly.md --
        ---
        title: Support Technician
        locations: [{city: Denver, region: CO, country: US}]
        remote: onsite
        employment_type: [PART_TIME, TEMPORARY]
        salary: {min: 42.50, max: 55, currency: USD, period: HOUR}
        date_posted: 2026-11-05
        ---
        Evenings.
        -- content/roles/nopay.md --
        ---
        title: Volunteer Mentor
        locations: [{city: Oslo, country: NO}]
        remote: onsite
        employment_type: VOLUNTEER
        experience_years: 0
        date_posted: 2026-11-06
        sections: {benefits: false}
        lint: {ignore: [role.empty-body]}
        ---
        -- content/roles/unlisted.md --
        ---
        title: Internal Transfer
        ladder: eng
        level: L1
        locations: [{city: Berlin, country: DE}]
        remote: onsite
        employment_type: FULL_TIME
        date_posted: 2026-11-07
        unlisted: true
        ---
        For people we sent the link to.
        -- content/roles/escaping.md --
        ---
        title: "Engineer </script><script>alert(1)</script> & more\\u2028and\\u2029end"
        locations: [{city: Köln, country: DE}]
        remote: onsite
        employment_type: FULL_TIME
        date_posted: 2026-11-08
        ---
        Text.
        -- content/roles/bare.md --
        ---
        title: Bare Posting
        summary: Short & sweet.
        locations: [{country: DE}]
        remote: onsite
        employment_type: FULL_TIME
        date_posted: 2026-11-09
        sections: {benefits: false, eoe: false}
        lint: {ignore: [role.empty-body]}
        ---
        """)

    /// The built site (each test builds it: a test's folder is gone when it ends).
    let folder: TemporaryFolder
    let diagnostics: [String]

    init() throws {
        let (report, folder) = try Self.site.build()
        self.folder = folder
        diagnostics = TestSupport.report(report.diagnostics)
    }

    func page(_ slug: String) -> String {
        folder.read("public/roles/\(slug)/index.html") ?? ""
    }

    /// The posting's one JobPosting object, without its (long) description.
    func posting(_ slug: String) -> NSDictionary {
        let objects = jsonLD("JobPosting", in: page(slug))
        #expect(objects.count == 1, "\(slug): one JobPosting")
        var object = objects.first ?? [:]
        object["description"] = nil
        return NSDictionary(dictionary: object)
    }

    static func json(_ text: String) -> NSDictionary {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary) ?? [:]
    }

    @Test func theFixtureBuildsCleanAndEveryObjectFollowsGooglesRules() {
        // The structured-data check of every page is part of the report (see FixtureSite.build).
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test func anOnsitePostingHasEveryPropertyFromItsFrontMatterAndSiteYml() {
        #expect(posting("onsite") == Self.json("""
            {"@context": "https://schema.org", "@type": "JobPosting",
             "title": "Lab Engineer",
             "datePosted": "2026-11-01",
             "validThrough": "2026-12-31T23:59:59Z",
             "employmentType": "FULL_TIME",
             "hiringOrganization": {"@type": "Organization", "name": "Fixture & Co",
                                    "sameAs": "https://fixture.example.com/",
                                    "logo": "https://careers.example.com/jobs/logo.svg"},
             "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Berlin",
                                                           "addressRegion": "BE", "addressCountry": "DE"}},
             "baseSalary": {"@type": "MonetaryAmount", "currency": "EUR",
                            "value": {"@type": "QuantitativeValue", "minValue": 60000, "maxValue": 75000, "unitText": "YEAR"}},
             "identifier": {"@type": "PropertyValue", "name": "Fixture & Co", "value": "REQ-7"},
             "directApply": true,
             "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 36},
             "jobBenefits": "Health insurance 30 days of paid leave",
             "url": "https://careers.example.com/jobs/roles/onsite/"}
            """))
    }

    @Test func theDescriptionIsTheBodyAndTheSectionsAsThePageShowsThem() throws {
        let object = try #require(jsonLD("JobPosting", in: page("onsite")).first)
        let description = try #require(object["description"] as? String)
        #expect(description.hasPrefix("<h2 id=\"the-work\">The work</h2>\n<p>Build lab things.</p>\n"))
        #expect(description.contains("<h2>Benefits</h2>\n<ul>\n<li>Health insurance</li>"))
        #expect(description.contains("<h2>Equal opportunity</h2>\n<p>Fixture &amp; Co hires without regard"))
        let sectionsOnly = try #require(jsonLD("JobPosting", in: page("nopay")).first)
        #expect(sectionsOnly["description"] as? String
            == "<h2>Equal opportunity</h2>\n<p>Fixture &amp; Co hires without regard to race, religion or disability.</p>\n")
        // A posting without a body or sections still has a description: its summary.
        let bare = try #require(jsonLD("JobPosting", in: page("bare")).first)
        #expect(bare["description"] as? String == "<p>Short &amp; sweet.</p>\n")
    }

    /// Google takes TELECOMMUTE only for fully remote jobs.
    @Test func aHybridPostingHasItsPlaceAndNeverAJobLocationType() {
        let object = posting("hybrid")
        #expect(object["jobLocationType"] == nil)
        #expect(object["applicantLocationRequirements"] == nil)
        #expect(object["jobLocation"] as? NSDictionary == Self.json("""
            {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Minneapolis",
                                           "addressRegion": "MN", "addressCountry": "US"}}
            """))
        // One amount: a value, not a range.
        #expect(object["baseSalary"] as? NSDictionary == Self.json("""
            {"@type": "MonetaryAmount", "currency": "USD", "value": {"@type": "QuantitativeValue", "value": 90000, "unitText": "YEAR"}}
            """))
        #expect((object["identifier"] as? NSDictionary)?["value"] as? String == "hybrid", "the slug when there is no req_id")
        #expect(object["directApply"] == nil, "only from an explicit direct_apply")
    }

    @Test func aRemotePostingIsTelecommuteForTheAreasApplicantsMayLiveIn() {
        let object = posting("remote")
        #expect(object["jobLocationType"] as? String == "TELECOMMUTE")
        #expect(object["jobLocation"] == nil)
        #expect(object["applicantLocationRequirements"] as? NSArray == (try? JSONSerialization.jsonObject(with: Data("""
            [{"@type": "Country", "name": "US"}, {"@type": "State", "name": "ON"}]
            """.utf8))) as? NSArray, "each area once")
        #expect(object["employmentType"] as? [String] == ["FULL_TIME", "CONTRACTOR"])
    }

    @Test func aPostingInSeveralPlacesListsEachPlace() {
        let places = posting("multi")["jobLocation"] as? [NSDictionary] ?? []
        #expect(places.map { ($0["address"] as? NSDictionary)?["addressLocality"] as? String } == ["Austin", "Raleigh", "Toronto"])
        #expect(places.map { ($0["address"] as? NSDictionary)?["addressCountry"] as? String } == ["US", "US", "CA"])
    }

    @Test func hourlyPayKeepsItsCentsAndUnit() {
        #expect(posting("hourly")["baseSalary"] as? NSDictionary == Self.json("""
            {"@type": "MonetaryAmount", "currency": "USD",
             "value": {"@type": "QuantitativeValue", "minValue": 42.5, "maxValue": 55, "unitText": "HOUR"}}
            """))
        #expect(posting("hourly")["employmentType"] as? [String] == ["PART_TIME", "TEMPORARY"])
    }

    @Test func aPostingWithoutPayDatesOrBenefitsLeavesThoseOut() {
        let object = posting("nopay")
        for key in ["baseSalary", "validThrough", "jobBenefits", "directApply"] {
            #expect(object[key] == nil, "\(key)")
        }
        #expect(object["experienceRequirements"] as? String == "no requirements")
        #expect(object["employmentType"] as? String == "VOLUNTEER")
    }

    @Test func anUnlistedPostingIsPublishedWithNoindexAndWithoutJobPostingMarkup() {
        let page = self.page("unlisted")
        #expect(page.contains("<h1>Internal Transfer</h1>"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(jsonLD("JobPosting", in: page).isEmpty)
        #expect(!self.page("onsite").contains("noindex"))
        for list in ["public/index.html", "public/roles/index.html", "public/ladders/eng/index.html"] {
            let html = folder.read(list) ?? ""
            #expect(!html.contains("roles/unlisted/"), "\(list) does not show the unlisted posting")
        }
        #expect(folder.read("public/ladders/eng/index.html")?.contains("roles/onsite/") == true)
        #expect(folder.read("public/roles/index.html")?.contains("<p class=\"page-lead\">8 open roles at Fixture &amp; Co") == true)
    }

    @Test func textThatCouldEndTheScriptIsEscapedAndReadsBackExactly() throws {
        let page = self.page("escaping")
        let script = try #require(page.components(separatedBy: "<script type=\"application/ld+json\">").dropFirst().first)
        let text = String(script.prefix { $0 != "<" })
        #expect(text.contains(#"Engineer \u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u0026 more\u2028and\u2029end"#))
        #expect(!text.unicodeScalars.contains { $0 == "\u{2028}" || $0 == "\u{2029}" })
        #expect(!page.contains("<script>alert(1)"))
        let object = try #require(jsonLD("JobPosting", in: page).first)
        #expect(object["title"] as? String == "Engineer </script><script>alert(1)</script> & more\u{2028}and\u{2029}end")
        #expect(JSONLD.scriptText(["s": "a\u{2028}b\u{2029}c<>&"]) == #"{"s":"a\u2028b\u2029c\u003c\u003e\u0026"}"#)
    }

    /// What the markup says, the page shows.
    @Test func everyValueOfTheMarkupIsVisibleOnThePage() {
        let page = self.page("onsite")
        for visible in ["<h1>Lab Engineer</h1>", "Berlin, BE, Germany", "€60,000–€75,000 EUR per year", "3+ years",
                        "<dd>REQ-7</dd>", "<time datetime=\"2026-11-01\">", "<time datetime=\"2026-12-31\">",
                        "Full-time", "Fixture &amp; Co", "href=\"https://fixture.example.com/\"",
                        "<li>Health insurance</li>", "<li>30 days of <em>paid</em> leave</li>",
                        "href=\"https://ats.example.com/apply/7\""] {
            #expect(page.contains(visible), "\(visible)")
        }
    }

    /// Google's rules as data catch what breaks them.
    @Test func theRulesFindMissingRequiredPropertiesAndWrongValues() throws {
        var object = try #require(jsonLD("JobPosting", in: page("hybrid")).first)
        #expect(StructuredDataRules.validate(object).filter { !$0.isRecommendation } == [])
        object["title"] = nil
        object["jobLocation"] = nil
        object["validThrough"] = "2026-12-31T23:59:59"
        object["employmentType"] = "FULLTIME"
        object["baseSalary"] = ["@type": "MonetaryAmount", "currency": "usd",
                                "value": ["@type": "QuantitativeValue", "minValue": 1, "unitText": "ANNUAL"]]
        object["jobLocationType"] = "TELECOMMUTE"
        object["salary"] = "1"
        #expect(StructuredDataRules.validate(object).map(\.description) == [
            "JobPosting.salary: is not a property of JobPosting in the rules",
            "JobPosting.title: is required",
            "JobPosting.validThrough: must be an ISO 8601 date and time with its zone (2026-05-01T23:59:59Z), found '2026-12-31T23:59:59'",
            "JobPosting.employmentType: must be one of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER, found 'FULLTIME'",
            "JobPosting.applicantLocationRequirements: is required with jobLocationType",
            "JobPosting.baseSalary.currency: must be text matching [A-Z]{3}, found 'usd'",
            "JobPosting.baseSalary.value.unitText: must be one of HOUR, DAY, WEEK, MONTH, YEAR, found 'ANNUAL'",
            "JobPosting.baseSalary.value.maxValue: is required with minValue",
            "JobPosting.directApply: is recommended",
        ], "jobLocation is not required with jobLocationType")
    }
}

/// The committed sample site: every posting has its JobPosting, every object follows the rules,
/// and every recommended property is there but the logo the sample does not have.
@Suite struct SampleSiteMarkupTests {
    @Test func everySamplePostingHasCompleteMarkupAndTheSharedSections() throws {
        let output = try TemporaryFolder()
        let report = build(repositoryRoot, output: output.url)
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.description))")
        let roles = try FileManager.default.contentsOfDirectory(atPath: output.url.appendingPathComponent("roles").path)
            .filter { output.read("roles/\($0)/index.html") != nil }.sorted()
        #expect(roles.count == 5)
        for slug in roles {
            let page = output.read("roles/\(slug)/index.html") ?? ""
            let postings = jsonLD("JobPosting", in: page)
            try #require(postings.count == 1, "\(slug)")
            #expect(StructuredDataRules.validate(postings[0]).map(\.description) == [
                "JobPosting.hiringOrganization.logo: is recommended",
            ], "\(slug)")
            #expect((postings[0]["jobBenefits"] as? String)?.hasPrefix("Medical, dental and vision insurance") == true, "\(slug)")
            #expect(page.contains("<h2 id=\"section-eoe-heading\">Equal opportunity and accommodations</h2>"), "\(slug)")
        }
    }
}
