import Build
import Content
import Diagnostics
import Foundation
import TestSupport
import Testing

/// Postings published, scheduled, closed and removed by their dates, decided on the build's day.
@Suite("A posting's lifecycle, decided on the day of the build")
struct LifecycleTests {
    /// Today is fixedToday, 2026-11-23. Two L2 postings: one open, one closed on 2026-11-01; an L3
    /// posting scheduled for December; an L3 posting closed long ago; a draft.
    static let site = FixtureSite("""
        -- site.yml --
        title: Lifecycle Careers
        base_url: https://careers.example.com/
        organization:
          name: Lifecycle
        # Pay transparency is tested on its own (PayTransparency*Tests).
        lint: {ignore: [pay.eu-directive]}
        -- content/ladders/eng.md --
        ---
        title: Engineering
        competencies:
          - {id: craft, title: Craft}
        levels:
          - {id: L2, title: Engineer}
          - {id: L3, title: Senior Engineer}
        ---
        -- content/roles/open.md --
        ---
        title: Open Engineer
        ladder: eng
        level: L2
        department: Platform
        locations: [{country: DE}]
        remote: remote
        employment_type: FULL_TIME
        date_posted: 2026-11-01
        valid_through: 2026-12-31
        apply_url: https://apply.example.com/open
        ---
        Join us.
        -- content/roles/closed.md --
        ---
        title: Closed Engineer
        ladder: eng
        level: L2
        department: Platform
        locations: [{country: DE}]
        remote: remote
        employment_type: FULL_TIME
        date_posted: 2026-10-01
        valid_through: ⟨closed⟩2026-11-01
        apply_url: https://apply.example.com/closed
        ---
        ## Pay
        Gone now.
        -- content/roles/scheduled.md --
        ---
        title: Scheduled Engineer
        ladder: eng
        level: L3
        locations: [{country: DE}]
        remote: onsite
        employment_type: FULL_TIME
        date_posted: ⟨scheduled⟩2026-12-01
        valid_through: 2027-06-30
        ---
        Soon.
        -- content/roles/ancient.md --
        ---
        title: Ancient Engineer
        ladder: eng
        level: L3
        department: Data
        locations: [{country: DE}]
        remote: onsite
        employment_type: FULL_TIME
        date_posted: 2026-01-01
        valid_through: ⟨ancient⟩2026-02-01
        ---
        Long gone.
        -- content/roles/draft.md --
        ---
        title: Draft Engineer
        locations: [{country: DE}]
        remote: remote
        employment_type: FULL_TIME
        date_posted: 2026-11-01
        draft: true
        ---
        Not yet.
        -- content/about.md --
        ---
        title: About
        ---
        See [the closed posting](roles/closed.md#pay), [the scheduled one](roles/scheduled.md) and
        [the ancient one](/roles/ancient/).
        """)

    static func page(_ folder: TemporaryFolder, _ path: String) -> String? {
        folder.read("public/" + path)
    }

