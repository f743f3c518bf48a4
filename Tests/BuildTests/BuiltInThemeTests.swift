import Build
import BuiltIn
import Content
import Diagnostics
import Foundation
import TestSupport
import Testing

/// The lookup order: a site's templates/ and static/ first, one file at a time, then the theme
/// compiled into jobsite.
@Suite struct BuiltInThemeTests {
    static let content = """
        -- content/roles/backend.md --
        ---
        title: Backend Engineer
        locations: [{country: DE}]
        remote: remote
        employment_type: FULL_TIME
        salary: {min: 60000, max: 75000, currency: EUR, period: YEAR}
        date_posted: 2026-11-01
        ---
        Build [things](/style.css).
        -- content/about.md --
        ---
        title: About
        menu: 1
        ---
        Hello.
        """

    /// Every file of a built site.
    static func output(_ folder: TemporaryFolder) -> [String: Data] { snapshot(folder.url.appendingPathComponent("public")) }

    @Test func aSiteWithOnlySiteYmlAndContentBuildsLikeOneWithACopyOfTheTheme() throws {
        let (report, folder) = try FixtureSite(Self.content).build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect((report.pageCount, report.staticFileCount) == (7, 2))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("templates").path))

        let copy = try TemporaryFolder()
        try FixtureSite(Self.content).write(to: copy.url)
        for theme in ["templates", "static"] {
            try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent(theme), to: copy.url.appendingPathComponent(theme))
        }
        var options = BuildOptions(source: copy.url, today: fixedToday)
        options.lints = []  // as FixtureSite.build, which built the other copy
        let copied = SiteBuilder.build(options)
        #expect(copied.diagnostics.isEmpty)
        #expect((copied.pageCount, copied.staticFileCount) == (7, 2))
        #expect(Self.output(folder) == Self.output(copy))
        #expect(Self.output(folder)["style.css"].map { [UInt8]($0) } == DefaultTheme.files.first { $0.path == "static/style.css" }?.bytes)
    }

    /// axe-core reports cmark's task boxes as form fields without a label: the theme's pages
    /// name each box after its item.
    @Test func taskListBoxesAreNamedAfterTheirItems() throws {
        let site = FixtureSite(Self.content.replacingOccurrences(of: "Hello.", with: "- [x] Sign the offer\n- [ ] Start"))
        let (report, folder) = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let page = try #require(folder.read("public/about/index.html"))
        #expect(page.contains(#"<li><input type="checkbox" checked="" disabled="" aria-label="Sign the offer" /> Sign the offer</li>"#))
        #expect(page.contains(#"<li><input type="checkbox" disabled="" aria-label="Start" /> Start</li>"#))
    }

    @Test func anEmptyTemplatesFolderUsesTheBuiltInTheme() throws {
        let folder = try TemporaryFolder()
        try FixtureSite(Self.content).write(to: folder.url)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("templates/partials"), withIntermediateDirectories: true)
        var options = BuildOptions(source: folder.url, today: fixedToday)
        options.lints = []  // as FixtureSite.build
        let report = SiteBuilder.build(options)
        #expect(report.diagnostics.isEmpty)
        #expect(folder.read("public/about/index.html")?.contains("<link rel=\"stylesheet\" href=\"../style.css\">") == true)
    }

    @Test func aSiteFileReplacesTheBuiltInFileOfTheSameNameOnly() throws {
        let (report, folder) = try FixtureSite(Self.content + """

            -- templates/partials/role-card.mustache --
            <p class="mine">{{title}}</p>
            -- templates/page.mustache --
            {{<layout}}{{$main}}<h1>Mine: {{page.title}}</h1>{{/main}}{{/layout}}
            -- static/style.css --
            body { color: red }
            -- static/extra.txt --
            more
            """).build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect((report.pageCount, report.staticFileCount) == (7, 3))
        let roles = folder.read("public/roles/index.html") ?? ""
        // The site's partial, inside the built-in `roles` template and `layout`.
        #expect(roles.contains("<p class=\"mine\">Backend Engineer</p>"))
        #expect(roles.contains("<link rel=\"stylesheet\" href=\"../style.css\">"))
        #expect(folder.read("public/about/index.html")?.contains("<h1>Mine: About</h1>") == true)
        #expect(folder.read("public/style.css") == "body { color: red }\n")
        #expect(folder.read("public/favicon.svg") == DefaultTheme.files.first { $0.path == "static/favicon.svg" }?.text)
        #expect(folder.read("public/extra.txt") == "more\n")
    }

    @Test func aPartialInNeitherPlaceIsAnErrorWhereItIsNamed() throws {
        let site = FixtureSite(Self.content + """

            -- templates/partials/role-card.mustache --
            <p>{{title}}</p>
              ⟨tag⟩{{> partials/badge}}
            """)
        let (report, folder) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("tag")): error: the partial 'partials/badge' is neither in templates/ nor in the built-in theme; expected templates/partials/badge.mustache [template.missing-partial]",
        ])
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("public").path))
    }

    @Test func aLoopThroughABuiltInTemplateNamesTheBuiltInFile() throws {
        // The built-in `partials/role-list` includes `partials/role-card`; a site card that includes
        // the list closes a loop.
        let site = FixtureSite(Self.content + """

            -- templates/partials/role-card.mustache --
            {{> partials/role-list}}
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "(built-in)/templates/partials/role-list.mustache:4:3: error: templates include each other in a loop: partials/role-card → partials/role-list → partials/role-card [template.include-cycle]",
        ])
    }
}
