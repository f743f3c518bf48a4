import Build
import Content
import Diagnostics
import Foundation
import Output
import TestSupport
import Testing

/// Runs tools/validate_outputs.py on a built folder: sitemap.xml against the sitemaps.org schema
/// (xmllint), every Atom feed through feedparser, jobs.json against schemas/jobs.schema.json.
/// Returns the problems; a missing validator fails the test (`make test-deps` installs them).
func validateOutputs(_ folder: URL) throws -> [String] {
    let python = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [python, repositoryRoot.appendingPathComponent("tools/validate_outputs.py").path, folder.path]
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try #require(!stderr.contains("ModuleNotFoundError") && !stderr.contains("No such file"),
                 "the validators are missing; run `make test-deps`: \(stderr)")
    try #require(stderr.contains("checked "), "the validator did not run: \(stderr)")
    return stdout.split(separator: "\n").map(String.init) + (process.terminationStatus == 0 ? [] : ["exit \(process.terminationStatus)"])
}

@Suite("sitemap.xml, robots.txt, feeds and jobs.json")
struct GeneratedFilesTests {
    /// Names and text with every character XML and JSON must escape, a department whose name
    /// makes no URL name, two that make the same one, and an unlisted-by-date (closed) posting.
    static let site = FixtureSite("""
        -- site.yml --
        title: "R&D <Careers> \\"Quoted\\""
        base_url: https://careers.example.com/
        language: en-GB
        organization:
          name: "Smith & Wesson's <Lab>"
        -- content/roles/one.md --
        ---
        title: "C++ & <Rust> \\"engineer\\" \\u2028 it's"
        department: "R&D"
        locations: [{city: "Zürich", country: CH}]
        remote: hybrid
        employment_type: [FULL_TIME, CONTRACTOR]
        salary: {min: 42.5, max: 60, currency: CHF, period: HOUR}
        date_posted: 2026-11-01
        valid_through: 2026-12-31
        summary: "Tabs\\tand a bell \\a stay out of XML"
        ---
        Read [the FAQ](/faq/) & <b>enjoy</b>.
        -- content/roles/two.md --
        ---
        title: Two
        department: "R D"
        locations: [{country: DE}]
        remote: remote
        employment_type: FULL_TIME
        date_posted: 2026-10-01
        ---
        -- content/roles/three.md --
        ---
        title: Three
        department: "日本"
        locations: [{country: JP}]
        remote: onsite
        employment_type: PART_TIME
        date_posted: 2026-09-01
        ---
        -- content/roles/closed.md --
        ---
        title: Closed
        department: "R&D"
        locations: [{country: DE}]
        remote: onsite
        employment_type: FULL_TIME
        date_posted: 2026-08-01
        valid_through: 2026-11-10
        ---
        -- content/about.md --
        ---
        title: About
        ---
        """)

    @Test func everyGeneratedFileIsValidForItsValidator() throws {
        let (report, folder) = try Self.site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(try validateOutputs(folder.url.appendingPathComponent("public")) == [])
        let (_, sample) = try FixtureSite("").build()  // an empty site: no postings, empty feeds
        #expect(try validateOutputs(sample.url.appendingPathComponent("public")) == [])
    }

    @Test func theSampleSiteAndTheBasicFixtureAreValidToo() throws {
        #expect(try validateOutputs(repositoryRoot.appendingPathComponent("public")) == [])
        #expect(try validateOutputs(fixturesFolder.appendingPathComponent("basic.expected")) == [])
    }

    /// The browser checks' sites (Tests/Browser/Sites): their ladders' JSON above all, with
    /// tracks, zones and currencies the sample does not have.
    @Test func everyBrowserTestSiteIsValidToo() throws {
        let sites = repositoryRoot.appendingPathComponent("Tests/Browser/Sites")
        for name in try FileManager.default.contentsOfDirectory(atPath: sites.path).sorted() {
            let folder = try TemporaryFolder()
            let output = folder.url.appendingPathComponent("public")
            let report = build(sites.appendingPathComponent(name), output: output)
            #expect(report.succeeded, "\(name): \(report.diagnostics)")
            #expect(try validateOutputs(output) == [], "\(name)")
        }
    }

