import BuiltIn
import Build
import Foundation
import Scaffold
import TestSupport
import Testing

@Suite struct ThemeEjectTests {
    /// A small site that builds with the built-in theme.
    static let site = FixtureSite("""
        -- content/about.md --
        ---
        title: About
        ---
        Hello.
        """)

    static func builtIn(_ path: String) -> [UInt8]? {
        DefaultTheme.files.first { $0.path == path }?.bytes
    }

    @Test func everyTemplateIsCopiedAndTheBuildIsUnchanged() throws {
        let (before, folder) = try Self.site.build()
        #expect(before.diagnostics.isEmpty)
        let builtOutput = folder.url.appendingPathComponent("public")
        let first = try FileManager.default.contentsOfDirectory(atPath: builtOutput.path).sorted()
        let (written, diagnostics) = ThemeEject.eject([], includeStatic: false, into: folder.url)
        #expect(diagnostics.isEmpty)
        #expect(written == DefaultTheme.templates.map(\.path).filter { $0.hasSuffix(".mustache") })
        #expect(written.contains("templates/partials/role-card.mustache"))
        for path in written {
            #expect([UInt8](FileManager.default.contents(atPath: folder.url.appendingPathComponent(path).path) ?? Data()) == Self.builtIn(path))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("static").path))
        let pageBefore = folder.read("public/about/index.html")
        let after = SiteBuilder.build(BuildOptions(source: folder.url, today: fixedToday))
        #expect(after.diagnostics.isEmpty)
        #expect(folder.read("public/about/index.html") == pageBefore)
        #expect(try FileManager.default.contentsOfDirectory(atPath: builtOutput.path).sorted() == first)
    }

    @Test func namedTemplatesAndStaticFiles() throws {
        let folder = try TemporaryFolder()
        try Self.site.write(to: folder.url)
        let (written, diagnostics) = ThemeEject.eject(["role", "partials/role-card.mustache", "templates/faq.mustache", "static/favicon.svg"],
                                                      includeStatic: false, into: folder.url)
        #expect(diagnostics.isEmpty)
        #expect(written == ["templates/role.mustache", "templates/partials/role-card.mustache", "templates/faq.mustache", "static/favicon.svg"])
        let other = try Self.freshSite()
        let (withStatic, more) = ThemeEject.eject(["layout"], includeStatic: true, into: other.url)
        #expect(more.isEmpty)
        #expect(withStatic == ["templates/layout.mustache", "static/favicon.svg", "static/style.css"])
    }

    static func freshSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try site.write(to: folder.url)
        return folder
    }

    @Test func anExistingFileIsNeverOverwrittenAndNothingIsWritten() throws {
        let folder = try Self.freshSite()
        try folder.write("templates/role.mustache", "mine")
        let (written, diagnostics) = ThemeEject.eject(["page", "role"], includeStatic: false, into: folder.url)
        #expect(written.isEmpty)
        #expect(report(diagnostics) == [
            "templates/role.mustache: error: this file exists; it was not overwritten, and nothing was written. Name only the templates you want, or move the existing ones away first. [file.exists]",
        ])
        #expect(folder.read("templates/role.mustache") == "mine")
        #expect(folder.read("templates/page.mustache") == nil)
    }

    @Test func anUnknownNameGetsASuggestionAndNothingIsWritten() throws {
        let folder = try Self.freshSite()
        let (written, diagnostics) = ThemeEject.eject(["page", "partials/role-crad"], includeStatic: false, into: folder.url)
        #expect(written.isEmpty)
        #expect(report(diagnostics) == [
            "error: the built-in theme has no template or static file 'partials/role-crad'; did you mean 'partials/role-card'? (`jobsite theme list` lists them) [theme.unknown-name]",
        ])
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("templates").path))
    }

    @Test func aFolderWithoutSiteYmlIsNotASite() throws {
        let folder = try TemporaryFolder()
        let (written, diagnostics) = ThemeEject.eject([], includeStatic: false, into: folder.url)
        #expect(written.isEmpty)
        #expect(diagnostics.map(\.rule) == ["site.missing-config"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }

    @Test func theListMarksWhatTheSiteReplaces() throws {
        let folder = try Self.freshSite()
        try folder.write("templates/partials/role-card.mustache", "x")
        try folder.write("static/favicon.svg", "<svg/>")
        try folder.write("templates/strings/fr.yml", "applyForThisRole: Postuler\n")
        let lines = ThemeEject.list(site: folder.url)
        #expect(lines.contains("partials/role-card  (replaced by templates/partials/role-card.mustache)"))
        #expect(lines.contains("static/favicon.svg  (replaced by static/favicon.svg)"))
        #expect(lines.contains("strings/fr  (overridden key by key by templates/strings/fr.yml)"))
        #expect(lines.contains("role"))
        #expect(lines.contains("strings/de"))
        #expect(lines.contains("static/style.css"))
    }
}

extension ThemeEjectTests {
    /// After an eject, what the copies do: templates replace, strings override key by key.
    @Test func theNoteAfterAnEjectSaysWhatTheCopiesDo() {
        let replace = "These files now replace the built-in ones; delete one to go back to the built-in version."
        let override = "A strings file overrides the theme's words key by key; delete the keys you keep as they are."
        #expect(ThemeEject.noteAfterEject(["templates/role.mustache", "static/style.css"]) == replace)
        #expect(ThemeEject.noteAfterEject(["templates/strings/de.yml"]) == override)
        #expect(ThemeEject.noteAfterEject(["templates/role.mustache", "templates/strings/de.yml"]) == replace + " " + override)
    }

    @Test func aStringsFileIsEjectedByItsLanguage() throws {
        let folder = try Self.freshSite()
        let (written, diagnostics) = ThemeEject.eject(["strings/de", "templates/strings/fr.yml"], includeStatic: false, into: folder.url)
        #expect(diagnostics.isEmpty)
        #expect(written == ["templates/strings/de.yml", "templates/strings/fr.yml"])
        #expect(folder.read("templates/strings/de.yml")?.contains("applyForThisRole: Jetzt bewerben\n") == true)
        #expect(ThemeEject.list(site: folder.url).contains("strings/de  (overridden key by key by templates/strings/de.yml)"))
        #expect(ThemeEject.list(site: folder.url).contains("strings/nl"))
    }
}
