import Build
import Content
import Diagnostics
import Foundation
import Testing

/// Broken inputs: each case overlays files on the basic fixture and pins the exact diagnostics.
@Suite("Invalid sites report every problem at file:line:column and write nothing")
struct InvalidSiteTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String: String]
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "typo in a key, with a suggestion", files: ["content/roles/intern.md": """
            ---
            title: Backend Intern
            ladder: backend
            level: L1
            locations:
              - country: DE
            remote: remote
            employment_type: INTERN
            salry: 1000
            date_posted: 2026-06-01
            ---
            Body.
            """], expected: [
            "content/roles/intern.md:9:1: error: unknown key 'salry' in a job posting; did you mean 'salary'? [front-matter.unknown-key]",
        ]),
        Case(name: "unknown ladder level", files: ["content/roles/intern.md": """
            ---
            title: Backend Intern
            ladder: backend
            level: L9
            locations: [{country: DE}]
            remote: remote
            employment_type: INTERN
            date_posted: 2026-06-01
            ---
            Body.
            """], expected: [
            "content/roles/intern.md:4:8: error: ladder 'backend' has no level 'L9'; its levels are L1, L2 [link.unknown-level]",
        ]),
        Case(name: "unknown ladder", files: ["content/roles/intern.md": """
            ---
            title: Backend Intern
            ladder: bakend
            level: L1
            locations: [{country: DE}]
            remote: remote
            employment_type: INTERN
            date_posted: 2026-06-01
            ---
            Body.
            """], expected: [
            "content/roles/intern.md:3:9: error: unknown ladder 'bakend'; did you mean 'backend'? [link.unknown-ladder]",
        ]),
        Case(name: "several problems in several files are all reported", files: [
            "content/roles/intern.md": """
            ---
            title: Backend Intern
            locations: [{country: Germany}]
            remote: remotely
            employment_type: FULL_TIME
            salary: {min: 90, max: 10, currency: usd, period: YEAR}
            date_posted: 2026-02-30
            apply_url: javascript:alert(1)
            ---
            """,
            "content/faq/pay.md": """
            ---
            order: first
            ---
            Answer.
            """,
        ], expected: [
            "content/faq/pay.md:2:1: error: missing required field 'question' (an FAQ entry is a question and its answer) [front-matter.missing-field]",
            "content/faq/pay.md:2:8: error: 'order' must be a whole number, found the text 'first' [front-matter.type]",
            "content/roles/intern.md:3:23: error: 'locations[0].country' must be a two-letter ISO 3166-1 country code in capitals such as DE or US, found 'Germany' [front-matter.value]",
            "content/roles/intern.md:4:9: error: 'remote' must be one of onsite, hybrid, remote, found 'remotely'; did you mean 'remote'? [front-matter.value]",
            "content/roles/intern.md:6:24: error: 'salary.max' (10) is below min (90) [front-matter.value]",
            "content/roles/intern.md:6:38: error: 'salary.currency' must be a three-letter ISO 4217 currency code in capitals such as USD or EUR, found 'usd'; write USD [front-matter.value]",
            "content/roles/intern.md:7:14: error: 'date_posted' must be a day that exists, found '2026-02-30': February 2026 has 28 days [front-matter.value]",
            "content/roles/intern.md:8:12: error: 'apply_url' must be an absolute URL starting with http:, https:, mailto:, found 'javascript:alert(1)' [front-matter.value]",
        ]),
        Case(name: "a slug that climbs out of the output folder", files: ["content/roles/intern.md": """
            ---
            title: Backend Intern
            slug: ../../etc/passwd
            locations: [{country: DE}]
            remote: remote
            employment_type: INTERN
            date_posted: 2026-06-01
            ---
            """], expected: [
            "content/roles/intern.md:3:7: error: 'slug' must use only lowercase letters, digits and single hyphens (it becomes the URL /roles/<slug>/), found '../../etc/passwd' [front-matter.value]",
        ]),
        Case(name: "two postings with one slug", files: ["content/roles/copy.md": """
            ---
            title: Copy
            slug: intern
            locations: [{country: DE}]
            remote: remote
            employment_type: INTERN
            date_posted: 2026-06-01
            ---
            Body.
            """], expected: [
            "content/roles/copy.md:3:7: error: content/roles/copy.md would be published at /roles/intern/, which content/roles/intern.md already uses [link.duplicate-url]",
        ]),
        Case(name: "YAML syntax error at the file's line", files: ["content/about.md": """
            ---
            title: About
            menu: [1, 2
            ---
            """], expected: [
            "content/about.md:3:7: error: '[' starts a list in YAML, and this one is not closed with ']' on its line; if it is text, put the whole value in quotes: menu: \"[1, 2\" [yaml.needs-quotes]",
        ]),
        Case(name: "YAML alias bomb", files: ["content/about.md": """
            ---
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            title: *g
            ---
            """], expected: [
            "content/about.md:2:4: error: YAML anchors (`&name`) and aliases (`*name`) are not supported in front matter; write the value out in full [yaml.alias]",
        ]),
        Case(name: "broken Markdown link", files: ["content/about.md": """
            ---
            title: About
            ---
            Read [the FAQ](faq/missing.md) and [roles](/jobs/).
            """], expected: [
            "content/about.md:4:6: error: broken link 'faq/missing.md': no published content file content/faq/missing.md [link.broken]",
            "content/about.md:4:36: error: broken link '/jobs/': no page or static file at /jobs/ [link.broken]",
        ]),
        Case(name: "a link to an anchor the target page does not have", files: ["content/about.md": """
            ---
            title: About
            ---
            Our [ladder](ladders/backend.md#level-l2) has two levels,
            not [seven](ladders/backend.md#level-l7).
            """], expected: [
            "content/about.md:5:5: error: the link 'ladders/backend.md#level-l7' points at #level-l7, which /ladders/backend/ does not have [link.missing-anchor]",
        ]),
        Case(name: "missing partial in a template", files: ["templates/page.mustache": """
            {{<layout}}{{$main}}
            {{> sidebar}}
            {{/main}}{{/layout}}
            """], expected: [
            "templates/page.mustache:2:1: error: the partial 'sidebar' is neither in templates/ nor in the built-in theme; expected templates/sidebar.mustache [template.missing-partial]",
        ]),
        Case(name: "a page that takes a generated URL", files: ["content/roles.md": """
            ---
            title: Roles
            ---
            """], expected: [
            "content/roles.md:1:1: error: the URL /roles/ belongs to the generated roles pages; rename or move this file [link.reserved-url]",
        ]),
        Case(name: "validation, link and Markdown problems of different files in one report", files: [
            "content/about.md": "---\ntitle: [About\n---\n",
            "content/roles/intern.md": """
            ---
            title: Backend Intern
            ladder: backend
            level: L7
            locations: [{country: DE}]
            remote: remote
            employment_type: INTERN
            date_posted: 2026-06-01
            ---
            See [pay](../faq/nope.md).
            """,
        ], expected: [
            "content/about.md:2:8: error: '[' starts a list in YAML, and this one is not closed with ']' on its line; if it is text, put the whole value in quotes: title: \"[About\" [yaml.needs-quotes]",
            "content/roles/intern.md:4:8: error: ladder 'backend' has no level 'L7'; its levels are L1, L2 [link.unknown-level]",
            "content/roles/intern.md:10:5: error: broken link '../faq/nope.md': no published content file content/faq/nope.md [link.broken]",
        ]),
        Case(name: "a ladder that fails validation causes no follow-on errors in the files that use it", files: [
            "content/ladders/backend.md": "---\ntitle: Backend Ladder\ncompetencies: []\nlevels: []\nsalary: 1\n---\n",
        ], expected: [
            "content/ladders/backend.md:3:15: error: 'competencies' must list at least one item [front-matter.value]",
            "content/ladders/backend.md:4:9: error: 'levels' must list at least one item [front-matter.value]",
            "content/ladders/backend.md:5:1: error: unknown key 'salary' in a career ladder; expected one of: title, summary, competencies, tracks, zones, levels, aliases, lint [front-matter.unknown-key]",
        ]),
        Case(name: "empty file", files: ["content/extra.md": ""], expected: [
            "content/extra.md: error: the file is empty; expected Markdown with a `---` front matter block [file.empty]",
        ]),
        Case(name: "no front matter", files: ["content/about.md": "# About\n"], expected: [
            "content/about.md:1:1: error: expected the file to start with a `---` line that opens the YAML front matter [front-matter.missing]",
        ]),
    ]

    @Test(arguments: cases)
    func reportsExactDiagnosticsAndWritesNothing(_ testCase: Case) throws {
        let (folder, site) = try copyOfFixture("basic")
        for (path, text) in testCase.files {
            try Data(text.utf8).write(to: site.appendingPathComponent(path))
        }
        let output = folder.url.appendingPathComponent("public")
        let report = build(site, output: output)
        #expect(report.diagnostics.map(\.description) == testCase.expected)
        #expect(!report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: output.path), "a failed build must not write")
    }

    @Test func binaryAndInvalidUTF8FilesAreErrors() throws {
        let (folder, site) = try copyOfFixture("basic")
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01]).write(to: site.appendingPathComponent("content/binary.md"))
        try Data("---\ntitle: Caf".utf8 + [0xC3, 0x28] + "\n---\n".utf8).write(to: site.appendingPathComponent("content/latin.md"))
        let report = build(site, output: folder.url.appendingPathComponent("public"))
        #expect(report.diagnostics.map(\.description) == [
            "content/binary.md:2:1: error: this looks like a binary file (it contains a NUL byte); expected UTF-8 text [file.binary]",
            "content/latin.md:2:11: error: invalid UTF-8 byte sequence; save the file as UTF-8 [file.encoding]",
        ])
    }

    @Test func failedBuildLeavesThePreviousOutputByteForByte() throws {
        let (folder, site) = try copyOfFixture("basic")
        let output = folder.url.appendingPathComponent("public")
        #expect(build(site, output: output).succeeded)
        let before = snapshot(output)
        try Data("---\ntitle: [unclosed\n---\n".utf8).write(to: site.appendingPathComponent("content/about.md"))
        #expect(!build(site, output: output).succeeded)
        #expect(snapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.contains("jobsite-") }
        #expect(leftovers.isEmpty)
    }

    @Test func refusesAnOutputFolderThatHoldsTheSources() throws {
        let (folder, site) = try copyOfFixture("basic")
        defer { withExtendedLifetime(folder) {} }
        let before = snapshot(site)
        let report = build(site, output: site)
        #expect(!report.succeeded)
        #expect(report.diagnostics.allSatisfy { $0.rule.hasPrefix("output.") }, "\(report.diagnostics)")
        #expect(snapshot(site) == before)
        #expect(!build(site, output: site.appendingPathComponent("content/out")).succeeded)
    }

    @Test func refusesToReplaceAFolderItDidNotWrite() throws {
        let (folder, site) = try copyOfFixture("basic")
        let output = folder.url.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: output.appendingPathComponent("notes.txt"))
        let report = build(site, output: output)
        #expect(report.diagnostics.map(\.rule) == ["output.not-jobsite"])
        #expect(snapshot(output) == ["notes.txt": Data("mine".utf8)])
    }

    @Test func aSymlinkOutOfTheSiteIsNotFollowed() throws {
        let (folder, site) = try copyOfFixture("basic")
        try Data("---\ntitle: Secret\n---\nsecret".utf8).write(to: folder.url.appendingPathComponent("outside.md"))
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("content/leak.md"),
                                                   withDestinationURL: folder.url.appendingPathComponent("outside.md"))
        let report = build(site, output: folder.url.appendingPathComponent("public"))
        #expect(report.diagnostics.map(\.rule) == ["file.symlink-outside"])
        #expect(!report.succeeded)
    }
}

