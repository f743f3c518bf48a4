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

/// Folders a stopped build left beside the output are removed by the next build, unless a
/// running build holds them; the user's files a stopped build had moved into one go back.
@Suite("Leftovers of stopped builds")
struct LeftoversTests {
    let plan = OutputPlan(files: [file("index.html", "<h1>new</h1>")])
    let newSite = [".jobsite": OutputPath.markerContents, "index.html": "<h1>new</h1>"]

    /// A folder as a build stopped while filling it leaves it: the marker and some pages.
    func makeStaging(_ name: String, in root: URL) throws -> URL {
        let folder = root.appendingPathComponent(name)
        try write(".jobsite", OutputPath.markerContents, in: folder)
        try write("roles/half/index.html", "half written", in: folder)
        return folder
    }

    @Test(arguments: [true, false])
    func theNextWriteRemovesLeftoversNoBuildHolds(atomicExchange: Bool) throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            _ = try makeStaging("public.jobsite-staging-Ab12Cd", in: root)
            _ = try makeStaging("public.jobsite-previous-Xy34Zw", in: root)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("public.jobsite-staging-empty1"),
                                                    withIntermediateDirectories: false)
            var writer = OutputWriter(destination: destination)
            writer.usesAtomicExchange = atomicExchange

            #expect(writer.write(plan).isEmpty)
            #expect(leftovers(beside: destination).isEmpty)
            #expect(textFiles(destination) == newSite)
        }
    }

    @Test func aFolderWhoseLockIsHeldIsLeftAlone() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            let held = try makeStaging("public.jobsite-staging-Held01", in: root)
            let before = snapshot(held)
            // Another open file description holds the lock, as a running build does.
            let other = try #require(try FileSystem.OpenFolder.openIfPresent(held.path))
            #expect(other.lock(wait: false) == .locked)

            #expect(OutputWriter(destination: destination).write(plan).isEmpty)
            #expect(snapshot(held) == before)
            #expect(leftovers(beside: destination) == ["public.jobsite-staging-Held01"])

            other.close()  // the build is gone
            #expect(OutputWriter(destination: destination).write(plan).isEmpty)
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    /// Stopped between moving `.git` into the staging folder and the swap: the next build puts it back.
    @Test(arguments: GitForm.allCases)
    func gitLeftInAStagingFolderGoesBack(form: GitForm) throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            let staging = try makeStaging("public.jobsite-staging-Git001", in: root)
            try form.make(in: staging)
            try write("CNAME", "jobs.example.com\n", in: staging)
            let git = snapshot(staging).filter { $0.key.hasPrefix(".git") }, gitInode = inode(staging.appendingPathComponent(".git"))

            #expect(OutputWriter(destination: destination).write(plan).isEmpty)

            #expect(snapshot(destination).filter { $0.key.hasPrefix(".git") } == git)
            #expect(inode(destination.appendingPathComponent(".git")) == gitInode)
            #expect(textFiles(destination)["CNAME"] == "jobs.example.com\n")
            #expect(textFiles(destination)["index.html"] == "<h1>new</h1>")
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    /// Stopped between the two renames of the fallback swap: no output folder, the new one with
    /// `.git` in the staging folder, the old one in the previous folder.
    @Test func gitGoesBackEvenWhenTheOutputFolderIsGone() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            let staging = try makeStaging("public.jobsite-staging-Gone01", in: root)
            try GitForm.cloneFolder.make(in: staging)
            _ = try makeStaging("public.jobsite-previous-Gone02", in: root)
            let git = snapshot(staging).filter { $0.key.hasPrefix(".git") }

            #expect(OutputWriter(destination: destination).write(plan).isEmpty)
            #expect(snapshot(destination).filter { $0.key.hasPrefix(".git") } == git)
            #expect(textFiles(destination).filter { !$0.key.hasPrefix(".git") } == newSite)
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test func aSecondGitIsNeverDeleted() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            try GitForm.worktreeFile.make(in: destination)
            let staging = try makeStaging("public.jobsite-staging-TwoGit", in: root)
            try GitForm.cloneFolder.make(in: staging)
            let before = snapshot(staging)

            let diagnostics = OutputWriter(destination: destination).write(plan)

            #expect(diagnostics.map(\.description) == [
                "warning: kept \(staging.path), left beside the output folder by a build that was stopped: "
                    + "it holds a .git, and \(destination.path)/ has one too; look inside and delete it by hand [output.leftover]",
            ])
            #expect(snapshot(staging) == before)
            #expect(textFiles(destination)[".git"] == "gitdir: /elsewhere/.git/worktrees/public\n")
        }
    }

    @Test func aLeftoverWithFilesJobsiteDidNotWriteIsKept() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            let folder = root.appendingPathComponent("public.jobsite-previous-mine")
            try write("thesis.tex", "years of work", in: folder)

            let diagnostics = OutputWriter(destination: destination).write(plan)

            #expect(rules(diagnostics) == ["output.leftover"])
            #expect(diagnostics.first?.message.contains("it holds files jobsite did not write (no .jobsite marker)") == true)
            #expect(textFiles(folder) == ["thesis.tex": "years of work"])
        }
    }

    @Test func aReplacedCNAMEInALeftoverIsNotPutBack() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            try write("CNAME", "current.example.com\n", in: destination)
            let staging = try makeStaging("public.jobsite-staging-Cname1", in: root)
            try write("CNAME", "replaced.example.com\n", in: staging)

            #expect(OutputWriter(destination: destination).write(plan).isEmpty)
            #expect(textFiles(destination)["CNAME"] == "current.example.com\n")
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test func onlyThisOutputsLeftoversAreTouched() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            let other = try makeStaging("docs.jobsite-staging-Other1", in: root)
            try write("public.jobsite-staging-file", "a file, not a folder", in: root)
            try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("public.jobsite-staging-link"), withDestinationURL: other)

            #expect(OutputWriter(destination: destination).write(plan).isEmpty)
            #expect(textFiles(other)["roles/half/index.html"] == "half written")
            #expect(leftovers(beside: destination) == ["docs.jobsite-staging-Other1", "public.jobsite-staging-file", "public.jobsite-staging-link"])
        }
    }

    @Test func aStopAskedForBeforeWritingWritesNothing() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            try GitForm.worktreeFile.make(in: destination)
            let before = snapshot(destination)
            var writer = OutputWriter(destination: destination)
            writer.interruption = Interruption()
            var stoppedAtOnce = false
            writer.interruption.request(exitStatus: 130) { stoppedAtOnce = true }  // nothing to tidy: at once

            #expect(stoppedAtOnce)
            #expect(writer.write(plan).map(\.description) == [
                "error: the build was stopped before the site was written; \(destination.path)/ was left as it was [output.interrupted]",
            ])
            #expect(snapshot(destination) == before)
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test func aStopWhileAStagingFolderExistsWaitsForTheWriterAndASecondOneDoesNot() {
        let interruption = Interruption()
        #expect(interruption.beginStaging())
        var stops = 0
        interruption.request(exitStatus: 143) { stops += 1 }
        #expect(stops == 0 && interruption.isRequested && interruption.requestedExitStatus == 143)
        interruption.request(exitStatus: 130) { stops += 1 }  // a second Ctrl-C stops at once
        #expect(stops == 1 && interruption.requestedExitStatus == 143)
        #expect(!interruption.beginStaging())
        interruption.endStaging()
    }
}
