import Diagnostics
import TestSupport
import Testing

@testable import Content

/// The smallest valid posting. Lines: 1 `---`, 2 title, 3–4 locations, 5 remote,
/// 6 employment_type, 7 date_posted, 8 `---`, 9 body.
let minimalPosting = """
    ---
    title: Backend Engineer
    locations:
      - country: DE
    remote: remote
    employment_type: FULL_TIME
    date_posted: 2026-05-01
    ---
    We build things.
    """

let postingPath = "content/roles/backend-engineer.md"

/// The minimal posting with `lines` added from file line 8 on, before the closing fence.
func posting(adding lines: String) -> String {
    minimalPosting.replacingOccurrences(of: "date_posted: 2026-05-01\n", with: "date_posted: 2026-05-01\n\(lines)\n")
}

/// The minimal posting with one line (or block) replaced.
func posting(replacing old: String, with new: String) -> String {
    precondition(minimalPosting.contains(old))
    return minimalPosting.replacingOccurrences(of: old, with: new)
}

/// The minimal posting without `key` and its indented lines.
func posting(without key: String) -> String {
    var skipping = false
    return minimalPosting.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
        if line.hasPrefix("\(key):") { skipping = true; return false }
        if skipping && line.hasPrefix(" ") { return false }
        skipping = false
        return true
    }.joined(separator: "\n")
}

/// A pay range added at file lines 8–12 (min on 9, max on 10, currency on 11, period on 12).
func salary(min: String = "60000", max: String = "80000", currency: String = "EUR", period: String = "YEAR") -> String {
    "salary:\n  min: \(min)\n  max: \(max)\n  currency: \(currency)\n  period: \(period)"
}

@Suite("Job postings")
struct RoleTests {
    func diagnostics(_ text: String) -> [String] {
        report(parse(postingPath, text).diagnostics)
    }

    @Test("the minimal posting parses with defaults for everything optional")
    func minimalPostingParses() throws {
        let (document, diagnostics) = parse(postingPath, minimalPosting)
        #expect(diagnostics.isEmpty)
        let role = try #require(document?.role)
        #expect(role.source == postingPath)
        #expect(role.slug == "backend-engineer")
        #expect(role.title == "Backend Engineer")
        #expect(role.locations == [Location(country: "DE")])
        #expect(role.remote == .remote)
        #expect(role.employmentTypes == [.FULL_TIME])
        #expect(role.datePosted == CalendarDate(year: 2026, month: 5, day: 1))
        #expect(role.ladder == nil && role.level == nil && role.salary == nil && role.validThrough == nil)
        #expect(role.skills.isEmpty && role.applyURL == nil && role.summary == nil && role.draft == false)
        #expect(role.body == MarkdownBody(text: "We build things.", firstLine: 9))
    }

    @Test("every field of a full posting is read")
    func fullPostingParses() throws {
        let text = """
            ---
            title: "Senior Backend Engineer"
            slug: senior-backend
            ladder: backend
            level: L3
            department: Platform
            locations:
              - city: Berlin
                region: BE
                country: DE
              - country: US
            remote: hybrid
            employment_type: [FULL_TIME, CONTRACTOR]
            salary:
              min: 70000
              max: 90000.5
              currency: EUR
              period: YEAR
            experience_years: 5
            skills:
              - Swift
              - "System design"
            date_posted: 2026-05-01
            valid_through: 2026-08-31
            apply_url: mailto:jobs@example.com
            summary: R&D and 5*3 are fine
            draft: true
            ---
            ## About
            """
        let (document, diagnostics) = parse(postingPath, text)
        #expect(diagnostics.isEmpty)
        let role = try #require(document?.role)
        #expect(role.slug == "senior-backend")
        #expect(role.title == "Senior Backend Engineer")
        #expect(role.ladder == "backend")
        #expect(role.level == "L3")
        #expect(role.department == "Platform")
        #expect(role.locations == [Location(city: "Berlin", region: "BE", country: "DE"), Location(country: "US")])
        #expect(role.remote == .hybrid)
        #expect(role.employmentTypes == [.FULL_TIME, .CONTRACTOR])
        #expect(role.salary == SalaryRange(min: 70000, max: 90000.5, currency: "EUR", period: .YEAR))
        #expect(role.experienceYears == 5)
        #expect(role.skills == ["Swift", "System design"])
        #expect(role.datePosted.description == "2026-05-01")
        #expect(role.validThrough?.description == "2026-08-31")
        #expect(role.applyURL == "mailto:jobs@example.com")
        #expect(role.summary == "R&D and 5*3 are fine")
        #expect(role.draft)
        #expect(role.body == MarkdownBody(text: "## About", firstLine: 29))
        // Positions the link stage reports at: the value of each field.
        #expect(role.fieldLocations["title"]?.description == "\(postingPath):2:8")
        #expect(role.fieldLocations["slug"]?.description == "\(postingPath):3:7")
        #expect(role.fieldLocations["ladder"]?.description == "\(postingPath):4:9")
        #expect(role.fieldLocations["level"]?.description == "\(postingPath):5:8")
    }

