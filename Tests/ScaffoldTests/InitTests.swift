import Build
import BuiltIn
import Content
import Diagnostics
import Foundation
import Scaffold
import TestSupport
import Testing

/// Builds the site at `root` with `fixedToday`; the output goes to `<root>/public`.
/// Builds with `fixedToday`, checking every page's structured data (see `checkingStructuredData`).
func buildSite(_ root: URL, drafts: Bool = false) -> BuildReport {
    let options = BuildOptions(source: root, includeDrafts: drafts, today: fixedToday)
    return SiteBuilder.build(options).checkingStructuredData(in: options.outputURL)
}

/// A new site made by `jobsite init` with `fixedToday`, in a folder that removes itself.
func initializedSite() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let (_, _, diagnostics) = Starter.initialize(folder.url, force: false, today: fixedToday)
    try #require(diagnostics.isEmpty)
    return folder
}

@Suite struct InitTests {
    @Test func theStarterSiteBuildsCleanWithTheBuiltInTheme() throws {
        let folder = try TemporaryFolder()
        let site = folder.url.appendingPathComponent("new/careers")
        let (written, kept, diagnostics) = Starter.initialize(site, force: false, today: fixedToday)
        #expect(diagnostics.isEmpty && kept.isEmpty)
        #expect(written == StarterSite.files.map(\.path))
        #expect(written.filter { $0.hasPrefix("content/roles/") }.count == 2)
        #expect(written.filter { $0.hasPrefix("content/faq/") }.count == 3)
        #expect(written.filter { $0.hasPrefix("content/ladders/") }.count == 1)
        #expect(written.contains("content/about.md"))
        #expect(!written.contains { $0.hasPrefix("templates/") || $0.hasPrefix("static/") }, "no copy of the theme")

        let report = buildSite(site)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description))")
        #expect((report.pageCount, report.staticFileCount) == (15, 2), "with a page per level of the ladder (3) and per pair of levels (3)")
        let posting = try String(contentsOf: site.appendingPathComponent("content/roles/software-engineer.md"), encoding: .utf8)
        #expect(posting.contains("date_posted: 2026-11-23\nvalid_through: 2027-01-22\n"))
        #expect(!posting.contains("{{"))
        let page = try String(contentsOf: site.appendingPathComponent("public/roles/software-engineer/index.html"), encoding: .utf8)
        #expect(page.contains("Software Engineer"))
        // The starter's site.yml explains itself.
        let config = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(config.split(separator: "\n").filter { $0.hasPrefix("#") }.count >= 8)
    }

    @Test func aFolderWithFilesIsRefusedAndKeptAsItWas() throws {
        let folder = try TemporaryFolder()
        try folder.write("notes.txt", "mine")
        let (written, _, diagnostics) = Starter.initialize(folder.url, force: false, today: fixedToday)
        #expect(written.isEmpty)
        #expect(report(diagnostics) == [
            "error: \(folder.url.path) is not empty (it holds notes.txt); `jobsite init` starts a site in an empty or new folder. To add the starter files anyway, keeping every file that is there, run it again with --force [init.not-empty]",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["notes.txt"])
    }

    @Test func hiddenEntriesSuchAsGitDoNotCount() throws {
        let folder = try TemporaryFolder()
        try folder.write(".git/HEAD", "ref: refs/heads/main\n")
        let (written, _, diagnostics) = Starter.initialize(folder.url, force: false, today: fixedToday)
        #expect(diagnostics.isEmpty)
        #expect(written.count == StarterSite.files.count)
        #expect(folder.read(".git/HEAD") == "ref: refs/heads/main\n")
    }

    @Test func forceAddsOnlyMissingFilesAndKeepsEveryExistingOne() throws {
        let folder = try TemporaryFolder()
        let mine = "title: Mine\nbase_url: https://mine.example/\n"
        try folder.write("site.yml", mine)
        try folder.write("content/about.md", "---\ntitle: Mine\n---\n")
        try folder.write("README.md", "mine")
        let (written, kept, diagnostics) = Starter.initialize(folder.url, force: true, today: fixedToday)
        #expect(diagnostics.isEmpty)
        #expect(kept == ["content/about.md", "site.yml"])
        #expect(written.count == StarterSite.files.count - 2)
        #expect(folder.read("site.yml") == mine)
        #expect(folder.read("content/about.md") == "---\ntitle: Mine\n---\n")
        #expect(folder.read("README.md") == "mine")
    }

    @Test func aFileInPlaceOfTheFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        try folder.write("site", "x")
        let (written, _, diagnostics) = Starter.initialize(folder.url.appendingPathComponent("site"), force: true, today: fixedToday)
        #expect(written.isEmpty)
        #expect(diagnostics.map(\.rule) == ["init.not-a-folder"])
    }
}
