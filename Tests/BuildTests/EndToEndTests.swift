import Build
import Content
import Diagnostics
import Foundation
import TestSupport
import Testing

@Suite("Whole sites, built end to end")
struct EndToEndTests {
    /// The basic fixture's output is pinned in Fixtures/basic.expected. To review a change, run
    /// `JOBSITE_UPDATE_GOLDEN=1 swift test --filter EndToEndTests` and read `git diff`.
    @Test func basicSiteMatchesItsGoldenOutput() throws {
        let output = try TemporaryFolder()
        let report = build(fixturesFolder.appendingPathComponent("basic"), output: output.url.appendingPathComponent("public"))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let actual = snapshot(output.url.appendingPathComponent("public"))
        let goldenFolder = fixturesFolder.appendingPathComponent("basic.expected")
        if ProcessInfo.processInfo.environment["JOBSITE_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: goldenFolder)
            for (path, data) in actual {
                let file = goldenFolder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file)
            }
        }
        let diff = differences(expected: snapshot(goldenFolder), actual: actual)
        #expect(diff.isEmpty, "output differs from Fixtures/basic.expected:\n\(diff.joined(separator: "\n"))")
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let first = try TemporaryFolder(), second = try TemporaryFolder()
        let site = fixturesFolder.appendingPathComponent("basic")
        _ = build(site, output: first.url.appendingPathComponent("out"))
        _ = build(site, output: second.url.appendingPathComponent("out"))
        let a = snapshot(first.url.appendingPathComponent("out")), b = snapshot(second.url.appendingPathComponent("out"))
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    /// `public/` is committed so the sample site can be served as is; it must be the build of
    /// the committed content and templates.
    @Test func committedPublicFolderIsTheBuildOfTheSampleSite() throws {
        let output = try TemporaryFolder()
        let report = build(repositoryRoot, output: output.url.appendingPathComponent("public"))
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.description).joined(separator: "\n"))")
        let diff = differences(expected: snapshot(repositoryRoot.appendingPathComponent("public")),
                               actual: snapshot(output.url.appendingPathComponent("public")))
        #expect(diff.isEmpty, "public/ is stale; run `make site` and commit it:\n\(diff.joined(separator: "\n"))")
    }

    @Test func theSampleSiteBuildsWithoutWarnings() {
        let (sources, loadDiagnostics) = SourceLoader.load(root: repositoryRoot)
        let (plan, diagnostics) = SiteBuilder.generate(sources, options: BuildOptions(source: repositoryRoot, today: fixedToday))
        #expect((loadDiagnostics + diagnostics).isEmpty, "\((loadDiagnostics + diagnostics).map(\.description))")
        let pages = Set(plan?.files.map(\.path) ?? [])
        for page in ["index.html", "roles/index.html", "ladders/index.html", "ladders/backend/index.html",
                     "faq/index.html", "about/index.html", "404.html"] {
            #expect(pages.contains(page), "missing \(page)")
        }
        #expect(pages.filter { $0.hasPrefix("roles/") }.count >= 4, "junior, middle and senior postings and the list")
    }

    @Test func draftsArePublishedOnlyWhenAskedFor() throws {
        let output = try TemporaryFolder()
        let site = fixturesFolder.appendingPathComponent("basic")
        _ = build(site, output: output.url.appendingPathComponent("a"))
        _ = build(site, output: output.url.appendingPathComponent("b"), drafts: true)
        #expect(snapshot(output.url.appendingPathComponent("a"))["roles/secret/index.html"] == nil)
        #expect(snapshot(output.url.appendingPathComponent("b"))["roles/secret/index.html"] != nil)
    }

    @Test func baseURLOptionChangesCanonicalURLsOnly() throws {
        let output = try TemporaryFolder()
        let report = build(fixturesFolder.appendingPathComponent("basic"), output: output.url.appendingPathComponent("out"),
                           baseURL: "https://preview.example.test/x")
        #expect(report.succeeded)
        let page = String(decoding: snapshot(output.url.appendingPathComponent("out"))["roles/intern/index.html"] ?? Data(), as: UTF8.self)
        #expect(page.contains(#"href="https://preview.example.test/x/roles/intern/""#))
        #expect(page.contains(#"href="../../roles/""#))
    }

    @Test(arguments: ["javascript:alert(1)", "https:///path", "https://host name/"])
    func badBaseURLOptionIsAnError(_ url: String) {
        let report = build(fixturesFolder.appendingPathComponent("basic"), output: URL(fileURLWithPath: "/nonexistent/out"),
                           baseURL: url)
        #expect(report.diagnostics.map(\.rule) == ["options.base-url"])
    }
}
