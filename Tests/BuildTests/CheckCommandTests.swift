import Diagnostics
import Foundation
import JobsiteCLI
import TestSupport
import Testing

/// Issue 17, part 2: `jobsite check` runs every stage, writes nothing, and reports as text, JSON
/// or SARIF; exit 0 without errors, 1 with errors, 2 for a usage error; `--strict` on check and build.
@Suite("jobsite check")
struct CheckCommandTests {
    /// A warning (a '#' that cuts the title) and an error (a broken link), in one file.
    static let site = FixtureSite("""
        -- content/about.md --
        ---
        title: About ⟨hash⟩#1
        ---
        ⟨link⟩[x](/nowhere/)
        -- content/team.md --
        ---
        title: Team
        ---
        Hi
        """)
    static let warningText = "'title' is published as 'About': YAML reads '#1' after a space as a comment and drops it; to keep it, put the whole value in quotes: title: \\\"About #1\\\""

    func written(_ site: FixtureSite) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try site.write(to: folder.url)
        return folder
    }

    @Test func textListsEachFindingSortedThenACountAndWritesNothing() throws {
        let folder = try written(Self.site)
        let run = try CommandLineTests.run(["check", "--source", folder.url.path])
        #expect(run.status == 1)
        #expect(run.stdout == """
            \(Self.site.location("hash")): warning: 'title' is published as 'About': YAML reads '#1' after a space as a comment and drops it; to keep it, put the whole value in quotes: title: "About #1" [yaml.comment-in-value]
            \(Self.site.location("link")): error: broken link '/nowhere/': no page or static file at /nowhere/ [link.broken]
            1 error, 1 warning, 0 notes

            """)
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("public").path))
    }

    @Test func warningsPassUnlessStrictOnCheckAndBuild() throws {
        let folder = try written(FixtureSite("""
            -- content/about.md --
            ---
            title: About ⟨hash⟩#1
            ---
            """))
        let check = try CommandLineTests.run(["check", "--source", folder.url.path])
        #expect(check.status == 0)
        #expect(check.stdout.hasSuffix("[yaml.comment-in-value]\n0 errors, 1 warning, 0 notes\n"))
        let strict = try CommandLineTests.run(["check", "--strict", "--source", folder.url.path])
        #expect(strict.status == 1)
        #expect(strict.stdout.hasPrefix("content/about.md:2:14: error: 'title' is published as 'About'"))
        #expect(strict.stdout.hasSuffix("[yaml.comment-in-value]\n1 error, 0 warnings, 0 notes\n"))

        let strictBuild = try CommandLineTests.run(["build", "--strict", "--source", folder.url.path])
        #expect(strictBuild.status == 1)
        #expect(strictBuild.stderr.hasSuffix("build failed: 1 error; nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("public").path))
        let build = try CommandLineTests.run(["build", "--source", folder.url.path])
        #expect(build.status == 0)
    }

    @Test func jsonHasEveryKeyOnEveryFinding() throws {
        let folder = try written(Self.site)
        let run = try CommandLineTests.run(["check", "--format", "json", "--source", folder.url.path])
        #expect(run.status == 1)
        #expect(run.stdout == """
            [
              {
                "column" : 14,
                "file" : "content/about.md",
                "line" : 2,
                "message" : "\(Self.warningText)",
                "rule" : "yaml.comment-in-value",
                "severity" : "warning",
                "suggestion" : null
              },
              {
                "column" : 1,
                "file" : "content/about.md",
                "line" : 4,
                "message" : "broken link '/nowhere/': no page or static file at /nowhere/",
                "rule" : "link.broken",
                "severity" : "error",
                "suggestion" : null
              }
            ]

            """)
    }

    @Test func jsonSaysNullForWhatIsNotKnown() {
        let diagnostics: [Diagnostic] = [
            Diagnostic(.note, "n", at: SourceLocation(file: "content/a.md", line: 3), rule: "role.closed", suggestion: "2026-12-31"),
            .error("e", at: nil, rule: "options.base-url"),
        ]
        #expect(CheckReport.json(diagnostics) == """
            [
              {
                "column" : null,
                "file" : null,
                "line" : null,
                "message" : "e",
                "rule" : "options.base-url",
                "severity" : "error",
                "suggestion" : null
              },
              {
                "column" : null,
                "file" : "content/a.md",
                "line" : 3,
                "message" : "n",
                "rule" : "role.closed",
                "severity" : "note",
                "suggestion" : "2026-12-31"
              }
            ]

            """)
        #expect(CheckReport.json([]) == "[]\n")
        #expect(CheckReport.text(diagnostics) == """
            error: e [options.base-url]
            content/a.md:3: note: n [role.closed]
            1 error, 0 warnings, 1 note

            """)
    }

    @Test func sarifIsValidAgainstTheSchemaAndCarriesRulesAndLocations() throws {
        let folder = try written(Self.site)
        let run = try CommandLineTests.run(["check", "--format", "sarif", "--source", folder.url.path])
        #expect(run.status == 1)
        let log = folder.url.appendingPathComponent("check.sarif")
        try Data(run.stdout.utf8).write(to: log)
        #expect(try validateSARIF(log) == "valid\n")

        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        let sarifRun = try #require((json["runs"] as? [[String: Any]])?.first)
        let driver = try #require((sarifRun["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "jobsite" && driver["version"] as? String == jobsiteVersion)
        #expect((driver["rules"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == Rules.all.map(\.id))
        let results = try #require(sarifRun["results"] as? [[String: Any]])
        #expect(results.map { "\($0["ruleId"]!) \($0["level"]!)" } == ["yaml.comment-in-value warning", "link.broken error"])
        let location = try #require((results[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "content/about.md")
        // Relative to the site root, which the run names: a viewer finds the file even when the
        // site is not the repository's root.
        #expect((location["artifactLocation"] as? [String: Any])?["uriBaseId"] as? String == "SRCROOT")
        let bases = try #require(sarifRun["originalUriBaseIds"] as? [String: [String: Any]])
        #expect(bases["SRCROOT"]?["uri"] as? String == "file://\(folder.url.standardizedFileURL.path)/")
        #expect((location["region"] as? [String: Any])?["startLine"] as? Int == 4)
        #expect((location["region"] as? [String: Any])?["startColumn"] as? Int == 1)
    }

    @Test func sarifWithASuggestionAndNoLocationIsValidToo() throws {
        let folder = try TemporaryFolder()
        let sarif = CheckReport.sarif([
            Diagnostic(.note, "n", at: SourceLocation(file: "content/a b#.md", line: 3), rule: "role.closed", suggestion: "2026-12-31"),
            .error("e", at: nil, rule: "a-rule.from-another-branch"),
        ], version: jobsiteVersion)
        #expect(sarif.contains(#""text" : "n (suggestion: 2026-12-31)""#))
        #expect(sarif.contains(#""uri" : "content/a%20b%23.md""#))
        try Data(sarif.utf8).write(to: folder.url.appendingPathComponent("x.sarif"))
        #expect(try validateSARIF(folder.url.appendingPathComponent("x.sarif")) == "valid\n")
        // The validator does reject what the schema forbids.
        try Data(sarif.replacingOccurrences(of: #""level" : "note""#, with: #""level" : "fatal""#).utf8)
            .write(to: folder.url.appendingPathComponent("bad.sarif"))
        let rejection = try validateSARIF(folder.url.appendingPathComponent("bad.sarif"))
        #expect(rejection.hasSuffix("level: 'fatal' is not one of ['none', 'note', 'warning', 'error']\n"), "\(rejection)")
    }

    /// Every command, not only the linting ones: one exit status for "you typed it wrong".
    @Test(arguments: [["check", "--format", "xml"], ["check", "--now", "2026-02-30"], ["check", "--nope"], ["explain", "a", "b"],
                      ["explain", "--bogus"], ["build", "--bogus"], ["serve", "--bogus"], ["serve", "--port", "70000"],
                      ["render", "--bogus", "x.md"], ["render"], ["init", "--bogus"], ["new", "role", "--bogus", "T"],
                      ["new", "--bogus"], ["theme", "eject", "--bogus"], ["theme", "list", "--bogus"]])
    func aUsageErrorExitsWith2(arguments: [String]) throws {
        let run = try CommandLineTests.run(arguments)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout == "" && run.stderr.contains("Usage: jobsite \(arguments[0])"), "\(run.stderr)")
    }

    @Test(arguments: [["--bogus"], ["bogus"]])
    func aUsageErrorOfTheRootCommandExitsWith2Too(arguments: [String]) throws {
        let run = try CommandLineTests.run(arguments)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stdout == "" && run.stderr.contains("Usage: jobsite <subcommand>"), "\(run.stderr)")
    }

    @Test(arguments: [["--help"], ["build", "--help"], ["serve", "--help"], ["--version"]])
    func helpAndVersionStillExit0(arguments: [String]) throws {
        let run = try CommandLineTests.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.isEmpty)
    }

    @Test func theSampleSiteChecksCleanUnderStrict() throws {
        let run = try CommandLineTests.run(["check", "--strict", "--now", "2026-11-23", "--source", repositoryRoot.path])
        #expect(run.status == 0)
        #expect(run.stdout == "0 errors, 0 warnings, 0 notes\n")
    }

    @Test func whatInitAndNewWriteChecksCleanUnderStrict() throws {
        let folder = try TemporaryFolder()
        let site = folder.url.appendingPathComponent("site").path
        #expect(try CommandLineTests.run(["init", site]).status == 0)
        #expect(try CommandLineTests.run(["new", "role", "--source", site, "Data Engineer"]).status == 0)
        let run = try CommandLineTests.run(["check", "--strict", "--drafts", "--source", site])
        #expect(run.status == 0)
        #expect(run.stdout == "0 errors, 0 warnings, 0 notes\n")
    }

    /// tools/validate_sarif.py's verdict on a file: "valid\n" or one line per schema error.
    func validateSARIF(_ file: URL) throws -> String {
        let script = repositoryRoot.appendingPathComponent("tools/validate_sarif.py").path
        return try CommandLineTests.runProgram("/usr/bin/env", ["python3", script, file.path]).stdout
    }
}
