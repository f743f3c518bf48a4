import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Output

/// `output.previous-kept`: the folder a build replaced is deleted last, unless it changed during
/// the build (a `.git` appeared in it, or its marker went): then it stays, with a warning that
/// says where, and the new output is in place either way.
@Suite("output: the replaced folder is kept when it changed during the build")
struct PreviousKeptTests {
    func target(in root: URL) -> OutputWriter.Target {
        OutputWriter.Target(parent: root.path, name: "public", state: .previousOutput, shown: "public/")
    }

    @Test func aReplacedFolderThatGainedAGitFolderIsKeptWithAWarning() throws {
        try withTemporaryFolder { root in
            let previous = root.appendingPathComponent("public.jobsite-previous-Ab12Cd")
            try FileManager.default.createDirectory(at: previous.appendingPathComponent(".git"), withIntermediateDirectories: true)
            try Data(OutputPath.markerContents.utf8).write(to: previous.appendingPathComponent(OutputPath.marker))
            let folder = try #require(try FileSystem.OpenFolder.openIfPresent(previous.path))
            defer { folder.close() }
            let found = OutputWriter.remove(folder, replacedBy: target(in: root))
            #expect(found.map(\.rule) == ["output.previous-kept"])
            #expect(found.first?.severity == .warning)
            #expect(found.first?.message.contains("it holds a .git, or lost its \(OutputPath.marker) marker") == true)
            #expect(FileManager.default.fileExists(atPath: previous.appendingPathComponent(".git").path))
        }
    }

    @Test func anUnchangedReplacedFolderIsDeletedWithoutAWord() throws {
        try withTemporaryFolder { root in
            let previous = root.appendingPathComponent("public.jobsite-previous-Ef34Gh")
            try FileManager.default.createDirectory(at: previous.appendingPathComponent("roles"), withIntermediateDirectories: true)
            try Data(OutputPath.markerContents.utf8).write(to: previous.appendingPathComponent(OutputPath.marker))
            let folder = try #require(try FileSystem.OpenFolder.openIfPresent(previous.path))
            defer { folder.close() }
            #expect(OutputWriter.remove(folder, replacedBy: target(in: root)) == [])
            #expect(!FileManager.default.fileExists(atPath: previous.path))
        }
    }
}
