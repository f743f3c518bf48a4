import Build
import Content
import Foundation
import Markdown
import TestSupport
import Testing

/// The build refuses Markdown that would stall cmark-gfm, at its file, in every kind of document,
/// before anything parses it; `site.yml` moves the limits.
@Suite("Markdown limits in a build")
struct MarkdownLimitsBuildTests {
    static let posting = postingFrontMatter("Backend Engineer")
    static let brackets = String(repeating: "[", count: 64)
    static let tooManyBrackets = "more than 64 '[' open at once in one paragraph; the limit is 64: cmark-gfm 0.29.0.gfm.6 rescans the pending ones for each new one, in time growing with the square of their number (CVE-2023-22486); close them, escape them with '\\', or split the paragraph, or raise limits.inline_depth in site.yml [markdown.limit]"

    @Test func theSharedCaseIsRefusedAtTheBracketThatCrossesTheLimit() throws {
        let (report, folder) = try buildSharedCase("cmark-pathological")
        #expect(TestSupport.report(report.diagnostics) == ["content/roles/brackets.md:10:381: error: \(Self.tooManyBrackets)"])
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("public").path))
    }

    @Test func everyKindOfBodyIsCheckedAndLinksToARefusedFileCauseNoFurtherErrors() throws {
        let site = FixtureSite("""
            -- content/roles/backend.md --
            \(Self.posting)
            \(Self.brackets)⟨role⟩[
            -- content/faq/pay.md --
            ---
            question: How is pay set?
            ---
            \(String(repeating: "> ", count: 32))⟨faq⟩> deep
            -- content/ladders/backend.md --
            ---
            title: Backend
            competencies: [{id: craft, title: Craft}]
            levels: [{id: L1, title: Junior}]
            ---
            Intro with \(String(repeating: "www.a", count: 16))⟨ladder⟩www.a
            -- content/index.md --
            ---
            title: Careers
            ---
            \(String(repeating: "x\n", count: 11))⟨home⟩|---|---|
            -- content/about.md --
            ---
            title: About
            ---
            See [the posting](roles/backend.md), [pay](faq/pay.md) and [the ladder](ladders/backend.md#level-l1).
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("faq")): error: blockquotes and list items nested 33 deep; the limit is 32: cmark-gfm 0.29.0.gfm.6 slows down with the square of the depth (CVE-2023-24824, CVE-2023-22483); nest less deeply, or raise limits.nesting_depth in site.yml [markdown.limit]",
            "\(site.location("home")): error: a table delimiter row after 11 lines of paragraph text; the limit is 10: cmark-gfm 0.29.0.gfm.6 re-reads all of them, in time growing with their number times their length, to find the table's header (CVE-2023-22483); put a blank line before the table's header row, or raise limits.table_header_lines in site.yml [markdown.limit]",
            "\(site.location("ladder")): error: 17 web or email addresses ('www.', '://', '@') run together in one word; the limit is 16: cmark-gfm 0.29.0.gfm.6 scans the whole word for each of them (CVE-2023-22483); separate them with spaces, or raise limits.autolinks_per_word in site.yml [markdown.limit]",
            "\(site.location("role")): error: \(Self.tooManyBrackets)",
        ])
    }

    @Test func siteYmlRaisesAndLowersTheLimits() throws {
        let raised = FixtureSite("""
            -- site.yml --
            \(FixtureSite.defaultConfig)
            limits:
              inline_depth: 100
            -- content/roles/backend.md --
            \(Self.posting)
            \(Self.brackets)[
            """)
        let (built, folder) = try raised.build()
        #expect(built.succeeded, "\(built.diagnostics)")
        #expect(folder.read("public/roles/backend/index.html")?.contains(Self.brackets + "[") == true)

        let lowered = FixtureSite("""
            -- site.yml --
            \(FixtureSite.defaultConfig)
            limits: {nesting_depth: 2}
            -- content/roles/backend.md --
            \(Self.posting)
            > > ⟨deep⟩> three quotes
            """)
        let (refused, _) = try lowered.build()
        #expect(TestSupport.report(refused.diagnostics) == [
            "\(lowered.location("deep")): error: blockquotes and list items nested 3 deep; the limit is 2: cmark-gfm 0.29.0.gfm.6 slows down with the square of the depth (CVE-2023-24824, CVE-2023-22483); nest less deeply, or raise limits.nesting_depth in site.yml [markdown.limit]",
        ])
    }

    @Test func aLongOrdinaryPostingBuilds() throws {
        let body = realisticMarkdown(bytes: 1_000_000)
        let site = FixtureSite("-- content/roles/long.md --\n\(Self.posting)\n\(body)")
        let (report, folder) = try site.build()
        #expect(report.succeeded, "\(report.diagnostics.prefix(3))")
        let page = try #require(folder.read("public/roles/long/index.html"))
        #expect(page.utf8.count > body.utf8.count)
        #expect(page.contains("<td align=\"right\">64k–84k</td>"))
    }

    @Test func theLimitNamesOfSiteYmlAreTheGuardsNames() {
        #expect(SiteConfig.limitNames == MarkdownLimits.Limit.allCases.map(\.rawValue))
    }

    @Test func renderAppliesTheDefaultLimits() throws {
        let file = sharedFolder.appendingPathComponent("cases/2026-11-30/cmark-pathological/content/roles/brackets.md").path
        let refused = try CommandLineTests.run(["render", file])
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr == "\(file):10:381: error: \(Self.tooManyBrackets)\n")

        let fromStdin = try CommandLineTests.run(["render", "-"], stdin: "Fine.\n\n" + Self.brackets + "[\n")
        #expect(fromStdin.stderr == "-:3:65: error: \(Self.tooManyBrackets)\n")
        let fine = try CommandLineTests.run(["render", "-"], stdin: Self.brackets + "\n")
        #expect(fine.status == 0)
    }
}
