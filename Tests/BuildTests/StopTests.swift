import Build
import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `jobsite build` stopped by a signal while it writes: no staging folder is left, the output
/// folder (with the user's `.git`) is as it was, and a running build's folder is never touched.
@Suite("Stopping a build")
struct StopTests {
    /// A site whose writing takes a while: the default theme, one page and 1,000 static files (writing them takes hundreds of milliseconds, polling for the staging folder one).
    static func largeSite(in folder: URL) throws -> URL {
        let site = folder.appendingPathComponent("site")
        let manager = FileManager.default
        for name in ["site.yml", "templates", "static"] {
            try manager.createDirectory(at: site, withIntermediateDirectories: true)
            try manager.copyItem(at: repositoryRoot.appendingPathComponent(name), to: site.appendingPathComponent(name))
        }
        try write("content/about.md", "---\ntitle: About\n---\nHello.\n", in: site)
        let text = Data(String(repeating: "static file\n", count: 200).utf8)
        for index in 0..<1_000 {
            let file = site.appendingPathComponent("static/files/\(index % 50)/\(index).txt")
            if index < 50 { try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true) }
            try text.write(to: file)
        }
        // An output folder from an earlier build, with the deploy branch checked out in it.
        let output = site.appendingPathComponent("public")
        try write(".jobsite", "Written by jobsite build.\n", in: output)
        try write("index.html", "<h1>the published site</h1>", in: output)
        try write(".git", "gitdir: /elsewhere/.git/worktrees/public\n", in: output)
        try write("CNAME", "jobs.example.com\n", in: output)
        return site
    }

    static func write(_ path: String, _ text: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    struct Started {
        var process: Process
        var stderr: Pipe
        var staging: URL
    }

    /// Starts `jobsite build` in `site` and returns once it is writing: its staging folder holds
    /// the marker, which is written first, after the folder was locked.
    static func startWriting(_ site: URL) throws -> Started {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.executable.path))
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = ["build", "--source", site.path]
        process.standardOutput = FileHandle.nullDevice
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        let output = site.appendingPathComponent("public")
        func writing() -> String? {
            leftovers(beside: output).first { name in
                FileManager.default.fileExists(atPath: site.appendingPathComponent(name + "/.jobsite").path)
            }
        }
        while process.isRunning && writing() == nil { usleep(1_000) }
        let name = try #require(writing(), "the build ended before it was seen writing")
        return Started(process: process, stderr: stderr, staging: site.appendingPathComponent(name))
    }

    @Test("Ctrl-C and SIGTERM remove the staging folder and leave the output as it was",
          arguments: [(SIGINT, 130), (SIGTERM, 143)] as [(Int32, Int32)])
    func aSignalWhileWritingLeavesNoTrace(signal: Int32, status: Int32) throws {
        let folder = try TemporaryFolder()
        let site = try Self.largeSite(in: folder.url)
        let output = site.appendingPathComponent("public")
        let before = snapshot(output), gitInode = inode(output.appendingPathComponent(".git"))

        let build = try Self.startWriting(site)
        kill(build.process.processIdentifier, signal)
        let stderr = String(decoding: build.stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        build.process.waitUntilExit()

        #expect(build.process.terminationReason == .exit)
        #expect(build.process.terminationStatus == status)
        #expect(stderr == "error: the build was stopped before the site was written; \(output.path)/ was left as it was "
            + "[output.interrupted]\nbuild stopped; nothing was written\n")
        #expect(leftovers(beside: output).isEmpty)
        #expect(snapshot(output) == before)
        #expect(inode(output.appendingPathComponent(".git")) == gitInode)
    }

    @Test func anotherBuildLeavesARunningBuildsStagingFolderAlone() throws {
        let folder = try TemporaryFolder()
        let site = try Self.largeSite(in: folder.url)
        let output = site.appendingPathComponent("public")
        let gitInode = inode(output.appendingPathComponent(".git"))

        let first = try Self.startWriting(site)
        // Frozen mid-write, its lock held; the snapshot waits until every thread has stopped.
        defer { kill(first.process.processIdentifier, SIGKILL) }
        try #require(stopAndWait(first.process.processIdentifier), "the first build did not stop")
        let written = snapshot(first.staging)
        #expect(!written.isEmpty)

        // A second build into the same output folder meanwhile: it must not take the first
        // build's staging folder for a leftover.
        let report = build(fixturesFolder.appendingPathComponent("basic"), output: output)
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(snapshot(first.staging) == written)
        #expect(leftovers(beside: output) == [first.staging.lastPathComponent])

        kill(first.process.processIdentifier, SIGCONT)
        first.process.waitUntilExit()
        #expect(first.process.terminationStatus == 0)
        #expect(leftovers(beside: output).isEmpty)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("files/49/999.txt").path))
        #expect(inode(output.appendingPathComponent(".git")) == gitInode)
    }

    @Test func aKilledBuildsLeftoversAreRemovedByTheNextBuild() throws {
        let folder = try TemporaryFolder()
        let site = try Self.largeSite(in: folder.url)
        let output = site.appendingPathComponent("public")
        let started = try Self.startWriting(site)
        kill(started.process.processIdentifier, SIGKILL)  // no chance to tidy up
        started.process.waitUntilExit()
        #expect(leftovers(beside: output) == [started.staging.lastPathComponent])

        #expect(build(site).succeeded)
        #expect(leftovers(beside: output).isEmpty)
        #expect(try String(contentsOf: output.appendingPathComponent(".git"), encoding: .utf8) == "gitdir: /elsewhere/.git/worktrees/public\n")
    }
}
