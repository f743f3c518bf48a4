import Build
import Diagnostics
import TestSupport
import Testing

/// Issue 12, kinds 3 and 7, variants: a `.md` link whose file exists under another case or the
/// other Markdown extension (`x.MD`, `x.markdown`) is still broken on a case-sensitive file
/// system and server, but the message names the file and the link to write.
@Suite("Links to a content file spelled another way")
struct LinkSpellingTests {
    @Test func aLinkSpelledLikeAnotherContentFileNamesTheLinkToWrite() throws {
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            ---
            ⟨case⟩[a](roles/data-engineer.md), ⟨ext⟩[b](faq/pay.md#band), ⟨both⟩[c](Team.MD?x=1),
            ⟨none⟩[d](roles/sre.md).
            -- content/roles/Data-Engineer.MD --
            \(postingFrontMatter("Data engineer"))
            Moves data.
            -- content/faq/pay.markdown --
            ---
            question: How is pay set?
            ---
            By band.
            -- content/team.md --
            ---
            title: Team
            ---
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("case")): error: broken link 'roles/data-engineer.md': no published content file content/roles/data-engineer.md, but there is content/roles/Data-Engineer.MD; write 'roles/Data-Engineer.MD' [link.broken]",
            "\(site.location("ext")): error: broken link 'faq/pay.md#band': no published content file content/faq/pay.md, but there is content/faq/pay.markdown; write 'faq/pay.markdown' [link.broken]",
            "\(site.location("both")): error: broken link 'Team.MD?x=1': no published content file content/Team.MD, but there is content/team.md; write 'team.md' [link.broken]",
            "\(site.location("none")): error: broken link 'roles/sre.md': no published content file content/roles/sre.md [link.broken]",
        ])
    }
}