extension InvalidSiteTests {
    @Test func anImplausiblePayAmountIsAnErrorNotACrash() throws {
        let (folder, site) = try copyOfFixture("basic")
        let path = site.appendingPathComponent("content/roles/backend-engineer.md")
        let text = try String(contentsOf: path, encoding: .utf8).replacingOccurrences(of: "max: 95000", with: "max: 1000000000000000000000000000000")
        try Data(text.utf8).write(to: path)
        let report = build(site, output: folder.url.appendingPathComponent("public"))
        #expect(report.diagnostics.map(\.description) == [
            "content/roles/backend-engineer.md:13:8: error: 'salary.max' (1000000000000000000000000000000) is not a plausible pay amount; the largest accepted is 1000000000000 [front-matter.value]",
        ])
    }

    @Test func anEmptyTemplateIsFineAndAnEmptySiteYmlIsNot() throws {
        let (folder, site) = try copyOfFixture("basic")
        try Data().write(to: site.appendingPathComponent("templates/extra.mustache"))
        #expect(build(site, output: folder.url.appendingPathComponent("a")).succeeded)
        try Data("\n".utf8).write(to: site.appendingPathComponent("site.yml"))
        #expect(build(site, output: folder.url.appendingPathComponent("b")).diagnostics.map(\.description) == [
            "site.yml: error: the file is empty; expected site settings, at least `title:` and `base_url:` [file.empty]",
        ])
    }
}

