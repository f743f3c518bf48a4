import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import Content

@Suite("Loading a site folder")
struct SourceLoaderTests {
    static let page = "---\ntitle: T\n---\n"

    /// A small, complete site in `folder/site`, returned as its root.
    func makeSite(in folder: URL) throws -> URL {
        let root = folder.appendingPathComponent("site", isDirectory: true)
        let files = [
            "site.yml": "title: Careers\nbase_url: https://a.example/\n",
            "content/index.md": Self.page,
            "content/roles/b.md": Self.page,
            "content/roles/a.md": Self.page,
            "content/teams/platform/index.md": Self.page,
            "content/.draft.md": Self.page,
            "content/.git/HEAD.md": Self.page,
            "templates/layout.mustache": "{{{content}}}",
            "templates/partials/card.mustache": "{{title}}",
            "templates/README.txt": "not a template",
            "static/style.css": "body {}",
            "static/img/logo.svg": "<svg/>",
            "static/.DS_Store": "junk",
        ]
        for (path, text) in files { try write(text, to: path, in: root) }
        return root
    }

    func link(_ path: String, in root: URL, to destination: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    @Test("config, content, templates and static files are read, sorted, hidden files only from static/")
    func loadsASite() throws {
        try withTemporaryFolder { folder in
            let root = try makeSite(in: folder)
            let (sources, diagnostics) = SourceLoader.load(root: root)
            #expect(diagnostics.isEmpty)
            #expect(sources.config == SourceFile(path: "site.yml", text: "title: Careers\nbase_url: https://a.example/\n"))
            #expect(sources.content.map(\.path) == [
                "content/index.md", "content/roles/a.md", "content/roles/b.md", "content/teams/platform/index.md",
            ])
            #expect(sources.content.allSatisfy { $0.text == Self.page })
            #expect(sources.templates.map(\.path) == ["templates/layout.mustache", "templates/partials/card.mustache"])
            // `.DS_Store` is operating-system litter, not part of the site.
            #expect(sources.staticFiles.map(\.path) == ["img/logo.svg", "style.css"])
            #expect(sources.staticFiles.map(\.url.lastPathComponent) == ["logo.svg", "style.css"])
        }
    }

    @Test("a symlink to a file outside the site is refused and not read")
    func symlinkOutsideIsRefused() throws {
        try withTemporaryFolder { folder in
            let root = try makeSite(in: folder)
            try write("---\ntitle: SECRET\n---\n", to: "outside/secret.md", in: folder)
            let target = folder.appendingPathComponent("outside/secret.md").path
            try link("content/roles/leak.md", in: root, to: target)
            let (sources, diagnostics) = SourceLoader.load(root: root)
            #expect(report(diagnostics) == [
                "content/roles/leak.md: error: symbolic link to \(target), outside the site's content/, templates/ and static/ folders; it is not followed [file.symlink-outside]",
            ])
            #expect(!sources.content.contains { $0.path == "content/roles/leak.md" || $0.text.contains("SECRET") })
        }
    }

    @Test("a folder whose name merely starts with the site's name is outside it")
    func siblingWithSamePrefixIsOutside() throws {
        try withTemporaryFolder { folder in
            let root = try makeSite(in: folder)
            try write("body", to: "site-evil/x.css", in: folder)
            try link("static/x.css", in: root, to: "../../site-evil/x.css")
            let (sources, diagnostics) = SourceLoader.load(root: root)
            #expect(diagnostics.map(\.rule) == ["file.symlink-outside"])
            #expect(diagnostics.first?.location?.file == "static/x.css")
            #expect(!sources.staticFiles.contains { $0.path == "x.css" })
        }
    }

    @Test("a symlink into the site's input folders is followed")
    func symlinkInsideIsFollowed() throws {
        try withTemporaryFolder { folder in
            let root = try makeSite(in: folder)
            try write("---\nquestion: Shared?\n---\n", to: "static/q.md", in: root)
            try link("content/faq/q.md", in: root, to: "../../static/q.md")
            let (sources, diagnostics) = SourceLoader.load(root: root)
            #expect(diagnostics.isEmpty)
            let file = try #require(sources.content.first { $0.path == "content/faq/q.md" })
            #expect(file.text == "---\nquestion: Shared?\n---\n")
        }
    }

    @Test("a symlink elsewhere in the site (.env, .git) is refused: only input folders are published")
    func symlinkToSiteSecretIsRefused() throws {
        try withTemporaryFolder { folder in
            let root = try makeSite(in: folder)
            try write("SECRET=1", to: ".env", in: root)
            try link("static/env.txt", in: root, to: "../.env")
            let (sources, diagnostics) = SourceLoader.load(root: root)
            #expect(diagnostics.map(\.rule) == ["file.symlink-outside"])
            #expect(!sources.staticFiles.contains { $0.path == "env.txt" })
        }
    }

    @Test("links inside the site are still inside when the root is reached through a symlink")
    func rootThroughASymlink() throws {
        try withTemporaryFolder { folder in
            let root = try makeSite(in: folder)
            try write(Self.page, to: "templates/p.md", in: root)
            try link("content/p.md", in: root, to: "../templates/p.md")
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("alias").path,
                                                       withDestinationPath: root.path)
            let (sources, diagnostics) = SourceLoader.load(root: folder.appendingPathComponent("alias"))
            #expect(diagnostics.isEmpty)
            #expect(sources.content.contains { $0.path == "content/p.md" })
        }
    }

    @Test("broken links and links to folders are reported and skipped")
    func brokenAndFolderLinks() throws {
        try withTemporaryFolder { folder in
            let root = try makeSite(in: folder)
            try link("content/gone.md", in: root, to: "nowhere.md")
            try link("content/more", in: root, to: "teams")
            let (sources, diagnostics) = SourceLoader.load(root: root)
            #expect(report(diagnostics) == [
                "content/gone.md: error: broken symbolic link [file.symlink-broken]",
                "content/more: warning: symbolic link to a folder; not followed [file.symlink-folder]",
            ])
            #expect(sources.content.count == 4)
        }
    }

    @Test("a content file that cannot be decoded is reported and left out")
    func undecodableFile() throws {
        try withTemporaryFolder { folder in
            let root = try makeSite(in: folder)
            try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x00]).write(to: root.appendingPathComponent("content/roles/c.md"))
            let (sources, diagnostics) = SourceLoader.load(root: root)
            #expect(report(diagnostics) == [
                "content/roles/c.md:2:1: error: this looks like a binary file (it contains a NUL byte); expected UTF-8 text [file.binary]",
            ])
            #expect(!sources.content.contains { $0.path == "content/roles/c.md" })
        }
    }

    @Test("an empty folder is missing site.yml and content/; templates/ and static/ are optional (the built-in theme)")
    func missingInputs() throws {
        try withTemporaryFolder { folder in
            let (sources, diagnostics) = SourceLoader.load(root: folder)
            #expect(sources.config == nil)
            #expect(sources.content.isEmpty && sources.templates.isEmpty && sources.staticFiles.isEmpty)
            #expect(diagnostics.map(\.rule) == ["site.missing-config", "site.missing-content"])
            #expect(diagnostics.map(\.location?.file) == ["site.yml", "content"])
            #expect(diagnostics.allSatisfy { $0.severity == .error })
        }
    }

    @Test("a file where the templates folder should be is an error, not a silent fallback to the built-in theme")
    func templatesIsAFile() throws {
        try withTemporaryFolder { folder in
            let root = try makeSite(in: folder)
            try FileManager.default.removeItem(at: root.appendingPathComponent("templates"))
            try write("oops", to: "templates", in: root)
            let (_, diagnostics) = SourceLoader.load(root: root)
            #expect(report(diagnostics) == [
                "templates: error: templates is a file; expected a folder of Mustache templates that replace the built-in theme's (or nothing, to use the built-in theme as is) [site.not-a-folder]",
            ])
        }
    }
}