    @Test("employment_type may be a single word or a list")
    func employmentTypeAsListOrWord() throws {
        let single = try #require(parse(postingPath, minimalPosting).document?.role)
        #expect(single.employmentTypes == [.FULL_TIME])
        let text = posting(replacing: "employment_type: FULL_TIME", with: "employment_type:\n  - PART_TIME\n  - TEMPORARY")
        let list = try #require(parse(postingPath, text).document?.role)
        #expect(list.employmentTypes == [.PART_TIME, .TEMPORARY])
    }

    @Test("the slug defaults to the file name made URL-friendly")
    func slugFromFileName() throws {
        let role = try #require(parse("content/roles/Senior_Backend Engineer.md", minimalPosting).document?.role)
        #expect(role.slug == "senior-backend-engineer")
    }

    @Test("a file name that cannot become a URL is an error unless the posting sets a slug")
    func fileNameThatCannotBeAURL() throws {
        #expect(report(parse("content/roles/Ingénieur.md", minimalPosting).diagnostics) == [
            "content/roles/Ingénieur.md:1:1: error: the file name 'Ingénieur' cannot become a URL; use lowercase letters, digits and hyphens; rename it to content/roles/ingenieur.md [content.file-name]",
        ])
        let role = try #require(parse("content/roles/Ingénieur.md", posting(adding: "slug: ingenieur")).document?.role)
        #expect(role.slug == "ingenieur")
    }

    @Test("a posting in a subfolder keeps the folder in its URL; slug: renames only the last part")
    func subfolderIsKept() throws {
        #expect(try #require(parse("content/roles/Eng/Platform/backend.MD", minimalPosting).document?.role).slug == "eng/platform/backend")
        #expect(try #require(parse("content/roles/eng/x.markdown", posting(adding: "slug: y")).document?.role).slug == "eng/y")
        #expect(report(parse("content/roles/Eng Team!/x.md", minimalPosting).diagnostics) == [
            "content/roles/Eng Team!/x.md:1:1: error: the folder path 'Eng Team!' cannot become a URL; use lowercase letters, digits and hyphens in folder and file names; rename it to content/roles/eng-team/x.md [content.file-name]",
        ])
    }

    @Test("a misspelt key is reported at the key with a suggestion")
    func unknownKeyWithSuggestion() {
        #expect(diagnostics(posting(adding: "salry:\n  min: 1")) == [
            "\(postingPath):8:1: error: unknown key 'salry' in a job posting; did you mean 'salary'? [front-matter.unknown-key]",
        ])
    }

    @Test("an unknown key with no close match lists the allowed keys")
    func unknownKeyListsKeys() {
        #expect(diagnostics(posting(adding: "colour: red")) == [
            "\(postingPath):8:1: error: unknown key 'colour' in a job posting; expected one of: title, slug, ladder, level, department, locations, remote, employment_type, salary, experience_years, skills, date_posted, valid_through, apply_url, summary, draft, language, req_id, direct_apply, unlisted, sections, aliases, lint [front-matter.unknown-key]",
        ])
    }

    @Test("a misspelt nested key is named by its path, and the field it meant is then missing")
    func unknownNestedKey() {
        let text = posting(adding: salary().replacingOccurrences(of: "currency", with: "currncy"))
        #expect(diagnostics(text) == [
            "\(postingPath):9:3: error: missing required field 'salary.currency' (an ISO 4217 code such as USD or EUR) [front-matter.missing-field]",
            "\(postingPath):11:3: error: unknown key 'salary.currncy' in a pay range; did you mean 'currency'? [front-matter.unknown-key]",
        ])
    }

    @Test("an unknown key in a location is named with its index")
    func unknownKeyInLocation() {
        let text = posting(replacing: "  - country: DE", with: "  - country: DE\n    town: Berlin")
        #expect(diagnostics(text) == [
            "\(postingPath):5:5: error: unknown key 'locations[0].town' in a location; expected one of: city, region, country [front-matter.unknown-key]",
        ])
    }

    static let requiredFields: [(key: String, why: String)] = [
        ("title", "every posting needs a job title"),
        ("locations", "candidates need to know where the job is"),
        ("remote", "candidates need to know where the work happens"),
        ("employment_type", "e.g. FULL_TIME"),
        ("date_posted", "search engines show how fresh a posting is"),
    ]

    @Test("a missing required field is reported at the start of the front matter", arguments: requiredFields)
    func missingRequiredField(key: String, why: String) {
        let (document, diagnostics) = parse(postingPath, posting(without: key))
        #expect(document == nil)
        #expect(report(diagnostics) == [
            "\(postingPath):2:1: error: missing required field '\(key)' (\(why)) [front-matter.missing-field]",
        ])
    }

    @Test("a required field written without a value is reported at its key")
    func emptyRequiredField() {
        #expect(diagnostics(posting(replacing: "title: Backend Engineer", with: "title:")) == [
            "\(postingPath):2:1: error: 'title' is empty; a value is required (every posting needs a job title) [front-matter.missing-field]",
        ])
    }

    @Test("an empty list of locations is not enough")
    func emptyLocations() {
        #expect(diagnostics(posting(replacing: "locations:\n  - country: DE", with: "locations: []")) == [
            "\(postingPath):3:12: error: 'locations' must list at least one item [front-matter.value]",
        ])
    }

    @Test("a ladder without a level, or a level without a ladder, is incomplete")
    func ladderAndLevelGoTogether() {
        #expect(diagnostics(posting(adding: "ladder: backend")) == [
            "\(postingPath):2:1: error: missing required field 'level' (a posting that names a ladder must say which level of it) [front-matter.missing-field]",
        ])
        #expect(diagnostics(posting(adding: "level: L3")) == [
            "\(postingPath):2:1: error: missing required field 'ladder' ('level' refers to a level of a ladder) [front-matter.missing-field]",
        ])
    }

    static let typeErrors: [Example] = [
        Example("remote as a list", posting(replacing: "remote: remote", with: "remote: [onsite]"),
                "\(postingPath):5:9: error: 'remote' must be one of onsite, hybrid, remote, found a list [front-matter.type]"),
        Example("title as a list", posting(replacing: "title: Backend Engineer", with: "title: [a, b]"),
                "\(postingPath):2:8: error: 'title' must be text, found a list [front-matter.type]"),
        Example("quoted salary.min", posting(adding: salary(min: "\"abc\"")),
                "\(postingPath):9:8: error: 'salary.min' must be a number, found the text 'abc' [front-matter.type]"),
        Example("a number in quotes is text", posting(adding: salary(max: "\"80000\"")),
                "\(postingPath):10:8: error: 'salary.max' must be a number, found the text '80000'; write 80000 without quotes [front-matter.type]"),
        Example("salary as a number", posting(adding: "salary: 50000"),
                "\(postingPath):8:9: error: 'salary' must be a mapping of `key: value` lines (a pay range), found the number 50000 [front-matter.type]"),
        Example("skills as text", posting(adding: "skills: text"),
                "\(postingPath):8:9: error: 'skills' must be a list, found the text 'text' [front-matter.type]"),
        Example("a skill that is a mapping", posting(adding: "skills:\n  - name: Swift"),
                "\(postingPath):9:5: error: 'skills[0]' must be text, found a mapping; ': ' inside an item starts a key in YAML, so if it is text, put the whole item in quotes: - \"name: Swift\" [front-matter.type]"),
        Example("draft as a word", posting(adding: "draft: maybe"),
                "\(postingPath):8:8: error: 'draft' must be true or false, found the text 'maybe' [front-matter.type]"),
        Example("experience_years as a fraction", posting(adding: "experience_years: 2.5"),
                "\(postingPath):8:19: error: 'experience_years' must be a whole number, found the number 2.5 [front-matter.type]"),
        Example("date_posted as a list", posting(replacing: "date_posted: 2026-05-01", with: "date_posted: [2026-05-01]"),
                "\(postingPath):7:14: error: 'date_posted' must be a date like 2026-05-01, found a list [front-matter.type]"),
        Example("a location that is text", posting(replacing: "  - country: DE", with: "  - Berlin"),
                "\(postingPath):4:5: error: 'locations[0]' must be a mapping of `key: value` lines (a location), found the text 'Berlin' [front-matter.type]"),
    ]

    @Test("a value of the wrong type is reported at the value", arguments: typeErrors)
    func wrongType(example: Example) {
        let (document, diagnostics) = parse(postingPath, example.text)
        #expect(document == nil)
        #expect(report(diagnostics) == example.expected)
    }

    @Test("a number where a choice is expected is reported as a value outside the choices")
    func numberForAChoice() {
        // Any scalar is read as a word and checked against the choices, so `remote: 3` is a
        // value error (front-matter.value), not a type error.
        #expect(diagnostics(posting(replacing: "remote: remote", with: "remote: 3")) == [
            "\(postingPath):5:9: error: 'remote' must be one of onsite, hybrid, remote, found '3' [front-matter.value]",
        ])
    }

    static let invalidValues: [Example] = [
        Example("remote: remotely", posting(replacing: "remote: remote", with: "remote: remotely"),
                "\(postingPath):5:9: error: 'remote' must be one of onsite, hybrid, remote, found 'remotely'; did you mean 'remote'? [front-matter.value]"),
        Example("employment_type: FULLTIME", posting(replacing: "employment_type: FULL_TIME", with: "employment_type: FULLTIME"),
                "\(postingPath):6:18: error: 'employment_type' must be one of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER, found 'FULLTIME'; write FULL_TIME [front-matter.value]"),
        Example("country: Germany", posting(replacing: "country: DE", with: "country: Germany"),
                "\(postingPath):4:14: error: 'locations[0].country' must be a two-letter ISO 3166-1 country code in capitals such as DE or US, found 'Germany' [front-matter.value]"),
        Example("date_posted: 2026-13-01", posting(replacing: "date_posted: 2026-05-01", with: "date_posted: 2026-13-01"),
                "\(postingPath):7:14: error: 'date_posted' must be a day that exists, found '2026-13-01': there is no month 13 [front-matter.value]"),
        Example("date_posted: 2026-02-29 (not a leap year)", posting(replacing: "date_posted: 2026-05-01", with: "date_posted: 2026-02-29"),
                "\(postingPath):7:14: error: 'date_posted' must be a day that exists, found '2026-02-29': February 2026 has 28 days; 2026 is not a leap year [front-matter.value]"),
        Example("period: year", posting(adding: salary(period: "year")),
                "\(postingPath):12:11: error: 'salary.period' must be one of HOUR, DAY, WEEK, MONTH, YEAR, found 'year'; write YEAR [front-matter.value]"),
        Example("currency: usd", posting(adding: salary(currency: "usd")),
                "\(postingPath):11:13: error: 'salary.currency' must be a three-letter ISO 4217 currency code in capitals such as USD or EUR, found 'usd'; write USD [front-matter.value]"),
        Example("max below min", posting(adding: salary(min: "90000", max: "80000")),
                "\(postingPath):10:8: error: 'salary.max' (80000) is below min (90000) [front-matter.value]"),
        Example("negative min", posting(adding: salary(min: "-5")),
                "\(postingPath):9:8: error: 'salary.min' must not be negative [front-matter.value]"),
        Example("valid_through before date_posted", posting(adding: "valid_through: 2026-04-30"),
                "\(postingPath):8:16: error: 'valid_through' (2026-04-30) is before date_posted (2026-05-01) [front-matter.value]"),
        Example("slug: ../../etc", posting(adding: "slug: ../../etc"),
                "\(postingPath):8:7: error: 'slug' must use only lowercase letters, digits and single hyphens (it becomes the URL /roles/<slug>/), found '../../etc' [front-matter.value]"),
        Example("slug: Backend", posting(adding: "slug: Backend"),
                "\(postingPath):8:7: error: 'slug' must use only lowercase letters, digits and single hyphens (it becomes the URL /roles/<slug>/), found 'Backend' [front-matter.value]"),
        Example("negative experience_years", posting(adding: "experience_years: -1"),
                "\(postingPath):8:19: error: 'experience_years' must not be negative [front-matter.value]"),
        Example("blank title", posting(replacing: "title: Backend Engineer", with: "title: \"  \""),
                "\(postingPath):2:8: error: 'title' must not be empty [front-matter.value]"),
    ]

    @Test("an invalid value is reported at the value", arguments: invalidValues)
    func invalidValue(example: Example) {
        let (document, diagnostics) = parse(postingPath, example.text)
        #expect(document == nil)
        #expect(report(diagnostics) == example.expected)
    }

    @Test("apply_url accepts http, https and mailto URLs",
          arguments: ["https://jobs.example.com/apply/42", "http://example.com", "mailto:jobs@example.com", "HTTPS://EXAMPLE.COM/x"])
    func applyURLAccepted(url: String) throws {
        let (document, diagnostics) = parse(postingPath, posting(adding: "apply_url: \(url)"))
        #expect(diagnostics.isEmpty)
        #expect(document?.role?.applyURL == url)
    }

    static let startingWith = "must be an absolute URL starting with http:, https:, mailto:"

    @Test("apply_url rejects other schemes and relative or malformed URLs", arguments: [
        ("javascript:alert(1)", "\(startingWith), found 'javascript:alert(1)'"),
        ("ftp://example.com/jobs", "\(startingWith), found 'ftp://example.com/jobs'"),
        ("/apply", "\(startingWith), found '/apply'"),
        ("\"mailto:\"", "\(startingWith), found 'mailto:'"),
        ("https://example.com/a b", "must not contain 'a space'; percent-encode it (e.g. %20 for a space), found 'https://example.com/a b'"),
        ("\"https://example.com/<script>\"", "must not contain '<'; percent-encode it (e.g. %20 for a space), found 'https://example.com/<script>'"),
        ("https:example.com", "must be an absolute URL like https://host/path, found 'https:example.com'"),
    ])
    func applyURLRejected(url: String, message: String) {
        #expect(diagnostics(posting(adding: "apply_url: \(url)")) == [
            "\(postingPath):8:12: error: 'apply_url' \(message) [front-matter.value]",
        ])
    }

    @Test("apply_url needs a host after the //")
    func applyURLWithoutHost() {
        #expect(parse(postingPath, posting(adding: "apply_url: https://")).diagnostics.map(\.rule) == ["front-matter.value"])
    }

    @Test("all problems of one file are reported together, in file order")
    func allProblemsAtOnce() {
        let text = """
            ---
            title: Backend Engineer
            locations:
              - country: Germany
            remote: remotely
            employment_type: FULL_TIME
            date_posted: 2026-05-01
            salry: 5
            apply_url: javascript:alert(1)
            ---
            """
        let (document, found) = parse(postingPath, text)
        #expect(document == nil)
        #expect(report(found).map { $0.split(separator: " ").first.map(String.init) ?? "" } == [
            "\(postingPath):4:14:", "\(postingPath):5:9:", "\(postingPath):8:1:", "\(postingPath):9:12:",
        ])
        #expect(found.map(\.rule).sorted() == ["front-matter.unknown-key", "front-matter.value", "front-matter.value", "front-matter.value"])
    }

    @Test("a bad currency does not hide a max below min in the same pay range")
    func salaryProblemsTogether() {
        let found = parse(postingPath, posting(adding: salary(min: "90000", max: "80000", currency: "usd"))).diagnostics
        #expect(found.contains { $0.message.hasPrefix("'salary.currency'") })
        #expect(found.contains { $0.message.hasPrefix("'salary.max'") })
    }

    @Test("req_id, direct_apply, unlisted and section overrides are read")
    func structuredDataFieldsParse() throws {
        let (document, diagnostics) = parse(postingPath, posting(adding: """
            req_id: "R-0042"
            apply_url: https://ats.example.com/r/42
            direct_apply: true
            unlisted: true
            sections:
              eoe: false
              benefits: {title: Perks, text: Free lunch.}
            """))
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let role = try #require(document?.role)
        #expect((role.reqID, role.directApply, role.unlisted) == ("R-0042", true, true))
        #expect(role.sections["eoe"] == .omitted)
        #expect(role.sections["benefits"] == .replaced(title: "Perks", text: .markdown(
            MarkdownBody(text: "Free lunch.", firstLine: 14, columnOffset: 33), source: postingPath)))
        #expect(role.fieldLocations["sections.eoe"] == SourceLocation(file: postingPath, line: 13, column: 3))
        let minimal = try #require(parse(postingPath, minimalPosting).document?.role)
        #expect((minimal.reqID, minimal.directApply, minimal.unlisted, minimal.sections) == (nil, nil, false, [:]))
    }

    @Test("direct_apply needs an apply_url to apply at")
    func directApplyNeedsApplyURL() {
        #expect(diagnostics(posting(adding: "direct_apply: true")) == [
            "\(postingPath):8:15: error: 'direct_apply' says the Apply link starts the application, but the posting has no apply_url; add one [front-matter.value]",
        ])
        #expect(diagnostics(posting(adding: "direct_apply: false")) == [])
    }
}
