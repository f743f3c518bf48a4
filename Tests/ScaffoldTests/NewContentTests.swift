import Build
import Content
import Diagnostics
import Foundation
@testable import Scaffold
import TestSupport
import Testing

@Suite struct NewContentTests {
    /// Writes what a `new` command made into the site, as the CLI does.
    func add(_ made: (NewFile?, [Diagnostic]), to site: TemporaryFolder) throws -> String {
        #expect(made.1.isEmpty, "\(made.1)")
        let file = try #require(made.0)
        let (written, diagnostics) = NewFiles.write([file], into: site.url, hint: "")
        #expect(diagnostics.isEmpty && written == [file.path])
        return file.path
    }

    @Test func everyKindBuildsCleanInsideTheStarterSite() throws {
        let site = try initializedSite()
        let paths = [
            try add(NewContent.role(title: "Ingénieur logiciel", ladder: "engineering", level: "E3", site: site.url, today: fixedToday), to: site),
            try add(NewContent.role(title: "Office Manager", ladder: nil, level: nil, site: site.url, today: fixedToday), to: site),
            try add(NewContent.faq(question: "Wie läuft das Gespräch ab?"), to: site),
            try add(NewContent.ladder(id: "design"), to: site),
            try add(NewContent.page(path: "benefits"), to: site),
            try add(NewContent.page(path: "content/teams/platform.md"), to: site),
        ]
        #expect(paths == ["content/roles/ingenieur-logiciel.md", "content/roles/office-manager.md",
                          "content/faq/wie-lauft-das-gesprach-ab.md", "content/ladders/design.md",
                          "content/benefits.md", "content/teams/platform.md"])
        // A posting on the ladder made by `new ladder`, which has no pay bands yet.
        _ = try add(NewContent.role(title: "Designer", ladder: "design", level: "L2", site: site.url, today: fixedToday), to: site)

        let published = buildSite(site.url)
        #expect(published.diagnostics.isEmpty, "\(published.diagnostics.map(\.description))")
        #expect(published.pageCount == 19, "the drafts are not published; the new ladder is, with its level and compare pages")
        let drafts = buildSite(site.url, drafts: true)
        #expect(drafts.diagnostics.isEmpty, "\(drafts.diagnostics.map(\.description))")
        for page in ["roles/ingenieur-logiciel/index.html", "roles/office-manager/index.html", "roles/designer/index.html",
                     "ladders/design/index.html", "benefits/index.html", "teams/platform/index.html"] {
            #expect(site.read("public/\(page)") != nil, "\(page)")
        }
        #expect(site.read("public/faq/index.html")?.contains("Wie läuft das Gespräch ab?") == true)
    }

    @Test func aPostingOnALadderLevelTakesItsBandAndExperience() throws {
        let site = try initializedSite()
        let (file, _) = NewContent.role(title: "Senior Engineer", ladder: "engineering", level: "E3", site: site.url, today: fixedToday)
        let text = String(decoding: try #require(file?.bytes), as: UTF8.self)
        #expect(text.contains("\nladder: engineering\nlevel: E3\n"))
        #expect(text.contains("\nsalary: {min: 120000, max: 165000, currency: USD, period: YEAR}\n"))
        #expect(text.contains("\nexperience_years: 5\n"))
        #expect(text.contains("\ndate_posted: 2026-11-23\nvalid_through: 2027-01-22\n"))
        #expect(text.contains("\n# slug: senior-engineer\n"))
        #expect(text.contains("\ndraft: true\n"))
        #expect(text.contains("\n# Dates are written YYYY-MM-DD. After valid_through the page says the position is closed.\n"))
        #expect(!text.contains("## Pay"), "the salary from the band replaces the Pay placeholder")
    }

    @Test func aPostingWithoutALadderAsksForThePay() throws {
        let site = try initializedSite()
        let (file, _) = NewContent.role(title: "Office Lead", ladder: nil, level: nil, site: site.url, today: fixedToday)
        let text = String(decoding: try #require(file?.bytes), as: UTF8.self)
        #expect(text.contains("\n# salary: {min: 60000"))
        #expect(text.contains("\n## Pay\n"))
    }

    @Test func anyTitleSurvivesTheFrontMatter() throws {
        let site = try initializedSite()
        let title = #"He said "hi": C:\temp #1 — Ünïcode"#
        let path = try add(NewContent.role(title: title, ladder: nil, level: nil, site: site.url, today: fixedToday), to: site)
        #expect(path == "content/roles/he-said-hi-c-temp-1-unicode.md")
        let file = try #require(site.read(path))
        guard case (.role(let role)?, let diagnostics) = ContentParser.parse(SourceFile(path: path, text: file)) else {
            Issue.record("not a posting"); return
        }
        #expect(diagnostics.isEmpty)
        #expect(role.title == title)
    }

    @Test func aLongTitleIsCutAtAWord() {
        let (file, _) = NewContent.faq(question: "What happens after I send my application and how long until I hear back from a person?")
        #expect(file?.path == "content/faq/what-happens-after-i-send-my-application-and-how-long-until.md")
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let site = try initializedSite()
        let before = site.read("content/roles/software-engineer.md")
        let (file, _) = NewContent.role(title: "Software Engineer", ladder: nil, level: nil, site: site.url, today: fixedToday)
        let (written, diagnostics) = NewFiles.write([try #require(file)], into: site.url, hint: "Choose another name, or edit the existing file.")
        #expect(written.isEmpty)
        #expect(report(diagnostics) == [
            "content/roles/software-engineer.md: error: this file exists; it was not overwritten, and nothing was written. Choose another name, or edit the existing file. [file.exists]",
        ])
        #expect(site.read("content/roles/software-engineer.md") == before)
    }

    @Test(arguments: [
        (nil, "E2", "error: --level needs --ladder: the ladder the level belongs to (one of engineering) [new.ladder]"),
        ("engineering", nil, "error: --ladder needs --level: the level of the posting (one of E1, E2, E3) [new.ladder]"),
        ("enginering", "E2", "error: no ladder 'enginering' in content/ladders/; did you mean 'engineering'? [new.ladder]"),
        ("engineering", "e2", "content/ladders/engineering.md: error: the ladder 'engineering' has no level 'e2'; did you mean 'E2'? [new.ladder]"),
    ] as [(String?, String?, String)])
    func aLadderOrLevelThatDoesNotExistIsRefused(_ ladder: String?, _ level: String?, _ expected: String) throws {
        let site = try initializedSite()
        let (file, diagnostics) = NewContent.role(title: "X", ladder: ladder, level: level, site: site.url, today: fixedToday)
        #expect(file == nil)
        #expect(report(diagnostics) == [expected])
    }

    @Test(arguments: [
        ("roles/extra", "error: roles/ is for roles; use `jobsite new role`, or choose another path for a page [new.reserved-path]"),
        ("faq", "error: faq/ is for FAQ entries; use `jobsite new faq`, or choose another path for a page [new.reserved-path]"),
        ("a//b", "error: cannot make a page path from 'a//b': every folder and file name needs letters or digits, e.g. 'a/b' [new.invalid-name]"),
        ("Teams/???", "error: cannot make a page path from 'Teams/???': every folder and file name needs letters or digits, e.g. 'teams' [new.invalid-name]"),
        ("!!!", "error: cannot make a page path from '!!!': every folder and file name needs letters or digits [new.invalid-name]"),
        ("Roles/Extra", "error: roles/ is for roles; use `jobsite new role`, or choose another path for a page [new.reserved-path]"),
    ])
    func aPagePathThatCannotBeAPageIsRefused(_ path: String, _ expected: String) {
        let (file, diagnostics) = NewContent.page(path: path)
        #expect(file == nil)
        #expect(report(diagnostics) == [expected])
    }

    /// `new page` takes a title as `new role` does, through the same slug function.
    @Test(arguments: [
        ("Life at Acme", "content/life-at-acme.md", "Life at Acme"),
        ("Teams/Platform Team", "content/teams/platform-team.md", "Platform Team"),
        ("über-uns", "content/uber-uns.md", "Über uns"),
        ("content/benefits.md", "content/benefits.md", "Benefits"),
    ])
    func aPageTitleBecomesItsPath(_ argument: String, _ path: String, _ title: String) throws {
        let (file, diagnostics) = NewContent.page(path: argument)
        #expect(diagnostics.isEmpty)
        #expect(file?.path == path)
        #expect(file.flatMap { String(decoding: $0.bytes, as: UTF8.self) }?.contains("\ntitle: \"\(title)\"\n") == true)
        #expect(NewContent.fileName(from: "Life at Acme") == "life-at-acme")
    }

    @Test(arguments: [
        ("e9", "content/ladders/engineering.md: error: the ladder 'engineering' has no level 'e9' (one of E1, E2, E3) [new.ladder]"),
        ("L2", "content/ladders/engineering.md: error: the ladder 'engineering' has no level 'L2' (one of E1, E2, E3) [new.ladder]"),
        ("E", "content/ladders/engineering.md: error: the ladder 'engineering' has no level 'E' (one of E1, E2, E3) [new.ladder]"),
        ("e3", "content/ladders/engineering.md: error: the ladder 'engineering' has no level 'e3'; did you mean 'E3'? [new.ladder]"),
    ])
    func aLevelNotCloseToAnyListsTheLevels(_ level: String, _ expected: String) throws {
        let site = try initializedSite()
        let (file, diagnostics) = NewContent.role(title: "X", ladder: "engineering", level: level, site: site.url, today: fixedToday)
        #expect(file == nil)
        #expect(report(diagnostics) == [expected])
    }

    @Test func namesThatCannotBecomeURLsAreRefused() {
        #expect(report(NewContent.ladder(id: "Product Design").1) == [
            "error: the ladder id 'Product Design' cannot become a URL; use lowercase letters, digits and hyphens, e.g. 'product-design' [new.invalid-name]",
        ])
        #expect(report(NewContent.faq(question: "???").1) == [
            "error: cannot make a file name from the question '???'; it needs letters or digits [new.invalid-name]",
        ])
    }

    @Test func aFolderWithoutSiteYmlIsNotASite() throws {
        let folder = try TemporaryFolder()
        #expect(NewFiles.checkIsSite(folder.url).map(\.rule) == ["site.missing-config"])
    }

    /// `file.unwritable`: a new file whose folder cannot be made (a file stands where the folder
    /// must go) is an error at that file; files written before it stay, nothing is replaced.
    @Test func aFileThatCannotBeWrittenIsAnErrorAndEarlierFilesStay() throws {
        let site = try TemporaryFolder()
        try site.write("content/faq", "a file where the faq folder belongs\n")
        let files = [NewFile(path: "content/pages/first.md", text: "---\ntitle: First\n---\n"),
                     NewFile(path: "content/faq/second.md", text: "---\nquestion: Second?\n---\n")]
        let (written, diagnostics) = NewFiles.write(files, into: site.url, hint: "")
        #expect(written == ["content/pages/first.md"])
        #expect(diagnostics.map(\.rule) == ["file.unwritable"])
        #expect(diagnostics.first?.location == SourceLocation(file: "content/faq/second.md"))
        #expect(diagnostics.first?.message.hasPrefix("cannot write this file: ") == true)
        #expect(site.read("content/faq") == "a file where the faq folder belongs\n")
    }
}

