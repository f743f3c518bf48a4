import Build
import Diagnostics
import Foundation
import Lint
import TestSupport
import Testing

/// Issue 17, templates and assets: a template typo that blanks every title, a file a page links
/// that the output does not have, raw HTML safe mode drops, a posting or answer with no text and
/// a summary far too long. Each is reported at its line by `build` and `check` alike.
@Suite struct TemplateAndAssetLintTests {
    /// A posting and a page (the built-in theme tests' content).
    static let posting = BuiltInThemeTests.content

    /// `content/roles/backend.md` with `extra` front matter lines, its closing line and its body.
    static func posting(_ extra: String, closing: String = "---", body: String) -> String {
        """
        -- content/roles/backend.md --
        ---
        title: Backend Engineer
        \(extra)locations: [{region: TX, country: US}]
        remote: remote
        employment_type: FULL_TIME
        date_posted: 2026-11-01
        \(closing)
        \(body)
        """
    }

    static func check(_ site: FixtureSite, strict: Bool = false) throws -> [String] {
        let folder = try TemporaryFolder()
        try site.write(to: folder.url)
        var options = BuildOptions(source: folder.url, today: fixedToday)
        options.strict = strict
        options.lints = [BodyLint()]  // what this suite tests; the posting-quality lints have their own
        return report(SiteBuilder.check(options))
    }

    // MARK: template fields

    @Test func aMisspelledFieldInASiteTemplateIsAnErrorThatStopsTheBuild() throws {
        let site = FixtureSite(Self.posting + """

            -- templates/role.mustache --
            {{<layout}}{{$main}}{{#role}}
            <h1>{{⟨titel⟩role.titel}}</h1>{{{body}}}
            {{/role}}{{/main}}{{/layout}}
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("titel")): error: 'role.titel' renders as nothing: 'titel' is not a field of 'role'; did you mean 'role.title'? [template.unknown-field]",
        ])
        #expect(report.diagnostics.first?.suggestion == "role.title")
        #expect(report.pageCount == 0)
    }

    @Test func aTemplateSyntaxErrorIsReportedAtItsSectionWithTheOtherTemplatesProblems() throws {
        // The unclosed section in the role card is reported where it opens, not at the end of
        // the file; the role template's misspelt field and theme string are reported in the same build.
        let site = FixtureSite(Self.posting + """

            -- templates/partials/role-card.mustache --
            <li><a href="{{root}}{{path}}">{{title}}</a>
              ⟨open⟩{{#department}}<span>{{department}}</span>
            </li>
            -- templates/role.mustache --
            {{<layout}}{{$main}}{{#role}}
            <h1>{{⟨titel⟩role.titel}}</h1>{{{body}}} {{⟨string⟩t.aplyForThisRole}}
            {{/role}}{{/main}}{{/layout}}
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("open")): error: section 'department' opened here is never closed; add {{/department}} where the section ends [template.syntax]",
            "\(site.location("titel")): error: 'role.titel' renders as nothing: 'titel' is not a field of 'role'; did you mean 'role.title'? [template.unknown-field]",
            "\(site.location("string")): error: 't.aplyForThisRole' is not a theme string; did you mean 't.applyForThisRole'? [template.unknown-string]",
        ])
        #expect(report.pageCount == 0)
    }

    @Test func aSiteTemplateReplacingABuiltInOneIsCheckedInsteadOfIt() throws {
        // The site's role card is included by the built-in roles and home templates: it is read
        // with their data; the built-in card it replaces is not read at all.
        let site = FixtureSite(Self.posting + """

            -- templates/partials/role-card.mustache --
            <li><a href="{{root}}{{path}}">{{title}}</a> {{⟨dept⟩departmnt}}</li>
            """)
        #expect(try Self.check(site) == [
            "\(site.location("dept")): error: 'departmnt' renders as nothing: 'departmnt' is not a field of the data this template receives; did you mean 'department'? [template.unknown-field]",
        ])
        let fixed = FixtureSite(Self.posting + """

            -- templates/partials/role-card.mustache --
            <li><a href="{{root}}{{path}}">{{title}}</a> {{department}}</li>
            """)
        #expect(try Self.check(fixed, strict: true) == [])
    }

    // MARK: assets

