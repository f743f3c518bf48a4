import Build
import Foundation
import TestSupport
import Testing


@Suite("Numbers in front matter are published as written")
struct PublishedNumberTests {
    @Test("case yaml-leading-zero-numbers: 065000 is published as 65,000, like 085000 as 85,000")
    func leadingZeroNumbersCase() throws {
        let (report, folder) = try buildSharedCase("yaml-leading-zero-numbers")
        #expect(report.succeeded, "\(report.diagnostics)")
        let backend = try #require(folder.read("public/roles/backend-engineer/index.html"))
        let data = try #require(folder.read("public/roles/data-engineer/index.html"))
        #expect(backend.contains("$65,000–$75,000 USD per year"))
        #expect(!backend.contains("27,136"))
        #expect(data.contains("$85,000–$95,000 USD per year"))
    }

    @Test("leading zeros in ladder bands, FAQ order and the page menu keep their decimal value")
    func leadingZerosAcrossFields() throws {
        let site = FixtureSite("""
            -- content/ladders/backend.md --
            ---
            title: Backend Ladder
            competencies: [{id: craft, title: Craft}]
            levels:
              - id: L1
                title: Junior
                years: 08
                salary: {min: 065000, max: 075000, currency: USD, period: YEAR}
            ---
            -- content/faq/ten.md --
            ---
            question: Tenth?
            order: 010
            ---
            -- content/faq/nine.md --
            ---
            question: Ninth?
            order: 9
            ---
            -- content/ten.md --
            ---
            title: Tenth page
            menu: 010
            ---
            -- content/nine.md --
            ---
            title: Ninth page
            menu: 9
            ---
            """)
        let (report, folder) = try site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let ladder = try #require(folder.read("public/ladders/backend/index.html"))
        #expect(ladder.contains("$65,000–$75,000 USD per year"))
        #expect(ladder.contains("08"))
        // Octal 010 would be 8 and come first.
        let faq = try #require(folder.read("public/faq/index.html"))
        let ninth = try #require(faq.range(of: "Ninth?")), tenth = try #require(faq.range(of: "Tenth?"))
        #expect(ninth.lowerBound < tenth.lowerBound)
        let home = try #require(folder.read("public/index.html"))
        let ninthPage = try #require(home.range(of: "Ninth page")), tenthPage = try #require(home.range(of: "Tenth page"))
        #expect(ninthPage.lowerBound < tenthPage.lowerBound)
    }

    @Test("a YAML 1.1 number form stops the build at the value with the number to write")
    func yaml11FormStopsTheBuild() throws {
        let site = FixtureSite("""
            -- content/roles/backend-engineer.md --
            ---
            title: Backend Engineer
            locations: [{country: NO}]
            remote: remote
            employment_type: FULL_TIME
            experience_years: ⟨years⟩0x0A
            salary:
              min: ⟨min⟩65_000
              max: ⟨max⟩85.000
              currency: NOK
              period: YEAR
            date_posted: 2026-11-01
            draft: ⟨draft⟩no
            ---
            """)
        let (report, folder) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("years")): error: 'experience_years' must be a whole number, found the text '0x0A'; write 10 [front-matter.type]",
            "\(site.location("min")): error: 'salary.min' must be a number, found the text '65_000'; write 65000 [front-matter.type]",
            "\(site.location("max")): error: 'salary.max' (85.000) is ambiguous: it reads as 85, but many languages write 85000 that way; write 85000 or 85 [front-matter.value]",
            "\(site.location("draft")): error: 'draft' must be true or false, found the text 'no'; write false [front-matter.type]",
        ])
        #expect(folder.read("public/index.html") == nil)
    }
}

@Suite("YAML mistakes in a site are reported where to edit them")
struct YAMLMistakeCaseTests {
    @Test("case yaml-tab-indent: the tab, its position and the fix")
    func tabIndentCase() throws {
        let (report, folder) = try buildSharedCase("yaml-tab-indent")
        #expect(TestSupport.report(report.diagnostics) == [
            "content/roles/backend-engineer.md:4:1: error: a tab indents this line, but YAML indents with spaces only; replace the tab with spaces [yaml.tab-indent]",
        ])
        #expect(folder.read("public/index.html") == nil)
    }

    @Test("case yaml-unquoted-colon: each value that needs quotes, at the value, with the quoted line")
    func unquotedColonCase() throws {
        let (report, _) = try buildSharedCase("yaml-unquoted-colon")
        #expect(TestSupport.report(report.diagnostics) == [
            #"content/how-we-hire.md:2:8: error: ': ' inside a value starts another key in YAML; put the whole value in quotes: title: "Careers: how we hire" [yaml.needs-quotes]"#,
            #"content/lead.md:2:8: error: '@' cannot start a YAML value; put the whole value in quotes: title: "@Platform team lead" [yaml.needs-quotes]"#,
            #"content/support.md:2:8: error: '[' starts a list in YAML, so no text may follow its ']'; if it is text, put the whole value in quotes: title: "[Remote] Support Engineer" [yaml.needs-quotes]"#,
        ])
    }

    @Test("Windows line endings and a byte order mark do not move the reported positions")
    func crlfAndBOM() throws {
        let site = FixtureSite("""
            -- content/roles/tab.md --
            ---
            title: Backend Engineer
            locations:
            ⟨tab⟩\t- country: US
            ---
            -- content/colon.md --
            ---
            title: ⟨colon⟩Größe: wir stellen ein
            ---
            -- content/quote.md --
            ---
            title: ⟨quote⟩"Über uns
            description: x
            ---
            -- content/twice.md --
            ---
            title: About
            menu: 1
            ⟨twice⟩menu: 2
            ---
            """)
        let folder = try TemporaryFolder()
        try site.write(to: folder.url)
        for (path, text) in site.files {
            // Saved by a Windows editor: CRLF line endings, and a byte order mark on one file.
            try folder.write(path, (path.hasSuffix("tab.md") ? "\u{FEFF}" : "") + text.replacingOccurrences(of: "\n", with: "\r\n"))
        }
        let report = SiteBuilder.build(BuildOptions(source: folder.url, output: nil, includeDrafts: false, baseURL: nil, today: fixedToday))
        #expect(TestSupport.report(report.diagnostics) == [
            #"\#(site.location("colon")): error: ': ' inside a value starts another key in YAML; put the whole value in quotes: title: "Größe: wir stellen ein" [yaml.needs-quotes]"#,
            #"\#(site.location("quote")): error: the quote that opens this value is never closed; end the value with " on this line [yaml.unclosed-quote]"#,
            "\(site.location("tab")): error: a tab indents this line, but YAML indents with spaces only; replace the tab with spaces [yaml.tab-indent]",
            "\(site.location("twice")): error: 'menu' is set twice in this mapping, first on line 3; keep one of them [yaml.duplicate-key]",
        ])
    }
}
