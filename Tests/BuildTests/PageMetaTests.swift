import Foundation
import TestSupport
import Testing

/// What link previews, crawlers and search engines read in every page's head: canonical URL,
/// description, Open Graph and Twitter card tags, `lang`, and the BreadcrumbList, FAQPage and
/// Organization structured data.
@Suite struct PageMetaTests {
    static func site(_ siteYml: String = "") -> FixtureSite {
        FixtureSite("""
            -- site.yml --
            title: Meta Careers
            description: Jobs at Meta Corp.
            base_url: https://example.com/careers/
            language: de-CH
            organization:
              name: Meta Corp
              url: https://meta.example/
              logo: /logo.svg
            \(siteYml)
            -- static/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"></svg>
            -- static/social.png --
            not really a png
            -- content/roles/engineer.md --
            ---
            title: Engineer
            summary: "Build \\"things\\" <fast>."
            department: Platform
            locations: [{country: DE}]
            remote: remote
            employment_type: FULL_TIME
            salary: {min: 60000, max: 75000, currency: EUR, period: YEAR}
            date_posted: 2026-11-01
            ---
            Work.
            -- content/ladders/eng.md --
            ---
            title: Engineering ladder
            competencies: [{id: craft, title: Craft}]
            levels: [{id: L1, title: Engineer}]
            ---
            -- content/faq/pay.md --
            ---
            question: How is pay set?
            ---
            By **bands**.
            -- content/faq/empty.md --
            ---
            question: Is this answered?
            lint: {ignore: [faq.empty-answer]}
            ---
            -- content/teams/index.md --
            ---
            title: Teams
            ---
            All teams.
            -- content/teams/platform.md --
            ---
            title: Platform team
            description: The people behind the platform.
            ---
            We run things.
            """)
    }