    @Test func aTemplateLinkingAFileTheOutputDoesNotHaveIsAnErrorAtTheTemplateLine() throws {
        let site = FixtureSite(Self.posting + """

            -- templates/layout.mustache --
            <!doctype html><html lang="{{language}}"><head><title>{{title}}</title>
            <link rel="stylesheet" href="{{root}}style.css">
            <link rel="stylesheet" href="⟨css⟩{{root}}css/site.css">
            <script src="⟨js⟩/js/app.js?v=2"></script>
            </head><body><a href="{{root}}roles/">Roles</a><a href="{{root}}{{path}}">here</a>{{$main}}{{/main}}</body></html>
            """)
        #expect(try Self.check(site) == [
            "\(site.location("css")): error: broken link '{{root}}css/site.css' in a template, on every page it renders: no page or static file at /css/site.css; add the file to static/ or fix the path [link.broken]",
            "\(site.location("js")): error: broken link '/js/app.js?v=2' in a template, on every page it renders: no page or static file at /js/app.js; add the file to static/ or fix the path [link.broken]",
        ])
        let withFiles = site.with("static/css/site.css", "body {}").with("static/js/app.js", "")
        #expect(try Self.check(withFiles) == [])
    }

    @Test func withoutTheSitesStyleSheetTheThemesIsPublished() throws {
        // static/style.css deleted: the built-in theme's style.css is written instead, so the
        // built-in layout's link still finds it.
        let site = FixtureSite(Self.posting)
        let (report, folder) = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(folder.read("public/style.css")?.isEmpty == false)
    }

    @Test func aMissingImageInMarkdownIsABrokenLinkAtItsLine() throws {
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            ---
            Our team:

            ⟨img⟩![The team](/img/team.jpg) and ![logo](/favicon.svg)
            """)
        #expect(try Self.check(site) == [
            "\(site.location("img")): error: broken link '/img/team.jpg': no page or static file at /img/team.jpg [link.broken]",
        ])
    }

    @Test func aMissingLogoIsReportedOnce() throws {
        let site = FixtureSite("""
            -- site.yml --
            title: Fixture Careers
            base_url: https://careers.example.com/
            organization:
              name: Fixture
              logo: ⟨logo⟩/logo.svg
            \(Self.posting)
            """)
        #expect(try Self.check(site) == [
            "\(site.location("logo")): error: 'organization.logo' /logo.svg is neither in static/ nor in the built-in theme; put the file at static/logo.svg [theme.missing-file]",
        ])
    }

    // MARK: raw HTML

    @Test func rawHTMLThatSafeModeDropsIsAWarningAtItsLine() throws {
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            ---
            Text with ⟨span⟩<span class="x">inline</span> HTML<!-- a note -->.

            ⟨div⟩<div class="benefits">
            30 days of leave
            </div>

            > quoted
            lazy ⟨br⟩<br>line
            """)
        let html = "(safe mode shows `<!-- raw HTML omitted -->` instead): rewrite it in Markdown, or set markdown.unsafe_html: true in site.yml to publish raw HTML you trust [markdown.raw-html-omitted]"
        #expect(try Self.check(site) == [
            "\(site.location("span")): warning: raw HTML <span> is left out of the page, with any text inside it \(html)",
            "\(site.location("div")): warning: raw HTML <div> is left out of the page, with any text inside it \(html)",
            "\(site.location("br")): warning: raw HTML <br> is left out of the page, with any text inside it \(html)",
        ])
        let unsafe = site.with("site.yml", FixtureSite.defaultConfig + "\nmarkdown:\n  unsafe_html: true\n")
        #expect(try Self.check(unsafe) == [])
    }

    // MARK: texts

    @Test func aPostingOrAnswerWithoutTextIsAWarningAtTheFrontMattersEnd() throws {
        let site = FixtureSite("""
            \(Self.posting("", closing: "⟨role⟩---", body: ""))
            -- content/faq/visa.md --
            ---
            question: Do you sponsor visas?
            ⟨faq⟩---
            -- content/faq/leave.md --
            ---
            question: How much leave?
            ---
            30 days.
            """)
        #expect(try Self.check(site) == [
            "\(site.location("faq")): warning: the question 'Do you sponsor visas?' has no answer: the FAQ page shows it with nothing under it; write the answer below the front matter [faq.empty-answer]",
            "\(site.location("role")): warning: the posting has no description: its page shows the facts and no text about the job; write it below the front matter [role.empty-body]",
        ])
    }

    @Test func sharedSectionsDoNotMakeAnEmptyPostingFull() throws {
        let site = FixtureSite("""
            -- site.yml --
            \(FixtureSite.defaultConfig)
            postings:
              sections:
                benefits: {file: content/_shared/benefits.md}
            -- content/_shared/benefits.md --
            30 days of leave.
            \(Self.posting("", closing: "⟨end⟩---", body: ""))
            """)
        #expect(try Self.check(site).map { $0.hasPrefix("\(site.location("end")): warning:") && $0.hasSuffix("[role.empty-body]") } == [true])
    }

    @Test func aSummaryPastTheLimitIsAWarningAtItsLine() throws {
        func site(summary: Int) -> FixtureSite {
            FixtureSite(Self.posting("summary: ⟨summary⟩\(String(repeating: "x", count: summary))\n", body: "Build the payments API."))
        }
        #expect(try Self.check(site(summary: 200)) == [])
        let long = site(summary: 1_000_000)
        #expect(try Self.check(long) == [
            "\(long.location("summary")): warning: the summary is 1000000 characters, and every card and meta description repeats it; keep it to 200 characters (one or two sentences) and put the rest in the description [role.long-summary]",
        ])
    }
}
