import Diagnostics
import Foundation
import TestSupport
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@testable import Output

/// `.git` as a worktree has it (a file) or as a clone has it (a folder with files).
enum GitForm: String, CaseIterable, Sendable {
    case worktreeFile, cloneFolder

    func make(in folder: URL) throws {
        switch self {
        case .worktreeFile:
            try write(".git", "gitdir: /elsewhere/.git/worktrees/public\n", in: folder)
        case .cloneFolder:
            try write(".git/HEAD", "ref: refs/heads/gh-pages\n", in: folder)
            try write(".git/objects/ab/cdef", "\u{0}\u{1}binary", in: folder)
        }
    }
}

/// The output folder's own files (`.git`, `CNAME`, `.nojekyll`) survive a rebuild unchanged.
@Suite("The user's files in the output folder")
struct UserFilesTests {
    let newSite = OutputPlan(files: [file("index.html", "<h1>new</h1>"), file("roles/new/index.html", "new role")])

    /// Everything under `.git` in a snapshot of `folder`.
    func git(_ folder: URL) -> [String: Node] {
        snapshot(folder).filter { $0.key == ".git" || $0.key.hasPrefix(".git/") }
    }

    @Test(arguments: GitForm.allCases, [true, false])
    func aRebuildKeepsGitByteForByteAndRemovesStalePages(form: GitForm, atomicExchange: Bool) throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            try form.make(in: destination)
            let gitBefore = git(destination), inodeBefore = inode(destination.appendingPathComponent(".git"))
            var writer = OutputWriter(destination: destination)
            writer.usesAtomicExchange = atomicExchange

