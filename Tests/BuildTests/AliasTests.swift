import Build
import Content
import Diagnostics
import Foundation
import TestSupport
import Testing

/// `aliases:` keep old URLs working: a redirect page at each, and an error at the alias that
/// collides with anything.
@Suite("Aliases: redirect pages at old URLs")
struct AliasTests {
    static let site = FixtureSite("""
        -- content/roles/platform-engineer.md --
        ---
        title: Platform Engineer
        locations: [{country: DE}]
        remote: remote
        employment_type: FULL_TIME
        date_posted: 2026-11-01
        aliases:
          - /roles/infrastructure-engineer/
          - /jobs/Infra_Engineer.html
        ---
        Build the platform.
        -- content/ladders/eng.md --
        ---
        title: Engineering
        competencies: [{id: craft, title: Craft}]
        levels: [{id: L1, title: Engineer}]
        aliases: /career-ladder
        ---
        -- content/faq/pay.md --
        ---
        question: How is pay set?
        aliases: [/pay/]
        ---
        By band.
        -- content/about.md --
        ---
        title: About us
        aliases: [/company/about-us/]
        ---
        See [the old posting URL](/roles/infrastructure-engineer/).
        """)

    @Test func everyAliasGetsARedirectPageThatSearchEnginesDoNotIndex() throws {
        let (report, folder) = try Self.site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let redirect = try #require(folder.read("public/roles/infrastructure-engineer/index.html"))
        #expect(redirect.contains(#"<meta http-equiv="refresh" content="0; url=../../roles/platform-engineer/">"#))
        #expect(redirect.contains(#"<link rel="canonical" href="https://careers.example.com/roles/platform-engineer/">"#))
        #expect(redirect.contains(#"<meta name="robots" content="noindex">"#))
        #expect(redirect.contains(#"<a href="../../roles/platform-engineer/">Platform Engineer</a>"#))
        let file = try #require(folder.read("public/jobs/Infra_Engineer.html"))
        #expect(file.contains(#"url=../roles/platform-engineer/""#))
        #expect(folder.read("public/career-ladder/index.html")?.contains(#"url=../ladders/eng/""#) == true)
        // An FAQ entry lives on the FAQ page: its redirect keeps the entry's anchor.
        let pay = try #require(folder.read("public/pay/index.html"))
        #expect(pay.contains(#"url=../faq/#pay""#))
        #expect(pay.contains(#"<link rel="canonical" href="https://careers.example.com/faq/">"#))
        #expect(folder.read("public/company/about-us/index.html")?.contains(#"url=../../about/""#) == true)
        // Redirects are not pages to find: not in the sitemap.
        #expect(folder.read("public/sitemap.xml")?.contains("infrastructure") == false)
    }

    @Test func aRenameKeepsTheFeedEntryAndJobsIdOfTheFirstURL() throws {
        let (_, folder) = try Self.site.build()
        #expect(folder.read("public/feed.xml")?.contains("<id>tag:careers.example.com,2026-11-01:roles/infrastructure-engineer</id>") == true)
        #expect(folder.read("public/jobs.json")?.contains(#""id" : "infrastructure-engineer""#) == true)
        let posting = try #require(jsonLD("JobPosting", in: folder.read("public/roles/platform-engineer/index.html") ?? "").first)
        #expect((posting["identifier"] as? [String: Any])?["value"] as? String == "infrastructure-engineer")
    }

    @Test func anAliasThatCollidesIsAnErrorAtTheAlias() throws {
        let site = FixtureSite("""
            -- content/roles/a.md --
            ---
            title: A
            locations: [{country: DE}]
            remote: remote
            employment_type: FULL_TIME
            date_posted: 2026-11-01
            aliases: [⟨page⟩/about/, ⟨first⟩/old/, ⟨list⟩/roles/, ⟨static⟩/old.html]
            ---
            -- content/roles/b.md --
            ---
            title: B
            locations: [{country: DE}]
            remote: remote
            employment_type: FULL_TIME
            date_posted: 2026-11-01
            aliases:
              - ⟨second⟩/old
              - ⟨own⟩/roles/b/
              - ⟨future⟩/roles/c/
            ---
            -- content/roles/c.md --
            ---
            title: C, published next year
            locations: [{country: DE}]
            remote: remote
            employment_type: FULL_TIME
            date_posted: 2027-01-01
            ---
            -- content/about.md --
            ---
            title: About
            ---
            -- static/old.html --
            <p>old</p>
            """)
        let (report, _) = try site.build()
        let nothingElse = "; an alias must be an old URL that nothing else uses [link.alias-collision]"
        #expect(TestSupport.report(report.diagnostics.filter { $0.severity == .error }) == [
            "\(site.location("page")): error: the alias /about/ is the URL of content/about.md\(nothingElse)",
            "\(site.location("list")): error: the alias /roles/ is the URL of the list of open roles\(nothingElse)",
            "\(site.location("static")): error: the alias /old.html is the path of the static file static/old.html\(nothingElse)",
            "\(site.location("second")): error: the alias /old/ is already an alias at \(site.location("first"))\(nothingElse)",
            "\(site.location("own")): error: the alias /roles/b/ is the URL of content/roles/b.md\(nothingElse)",
            "\(site.location("future")): error: the alias /roles/c/ is the URL of content/roles/c.md, which has no page today (it is scheduled, or closed and removed)\(nothingElse)",
        ])
    }

    @Test("an alias is a clean site path of an HTML page", arguments: [
        ("https://old.example.com/jobs/", "must be the old URL's path on this site, starting with one '/', such as /jobs/old-title/"),
        ("/jobs/?id=4", "must be a path without ?query or #fragment, such as /jobs/old-title/"),
        ("/jobs/../etc/", "must not have an empty folder name ('//') or one starting with '.'"),
        ("/jobs//x/", "must not have an empty folder name ('//') or one starting with '.'"),
        ("/jobs/über/", "may only use ASCII letters, digits, '-', '.', '_' and '~' between its slashes"),
        ("/jobs/feed.xml", "names a file that is not HTML; a redirect page can only stand at /old/path/ or /old/page.html (other files are redirected by the web server's configuration)"),
    ])
    func badAliasesAreRefusedAtTheirPosition(_ alias: String, _ problem: String) throws {
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            aliases:
              - ⟨alias⟩"\(alias)"
            ---
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("alias")): error: 'aliases[0]' \(problem), found '\(alias)' [front-matter.value]",
        ])
    }
}