    @Test func theSitemapListsOpenPostingsAndPagesWithDatesFromTheContent() throws {
        let (_, folder) = try Self.site.build()
        #expect(folder.read("public/sitemap.xml") == """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
            <url><loc>https://careers.example.com/</loc><lastmod>2026-11-01</lastmod></url>
            <url><loc>https://careers.example.com/about/</loc></url>
            <url><loc>https://careers.example.com/faq/</loc></url>
            <url><loc>https://careers.example.com/ladders/</loc></url>
            <url><loc>https://careers.example.com/roles/</loc><lastmod>2026-11-01</lastmod></url>
            <url><loc>https://careers.example.com/roles/one/</loc><lastmod>2026-11-01</lastmod></url>
            <url><loc>https://careers.example.com/roles/three/</loc><lastmod>2026-09-01</lastmod></url>
            <url><loc>https://careers.example.com/roles/two/</loc><lastmod>2026-10-01</lastmod></url>
            </urlset>

            """)
    }

    @Test func feedsHaveOneFilePerDepartmentWithIdsAndDatesFromTheContent() throws {
        let (_, folder) = try Self.site.build()
        let paths = ["feed.xml", "roles/r-d/feed.xml", "roles/r-d-2/feed.xml", "roles/ri-ben/feed.xml"]
        for path in paths { #expect(folder.read("public/" + path) != nil, "\(path)") }
        // "R D" and "R&D" make one URL name: in name order, the second gets -2.
        let rd = try #require(folder.read("public/roles/r-d-2/feed.xml"))
        #expect(rd.contains("<title>R&amp;D &lt;Careers&gt; &quot;Quoted&quot;: R&amp;D roles</title>"))
        #expect(rd.contains("<updated>2026-11-11T00:00:00Z</updated>"), "the day after its closed posting's last day")
        #expect(rd.contains("<id>tag:careers.example.com,2026-11-01:roles/one</id>"))
        #expect(rd.contains("<summary>Tabs\tand a bell  stay out of XML — Zürich, Switzerland · Hybrid · Full-time, Contract · CHF\u{A0}42.50–CHF\u{A0}60 per hour</summary>"))
        #expect(!rd.contains("Closed"))
        let main = try #require(folder.read("public/feed.xml"))
        #expect(main.components(separatedBy: "<entry>").count == 4)
        // Pages link the feeds: every page the site's, a posting its department's, the list all.
        let one = try #require(folder.read("public/roles/one/index.html"))
        #expect(one.contains(#"<link rel="alternate" type="application/atom+xml" title="R&amp;D &lt;Careers&gt; &quot;Quoted&quot;: R&amp;D roles" href="../../roles/r-d-2/feed.xml">"#))
        #expect(folder.read("public/roles/index.html")?.components(separatedBy: "application/atom+xml").count == 5)
        #expect(folder.read("public/about/index.html")?.components(separatedBy: "application/atom+xml").count == 2)
    }

    @Test func jobsJSONHasTypedValuesEscapedAsJSON() throws {
        let (_, folder) = try Self.site.build()
        let data = Data(try #require(folder.read("public/jobs.json")).utf8)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["version"] as? Int == 1)
        let jobs = try #require(json["jobs"] as? [[String: Any]])
        #expect(jobs.map { $0["id"] as? String } == ["one", "two", "three"])
        let one = jobs[0]
        #expect(one["title"] as? String == "C++ & <Rust> \"engineer\" \u{2028} it's")
        #expect((one["salary"] as? [String: Any])?["min"] as? Double == 42.5)
        #expect(one["employment_types"] as? [String] == ["FULL_TIME", "CONTRACTOR"])
        #expect(one["workplace"] as? String == "hybrid")
        #expect(one["valid_through"] as? String == "2026-12-31")
        #expect((one["description_html"] as? String)?.contains(#"<a href="../../faq/">the FAQ</a>"#) == true)
        #expect(jobs[1]["valid_through"] == nil && jobs[1]["salary"] == nil)
    }

    @Test func robotsTxtNamesTheSitemapUnlessTheSiteHasItsOwn() throws {
        let (_, folder) = try Self.site.build(baseURL: "https://org.github.io/careers/")
        #expect(folder.read("public/robots.txt") == """
            # robots.txt written by jobsite.
            # This site is published below https://org.github.io/, where crawlers do not look for this file:
            # the owner of https://org.github.io/robots.txt may add the Sitemap line below to it.
            User-agent: *
            Disallow:

            Sitemap: https://org.github.io/careers/sitemap.xml

            """)
        let own = Self.site.with("static/robots.txt", "User-agent: *\nDisallow: /private/\n")
        let (report, ownFolder) = try own.build()
        #expect(report.succeeded)
        #expect(ownFolder.read("public/robots.txt") == "User-agent: *\nDisallow: /private/\n")
    }

    @Test func everyOutputCarriesItsMediaType() throws {
        let folder = try TemporaryFolder()
        try Self.site.write(to: folder.url)
        let (sources, _) = SourceLoader.load(root: folder.url)
        let (plan, _) = SiteBuilder.generate(sources, options: BuildOptions(source: folder.url, today: fixedToday))
        let types = Dictionary((plan?.files ?? []).map { ($0.path, $0.mediaType.rawValue) }, uniquingKeysWith: { a, _ in a })
        #expect(types["index.html"] == "text/html")
        #expect(types["roles/closed/index.html"] == "text/html")
        #expect(types["sitemap.xml"] == "application/xml")
        #expect(types["robots.txt"] == "text/plain")
        #expect(types["feed.xml"] == "application/atom+xml")
        #expect(types["roles/r-d/feed.xml"] == "application/atom+xml")
        #expect(types["jobs.json"] == "application/json")
        #expect(types["style.css"] == "text/css")
        #expect(types["favicon.svg"] == "image/svg+xml")
    }
}
