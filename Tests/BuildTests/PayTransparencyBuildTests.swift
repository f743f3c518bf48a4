import Build
import Content
import Diagnostics
import Foundation
import Lint
import TestSupport
import Testing

/// Issue 17, parts 2 and 3: pay transparency findings are date-driven, so the daily build still
/// writes (and closes expired postings) on a law's first day, while `check` fails.
@Suite("pay transparency in build and check")
struct PayTransparencyBuildTests {
    /// A Toronto posting without pay, and one that expired before Ontario's law took effect.
    static let site = FixtureSite("""
        -- site.yml --
        title: Careers
        base_url: https://careers.example.com/
        organization:
          name: Maple
          employees: 30
        lint:
          ignore: [role.missing-section]  # a fixture of pay findings, not of a posting's headings
        postings:
          sections:
            ai_screening: We do not use AI to screen, assess or select applicants.
            vacancy: Each posting here is for a position open now.
        -- content/roles/toronto.md --
        ---
        title: ⟨title⟩Backend Engineer
        locations: [{city: Toronto, region: ON, country: CA}]
        remote: hybrid
        employment_type: FULL_TIME
        date_posted: 2025-11-01
        valid_through: 2026-12-31
        ---
        Build things.
        -- content/roles/expired.md --
        ---
        title: Support Engineer
        locations: [{city: Toronto, region: ON, country: CA}]
        remote: onsite
        employment_type: FULL_TIME
        date_posted: 2025-10-01
        valid_through: 2025-12-15
        ---
        Help people.
        """)
    static let closedNote = "content/roles/expired.md:7:16: note: closed: this posting took applications until 2025-12-15 (valid_through); its page now says the position is closed [role.closed]"
    static let ontario = "Ontario (ESA 2000 Part III.1; O. Reg. 476/24)"

