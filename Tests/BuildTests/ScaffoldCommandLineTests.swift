import Foundation
import JobsiteCLI
import TestSupport
import Testing

/// `jobsite --version`, `theme`, `init` and `new`, run as a user would run them.
@Suite struct ScaffoldCommandLineTests {
    typealias CLI = CommandLineTests

    @Test func versionIsPrinted() throws {
        let run = try CLI.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == jobsiteVersion + "\n")
        #expect(jobsiteVersion.split(separator: ".").compactMap { Int($0) }.count == 3, "major.minor.patch, as release tags expect")
    }

    @Test func themeEjectWritesTheTemplatesAndRefusesTheSecondTime() throws {
        let folder = try TemporaryFolder()
        try folder.write("site.yml", FixtureSite.defaultConfig)
        let first = try CLI.run(["theme", "eject", "--source", folder.url.path, "role", "--static"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("wrote templates/role.mustache\nwrote static/favicon.svg\nwrote static/style.css\n"))
        let second = try CLI.run(["theme", "eject", "--source", folder.url.path, "role"])
        #expect(second.status == 1)
        #expect(second.stderr.hasPrefix("templates/role.mustache: error: this file exists; it was not overwritten"))
        let list = try CLI.run(["theme", "list", "--source", folder.url.path])
        #expect(list.stdout.contains("\nrole  (replaced by templates/role.mustache)\n"))
    }

    @Test func initNewAndBuildFromAnEmptyFolder() throws {
        let folder = try TemporaryFolder()
        let site = folder.url.appendingPathComponent("careers")
        let initialized = try CLI.run(["init", site.path])
        #expect(initialized.status == 0, "\(initialized.stderr)")
        #expect(initialized.stdout.hasPrefix("wrote content/about.md\n"))
        #expect(initialized.stderr.isEmpty)
        let role = try CLI.run(["new", "role", "--source", site.path, "Ingénieur logiciel", "--ladder", "engineering", "--level", "E2"])
        #expect(role.status == 0, "\(role.stderr)")
        #expect(role.stdout.hasPrefix("wrote content/roles/ingenieur-logiciel.md\n"))
        let again = try CLI.run(["new", "role", "--source", site.path, "Ingénieur logiciel"])
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("content/roles/ingenieur-logiciel.md: error: this file exists"))
        let built = try CLI.run(["build", "--drafts", "--source", site.path])
        #expect(built.status == 0)
        #expect(built.stderr.isEmpty, "no warnings: \(built.stderr)")
        #expect(built.stdout.hasPrefix("built 16 pages, wrote 8 feeds and indexes and copied 2 static files"))
        let refused = try CLI.run(["init", site.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[init.not-empty]"))
    }

    @Test func newOutsideASiteSaysWhatToDo() throws {
        let folder = try TemporaryFolder()
        let run = try CLI.run(["new", "faq", "--source", folder.url.path, "Why?"])
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("or start a site with `jobsite init` [site.missing-config]\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }
}
