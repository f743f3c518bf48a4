import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Serve
import TestSupport
import Testing

/// `jobsite serve` run as a user runs it, stopped with Ctrl-C (SIGINT).
@Suite("serve: the command", .timeLimit(.minutes(1)))
struct ServeCommandTests {
    static let executable: URL = {
        let folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).deletingLastPathComponent()
        return folder.appendingPathComponent("jobsite")
    }()

    /// Standard output of a running process, collected as it arrives.
    final class Output: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
        func append(_ chunk: Data) { lock.withLock { data.append(chunk) } }
    }

    /// `jobsite serve` started with `arguments` (after `serve`), once it says where it serves:
    /// the process, its standard output so far and its "serving the site at" line.
    func startServe(_ arguments: [String]) async throws -> (Process, Output, line: Substring, port: Int) {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path))
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--port", "0"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        let output = Output()
        out.fileHandleForReading.readabilityHandler = { output.append($0.availableData) }
        try process.run()
        let prefix = "serving the site at http://127.0.0.1:"
        #expect(await eventually { output.text.contains(prefix) }, "\(output.text)")
        let line = try #require(output.text.split(separator: "\n").first { $0.hasPrefix(prefix) })
        return (process, output, line, try #require(Int(line.dropFirst(prefix.count).prefix { $0.isNumber })))
    }

    @Test func servesOnLoopbackAndStopsCleanlyOnCtrlC() async throws {
        let folder = try writeSite()
        let (process, output, line, port) = try await startServe(["--source", folder.url.path, "--base-url", "https://x.github.io/careers/"])
        defer { if process.isRunning { process.terminate() } }
        #expect(line.hasSuffix("/careers/ (Ctrl-C stops)"))
        #expect(try await get(port, "/careers/about/").body.contains("We hire engineers."))
        #expect(output.text.prefixMatch(of: #/\d\d:\d\d:\d\d built in \d+ ms\n/#) != nil, "\(output.text)")

        kill(process.processIdentifier, SIGINT)
        #expect(await eventually { !process.isRunning })
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(await eventually { output.text.hasSuffix("stopped\n") })
        // Nothing was written into the site.
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("public").path))
    }

    /// `jobsite serve …` that is expected to stop by itself: its status and both outputs (each
    /// a few lines, so reading one after the other cannot fill a pipe).
    static func runToExit(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, stdout, stderr)
    }

    @Test func aWrongBaseURLStopsBeforeServing() throws {
        let folder = try writeSite()
        let run = try Self.runToExit(["--source", folder.url.path, "--port", "0", "--base-url", "ftp://x/"])
        #expect(run.status == 2, "a usage error, as in build")
        #expect(run.stderr.hasPrefix("Error: --base-url "), "\(run.stderr)")
        #expect(run.stderr.contains("[options.base-url]\nUsage: jobsite serve"))
    }

    @Test func aSourceFolderThatDoesNotExistStopsBeforeServing() throws {
        let run = try Self.runToExit(["--source", "/nonexistent/careers", "--port", "0"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "error: the folder /nonexistent/careers does not exist; pass --source the site's folder (the one with "
            + "site.yml and content/), or start a site with `jobsite init` [site.missing-folder]\n")
    }

    /// Said at once, before a build, in words and with the fix; exit status 1.
    @Test func aTakenPortIsOneLineAndExits1() async throws {
        let folder = try writeSite()
        try await withLiveServer(folder) { running, _ in
            let run = try Self.runToExit(["--source", folder.url.path, "--port", "\(running.port)"])
            #expect(run.status == 1)
            #expect(run.stdout == "")
            #expect(run.stderr == "error: port \(running.port) is in use on 127.0.0.1 (another jobsite serve?); "
                + "pass --port N for another port, or --port 0 for any free one\n")
        }
    }

    /// `--now` is read as `build` reads it: postings are published, scheduled or closed as on that day.
    @Test func nowPreviewsTheSiteAsOnThatDay() async throws {
        let folder = try writeSite(FixtureSite("""
            -- content/roles/published.md --
            ---
            title: Published in 2030
            locations: [{city: Berlin, country: DE}]
            remote: hybrid
            employment_type: FULL_TIME
            date_posted: 2030-06-01
            valid_through: 2031-12-31
            ---
            Open from June 2030.
            -- content/roles/scheduled.md --
            ---
            title: Scheduled for mid-2031
            locations: [{city: Berlin, country: DE}]
            remote: hybrid
            employment_type: FULL_TIME
            date_posted: 2031-06-01
            valid_through: 2031-12-31
            ---
            Open from June 2031.
            """))
        let (process, _, _, port) = try await startServe(["--source", folder.url.path, "--now", "2031-01-01"])
        defer { if process.isRunning { process.terminate() } }
        // Today (the default) both would be scheduled; on 2031-01-01 only the second one is.
        #expect(try await get(port, "/roles/published/").body.contains("Open from June 2030."))
        #expect(try await get(port, "/roles/scheduled/").status == 404)
    }

    @Test(arguments: [("31/12/2026", "; write 2026-12-31"), ("garbage", "")])
    func aBadNowStopsBeforeServingAndSaysWhatToWrite(now: String, advice: String) throws {
        let folder = try writeSite()
        let run = try Self.runToExit(["--source", folder.url.path, "--port", "0", "--now", now])
        #expect(run.status == 2, "a usage error, as for build and check")
        #expect(run.stderr.hasPrefix("Error: --now must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '\(now)'\(advice) [options.now]\nUsage: jobsite serve"), "\(run.stderr)")
    }
}
