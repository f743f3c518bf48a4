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

@Suite("Writing the output folder")
struct OutputWriterTests {
    @Test func writesTheTreeAndTheMarker() throws {
        try withTemporaryFolder { root in
            let logo: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0x0A, 0x0D]
            let logoURL = root.appendingPathComponent("logo.png")
            try Data(logo).write(to: logoURL)
            let destination = root.appendingPathComponent("public")

            let plan = OutputPlan(
                files: [
                    file("roles/x/index.html", "<h1>X</h1>"),
                    file("index.html", "<h1>Jobs</h1>"),
                    file("faq/index.html", ""),
                ],
                copies: [StaticCopy(source: logoURL, path: "assets/logo.png")]
            )
            let diagnostics = OutputWriter(destination: destination).write(plan)

            #expect(diagnostics.isEmpty)
            #expect(snapshot(destination) == [
                "": .folder(mode: 0o755),
                ".jobsite": .file(Array(OutputPath.markerContents.utf8), mode: 0o644),
                "index.html": .file(Array("<h1>Jobs</h1>".utf8), mode: 0o644),
                "faq": .folder(mode: 0o755),
                "faq/index.html": .file([], mode: 0o644),
                "roles": .folder(mode: 0o755),
                "roles/x": .folder(mode: 0o755),
                "roles/x/index.html": .file(Array("<h1>X</h1>".utf8), mode: 0o644),
                "assets": .folder(mode: 0o755),
                "assets/logo.png": .file(logo, mode: 0o644),
            ])
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test func theMarkerIsOneFixedLine() {
        #expect(OutputPath.markerContents.hasPrefix("Written by jobsite build; replaced on every build."))
        #expect(OutputPath.markerContents.filter { $0 == "\n" }.count == 1)
        #expect(OutputPath.markerContents.hasSuffix("\n"))
    }

    @Test func samePlanGivesIdenticalFolders() throws {
        try withTemporaryFolder { root in
            let plan = OutputPlan(files: (0..<50).map { file("p\($0 % 7)/\($0).html", "page \($0)") })
            let first = root.appendingPathComponent("a"), second = root.appendingPathComponent("b")
            let oldMask = umask(0o077)  // a strict umask must not change the modes
            defer { umask(oldMask) }
            #expect(OutputWriter(destination: first).write(plan).isEmpty)
            #expect(OutputWriter(destination: second).write(plan).isEmpty)
            #expect(snapshot(first) == snapshot(second))
            #expect(snapshot(first)[""] == .folder(mode: 0o755))
            #expect(snapshot(first)["p0/0.html"] == .file(Array("page 0".utf8), mode: 0o644))
        }
    }

    @Test(arguments: [true, false])
    func secondWriteReplacesTheFolder(atomicExchange: Bool) throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            var writer = OutputWriter(destination: destination)
            writer.usesAtomicExchange = atomicExchange

            let diagnostics = writer.write(OutputPlan(files: [
                file("index.html", "<h1>new</h1>"),
                file("roles/new/index.html", "new role"),
            ]))

            #expect(diagnostics.isEmpty)
            #expect(textFiles(destination) == [
                ".jobsite": OutputPath.markerContents,
                "index.html": "<h1>new</h1>",
                "roles/new/index.html": "new role",
            ])
            #expect(snapshot(destination)["assets"] == nil)  // folders no longer needed are gone too
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test(arguments: [true, false])
    func writesIntoAMissingFolderAndItsParents(atomicExchange: Bool) throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("build/site/public")
            var writer = OutputWriter(destination: destination)
            writer.usesAtomicExchange = atomicExchange
            #expect(writer.write(OutputPlan(files: [file("index.html", "hi")])).isEmpty)
            #expect(textFiles(destination)["index.html"] == "hi")
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test func unsafePathsAreRejectedAndNothingIsWritten() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            let before = snapshot(destination)

            let diagnostics = OutputWriter(destination: destination).write(OutputPlan(
                files: OutputPathTests.unsafe.map { file($0, "evil", origin: "content/evil.md") }
                    + [file("index.html", "fine")],
                copies: [StaticCopy(source: root.appendingPathComponent("x"), path: "../escape.txt")]
            ))

            #expect(diagnostics.count == OutputPathTests.unsafe.count + 1)
            #expect(diagnostics.allSatisfy { $0.rule == "output.unsafe-path" && $0.severity == .error })
            #expect(diagnostics.first?.location == SourceLocation(file: "content/evil.md"))
            #expect(snapshot(destination) == before)
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("escape.txt").path) == false)
            #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("x/index.html").path) == false)
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test func collisionsAreRejectedAndNothingIsWritten() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            let before = snapshot(destination)

            let diagnostics = OutputWriter(destination: destination).write(OutputPlan(
                files: [
                    file("roles/a/index.html", "one", origin: "content/roles/a.md"),
                    file("roles/a/index.html", "two", origin: "content/roles/a-2.md"),
                    file("faq", "a file", origin: "content/faq.md"),
                    file("faq/index.html", "needs faq/ as a folder", origin: "content/faq/index.md"),
                    file("index.html", "fine"),
                ],
                copies: [StaticCopy(source: root.appendingPathComponent("logo.png"), path: "index.html")]
            ))

            #expect(rules(diagnostics) == ["output.collision", "output.collision", "output.collision"])
            let messages = diagnostics.map(\.message)
            #expect(messages.contains(
                #"two outputs have the path "roles/a/index.html" (from content/roles/a.md and content/roles/a-2.md); one would overwrite the other"#))
            #expect(messages.contains(
                #"output path "faq" (from content/faq.md) is a file, but "faq/index.html" (from content/faq/index.md) needs it to be a folder"#))
            #expect(messages.contains { $0.contains(#""index.html""#) && $0.contains("logo.png") })
            #expect(diagnostics.contains { $0.location == SourceLocation(file: "content/roles/a-2.md") })
            #expect(snapshot(destination) == before)
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test func pathsThatDifferOnlyInUnicodeFormAreNotMerged() throws {
        // "é" precomposed and decomposed are equal Swift strings but two names on Linux.
        let composed = "caf\u{E9}.html", decomposed = "cafe\u{301}.html"
        #expect(composed == decomposed)
        let (layout, diagnostics) = OutputWriter.layout(of: OutputPlan(files: [
            file(composed, "1"), file(decomposed, "2"), file("x/\(composed)", "3"), file("x/\(decomposed)", "4"),
        ]))
        #expect(diagnostics.isEmpty)
        #expect(layout.entries.count == 4)
        #expect(layout.folders == ["x"])
    }

    @Test func foldersAreCreatedParentsFirst() {
        let (layout, diagnostics) = OutputWriter.layout(of: OutputPlan(files: [
            file("a/b/c/d.html", ""), file("a-b/x.html", ""), file("a/e.html", ""), file("z.html", ""),
        ]))
        #expect(diagnostics.isEmpty)
        #expect(layout.folders == ["a", "a-b", "a/b", "a/b/c"])
        #expect(layout.entries.map(\.path) == ["a-b/x.html", "a/b/c/d.html", "a/e.html", "z.html"])
    }

    @Test func aFailureWhileWritingLeavesThePreviousOutputUntouched() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            let before = snapshot(destination)
            let missing = root.appendingPathComponent("static/missing.png")

            // Many files first, so the failure comes after the staging folder has content.
            let diagnostics = OutputWriter(destination: destination).write(OutputPlan(
                files: (0..<2_000).map { file("pages/\($0 % 40)/\($0).html", "page \($0)") },
                copies: [StaticCopy(source: missing, path: "zz/missing.png")]
            ))

            #expect(rules(diagnostics) == ["output.io"])
            let message = try #require(diagnostics.first?.message)
            #expect(message.contains(missing.path) && message.contains("No such file or directory"))
            #expect(message.hasSuffix("was left as it was"))
            #expect(snapshot(destination) == before)
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test func aFailureWhileWritingAFirstOutputLeavesNothing() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            let diagnostics = OutputWriter(destination: destination).write(OutputPlan(
                files: [file("index.html", "hi")],
                copies: [StaticCopy(source: root.appendingPathComponent("nope.css"), path: "site.css")]
            ))
            #expect(rules(diagnostics) == ["output.io"])
            #expect(diagnostics.first?.message.hasSuffix("nothing was written") == true)
            #expect(snapshot(destination).isEmpty)
            #expect(leftovers(beside: destination).isEmpty)

            // Nor are the missing folders above the output folder left behind.
            let deep = root.appendingPathComponent("build/site/public")
            #expect(rules(OutputWriter(destination: deep).write(OutputPlan(
                copies: [StaticCopy(source: root.appendingPathComponent("nope.css"), path: "site.css")]))) == ["output.io"])
            #expect(snapshot(root.appendingPathComponent("build")).isEmpty)
        }
    }

    @Test func onlyRegularFilesAreCopied() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            let fifo = root.appendingPathComponent("pipe")
            #expect(mkfifo(fifo.path, 0o644) == 0)
            let folder = root.appendingPathComponent("folder")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

            // A named pipe must neither hang the build nor be copied; a folder is no file either.
            for source in [fifo, folder] {
                let diagnostics = OutputWriter(destination: destination).write(OutputPlan(
                    copies: [StaticCopy(source: source, path: "x")]))
                #expect(rules(diagnostics) == ["output.io"])
                #expect(snapshot(destination).isEmpty)
                #expect(leftovers(beside: destination).isEmpty)
            }
        }
    }

    @Test func copiesFollowALinkToAFile() throws {
        try withTemporaryFolder { root in
            try write("static/real.css", "body{}", in: root)
            let link = root.appendingPathComponent("static/link.css")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.css")
            let destination = root.appendingPathComponent("public")
            #expect(OutputWriter(destination: destination).write(OutputPlan(
                copies: [StaticCopy(source: link, path: "link.css")])).isEmpty)
            // The output holds a plain file with the bytes, not a link.
            #expect(snapshot(destination)["link.css"] == .file(Array("body{}".utf8), mode: 0o644))
        }
    }

    @Test func writesFiveThousandSmallFiles() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try makePreviousOutput(at: destination)
            let files = (0..<5_000).map { index in
                OutputFile(path: "roles/r\(index % 97)/\(index)/index.html", text: "<p>role \(index)</p>\n")
            }
            #expect(OutputWriter(destination: destination).write(OutputPlan(files: files.reversed())).isEmpty)

            var expected = [".jobsite": OutputPath.markerContents]
            for file in files { expected[file.path] = String(decoding: file.contents, as: UTF8.self) }
            #expect(textFiles(destination) == expected)
            #expect(leftovers(beside: destination).isEmpty)
        }
    }
}
