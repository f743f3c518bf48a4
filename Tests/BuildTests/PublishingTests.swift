import Foundation
import TestSupport
import Testing
import Yams

/// The README's one way to publish: the GitHub Pages workflow, and `make install`.
@Suite struct PublishingTests {
    static func readme() throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// Every YAML block of the README that is a GitHub Actions workflow (it has `jobs:`).
    static func workflows() throws -> [String] {
        try readme().components(separatedBy: "```yaml\n").dropFirst()
            .map { $0.components(separatedBy: "\n```")[0] }
            .filter { $0.contains("\njobs:\n") }
    }

    /// A mapping's value by key, read from the node tree: YAML 1.1 reads the key `on` as true.
    static func value(_ node: Node?, _ key: String) -> Node? {
        node?.mapping?.first { $0.key.scalar?.string == key }?.value
    }

    static func runs(_ job: Node?) -> [String] {
        value(job, "steps")?.sequence?.compactMap { value($0, "run")?.scalar?.string } ?? []
    }

    @Test func theReadmeHasOneWorkflowAndBothPlacesNameIt() throws {
        let readme = try Self.readme()
        #expect(try Self.workflows().count == 1)
        #expect(!readme.contains("publish.yml"))
        let lifecycle = try #require(readme.range(of: "### Lifecycle: postings by date"))
        #expect(readme[lifecycle.upperBound...].prefix(4000).contains("(`.github/workflows/careers.yml`)"))
    }

    @Test func theWorkflowBuildsDailyWithThePagesURLAndDeploysWithoutWaitingForTheCheck() throws {
        let workflow = try #require(try Self.workflows().first)
        let root = try #require(try Yams.compose(yaml: workflow))
        let on = Self.value(root, "on")
        #expect(Self.value(on, "push") != nil)
        let cron = Self.value(Self.value(on, "schedule")?.sequence?.first, "cron")?.scalar?.string
        #expect(cron?.hasSuffix(" * * *") == true, "daily")
        let jobs = Self.value(root, "jobs")
        #expect(jobs?.mapping?.keys.compactMap(\.scalar?.string) == ["build", "check", "deploy"])
        let build = Self.value(jobs, "build")
        #expect(Self.value(build, "steps")?.sequence?.contains { Self.value($0, "id")?.scalar?.string == "pages" } == true)
        #expect(Self.runs(build).contains { $0.hasPrefix(#"./jobsite build --base-url "${{ steps.pages.outputs.base_url }}/""#) })
        #expect(!Self.runs(build).contains { $0.contains("--strict") }, "a date-driven warning must not stop the daily build")
        #expect(Self.runs(Self.value(jobs, "check")).contains("./jobsite check --strict"))
        let pages = Self.value(Self.value(build, "permissions"), "pages")?.scalar?.string
        #expect(pages == "read", "configure-pages reads the Pages site; a job's permissions replace the workflow's")
        for job in ["build", "check"] {
            let fetch = Self.runs(Self.value(jobs, job)).first { $0.contains("JOBSITE_RELEASE_URL") }
            #expect(fetch?.contains("sha256sum -c") == true, "\(job) checks the download")
        }
        let check = Self.value(jobs, "check")
        #expect(Self.value(check, "needs") == nil, "the check runs beside the build")
        let deploy = Self.value(jobs, "deploy")
        #expect(Self.value(deploy, "needs")?.scalar?.string == "build")
        #expect(workflow.contains("must never\n    # stop the daily build from closing expired postings"))
        #expect(Self.value(deploy, "steps")?.sequence?.first.flatMap { Self.value($0, "uses")?.scalar?.string } == "actions/deploy-pages@v4")
        // Every job fetches the same binary, from the one URL the README explains.
        #expect(Self.value(Self.value(root, "env"), "JOBSITE_RELEASE_URL")?.scalar?.string.hasPrefix("https://github.com/OWNER/jobsite/releases/") == true)
    }

    /// `make install` with a fake binary (the `static` target taken as done) and a `sudo` that
    /// records being called: a writable prefix installs without it.
    func makeInstall(prefix: String, asUser user: String? = nil) throws -> (output: String, sudoCalled: Bool) {
        let folder = try TemporaryFolder()
        let fake = folder.url.path
        try FileManager.default.createDirectory(atPath: "\(fake)/release", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: "\(fake)/bin", withIntermediateDirectories: true)
        try Data("#!/bin/sh\n".utf8).write(to: URL(fileURLWithPath: "\(fake)/release/jobsite"))
        try Data("#!/bin/sh\necho sudo >\(fake)/sudo-called\n".utf8).write(to: URL(fileURLWithPath: "\(fake)/bin/sudo"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: "\(fake)/bin/sudo")
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: fake)
        let make = "PATH=\(fake)/bin:$PATH make -C '\(repositoryRoot.path)' --no-print-directory -o static install "
            + "STATIC_DIR='\(fake)' PREFIX='\(prefix)'"
        let run = if let user {
            try CommandLineTests.runProgram("/usr/bin/env", ["su", user, "-s", "/bin/sh", "-c", make])
        } else {
            try CommandLineTests.runProgram("/bin/sh", ["-c", make])
        }
        return (run.stdout, FileManager.default.fileExists(atPath: "\(fake)/sudo-called"))
    }

    @Test func makeInstallIntoAWritablePrefixNeedsNoSudo() throws {
        let folder = try TemporaryFolder()
        let prefix = folder.url.appendingPathComponent("not/yet/there").path
        let install = try makeInstall(prefix: prefix)
        #expect(install.output == "installed \(prefix)/bin/jobsite\n")
        #expect(!install.sudoCalled)
        #expect(FileManager.default.isExecutableFile(atPath: "\(prefix)/bin/jobsite"))
    }

    /// As a user who cannot write /usr/local/bin (root runs this as nobody, with a fake sudo).
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/su")))
    func makeInstallIntoAProtectedPrefixAsksSudo() throws {
        let install = try makeInstall(prefix: "/usr/local", asUser: "nobody")
        #expect(install.sudoCalled, "\(install.output)")
        #expect(install.output.hasPrefix("/usr/local/bin is not writable: installing with sudo (or: make install PREFIX=$HOME/.local)\n"))
    }
}
