import Build
import Diagnostics
import Foundation
import TestSupport
import Testing

/// Issue 17: link errors that help — quoted as written, with the page meant, saying when the
/// target is a draft, and not repeated for a file that failed validation.
@Suite("Link errors that say how to fix them")
struct LinkHelpTests {
    private func suggestions(_ diagnostics: [Diagnostic]) -> [String?] {
        diagnostics.sortedForReport().map(\.suggestion)
    }

    static let ladder = """
        -- content/ladders/backend.md --
        ---
        title: Backend
        competencies: [{id: craft, title: Craft}]
        levels:
          - {id: L1, title: Junior}
        ---
        """

    @Test func aBrokenSitePathGetsTheClosestKnownPath() throws {
        let site = FixtureSite(Self.ladder + "\n" + """
            -- content/about.md --
            ---
            title: About
            ---
            ⟨role⟩[a](/role/), ⟨ladder⟩[b](/ladders/backend-ladder/#level-l1), ⟨relative⟩[c](../fa/?x=1),
            ⟨css⟩[d](/styles.css), ⟨none⟩[e](/nothing-like-it/), ⟨deep⟩[f](/ladders/frontend/).
            """ + "\n" + posting("senior-engineer"))
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("role")): error: broken link '/role/': no page or static file at /role/; did you mean /roles/? [link.broken]",
            "\(site.location("ladder")): error: broken link '/ladders/backend-ladder/#level-l1': no page or static file at /ladders/backend-ladder/; did you mean /ladders/backend/? [link.broken]",
            "\(site.location("relative")): error: broken link '../fa/?x=1': no page or static file at /fa/; did you mean /faq/? [link.broken]",
            "\(site.location("css")): error: broken link '/styles.css': no page or static file at /styles.css; did you mean /style.css? [link.broken]",
            "\(site.location("none")): error: broken link '/nothing-like-it/': no page or static file at /nothing-like-it/ [link.broken]",
            "\(site.location("deep")): error: broken link '/ladders/frontend/': no page or static file at /ladders/frontend/ [link.broken]",
        ])
        #expect(suggestions(report.diagnostics) == ["/roles/", "/ladders/backend/#level-l1", "/faq/?x=1", "/style.css", nil, nil])
    }

    /// A path that differs from a page's only in case, a trailing slash or a last `index.html`
    /// gets that page, as a typo does; a one- or two-letter name is not a typo of another.
    @Test func aPathDifferingInCaseSlashOrIndexGetsThePage() throws {
        let site = FixtureSite(Self.ladder + "\n" + """
            -- content/about.md --
            ---
            title: About
            ---
            -- content/team.md --
            ---
            title: Team
            ---
            ⟨case⟩[a](/About/), ⟨bare⟩[b](/ABOUT), ⟨index⟩[c](/about/INDEX.HTML), ⟨deep⟩[d](/Roles/Senior-Engineer/index.html#pay),
            ⟨file⟩[e](/style.css/), ⟨relative⟩[f](../About/?x=1), ⟨level⟩[g](/ladders/backend/l2/), ⟨faqs⟩[h](/faqs/).
            """ + "\n" + posting("senior-engineer"))
        let (report, _) = try site.build()
        let none = "no page or static file at"
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("case")): error: broken link '/About/': \(none) /About/; did you mean /about/? [link.broken]",
            "\(site.location("bare")): error: broken link '/ABOUT': \(none) /ABOUT; did you mean /about/? [link.broken]",
            "\(site.location("index")): error: broken link '/about/INDEX.HTML': \(none) /about/INDEX.HTML; did you mean /about/? [link.broken]",
            "\(site.location("deep")): error: broken link '/Roles/Senior-Engineer/index.html#pay': \(none) /Roles/Senior-Engineer/index.html; did you mean /roles/senior-engineer/? [link.broken]",
            "\(site.location("file")): error: broken link '/style.css/': \(none) /style.css/; did you mean /style.css? [link.broken]",
            "\(site.location("relative")): error: broken link '../About/?x=1': \(none) /About/; did you mean /about/? [link.broken]",
            "\(site.location("level")): error: broken link '/ladders/backend/l2/': \(none) /ladders/backend/l2/ [link.broken]",
            "\(site.location("faqs")): error: broken link '/faqs/': \(none) /faqs/; did you mean /faq/? [link.broken]",
        ])
        #expect(suggestions(report.diagnostics) == ["/about/", "/about/", "/about/", "/roles/senior-engineer/#pay", "/style.css", "/about/?x=1", nil, "/faq/"])
    }

    @Test func aLinkToADraftSaysItIsADraft() throws {
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            ---
            ⟨md⟩[a](roles/next.md), ⟨path⟩[b](/roles/next/), ⟨page⟩[c](/team/), ⟨faq⟩[d](faq/visa.md#details).
            """ + "\n" + posting("next", extra: "\ndraft: true") + """

            -- content/team.md --
            ---
            title: Team
            draft: true
            ---
            -- content/faq/visa.md --
            ---
            question: Visas?
            draft: true
            ---
            ## Details
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("md")): error: broken link 'roles/next.md': content/roles/next.md is a draft (draft: true); publish it or build with --drafts [link.broken]",
            "\(site.location("path")): error: broken link '/roles/next/': /roles/next/ is a draft (draft: true in content/roles/next.md); publish it or build with --drafts [link.broken]",
            "\(site.location("page")): error: broken link '/team/': /team/ is a draft (draft: true in content/team.md); publish it or build with --drafts [link.broken]",
            "\(site.location("faq")): error: broken link 'faq/visa.md#details': content/faq/visa.md is a draft (draft: true); publish it or build with --drafts [link.broken]",
        ])
        let (withDrafts, _) = try site.build(drafts: true)
        #expect(TestSupport.report(withDrafts.diagnostics) == [])
    }

    @Test func aFailedFileCausesNoErrorsInFilesThatLinkToItsURL() throws {
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            ---
            [a](/roles/broken/), [b](/roles/renamed/), [c](/roles/eng/nested/), [d](/ladders/engineering/),
            [e](/team/), [f](roles/broken.md), ⟨other⟩[g](/roles/unrelated/).
            -- content/roles/broken.md --
            ---
            title: Broken
            date_posted: ⟨date⟩tomorrow
            ---
            -- content/roles/old-name.md --
            ---
            title: Renamed
            slug: renamed
            date_posted: ⟨date2⟩soon
            ---
            -- content/roles/eng/nested.md --
            ---
            title: ⟨nested⟩[Nested
            ---
            -- content/ladders/engineering.md --
            ---
            title: Engineering
            ⟨ladder⟩levels: 3
            ---
            -- content/team.md --
            ---
            ⟨team⟩---
            """)
        let (report, _) = try site.build()
        let failures = TestSupport.report(report.diagnostics).filter { !$0.hasPrefix("content/about.md") }
        #expect(failures.count >= 5, "\(failures)")
        #expect(TestSupport.report(report.diagnostics).filter { $0.hasPrefix("content/about.md") } == [
            "\(site.location("other")): error: broken link '/roles/unrelated/': no page or static file at /roles/unrelated/ [link.broken]",
        ])
    }

    /// `title: X` front matter of a valid posting, named `name`.
    private func posting(_ name: String, extra: String = "") -> String {
        """
        -- content/roles/\(name).md --
        \(postingFrontMatter(name, extra: extra))
        """
    }
}

/// Issue 17: a link to a posting that is not open today works (the date must not fail the
/// build) and gets a note saying where it leads.
@Suite("Links to postings that are not open")
struct LinkToNotOpenPostingTests {
    @Test func aLinkToAScheduledClosedOrRemovedPostingIsANote() throws {
        let site = FixtureSite("""
            -- site.yml --
            title: Careers
            base_url: https://careers.example.com/
            closed_postings: {keep_days: 10}
            -- content/about.md --
            ---
            title: About
            ---
            ⟨soon⟩[a](/roles/soon/), ⟨closed⟩[b](roles/closed.md), ⟨gone⟩[c](/roles/gone/), [d](/roles/open/).
            -- content/roles/soon.md --
            \(postingFrontMatter("Soon").replacingOccurrences(of: "2026-11-01", with: "2026-12-15"))
            -- content/roles/closed.md --
            \(postingFrontMatter("Closed", extra: "\nvalid_through: 2026-11-20"))
            -- content/roles/gone.md --
            \(postingFrontMatter("Gone", extra: "\nvalid_through: 2026-11-02"))
            -- content/roles/open.md --
            \(postingFrontMatter("Open"))
            """)
        let (report, folder) = try site.build()
        #expect(TestSupport.report(report.diagnostics).filter { $0.hasPrefix("content/about.md") } == [
            "\(site.location("soon")): note: the link '/roles/soon/' leads to a posting scheduled for 2026-12-15 (date_posted in content/roles/soon.md); until then the link shows the 404 page [link.not-open]",
            "\(site.location("closed")): note: the link 'roles/closed.md' leads to a closed posting (valid_through 2026-11-20 in content/roles/closed.md); its page says the position is closed [link.not-open]",
            "\(site.location("gone")): note: the link '/roles/gone/' leads to a posting that closed after 2026-11-02 and whose page was removed (closed_postings.keep_days; content/roles/gone.md); the link shows the 404 page [link.not-open]",
        ])
        // The links are written as before: relative, to the posting's URL.
        #expect(folder.read("public/about/index.html")?.contains(#"<a href="../roles/soon/">a</a>, <a href="../roles/closed/">b</a>, <a href="../roles/gone/">c</a>, <a href="../roles/open/">d</a>"#) == true)
    }
}
