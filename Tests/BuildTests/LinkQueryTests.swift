import Build
import Diagnostics
import Foundation
import TestSupport
import Testing

/// Kind 8 of issue 12: a `?query` passes through unchanged and only the path is checked; a base
/// URL with a query or fragment is refused, from site.yml and from `--base-url` alike.
@Suite("Links with a query string")
struct LinkQueryTests {
    @Test func theLinkWithQueryCaseBuildsAndKeepsEveryQuery() throws {
        let folder = try sharedCase("link-with-query")
        let report = build(folder.url)
        // Its posting shows no pay: pay transparency findings are tested on their own.
        #expect(report.diagnostics.filter { !$0.rule.hasPrefix("pay.") }.isEmpty, "\(report.diagnostics)")
        let about = try #require(folder.read("public/about/index.html"))
        #expect(about.contains(#"<a href="../roles/?utm_source=about">Open roles, site path</a>"#))
        #expect(about.contains(#"<a href="../roles/?utm_source=about">Open roles, relative</a>"#))
        #expect(about.contains(#"<a href="../roles/data-engineer/?utm_source=about">Data engineer, file link</a>"#))
    }

    @Test func everyKindOfLinkKeepsItsQueryAndFragment() throws {
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            ---
            [a](team.md?x=1#how-we-work), [b](/team/?a=1&b=caf%C3%A9#how-we-work), [c](../team/?x#how-we-work),
            [d](?tab=2#top), [e](/style.css?v=3), ![f](/favicon.svg?v=3), [g](faq/pay.md?ref=about).

            ## Top
            -- content/team.md --
            ---
            title: Team
            ---
            ## How we work
            -- content/faq/pay.md --
            ---
            question: How is pay set?
            ---
            By band.
            """)
        let (report, folder) = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let about = try #require(folder.read("public/about/index.html"))
        #expect(about.contains(##"<a href="../team/?x=1#how-we-work">a</a>"##))
        #expect(about.contains(##"<a href="../team/?a=1&amp;b=caf%C3%A9#how-we-work">b</a>"##))
        #expect(about.contains(##"<a href="../team/?x#how-we-work">c</a>"##))
        #expect(about.contains(##"<a href="?tab=2#top">d</a>"##))
        #expect(about.contains(##"<a href="../style.css?v=3">e</a>"##))
        #expect(about.contains(##"<img src="../favicon.svg?v=3" alt="f" />"##))
        #expect(about.contains(##"<a href="../faq/?ref=about#pay">g</a>"##))
    }

    @Test func onlyThePathIsCheckedAndTheFragmentStillIs() throws {
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            ---
            ⟨site⟩[a](/jobs/?utm_source=about), ⟨file⟩[b](team.md?utm_source=about),
            ⟨relative⟩[c](../jobs/?x=1), ⟨anchor⟩[d](/about/?x=1#nowhere), ⟨inpage⟩[e](?x=1#nowhere-else).
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("site")): error: broken link '/jobs/?utm_source=about': no page or static file at /jobs/ [link.broken]",
            "\(site.location("file")): error: broken link 'team.md?utm_source=about': no published content file content/team.md [link.broken]",
            "\(site.location("relative")): error: broken link '../jobs/?x=1': no page or static file at /jobs/ [link.broken]",
            "\(site.location("anchor")): error: the link '/about/?x=1#nowhere' points at #nowhere, which /about/ does not have [link.missing-anchor]",
            "\(site.location("inpage")): error: the link '?x=1#nowhere-else' points at #nowhere-else, which /about/ does not have [link.missing-anchor]",
        ])
    }

    @Test("a base URL with a query, a fragment or an empty path segment is refused, in site.yml at the value", arguments: [
        ("https://careers.example.com/?ref=1", "a query ('?ref=1')", "https://careers.example.com/"),
        ("https://careers.example.com/jobs#top", "a fragment ('#top')", "https://careers.example.com/jobs"),
        ("https://example.com//", "an empty path segment ('//')", "https://example.com/"),
        ("https://example.com/jobs//", "an empty path segment ('//')", "https://example.com/jobs/"),
        ("http://example.com//careers///jobs", "an empty path segment ('//')", "http://example.com/careers/jobs"),
        ("https://example.com//jobs/?ref=1", "a query ('?ref=1')", "https://example.com/jobs/"),
    ])
    func baseURLWithQueryOrFragment(url: String, part: String, fix: String) throws {
        let message = "must not have \(part): every page's URL is the base URL followed by the page's path; use '\(fix)', found '\(url)'"
        let site = FixtureSite("""
            -- site.yml --
            title: Careers
            base_url: ⟨url⟩\(url)
            -- content/about.md --
            ---
            title: About
            ---
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == ["\(site.location("url")): error: 'base_url' \(message) [front-matter.value]"])
        #expect(report.diagnostics.map(\.suggestion) == [fix])

        let (option, _) = try FixtureSite("-- content/about.md --\n---\ntitle: About\n---\n").build(baseURL: url)
        #expect(TestSupport.report(option.diagnostics) == ["error: --base-url \(message) [options.base-url]"])
        #expect(option.diagnostics.map(\.suggestion) == [fix])
    }

    @Test("build refuses --base-url with '//' in its path before writing anything")
    func baseURLOptionWithEmptySegmentOnTheCommandLine() throws {
        let site = fixturesFolder.appendingPathComponent("basic").path
        let folder = try TemporaryFolder()
        let build = try CommandLineTests.run(["build", "--source", site, "--output", folder.url.path, "--base-url", "https://example.com//"])
        #expect(build.status == 2, "a usage error")
        #expect(build.stderr.hasPrefix("Error: --base-url must not have an empty path segment ('//'): every page's URL is the base URL followed by the page's path; use 'https://example.com/', found 'https://example.com//' [options.base-url]\nUsage: jobsite build"), "\(build.stderr)")
    }
}