    @Test func scheduledAndClosedPostingsAreNotesAndTheBuildSucceeds() throws {
        let (report, _) = try Self.site.build()
        #expect(report.succeeded)
        #expect(TestSupport.report(report.diagnostics) == [
            // Links to them still work, with a note where they lead today (issue 17).
            "content/about.md:4:5: note: the link 'roles/closed.md#pay' leads to a closed posting (valid_through 2026-11-01 in content/roles/closed.md); its page says the position is closed [link.not-open]",
            "content/about.md:4:48: note: the link 'roles/scheduled.md' leads to a posting scheduled for 2026-12-01 (date_posted in content/roles/scheduled.md); until then the link shows the 404 page [link.not-open]",
            "content/about.md:5:1: note: the link '/roles/ancient/' leads to a closed posting (valid_through 2026-02-01 in content/roles/ancient.md); its page says the position is closed [link.not-open]",
            "\(Self.site.location("ancient")): note: closed: this posting took applications until 2026-02-01 (valid_through); its page now says the position is closed [role.closed]",
            "\(Self.site.location("closed")): note: closed: this posting took applications until 2026-11-01 (valid_through); its page now says the position is closed [role.closed]",
            "\(Self.site.location("scheduled")): note: scheduled: this posting is published from 2026-12-01 (date_posted); until then it has no page and is in no list, feed or sitemap [role.scheduled]",
        ])
    }

    @Test func aScheduledPostingIsNowhereUntilItsDay() throws {
        let (_, folder) = try Self.site.build()
        #expect(Self.page(folder, "roles/scheduled/index.html") == nil)
        for file in ["index.html", "roles/index.html", "ladders/eng/index.html", "sitemap.xml", "feed.xml", "jobs.json"] {
            #expect(Self.page(folder, file)?.contains("Scheduled Engineer") == false, "\(file)")
            #expect(Self.page(folder, file)?.contains("roles/scheduled/") == false, "\(file)")
        }
        // On its day it is published like any other.
        let (report, published) = try Self.site.build(today: CalendarDate("2026-12-01")!)
        #expect(report.succeeded)
        #expect(Self.page(published, "roles/scheduled/index.html")?.contains("Scheduled Engineer") == true)
        #expect(Self.page(published, "sitemap.xml")?.contains("https://careers.example.com/roles/scheduled/") == true)
        #expect(Self.page(published, "feed.xml")?.contains("Scheduled Engineer") == true)
    }

    @Test func aClosedPostingSaysSoWithoutApplyOrIndexingAndLinksToOpenRolesAtItsLevel() throws {
        let (_, folder) = try Self.site.build()
        let closed = try #require(Self.page(folder, "roles/closed/index.html"))
        #expect(closed.contains("<strong>This position is closed.</strong> It took applications until <time datetime=\"2026-11-01\">November 1, 2026</time>."))
        #expect(closed.contains(#"<meta name="robots" content="noindex">"#))
        #expect(!closed.contains("unavailable_after"))
        #expect(jsonLD("JobPosting", in: closed).isEmpty, "a closed posting is no job offer to search engines")
        #expect(jsonLD("BreadcrumbList", in: closed).count == 1)
        #expect(!closed.contains("apply.example.com"), "no Apply button")
        #expect(!closed.contains("Gone now."), "the description is gone")
        #expect(closed.contains(#"<h2 id="related-heading">Open roles at L2</h2>"#))
        #expect(closed.contains(#"<a href="../../roles/open/">Open Engineer</a>"#))
        #expect(closed.contains(#"href="../../ladders/eng/l2/""#), "the level's own page")
        for file in ["index.html", "roles/index.html", "ladders/eng/index.html", "sitemap.xml", "feed.xml",
                     "roles/platform/feed.xml", "jobs.json"] {
            #expect(Self.page(folder, file)?.contains("Closed Engineer") == false, "\(file)")
        }
    }

    /// A closed posting written in its own language says so in that language.
    @Test func aClosedPostingPageIsInThePostingsLanguage() throws {
        let site = Self.site.with("content/roles/geschlossen.md", """
            ---
            title: Ingenieurin
            language: de
            locations: [{country: DE}]
            remote: remote
            employment_type: FULL_TIME
            date_posted: 2026-10-01
            valid_through: 2026-11-01
            ---
            Vorbei.
            """)
        let (_, folder) = try site.build()
        let closed = try #require(Self.page(folder, "roles/geschlossen/index.html"))
        #expect(closed.contains(#"<html lang="de">"#))
        #expect(closed.contains("<strong>Diese Stelle ist nicht mehr ausgeschrieben.</strong> Bewerbungen waren möglich bis zum <time datetime=\"2026-11-01\">1. November 2026</time>."))
    }

    @Test func aClosedPostingWithoutOpenRolesAtItsLevelLinksToItsDepartmentOrJustTheList() throws {
        let (_, folder) = try Self.site.build()
        let ancient = try #require(Self.page(folder, "roles/ancient/index.html"))
        #expect(!ancient.contains("related-heading"), "no open L3 or Data postings")
        #expect(ancient.contains(#"<a href="../../roles/">All open roles</a>"#))
    }

    @Test func everyOpenPostingCarriesTheEndOfItsLastDayForSearchEngines() throws {
        let (_, folder) = try Self.site.build()
        let open = try #require(Self.page(folder, "roles/open/index.html"))
        #expect(open.contains(#"<meta name="robots" content="unavailable_after: 2026-12-31T23:59:59Z">"#))
        #expect(open.contains("apply.example.com/open"))
        let (_, later) = try Self.site.build(today: CalendarDate("2026-12-01")!)
        #expect(Self.page(later, "roles/scheduled/index.html")?.contains(#"<meta name="robots" content="unavailable_after: 2027-06-30T23:59:59Z">"#) == true)
    }

    @Test func closedPagesAreRemovedAfterTheGracePeriodAndTheirURLsAnswer404() throws {
        let site = Self.site.with("site.yml", Self.site.files["site.yml"]! + "closed_postings:\n  keep_days: 30\n")
        let (report, folder) = try site.build()
        #expect(report.succeeded)
        #expect(Self.page(folder, "roles/ancient/index.html") == nil, "closed 2026-02-01, kept until 2026-03-03")
        #expect(Self.page(folder, "roles/closed/index.html") != nil, "closed 2026-11-01, kept until 2026-12-01")
        #expect(report.diagnostics.map(\.description).contains(
            "\(Self.site.location("ancient")): note: removed: this posting closed after 2026-02-01 (valid_through) and its page was kept 30 days (closed_postings.keep_days); its URL now answers with the 404 page, and the file can be deleted [role.removed]"))
        // The last day of the grace period still has the page; the next does not.
        #expect(Self.page(try site.build(today: CalendarDate("2026-12-01")!).1, "roles/closed/index.html") != nil)
        #expect(Self.page(try site.build(today: CalendarDate("2026-12-02")!).1, "roles/closed/index.html") == nil)
    }

    @Test("keep_days is a number of days", arguments: [
        ("keep_days: -1", "site.yml:4:14: error: 'closed_postings.keep_days' must be a number of days from 0 to 3650, found -1 [front-matter.value]"),
        ("keep_days: soon", "site.yml:4:14: error: 'closed_postings.keep_days' must be a whole number, found the text 'soon' [front-matter.type]"),
        ("keep: 3", "site.yml:4:3: error: unknown key 'closed_postings.keep' in what becomes of closed postings; expected one of: keep_days [front-matter.unknown-key]"),
    ])
    func keepDaysIsChecked(_ line: String, _ message: String) throws {
        let site = FixtureSite("""
            -- site.yml --
            title: T
            base_url: https://careers.example.com/
            closed_postings:
              \(line)
            -- content/about.md --
            ---
            title: About
            ---
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics).contains(message), "\(report.diagnostics)")
    }

    /// The daily rebuild must always be able to close what expired: years later, with every
    /// posting closed (and links into them, anchors included), the build still succeeds.
    @Test func aBuildLongAfterEveryPostingExpiredStillSucceeds() throws {
        for keep in ["", "closed_postings:\n  keep_days: 0\n"] {
            let site = Self.site.with("site.yml", Self.site.files["site.yml"]! + keep)
            let (report, folder) = try site.build(today: CalendarDate("2031-06-01")!)
            #expect(report.succeeded, "\(report.diagnostics)")
            #expect(!report.diagnostics.contains { $0.severity != .note }, "\(report.diagnostics)")
            #expect(Self.page(folder, "roles/index.html")?.contains("There are no open roles right now.") == true)
            #expect(Self.page(folder, "jobs.json")?.contains(#""jobs" : ["#) == true)
            #expect(Self.page(folder, "feed.xml")?.contains("<entry>") == false)
        }
    }

    @Test func draftsAreBuiltOnlyWithDraftsAndThenMarkedAndNotIndexed() throws {
        let (_, published) = try Self.site.build()
        #expect(Self.page(published, "roles/draft/index.html") == nil)
        let (report, preview) = try Self.site.build(drafts: true)
        #expect(report.succeeded)
        let draft = try #require(Self.page(preview, "roles/draft/index.html"))
        #expect(draft.contains(#"<meta name="robots" content="noindex">"#))
        #expect(draft.contains(#"<p class="draft-banner" role="note"><strong>Draft</strong>"#))
        #expect(jsonLD("JobPosting", in: draft).isEmpty, "a draft is no job offer to search engines")
        #expect(jsonLD("JobPosting", in: Self.page(preview, "roles/open/index.html") ?? "").count == 1)
        #expect(Self.page(preview, "roles/open/index.html")?.contains("draft-banner") == false)
        for file in ["sitemap.xml", "feed.xml", "jobs.json"] {
            #expect(Self.page(preview, file)?.contains("Draft Engineer") == true || file == "sitemap.xml")
        }
        #expect(Self.page(preview, "sitemap.xml")?.contains("roles/draft/") == false)
    }
}
