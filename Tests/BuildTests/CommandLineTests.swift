import Foundation
import TestSupport
import Testing

/// The `jobsite` executable, run as a user would run it.
@Suite struct CommandLineTests {
    /// `swift test` builds the executable next to the test bundle.
    static let executable: URL = {
        let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).deletingLastPathComponent()
        return folder.appendingPathComponent("jobsite")
    }()

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Run {
        try #require(FileManager.default.isExecutableFile(atPath: executable.path), "no jobsite executable at \(executable.path)")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func aBuildOnATerminalShowsItsStageAndErasesTheLine() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        let command = "JOBSITE_PROGRESS_DELAY=0 TERM=xterm '\(Self.executable.path)' build --source '\(fixturesFolder.path)/basic' --output '\(output.path)'"
        // script(1) runs the command on a pseudo-terminal, as a user's shell would.
        let run = try Self.runProgram("/usr/bin/script", ["-qec", command, "/dev/null"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("\r\u{1B}[2Kbuilding: rendering pages… "))
        #expect(run.stdout.contains("\r\u{1B}[2Kbuilt 12 pages"), "the line is erased before the summary")
    }

    @Test func aBuildWhoseOutputIsNotATerminalPrintsNoControlCharacters() throws {
        let folder = try TemporaryFolder()
        let run = try Self.run(["build", "--source", fixturesFolder.appendingPathComponent("basic").path,
                                "--output", folder.url.appendingPathComponent("out").path])
        #expect(run.status == 0)
        #expect(!run.stderr.contains("\u{1B}") && !run.stdout.contains("\u{1B}") && !run.stderr.contains("building:"))
    }

    static func runProgram(_ path: String, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: "")
    }

    @Test func buildWritesTheSiteAndSaysSo() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        let run = try Self.run(["build", "--source", fixturesFolder.appendingPathComponent("basic").path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("built 12 pages, wrote 5 feeds and indexes and copied 3 static files into "))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("roles/intern/index.html").path))
    }

    @Test func aBrokenSiteExitsNonZeroWithFileLineColumn() throws {
        let (folder, site) = try copyOfFixture("basic")
        try Data("---\ntitle: Intern\nremote: sometimes\n---\n".utf8).write(to: site.appendingPathComponent("content/roles/intern.md"))
        let output = folder.url.appendingPathComponent("out")
        let run = try Self.run(["build", "--source", site.path, "--output", output.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/roles/intern.md:3:9: error: 'remote' must be one of onsite, hybrid, remote, found 'sometimes' [front-matter.value]\n"))
        #expect(run.stderr.hasSuffix("nothing was written\n"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func renderPrintsTheBodyWithHeadingIDs() throws {
        let run = try Self.run(["render", "-"], stdin: "---\ntitle: x\n---\n## Hello *world*\n\n<b>raw</b> \"quoted\"\n")
        #expect(run.status == 0)
        #expect(run.stdout == "<h2 id=\"hello-world\">Hello <em>world</em></h2>\n<p><!-- raw HTML omitted -->raw<!-- raw HTML omitted --> “quoted”</p>\n")
    }

    @Test func renderUnsafePassesRawHTML() throws {
        let folder = try TemporaryFolder()
        try folder.write("doc.md", "<div>ok</div>\n\n| a |\n|---|\n| ~~b~~ |\n")
        let run = try Self.run(["render", "--unsafe", folder.url.appendingPathComponent("doc.md").path])
        #expect(run.stdout == "<div>ok</div>\n<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td><del>b</del></td>\n</tr>\n</tbody>\n</table>\n")
    }

    @Test("case render-crlf-bom: render reads Windows line endings and a byte order mark as the build does",
          arguments: ["crlf.md", "bom.md"])
    func renderReadsFrontMatterLikeTheBuild(file: String) throws {
        let path = sharedFolder.appendingPathComponent("cases/2026-11-30/render-crlf-bom/\(file)").path
        let run = try Self.run(["render", path])
        #expect(run.status == 0)
        #expect(run.stdout == "<h2 id=\"hello\">Hello</h2>\n<p>Body.</p>\n")
    }

    @Test func renderOfAMissingFileSaysItDoesNotExist() throws {
        let run = try Self.run(["render", "/nonexistent/file.md"])
        #expect(run.status == 1)
        #expect(run.stderr == "/nonexistent/file.md: error: cannot read this file: there is no such file [file.unreadable]\n")
    }

    @Test func renderOfAFolderSaysItIsAFolder() throws {
        let folder = try TemporaryFolder()
        let run = try Self.run(["render", folder.url.path])
        #expect(run.status == 1)
        #expect(run.stderr == "\(folder.url.path): error: cannot read this file: it is a folder; pass a file [file.unreadable]\n")
    }

    /// root reads any file, so this runs as another user only.
    @Test(.enabled(if: getuid() != 0)) func renderOfAFileWithoutReadPermissionSaysSo() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("secret.md")
        try Data("# Hi\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o200], ofItemAtPath: file.path)
        let run = try Self.run(["render", file.path])
        #expect(run.status == 1)
        #expect(run.stderr == "\(file.path): error: cannot read this file: permission denied; make it readable (chmod u+r) [file.unreadable]\n")
    }

    @Test(arguments: ["check", "build"])
    func aSourceFolderThatDoesNotExistIsOneError(command: String) throws {
        let run = try Self.run([command, "--source", "/nonexistent/careers", "--now", "2026-11-23"])
        #expect(run.status == 1)
        let error = "error: the folder /nonexistent/careers does not exist; pass --source the site's folder (the one with site.yml "
            + "and content/), or start a site with `jobsite init` [site.missing-folder]\n"
        #expect((command == "check" ? run.stdout : run.stderr).hasPrefix(error), "\(run.stdout)\(run.stderr)")
        #expect(!(run.stdout + run.stderr).contains("[site.missing-config]"))
    }

    @Test func aSourceThatIsAFileIsOneError() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("site.yml")
        try Data("title: x\n".utf8).write(to: file)
        let run = try Self.run(["check", "--source", file.path])
        #expect(run.status == 1)
        #expect(run.stdout == "error: \(file.path) is a file, not a folder; pass --source the site's folder (the one with site.yml "
            + "and content/), or start a site with `jobsite init` [site.missing-folder]\n1 error, 0 warnings, 0 notes\n")
    }
}
