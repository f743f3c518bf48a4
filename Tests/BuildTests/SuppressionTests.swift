import Build
import Diagnostics
import TestSupport
import Testing

/// Issue 17, part 8: `lint: {ignore: [...]}` in front matter (one file) and site.yml (every file).
@Suite("Suppressing rules")
struct SuppressionTests {
    static let brokenLinks = """
        -- content/about.md --
        ---
        title: About
        lint: {ignore: [link.broken]}
        ---
        [ours](/elsewhere/), served by another app.
        -- content/team.md --
        ---
        title: Team
        ---
        ⟨team⟩[ours](/elsewhere/)
        """

    @Test func aFileIgnoresARuleForItselfOnly() throws {
        let site = FixtureSite(Self.brokenLinks)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("team")): error: broken link '/elsewhere/': no page or static file at /elsewhere/ [link.broken]",
        ])
    }

    @Test func siteYmlIgnoresARuleEverywhere() throws {
        let site = FixtureSite(Self.brokenLinks + """

            -- site.yml --
            \(FixtureSite.defaultConfig)
            lint:
              ignore: [link.broken]
            """)
        let (report, folder) = try site.build()
        #expect(report.diagnostics == [])
        #expect(folder.read("public/team/index.html") != nil)
    }

    @Test(arguments: [
        ("content/roles/x.md", "---\ntitle: X\nlocations: [{country: US, region: TX}]\nremote: remote\nemployment_type: FULL_TIME\ndate_posted: 2026-11-01\n"),
        ("content/ladders/eng.md", "---\ntitle: Engineering\ncompetencies: [{id: code, title: Code}]\nlevels: [{id: l1, title: One, expectations: {code: Writes code}}]\n"),
        ("content/faq/pay.md", "---\nquestion: Pay?\n"),
        ("content/about.md", "---\ntitle: About\n"),
    ])
    func everyContentKindTakesLint(path: String, frontMatter: String) throws {
        let site = FixtureSite("-- \(path) --\n\(frontMatter)lint: {ignore: [html.duplicate-id]}\n---\n# A\n\n# A\n")
        let (report, _) = try site.build()
        #expect(report.diagnostics == [], "the duplicate heading id is ignored, and `lint` is a known key")
    }

    @Test func anUnknownOrUnignorableRuleIsAnErrorAtItsLine() throws {
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            lint: {ignore: [⟨typo⟩link.brokn, ⟨yaml⟩yaml.syntax, ⟨nothing⟩zzz]}
            ---
            -- site.yml --
            \(FixtureSite.defaultConfig)
            lint:
              ignore:
                - ⟨site⟩role.closd
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("typo")): error: unknown rule 'link.brokn' in lint.ignore; did you mean 'link.broken'? (`jobsite explain` lists the rules) [lint.unknown-rule]",
            "\(site.location("yaml")): error: 'yaml.syntax' cannot be ignored: it guards the build's correctness; fix what it reports instead [lint.not-suppressible]",
            "\(site.location("nothing")): error: unknown rule 'zzz' in lint.ignore (`jobsite explain` lists the rules) [lint.unknown-rule]",
            "\(site.location("site")): error: unknown rule 'role.closd' in lint.ignore; did you mean 'role.closed'? (`jobsite explain` lists the rules) [lint.unknown-rule]",
        ])
        #expect(report.diagnostics.first?.suggestion == "link.broken")
    }
}