/// `new role --ladder --level` on a ladder with pay zones (the `ladders` browser test site).
@Suite struct NewRoleOnZonedLadderTests {
    @Test func aPostingOnAZonedLadderGetsOneRangePerZoneAndAParseableFile() throws {
        let site = try TemporaryFolder()
        let ladder = try String(contentsOf: repositoryRoot.appendingPathComponent("Tests/Browser/Sites/ladders/content/ladders/engineering.md"), encoding: .utf8)
        try site.write("site.yml", FixtureSite.defaultConfig)
        try site.write("content/ladders/engineering.md", ladder)
        let (file, diagnostics) = NewContent.role(title: "Engineering Manager", ladder: "engineering", level: "M4", site: site.url, today: fixedToday)
        #expect(diagnostics.isEmpty)
        let text = String(decoding: try #require(file?.bytes), as: UTF8.self)
        #expect(text.contains("""

            # One range per pay zone of the ladder: keep only the zones the posting is open in (its locations) and delete the others.
            salary:
              - {zone: us-high, min: 205000, max: 265000, currency: USD, period: YEAR}
              - {zone: us, min: 175000, max: 225000, currency: USD, period: YEAR}
              # euro: level M4 has no band in Euro area; add a range here if the posting is open there

            """))
        #expect(!text.contains("## Pay"), "the salaries from the zone bands replace the Pay placeholder")
        guard case (.role(let role)?, let problems) = ContentParser.parse(SourceFile(path: "content/roles/engineering-manager.md", text: text)) else {
            Issue.record("not a posting"); return
        }
        #expect(problems.isEmpty)
        #expect(role.salaries.map(\.zone) == ["us-high", "us"])
    }

    @Test func aNewLadderShowsCriteriaListsAndParsesClean() throws {
        let (file, _) = NewContent.ladder(id: "design")
        let text = String(decoding: try #require(file?.bytes), as: UTF8.self)
        #expect(text.contains("      craft:\n        - id: care\n          text: \"Does assigned work carefully and asks when unsure.\"\n"))
        #expect(text.contains("# zones:\n#   - id: us\n"))
        guard case (.ladder(let ladder)?, let problems) = ContentParser.parse(SourceFile(path: "content/ladders/design.md", text: text)) else {
            Issue.record("not a ladder"); return
        }
        #expect(problems.isEmpty)
        #expect(ladder.expectation(at: ladder.levels[1], competency: "craft")?.from == "L2")
        #expect(ladder.levels[0].expectations["craft"]?.criteria.map(\.id) == ["care", nil])
    }
}

extension NewContentTests {
    /// The starter's postings and `new role` say the same about valid_through, and it is what a
    /// build does: the day after, a note and a page that says the position is closed.
    @Test func theStarterSaysWhatValidThroughDoes() throws {
        let site = try initializedSite()
        let said = "\n\(NewContent.datesComment)\ndate_posted: "
        #expect(site.read("content/roles/software-engineer.md")?.contains(said) == true)
        let (file, _) = NewContent.role(title: "X", ladder: nil, level: nil, site: site.url, today: fixedToday)
        #expect(file.map { String(decoding: $0.bytes, as: UTF8.self) }?.contains(said) == true)

        let report = SiteBuilder.build(BuildOptions(source: site.url, today: CalendarDate(year: 2027, month: 1, day: 23)!))
        #expect(report.diagnostics.filter { $0.severity != .note }.isEmpty, "\(report.diagnostics.map(\.description))")
        #expect(report.diagnostics.filter { $0.rule == "role.closed" }.count == 2)
        #expect(site.read("public/roles/software-engineer/index.html")?.contains("This position is closed") == true)
    }
}