    static func build(_ site: FixtureSite) throws -> TemporaryFolder {
        let (report, folder) = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description))")
        return folder
    }

    @Test func aPostingPageHasItsCanonicalURLDescriptionAndCardTags() throws {
        let folder = try Self.build(Self.site("theme:\n  social_image: /social.png"))
        let page = try #require(folder.read("public/roles/engineer/index.html"))
        for tag in [
            #"<html lang="de-CH">"#,
            #"<link rel="canonical" href="https://example.com/careers/roles/engineer/">"#,
            #"<meta name="description" content="Build &quot;things&quot; &lt;fast&gt;.">"#,
            #"<meta property="og:type" content="website">"#,
            #"<meta property="og:site_name" content="Meta Careers">"#,
            #"<meta property="og:title" content="Engineer">"#,
            #"<meta property="og:url" content="https://example.com/careers/roles/engineer/">"#,
            #"<meta property="og:description" content="Build &quot;things&quot; &lt;fast&gt;.">"#,
            #"<meta property="og:image" content="https://example.com/careers/social.png">"#,
            #"<meta name="twitter:card" content="summary_large_image">"#,
            #"<meta name="twitter:title" content="Engineer">"#,
            #"<meta name="twitter:description" content="Build &quot;things&quot; &lt;fast&gt;.">"#,
            #"<meta name="twitter:image" content="https://example.com/careers/social.png">"#,
        ] {
            #expect(page.contains(tag), "\(tag)")
        }
        #expect(!page.contains(#"content="summary">"#))
    }

    @Test func withoutASocialImageTheCardIsASummaryAndPagesFallBackToTheSiteDescription() throws {
        let folder = try Self.build(Self.site())
        let page = try #require(folder.read("public/ladders/index.html"))
        #expect(page.contains(#"<meta name="twitter:card" content="summary">"#))
        #expect(!page.contains("og:image"))
        let faq = try #require(folder.read("public/faq/index.html"))
        #expect(faq.contains(#"<meta name="twitter:description" content="Antworten zu Gehalt, Stufen, Vorstellungsgesprächen und zur Arbeit bei uns.">"#))
        let home = try #require(folder.read("public/index.html"))
        #expect(home.contains(#"<meta property="og:description" content="Jobs at Meta Corp.">"#))
        #expect(home.contains(#"<meta property="og:title" content="Meta Careers">"#))
    }

    /// Each content page's trail: home, each folder above it that is a page, the page; the
    /// generated pages' names in the site's language (de-CH).
    @Test(arguments: [
        ("roles/engineer/index.html", [("Meta Careers", ""), ("Offene Stellen", "roles/"), ("Engineer", "roles/engineer/")]),
        ("roles/index.html", [("Meta Careers", ""), ("Offene Stellen", "roles/")]),
        ("ladders/eng/index.html", [("Meta Careers", ""), ("Karrierepfade", "ladders/"), ("Engineering ladder", "ladders/eng/")]),
        ("ladders/index.html", [("Meta Careers", ""), ("Karrierepfade", "ladders/")]),
        ("faq/index.html", [("Meta Careers", ""), ("Häufig gestellte Fragen", "faq/")]),
        ("teams/index.html", [("Meta Careers", ""), ("Teams", "teams/")]),
        ("teams/platform/index.html", [("Meta Careers", ""), ("Teams", "teams/"), ("Platform team", "teams/platform/")]),
    ])
    func everyContentPageHasItsBreadcrumbs(_ page: String, _ trail: [(String, String)]) throws {
        let folder = try Self.build(Self.site())
        let lists = jsonLD("BreadcrumbList", in: folder.read("public/\(page)") ?? "")
        try #require(lists.count == 1)
        let items = lists[0]["itemListElement"] as? [[String: Any]] ?? []
        #expect(items.map { $0["position"] as? Int } == Array(1...trail.count))
        #expect(items.map { $0["name"] as? String ?? "" } == trail.map(\.0))
        #expect(items.map { $0["item"] as? String ?? "" } == trail.map { "https://example.com/careers/" + $0.1 })
    }

    @Test func theHomeAndNotFoundPagesHaveNoBreadcrumbs() throws {
        let folder = try Self.build(Self.site())
        for page in ["index.html", "404.html"] {
            #expect(jsonLD("BreadcrumbList", in: folder.read("public/\(page)") ?? "").isEmpty, "\(page)")
        }
        #expect(jsonLD(in: folder.read("public/404.html") ?? "").isEmpty)
    }

    @Test func theHomePageNamesTheOrganization() throws {
        let folder = try Self.build(Self.site())
        let objects = jsonLD(in: folder.read("public/index.html") ?? "")
        #expect(objects.count == 1)
        #expect(NSDictionary(dictionary: objects.first ?? [:]) == [
            "@context": "https://schema.org", "@type": "Organization", "name": "Meta Corp",
            "url": "https://meta.example/", "logo": "https://example.com/careers/logo.svg",
        ] as NSDictionary)
    }

    @Test func withoutAnOrganizationTheSiteIsTheOrganization() throws {
        let folder = try Self.build(FixtureSite("""
            -- site.yml --
            title: Plain Careers
            base_url: https://plain.example/
            -- content/about.md --
            ---
            title: About
            ---
            Hi.
            """))
        #expect(NSDictionary(dictionary: jsonLD("Organization", in: folder.read("public/index.html") ?? "").first ?? [:]) == [
            "@context": "https://schema.org", "@type": "Organization", "name": "Plain Careers", "url": "https://plain.example/",
        ] as NSDictionary)
        #expect(folder.read("public/index.html")?.contains(#"<html lang="en">"#) == true)
    }

    @Test func theFAQPageCarriesTheAnsweredQuestions() throws {
        let folder = try Self.build(Self.site())
        let pages = jsonLD("FAQPage", in: folder.read("public/faq/index.html") ?? "")
        try #require(pages.count == 1)
        #expect(NSArray(array: pages[0]["mainEntity"] as? [Any] ?? []) == [
            ["@type": "Question", "name": "How is pay set?",
             "acceptedAnswer": ["@type": "Answer", "text": "<p>By <strong>bands</strong>.</p>\n"]],
        ] as NSArray, "a question without an answer is left out")
    }
}