    @Test func onALawsFirstDayTheBuildWritesAndClosesExpiredPostingsWhileCheckFails() throws {
        let folder = try TemporaryFolder()
        try Self.site.write(to: folder.url)
        for strict in [[], ["--strict"]] {
            let build = try CommandLineTests.run(["build", "--now", "2026-01-01", "--source", folder.url.path] + strict)
            #expect(build.status == 0, "\(strict): \(build.stderr)")
            #expect(build.stderr.contains("""
                \(Self.site.location("title")): warning: no pay range is shown, as required by \(Self.ontario); add salary: {min, max, currency, period} (a warning in `build`, so the daily build still runs; an error in `jobsite check`) [pay.range-required]
                """), "\(build.stderr)")
            let closed = try String(contentsOf: folder.url.appendingPathComponent("public/roles/expired/index.html"), encoding: .utf8)
            #expect(closed.contains("This position is closed."))
            #expect(!build.stderr.contains("content/roles/expired.md:2:8: warning"), "a closed posting is not a finding")
        }

        let check = try CommandLineTests.run(["check", "--now", "2026-01-01", "--source", folder.url.path])
        #expect(check.status == 1)
        #expect(check.stdout == """
            \(Self.closedNote)
            \(Self.site.location("title")): error: no pay range is shown, as required by \(Self.ontario); add salary: {min, max, currency, period} [pay.range-required]
            1 error, 0 warnings, 1 note

            """, "\(check.stdout)")

        // The day before: a warning ahead, which only `check --strict` fails on.
        let before = try CommandLineTests.run(["check", "--now", "2025-12-31", "--source", folder.url.path])
        #expect(before.status == 0)
        #expect(before.stdout == """
            \(Self.closedNote)
            \(Self.site.location("title")): warning: no pay range is shown (Ontario's law takes effect on 2026-01-01): \(Self.ontario) [pay.upcoming]
            0 errors, 1 warning, 1 note

            """, "\(before.stdout)")
        #expect(try CommandLineTests.run(["check", "--strict", "--now", "2025-12-31", "--source", folder.url.path]).status == 1)
    }

    /// The cap is for faults the calendar made. A posting posted after the law it breaks took
    /// effect was at fault from its first build: `build` fails on it and writes nothing.
    @Test func aPostingPostedUnderTheLawItBreaksStopsTheBuild() throws {
        let posting = { (posted: String) in
            FixtureSite(Self.newYork.replacingOccurrences(of: "draft: true", with: "valid_through: 2027-06-30")
                .replacingOccurrences(of: "2026-11-01", with: posted))
        }
        let fresh = posting("2026-11-01")
        let folder = try TemporaryFolder()
        try fresh.write(to: folder.url)
        let build = try CommandLineTests.run(["build", "--now", "2026-11-23", "--source", folder.url.path])
        #expect(build.status == 1)
        #expect(build.stderr.contains("\(fresh.location("title")): error: no pay range is shown, as required by New York City ("), "\(build.stderr)")
        #expect(!build.stderr.contains("a warning in `build`"), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("public").path), "nothing is written")

        // Posted on 2022-10-01, a month before New York City's law took effect: the calendar, not
        // an edit, made it fall short, so the daily build still runs.
        let old = posting("2022-10-01")
        let oldFolder = try TemporaryFolder()
        try old.write(to: oldFolder.url)
        let daily = try CommandLineTests.run(["build", "--now", "2026-11-23", "--source", oldFolder.url.path])
        #expect(daily.status == 0, "\(daily.stderr)")
        #expect(daily.stderr.contains("\(old.location("title")): warning: no pay range is shown, as required by New York City ("), "\(daily.stderr)")
        #expect(daily.stderr.contains("(a warning in `build`, so the daily build still runs; an error in `jobsite check`) [pay.range-required]"))
        #expect(try CommandLineTests.run(["check", "--now", "2026-11-23", "--source", oldFolder.url.path]).status == 1)
    }

    /// `check` judges the day `build` builds on: SOURCE_DATE_EPOCH when set, as `build` reads it.
    @Test func checkReadsTheDayAsBuildDoes() throws {
        let folder = try TemporaryFolder()
        try Self.site.write(to: folder.url)
        let onTheDay = try CommandLineTests.run(["check", "--source", folder.url.path], environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(onTheDay.status == 1)
        #expect(onTheDay.stdout.contains("error: no pay range is shown, as required by \(Self.ontario)"), "\(onTheDay.stdout)")
        let dayBefore = try CommandLineTests.run(["check", "--source", folder.url.path], environment: ["SOURCE_DATE_EPOCH": "1767225599"])
        #expect(dayBefore.status == 0)
        #expect(dayBefore.stdout.contains("[pay.upcoming]"), "\(dayBefore.stdout)")
        let bad = try CommandLineTests.run(["check", "--source", folder.url.path], environment: ["SOURCE_DATE_EPOCH": "tomorrow"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("Error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC (e.g. 1767225600), found 'tomorrow' [options.source-date-epoch]\nUsage: jobsite check"), "\(bad.stderr)")
    }

    @Test func explainSaysARuleIsDateDriven() throws {
        let run = try CommandLineTests.run(["explain", "pay.range-required"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("pay.range-required (error; can be ignored with lint: {ignore: [pay.range-required]}; date-driven: a warning in build when the date, not an edit, made it fire; error in check)\nA posting a pay transparency law covers shows no pay range.\n"), "\(run.stdout)")
    }

    @Test func theDateDrivenCapIsOneRuleOfTheSeverityPolicyAndIdempotent() {
        let found = [Diagnostic.error("no pay range", at: SourceLocation(file: "content/roles/x.md", line: 2, column: 8), rule: "pay.range-required"),
                     Diagnostic.warning("no benefits", at: nil, rule: "pay.benefits-required"),
                     Diagnostic.error("broken", at: nil, rule: "link.broken")]
        let build = SeverityPolicy(strict: true).apply(found)
        #expect(build.map(\.severity) == [.warning, .warning, .error])
        #expect(build[0].message == "no pay range (a warning in `build`, so the daily build still runs; an error in `jobsite check`)")
        #expect(build[1].message == "no benefits (a warning in `build`, so the daily build still runs; an error in `jobsite check --strict`)")
        #expect(SeverityPolicy(strict: true).apply(build) == build, "applying twice changes nothing")
        let check = SeverityPolicy(strict: true, datedFindingsAreErrors: true).apply(found)
        #expect(check.map(\.severity) == [.error, .error, .error] && check.map(\.message) == found.map(\.message))
        var fromTheStart = found[0]
        fromTheStart.causedByDate = false
        #expect(SeverityPolicy().apply([fromTheStart]) == [fromTheStart], "a fault an edit made keeps its severity in build")
    }

    static func check(_ site: FixtureSite, drafts: Bool = false, today: String = "2026-11-23") throws -> [String] {
        let folder = try TemporaryFolder()
        try site.write(to: folder.url)
        var options = BuildOptions(source: folder.url, includeDrafts: drafts, today: CalendarDate(today)!)
        options.lints = [PayTransparencyLint()]  // the other lints have their own tests
        return report(SiteBuilder.check(options))
    }

    static let newYork = """
        -- content/roles/x.md --
        ---
        title: ⟨title⟩Analyst
        locations: [{city: New York, region: NY, country: US}]
        remote: onsite
        employment_type: FULL_TIME
        date_posted: 2026-11-01
        draft: true
        ---
        Analyse.
        """

    @Test func aDraftIsCheckedOnlyWhenDraftsAreBuilt() throws {
        let site = FixtureSite(Self.newYork)
        #expect(try Self.check(site) == [])
        let found = try Self.check(site, drafts: true)
        #expect(found.count == 1 && found[0].hasPrefix("\(site.location("title")): error: no pay range is shown, as required by New York City ("))
    }

    /// A closed posting is not a finding. A scheduled one is judged as of its `date_posted`: a
    /// posting that will break a law in force that day fails the build now (an error an edit
    /// made), not the daily build on the morning it is published.
    @Test func aClosedPostingIsNotAFindingAndAScheduledOneIsJudgedOnItsDay() throws {
        let closed = FixtureSite(Self.newYork.replacingOccurrences(of: "draft: true", with: "valid_through: 2026-11-10"))
        let found = try Self.check(closed)
        #expect(found.count == 1 && found[0].hasSuffix("[role.closed]"), "\(found)")
        let scheduled = FixtureSite(Self.newYork.replacingOccurrences(of: "draft: true", with: "").replacingOccurrences(of: "2026-11-01", with: "2026-12-01"))
        let later = try Self.check(scheduled)
        #expect(later.count == 2 && later.contains { $0.hasSuffix("[role.scheduled]") }, "\(later)")
        #expect(later.contains { $0.hasPrefix("\(scheduled.location("title")): error: no pay range is shown, as required by New York City (") }, "\(later)")

        let folder = try TemporaryFolder()
        try scheduled.write(to: folder.url)
        let build = try CommandLineTests.run(["build", "--now", "2026-11-23", "--source", folder.url.path])
        #expect(build.status == 1, "the push fails, not the build of 2026-12-01: \(build.stderr)")
        #expect(!build.stderr.contains("a warning in `build`"))

        // Scheduled for a day before a law: judged on that day, nothing to say but the schedule.
        let beforeTheLaw = FixtureSite(Self.newYork.replacingOccurrences(of: "draft: true", with: "")
            .replacingOccurrences(of: "New York, region: NY", with: "Toronto, region: ON").replacingOccurrences(of: "country: US", with: "country: CA")
            .replacingOccurrences(of: "2026-11-01", with: "2025-12-15"))
        let early = try Self.check(beforeTheLaw, today: "2025-12-01")
        #expect(early.contains { $0.hasSuffix("[pay.upcoming]") } && !early.contains { $0.contains("error:") }, "\(early)")
    }

    @Test func employeesIsAWholeNumberOfAtLeastOne() throws {
        let base = FixtureSite.defaultConfig + "\n  employees: "
        for (value, problem) in [("0", "must be the number of people the organization employs, at least 1, found 0"), ("\"40\"", "write 40"), ("40", nil)] {
            let found = try Self.check(FixtureSite("-- site.yml --\n" + base + value + "\n-- content/about.md --\n---\ntitle: About\n---\nHi"))
            if let problem {
                #expect(found.count == 1 && found[0].hasPrefix("site.yml:5:14: error: ") && found[0].contains(problem), "\(found)")
            } else {
                #expect(found == [])
            }
        }
    }
}