            for round in 1...3 {
                #expect(writer.write(newSite).isEmpty, "round \(round)")
                #expect(git(destination) == gitBefore)
                #expect(inode(destination.appendingPathComponent(".git")) == inodeBefore)  // moved, not copied
            }
            // The stale pages of the earlier output are gone; only the new site and .git are there.
            #expect(Set(snapshot(destination).keys.filter { !$0.hasPrefix(".git") })
                == ["", ".jobsite", "index.html", "roles", "roles/new", "roles/new/index.html"])
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test(arguments: GitForm.allCases)
    func aFailedWriteLeavesGitAndEverythingElseAsItWas(form: GitForm) throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            try form.make(in: destination)
            let before = snapshot(destination), inodeBefore = inode(destination.appendingPathComponent(".git"))

            let diagnostics = OutputWriter(destination: destination).write(OutputPlan(
                files: [file("index.html", "new")],
                copies: [StaticCopy(source: root.appendingPathComponent("missing.css"), path: "zz.css")]))

            #expect(rules(diagnostics) == ["output.io"])
            #expect(snapshot(destination) == before)
            #expect(inode(destination.appendingPathComponent(".git")) == inodeBefore)
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test(arguments: [true, false])
    func whenTheSwapFailsTheUserFilesGoBack(atomicExchange: Bool) throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            try GitForm.cloneFolder.make(in: destination)
            try write("CNAME", "jobs.example.com\n", in: destination)
            let before = snapshot(destination)
            // A staging folder whose path no longer names it: the swap fails after the user's files moved in.
            let stagingPath = root.appendingPathComponent("staging").path
            #expect(mkdir(stagingPath, 0o755) == 0)
            var staging = try #require(try FileSystem.OpenFolder.openIfPresent(stagingPath))
            defer { staging.close() }
            staging.path = root.appendingPathComponent("gone").path
            let target = OutputWriter.Target(parent: root.path, name: "public", state: .previousOutput, shown: "public/")

            #expect(throws: SystemError.self) {
                _ = try OutputWriter.swap(staging, into: target, siteProvided: [], allowExchange: atomicExchange)
            }
            #expect(snapshot(destination) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: stagingPath).isEmpty)
        }
    }

    @Test func cnameAndNojekyllAreKeptWhenTheSiteHasNone() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            try write("CNAME", "jobs.example.com\n", in: destination)
            try write(".nojekyll", "", in: destination)
            #expect(OutputWriter(destination: destination).write(newSite).isEmpty)
            #expect(textFiles(destination) == [
                ".jobsite": OutputPath.markerContents, "CNAME": "jobs.example.com\n", ".nojekyll": "",
                "index.html": "<h1>new</h1>", "roles/new/index.html": "new role",
            ])
        }
    }

    @Test func aSiteFileAtAUserNameWinsAndIsNotKeptOnceTheSiteDropsIt() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            try write("CNAME", "old.example.com\n", in: destination)
            try write(".nojekyll", "", in: destination)
            try write("static/CNAME", "jobs.example.com\n", in: root)
            let withCNAME = OutputPlan(files: newSite.files,
                                       copies: [StaticCopy(source: root.appendingPathComponent("static/CNAME"), path: "CNAME")])

            #expect(OutputWriter(destination: destination).write(withCNAME).isEmpty)
            let marker = OutputPath.markerContents + "Written from the site, not kept from before: CNAME\n"
            #expect(textFiles(destination) == [
                ".jobsite": marker, "CNAME": "jobs.example.com\n", ".nojekyll": "",
                "index.html": "<h1>new</h1>", "roles/new/index.html": "new role",
            ])

            // The site no longer has a CNAME: the one the last build wrote is a stale file, not the user's.
            #expect(OutputWriter(destination: destination).write(newSite).isEmpty)
            #expect(textFiles(destination) == [
                ".jobsite": OutputPath.markerContents, ".nojekyll": "",
                "index.html": "<h1>new</h1>", "roles/new/index.html": "new role",
            ])
        }
    }

    @Test("a folder holding only the user's files is an output folder without the marker", arguments: [
        [".git"], [".git", "CNAME"], ["CNAME", ".nojekyll"], [".git", "CNAME", ".nojekyll"],
    ])
    func acceptsAFolderWithOnlyUserFiles(names: [String]) throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            for name in names { try write(name, "\(name) of the user\n", in: destination) }
            #expect(OutputWriter(destination: destination).write(newSite).isEmpty)
            var expected = ["index.html": "<h1>new</h1>", "roles/new/index.html": "new role", ".jobsite": OutputPath.markerContents]
            for name in names { expected[name] = "\(name) of the user\n" }
            #expect(textFiles(destination) == expected)
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test func aFreshWorktreeWhoseSiteProvidesCNAMEGetsTheSitesCNAME() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try GitForm.worktreeFile.make(in: destination)
            try write("CNAME", "old.example.com\n", in: destination)
            let plan = OutputPlan(files: [file("index.html", "hi"), file("CNAME", "jobs.example.com\n")])
            #expect(OutputWriter(destination: destination).write(plan).isEmpty)
            #expect(textFiles(destination)["CNAME"] == "jobs.example.com\n")
            #expect(textFiles(destination)[".git"] == "gitdir: /elsewhere/.git/worktrees/public\n")
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test func aFolderWithAnythingElseBesideGitIsStillRefused() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try GitForm.worktreeFile.make(in: destination)
            try write("README.md", "the deploy branch's readme", in: destination)
            let before = snapshot(destination)

            let diagnostics = OutputWriter(destination: destination).write(newSite)

            #expect(diagnostics.map(\.description) == [
                "error: refusing to replace \(destination.path)/: it was not written by jobsite (no .jobsite marker) and holds "
                    + "README.md; move those away (only .git, CNAME and .nojekyll may stay) or choose another --output [output.not-jobsite]",
            ])
            #expect(snapshot(destination) == before)
        }
    }

    @Test func aLongListOfForeignFilesIsShortened() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            for name in ["a.html", "b.html", "c.html", "d.html"] { try write(name, "x", in: destination) }
            let message = try #require(OutputWriter(destination: destination).write(newSite).first?.message)
            #expect(message.contains("and holds a.html, b.html and 2 more; move those away"))
        }
    }
}
