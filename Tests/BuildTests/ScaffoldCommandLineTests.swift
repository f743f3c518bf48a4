import Foundation
import TestSupport
import Testing

/// `jobsite --version`, `theme`, `init` and `new`, run as a user would run them.
@Suite struct ScaffoldCommandLineTests {
    typealias CLI = CommandLineTests

    @Test func versionIsPrinted() throws {
        let run = try CLI.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "0.3.0\n")
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
}