@Suite("Which files in content/ are content")
struct ContentFileTests {
    @Test("Markdown in any case of .md or .markdown is read; litter is ignored; anything else is a warning at the file")
    func contentFilesLitterAndTheRest() throws {
        try withTemporaryFolder { folder in
            let root = folder.appendingPathComponent("site")
            let page = "---\ntitle: T\n---\n"
            for path in ["content/roles/a.md", "content/roles/b.MD", "content/roles/c.markdown", "content/roles/d.Markdown",
                         "content/roles/a.md~", "content/roles/.a.md.swp", "content/roles/.a.md.swo", "content/roles/#a.md#",
                         "content/roles/.#a.md", "content/.DS_Store", "content/Thumbs.db", "content/roles/x.swp",
                         "content/roles/x.txt", "content/roles/photo.png", "content/NOTES", "content/roles/a.md.bak",
                         "static/style.css", "static/style.css~", "static/.style.css.swp", "static/Thumbs.db", "static/#x#",
                         "site.yml", "templates/page.mustache"] {
                try write(page, to: path, in: root)
            }
            let (sources, diagnostics) = SourceLoader.load(root: root)
            #expect(sources.content.map(\.path) == ["content/roles/a.md", "content/roles/b.MD", "content/roles/c.markdown", "content/roles/d.Markdown"])
            #expect(sources.staticFiles.map(\.path) == ["style.css"])
            let advice = "so this file is not published; rename it to"
            #expect(report(diagnostics) == [
                "content/NOTES: warning: not content: only .md and .markdown files in content/ are read, \(advice) NOTES.md if it is a page or posting, or move it to static/ to publish it as it is [content.not-markdown]",
                "content/roles/a.md.bak: warning: not content: only .md and .markdown files in content/ are read, \(advice) a.md if it is a page or posting, or move it to static/ to publish it as it is [content.not-markdown]",
                "content/roles/photo.png: warning: not content: only .md and .markdown files in content/ are read, \(advice) photo.md if it is a page or posting, or move it to static/ to publish it as it is [content.not-markdown]",
                "content/roles/x.txt: warning: not content: only .md and .markdown files in content/ are read, \(advice) x.md if it is a page or posting, or move it to static/ to publish it as it is [content.not-markdown]",
            ])
        }
    }

    @Test("a file's id strips whichever Markdown extension it has", arguments: [
        ("content/roles/Data-Engineer.MD", "data-engineer"), ("content/ladders/backend.markdown", "backend"),
        ("content/faq/pay.Markdown", "pay"), ("content/faq/v1.2.md", "v1.2"), ("content/roles/notes.md.txt", "notes.md.txt"),
    ])
    func idStripsTheExtension(path: String, id: String) {
        #expect(URLName.id(ofFile: path) == id)
    }

    @Test("litter is recognised by name alone")
    func litterNames() {
        #expect(["x~", "x.md~", ".x.md.swp", "x.swo", "#x.md#", ".#x.md", ".DS_Store", "Thumbs.db", ".git", "4913"].allSatisfy(SiteLayout.isLitter))
        #expect(!["x.md", "#", "#x.md", "notes.txt", "swp", "Thumbs.db.md"].contains(where: SiteLayout.isLitter))
    }
}
