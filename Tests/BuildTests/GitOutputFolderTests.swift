import Build
import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The GitHub Pages deploy set-up, with real `git`: the deploy branch checked out in `public/`
/// (a worktree, where `.git` is a file, or a clone, where it is a folder) survives rebuilds.
@Suite("A git checkout in the output folder")
struct GitOutputFolderTests {
    /// Runs `git` in `folder`, without the machine's or the user's git configuration; returns its
    /// standard output without the final newline.
    @discardableResult
    static func git(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.email=a@example.com", "-c", "user.name=t", "-c", "init.defaultBranch=main"] + arguments
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")): \(String(decoding: stderr, as: UTF8.self))")
        var text = String(decoding: stdout, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// The case `output-folder-git-deleted` as a site under git: the default theme, the case's
    /// content, `public/` ignored.
    static func caseSite(in folder: URL) throws -> URL {
        let site = folder.appendingPathComponent("site")
        let manager = FileManager.default
        try manager.createDirectory(at: site, withIntermediateDirectories: true)
        for name in ["site.yml", "templates", "static"] {
            try manager.copyItem(at: repositoryRoot.appendingPathComponent(name), to: site.appendingPathComponent(name))
        }
        let content = sharedFolder.appendingPathComponent("cases/2026-11-30/output-folder-git-deleted/content")
        try manager.copyItem(at: content, to: site.appendingPathComponent("content"))
        try Data("public/\n".utf8).write(to: site.appendingPathComponent(".gitignore"))
        try git(["init", "-q", "."], in: site)
        try git(["add", "-A"], in: site)
        try git(["commit", "-qm", "source"], in: site)
        return site
    }

    struct FileIdentity: Equatable {
        var inode: UInt64
        var files: [String: Data]
    }

    /// `.git` in `output`: its inode and the bytes of every file in it.
    static func identity(ofGitIn output: URL) throws -> FileIdentity {
        let dotGit = output.appendingPathComponent(".git")
        var info = stat()
        try #require(lstat(dotGit.path, &info) == 0, "no .git in \(output.path)")
        let isFolder = info.st_mode & S_IFMT == S_IFDIR
        let files = isFolder ? snapshot(dotGit) : [".git": try Data(contentsOf: dotGit)]
        return FileIdentity(inode: UInt64(info.st_ino), files: files)
    }

    static func edit(_ path: String, in site: URL, _ change: (String) -> String) throws {
        let url = site.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    /// The case itself: the first build deployed from a worktree of gh-pages, then rebuilds.
    @Test func aWorktreeOfTheDeployBranchSurvivesRebuilds() throws {
        let folder = try TemporaryFolder()
        let site = try Self.caseSite(in: folder.url)
        let output = site.appendingPathComponent("public"), first = folder.url.appendingPathComponent("first")
        #expect(build(site).succeeded)
        try FileManager.default.moveItem(at: output, to: first)
        try Self.git(["worktree", "add", "-q", "-b", "gh-pages", "public"], in: site)
        try Self.git(["rm", "-rq", "."], in: output)  // the branch started from main: it holds the site only
        for name in try FileManager.default.contentsOfDirectory(atPath: first.path) {
            try FileManager.default.moveItem(at: first.appendingPathComponent(name), to: output.appendingPathComponent(name))
        }
        try Self.git(["add", "-A"], in: output)
        try Self.git(["commit", "-qm", "deploy 1"], in: output)
        let before = try Self.identity(ofGitIn: output)
        #expect(String(decoding: before.files[".git"] ?? Data(), as: UTF8.self).hasPrefix("gitdir: "))

        try Self.edit("content/about.md", in: site) { $0.replacingOccurrences(of: "First version", with: "Second version") }
        #expect(build(site).succeeded)
        #expect(try Self.identity(ofGitIn: output) == before)
        #expect(try Self.git(["rev-parse", "--abbrev-ref", "HEAD"], in: output) == "gh-pages")
        #expect(try Self.git(["status", "--porcelain"], in: output) == " M about/index.html")

        // A failed build changes nothing; the next good one still finds the checkout.
        let unchanged = try Self.identity(ofGitIn: output), pages = snapshot(output)
        try Data("---\ntitle: [broken\n---\n".utf8).write(to: site.appendingPathComponent("content/about.md"))
        #expect(!build(site).succeeded)
        #expect(try Self.identity(ofGitIn: output) == unchanged)
        #expect(snapshot(output) == pages)

        // A page that is gone from the site is gone from the output, and git sees it deleted.
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/about.md"))
        #expect(build(site).succeeded)
        #expect(try Self.git(["status", "--porcelain"], in: output) == " D about/index.html\n M sitemap.xml")
        try Self.git(["commit", "-qam", "deploy 2"], in: output)
        #expect(try Self.git(["log", "--format=%s"], in: output) == "deploy 2\ndeploy 1\nsource")
        #expect(try Self.git(["rev-parse", "--abbrev-ref", "HEAD"], in: site) == "main")  // the source repo is untouched
    }

    /// The usual first build: a fresh worktree of an empty deploy branch holds nothing but `.git`.
    @Test func theFirstBuildGoesIntoAFreshWorktreeOfAnEmptyBranch() throws {
        let folder = try TemporaryFolder()
        let site = try Self.caseSite(in: folder.url)
        let output = site.appendingPathComponent("public")
        try Self.git(["worktree", "add", "-q", "--detach", "public"], in: site)
        try Self.git(["checkout", "-q", "--orphan", "gh-pages"], in: output)
        try Self.git(["rm", "-rfq", "."], in: output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == [".git"])
        let before = try Self.identity(ofGitIn: output)

        for round in 1...2 {
            #expect(build(site).succeeded, "build \(round)")
            #expect(try Self.identity(ofGitIn: output) == before)
        }
        try Self.git(["add", "-A"], in: output)
        try Self.git(["commit", "-qm", "deploy 1"], in: output)
        #expect(try Self.git(["log", "--format=%s %D"], in: output) == "deploy 1 HEAD -> gh-pages")
        #expect(try Self.git(["ls-files"], in: output).split(separator: "\n").contains("about/index.html"))
    }

    /// A clone of the deploy repository in `public/`: `.git` is a folder, kept byte for byte.
    @Test func aCloneOfTheDeployRepositorySurvivesRebuilds() throws {
        let folder = try TemporaryFolder()
        let site = try Self.caseSite(in: folder.url)
        let output = site.appendingPathComponent("public")
        try Self.git(["init", "-q", "--bare", "-b", "gh-pages", "pages.git"], in: folder.url)
        try Self.git(["clone", "-q", folder.url.appendingPathComponent("pages.git").path, output.path], in: folder.url)
        try Data("www.example.com\n".utf8).write(to: output.appendingPathComponent("CNAME"))

        // Only .git and CNAME in it, and no marker: accepted as the output folder.
        #expect(build(site).succeeded)
        try Self.git(["add", "-A"], in: output)
        try Self.git(["commit", "-qm", "deploy 1"], in: output)
        try Self.git(["push", "-q", "origin", "gh-pages"], in: output)
        let before = try Self.identity(ofGitIn: output)

        try Self.edit("content/about.md", in: site) { $0.replacingOccurrences(of: "First version", with: "Second version") }
        #expect(build(site).succeeded)
        #expect(try Self.identity(ofGitIn: output) == before)
        #expect(try String(contentsOf: output.appendingPathComponent("CNAME"), encoding: .utf8) == "www.example.com\n")
        #expect(try Self.git(["status", "--porcelain"], in: output) == " M about/index.html")
        try Self.git(["commit", "-qam", "deploy 2"], in: output)
        try Self.git(["push", "-q", "origin", "gh-pages"], in: output)
        #expect(try Self.git(["log", "--format=%s", "origin/gh-pages"], in: output) == "deploy 2\ndeploy 1")
    }
}