extension InvalidSiteTests {
    @Test func faqAnswersKeepTheirHeadingAndFootnoteIDsApart() throws {
        let (folder, site) = try copyOfFixture("basic")
        for slug in ["one", "two"] {
            try Data("---\nquestion: \(slug)?\n---\n## Details\n\nSee [details](#details) and [pay](#pay).[^1]\n\n[^1]: A note.\n".utf8)
                .write(to: site.appendingPathComponent("content/faq/\(slug).md"))
        }
        let output = folder.url.appendingPathComponent("public")
        let report = build(site, output: output)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let faq = String(decoding: snapshot(output)["faq/index.html"] ?? Data(), as: UTF8.self)
        for slug in ["one", "two"] {
            #expect(faq.contains("<h2 id=\"\(slug)-details\">Details</h2>"))
            #expect(faq.contains("<a href=\"#\(slug)-details\">details</a> and <a href=\"#pay\">pay</a>"))
            #expect(faq.contains("id=\"\(slug)-fn-1\""))
            #expect(faq.contains("href=\"#\(slug)-fnref-1\""))
        }
    }

    @Test func aBrokenAnchorInAnFAQAnswerIsReportedInItsFile() throws {
        let (folder, site) = try copyOfFixture("basic")
        try Data("---\nquestion: How is pay set?\norder: 1\n---\nSee [L7](../ladders/backend.md#level-l7).\n".utf8)
            .write(to: site.appendingPathComponent("content/faq/pay.md"))
        let report = build(site, output: folder.url.appendingPathComponent("public"))
        #expect(report.diagnostics.map(\.description) == [
            "content/faq/pay.md:5:5: error: the link '../ladders/backend.md#level-l7' points at #level-l7, which /ladders/backend/ does not have [link.missing-anchor]",
        ])
    }

    @Test func aHeadingThatRepeatsATemplateIDIsAWarning() throws {
        let (folder, site) = try copyOfFixture("basic")
        try Data("---\ntitle: About us\nmenu: 1\n---\n## Level L1\n".utf8).write(to: site.appendingPathComponent("content/about.md"))
        try Data("{{<layout}}{{$main}}<h1 id=\"level-l1\">{{page.title}}</h1>{{{page.body}}}{{/main}}{{/layout}}".utf8)
            .write(to: site.appendingPathComponent("templates/page.mustache"))
        let report = build(site, output: folder.url.appendingPathComponent("public"))
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.description) == [
            "content/about.md: warning: the id 'level-l1' appears more than once on /about/; links to #level-l1 are ambiguous (rename the heading?) [html.duplicate-id]",
        ])
    }
}
