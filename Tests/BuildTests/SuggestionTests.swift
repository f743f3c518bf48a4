import Build
import Diagnostics
import Foundation
import TestSupport
import Testing

/// Issue 17: a diagnostic whose fix is known carries it as its `suggestion` (JSON and SARIF
/// show it) and says it in its message. Each kind with several variants, lines pinned.
@Suite("Suggestions")
struct SuggestionTests {
    /// `(line, suggestion)` of every finding, for the suggestion values.
    private func suggestions(_ diagnostics: [Diagnostic]) -> [String?] {
        diagnostics.sortedForReport().map(\.suggestion)
    }

    private func posting(_ name: String, _ lines: String) -> String {
        """
        -- content/roles/\(name).md --
        ---
        title: \(name)
        \(lines)
        ---
        """
    }

    /// A valid posting (see `postingFrontMatter`) with `lines` added to its front matter.
    private func valid(_ name: String, _ lines: String) -> String {
        "-- content/roles/\(name).md --\n" + postingFrontMatter(name, extra: "\n" + lines)
    }

    @Test func datesNotWrittenISOGetTheISODate() throws {
        let forms = [("31/12/2026", "2026-12-31"), ("12/31/2026", "2026-12-31"), ("2026-1-5", "2026-01-05"),
                     ("2026/01/05", "2026-01-05"), ("5 Jan 2026", "2026-01-05"), ("January 5, 2026", "2026-01-05"),
                     ("31.12.2026", "2026-12-31"), ("2026-05-01T09:00:00Z", "2026-05-01"), ("5/5/2026", "2026-05-05")]
        for (written, iso) in forms {
            let site = FixtureSite(posting("x", """
                locations: [{country: US}]
                remote: remote
                employment_type: FULL_TIME
                date_posted: ⟨date⟩\(written)
                """))
            let (report, _) = try site.build()
            #expect(TestSupport.report(report.diagnostics) == [
                "\(site.location("date")): error: 'date_posted' must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '\(written)'; write \(iso) [front-matter.value]",
            ], "\(written)")
            #expect(suggestions(report.diagnostics) == [iso], "\(written)")
        }
    }

    /// A date written YYYY-MM-DD that names no day says why, not how to write a date; a date
    /// written another way that names no day says both. No suggestion: the day meant is unknown.
    @Test(arguments: [
        ("2027-02-30", "must be a day that exists, found '2027-02-30': February 2027 has 28 days"),
        ("2026-13-01", "must be a day that exists, found '2026-13-01': there is no month 13"),
        ("2026-00-10", "must be a day that exists, found '2026-00-10': there is no month 0"),
        ("2026-04-31", "must be a day that exists, found '2026-04-31': April 2026 has 30 days"),
        ("2026-05-00", "must be a day that exists, found '2026-05-00': there is no day 0"),
        ("2025-02-29", "must be a day that exists, found '2025-02-29': February 2025 has 28 days; 2025 is not a leap year"),
        ("2100-02-29", "must be a day that exists, found '2100-02-29': February 2100 has 28 days; 2100 is not a leap year"),
        ("0000-01-01", "must be a day that exists, found '0000-01-01': the year must be 1 to 9999"),
        ("2027-2-30", "must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '2027-2-30', which is no day: February 2027 has 28 days"),
        ("30 Feb 2027", "must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '30 Feb 2027', which is no day: February 2027 has 28 days"),
        ("31/02/2027", "must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '31/02/2027', which is no day: February 2027 has 28 days"),
        ("13/13/2027", "must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '13/13/2027', which is no day: there is no month 13"),
        ("2027-02-30T09:00:00Z", "must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '2027-02-30T09:00:00Z', which is no day: February 2027 has 28 days"),
    ])
    func aDateThatIsNoDaySaysWhy(_ written: String, _ message: String) throws {
        let site = FixtureSite(posting("x", """
            locations: [{country: US}]
            remote: remote
            employment_type: FULL_TIME
            date_posted: 2026-01-05
            valid_through: ⟨end⟩\(written)
            """))
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == ["\(site.location("end")): error: 'valid_through' \(message) [front-matter.value]"])
        #expect(suggestions(report.diagnostics) == [nil])
    }

    @Test func aLeapDayIsADay() throws {
        for day in ["2024-02-29", "2000-02-29"] {
            let site = FixtureSite(posting("x", """
                locations: [{country: US}]
                remote: remote
                employment_type: FULL_TIME
                date_posted: \(day)
                """))
            let (report, _) = try site.build()
            #expect(!report.diagnostics.contains { $0.rule.hasPrefix("front-matter") }, "\(day)")
        }
    }

    @Test func aDateWithTwoPossibleReadingsNamesBothAndSuggestsNeither() throws {
        let site = FixtureSite(posting("x", """
            locations: [{country: US}]
            remote: remote
            employment_type: FULL_TIME
            date_posted: ⟨date⟩03/04/2026
            valid_through: ⟨end⟩31st of Smarch 2026
            """))
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("date")): error: 'date_posted' must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '03/04/2026'; write 2026-04-03 if it means 3 April, or 2026-03-04 if it means 4 March [front-matter.value]",
            "\(site.location("end")): error: 'valid_through' must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '31st of Smarch 2026' [front-matter.value]",
        ])
        #expect(suggestions(report.diagnostics) == [nil, nil])
    }

    @Test func codesAndChoicesInAnotherCaseOrSpellingGetTheRightOne() throws {
        let site = FixtureSite(posting("x", """
            locations: [{country: ⟨de⟩de}, {country: ⟨uk⟩UK}, {country: ⟨el⟩EL}, {country: ⟨xx⟩XX}]
            remote: ⟨remote⟩Remote
            employment_type: [⟨full⟩full_time, ⟨part⟩part-time, ⟨contract⟩contract]
            date_posted: 2026-11-01
            salary: {min: 50000, max: 60000, currency: ⟨eur⟩eur, period: ⟨year⟩annual}
            """) + "\n" + posting("y", """
            locations: [{country: US}]
            remote: ⟨onsite⟩on-site
            employment_type: FULL_TIME
            date_posted: 2026-11-01
            salary: {min: 50000, max: 60000, currency: ⟨eud⟩EUD, period: ⟨yearly⟩year}
            """) + "\n" + valid("z", """
            salary: {min: 50000, max: 60000, currency: ⟨rmb⟩RMB, period: ⟨hourly⟩Hourly}
            """) + "\n" + valid("w", """
            salary: {min: 50000, max: 60000, currency: ⟨qqq⟩QQQ, period: ⟨fortnight⟩FORTNIGHT}
            """))
        let (report, _) = try site.build()
        let country = "must be a two-letter ISO 3166-1 country code in capitals such as DE or US"
        let currency = "must be a three-letter ISO 4217 currency code in capitals such as USD or EUR"
        let period = "must be one of HOUR, DAY, WEEK, MONTH, YEAR"
        let types = "must be one of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER"
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("qqq")): error: 'salary.currency' \(currency), found 'QQQ' [front-matter.value]",
            "\(site.location("fortnight")): error: 'salary.period' \(period), found 'FORTNIGHT' [front-matter.value]",
            "\(site.location("de")): error: 'locations[0].country' \(country), found 'de'; write DE [front-matter.value]",
            "\(site.location("uk")): error: 'locations[1].country' \(country), found 'UK'; write GB [front-matter.value]",
            "\(site.location("el")): error: 'locations[2].country' \(country), found 'EL'; write GR [front-matter.value]",
            "\(site.location("xx")): error: 'locations[3].country' \(country), found 'XX' [front-matter.value]",
            "\(site.location("remote")): error: 'remote' must be one of onsite, hybrid, remote, found 'Remote'; write remote [front-matter.value]",
            "\(site.location("full")): error: 'employment_type' \(types), found 'full_time'; write FULL_TIME [front-matter.value]",
            "\(site.location("part")): error: 'employment_type' \(types), found 'part-time'; write PART_TIME [front-matter.value]",
            "\(site.location("contract")): error: 'employment_type' \(types), found 'contract'; write CONTRACTOR [front-matter.value]",
            "\(site.location("eur")): error: 'salary.currency' \(currency), found 'eur'; write EUR [front-matter.value]",
            "\(site.location("year")): error: 'salary.period' \(period), found 'annual'; write YEAR [front-matter.value]",
            "\(site.location("onsite")): error: 'remote' must be one of onsite, hybrid, remote, found 'on-site'; write onsite [front-matter.value]",
            "\(site.location("eud")): error: 'salary.currency' \(currency), found 'EUD'; did you mean EUR? [front-matter.value]",
            "\(site.location("yearly")): error: 'salary.period' \(period), found 'year'; write YEAR [front-matter.value]",
            "\(site.location("rmb")): error: 'salary.currency' \(currency), found 'RMB'; did you mean CNY? [front-matter.value]",
            "\(site.location("hourly")): error: 'salary.period' \(period), found 'Hourly'; write HOUR [front-matter.value]",
        ])
        #expect(suggestions(report.diagnostics) == [nil, nil, "DE", "GB", "GR", nil, "remote", "FULL_TIME", "PART_TIME",
                                                    "CONTRACTOR", "EUR", "YEAR", "onsite", "EUR", "YEAR", "CNY", "HOUR"])
    }

    @Test func aLevelInAnotherCaseIsNamedAsTheLadderWritesIt() throws {
        let site = FixtureSite("""
            -- content/ladders/engineering.md --
            ---
            title: Engineering
            competencies:
              - {id: craft, title: Craft}
            levels:
              - {id: E3, title: Engineer}
              - {id: E4, title: Senior engineer}
            ---
            """ + "\n" + valid("x", """
            ladder: engineering
            level: ⟨e3⟩e3
            """) + "\n" + valid("y", """
            ladder: ⟨ladder⟩engneering
            level: E3
            """))
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("e3")): error: ladder 'engineering' has no level 'e3'; its levels are E3, E4; write E3 [link.unknown-level]",
            "\(site.location("ladder")): error: unknown ladder 'engneering'; did you mean 'engineering'? [link.unknown-ladder]",
        ])
        #expect(suggestions(report.diagnostics) == ["E3", "engineering"])
    }

    @Test func aBareEmailAsApplyURLGetsMailto() throws {
        let site = FixtureSite(valid("x", """
            apply_url: ⟨mail⟩jobs@example.com
            """) + "\n" + valid("y", """
            apply_url: ⟨path⟩careers/apply
            """))
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("mail")): error: 'apply_url' must be an absolute URL starting with http:, https:, mailto:, found 'jobs@example.com'; an email address needs mailto: in front, write mailto:jobs@example.com [front-matter.value]",
            "\(site.location("path")): error: 'apply_url' must be an absolute URL starting with http:, https:, mailto:, found 'careers/apply' [front-matter.value]",
        ])
        #expect(suggestions(report.diagnostics) == ["mailto:jobs@example.com", nil])
    }

    @Test func aPayRangeMustStartAboveZeroAndEndAboveItsStart() throws {
        let site = FixtureSite(valid("x", """
            salary: {min: ⟨zero⟩0, max: 60000, currency: USD, period: YEAR}
            """) + "\n" + valid("y", """
            salary: {min: 70000, max: ⟨max⟩60000, currency: USD, period: YEAR}
            """) + "\n" + valid("z", """
            salary: {min: 0.01, max: 60, currency: USD, period: HOUR}
            """))
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("zero")): error: 'salary.min' is 0: a pay range must start above zero; give the real minimum, or remove the salary [front-matter.value]",
            "\(site.location("max")): error: 'salary.max' (60000) is below min (70000) [front-matter.value]",
        ])
    }

    @Test func checkAsJSONCarriesEachSuggestion() throws {
        let site = FixtureSite(posting("x", """
            locations: [{country: ⟨uk⟩UK}]
            remote: remote
            employment_type: FULL_TIME
            date_posted: ⟨date⟩31/12/2026
            apply_url: ⟨mail⟩jobs@example.com
            salary: {min: 1, max: 2, currency: ⟨eud⟩EUD, period: YEAR}
            """) + "\n" + """
            -- content/about.md --
            ---
            title: About
            ---
            ⟨link⟩[Open roles](/role/)
            """)
        let folder = try TemporaryFolder()
        try site.write(to: folder.url)
        let run = try CommandLineTests.run(["check", "--format", "json", "--source", folder.url.path])
        #expect(run.status == 1)
        let findings = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let seen = findings.map { "\($0["file"]!):\($0["line"]!):\($0["column"]!) \($0["rule"]!) \($0["suggestion"]!)" }
        #expect(seen == [
            "\(site.location("link")) link.broken /roles/",
            "\(site.location("uk")) front-matter.value GB",
            "\(site.location("date")) front-matter.value 2026-12-31",
            "\(site.location("mail")) front-matter.value mailto:jobs@example.com",
            "\(site.location("eud")) front-matter.value EUR",
        ])
    }

    @Test func numbersBoolsAndLanguageTagsCarryTheirFix() throws {
        let site = FixtureSite(valid("x", """
            salary: {min: ⟨min⟩"1,000", max: ⟨max⟩65k, currency: USD, period: YEAR}
            draft: ⟨draft⟩yes
            language: ⟨lang⟩de_DE
            experience_years: ⟨years⟩1:30
            """))
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("min")): error: 'salary.min' must be a number, found the text '1,000'; write 1000 without quotes [front-matter.type]",
            "\(site.location("max")): error: 'salary.max' must be a number, found the text '65k'; write 65000 [front-matter.type]",
            "\(site.location("draft")): error: 'draft' must be true or false, found the text 'yes'; write true [front-matter.type]",
            "\(site.location("lang")): error: 'language' must be a language tag such as en, de or en-US (language[-Script][-REGION], with hyphens), found 'de_DE'; did you mean 'de-DE'? [front-matter.value]",
            "\(site.location("years")): error: 'experience_years' must be a whole number, found the text '1:30'; write it with digits only [front-matter.type]",
        ])
        #expect(suggestions(report.diagnostics) == ["1000", "65000", "true", "de-DE", nil])
    }
}
