import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import Output

@Suite("Choosing the output folder")
struct DestinationTests {
    let plan = OutputPlan(files: [file("index.html", "new")])

    @Test func refusesAFolderJobsiteDidNotWrite() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try write("thesis.tex", "years of work", in: destination)
            try write("notes/todo.txt", "call mum", in: destination)
            let before = snapshot(destination)

            let diagnostics = OutputWriter(destination: destination).write(plan)

            #expect(rules(diagnostics) == ["output.not-jobsite"])
            #expect(diagnostics.first?.message == "refusing to replace \(destination.path)/: it was not written by jobsite "
                + "(no .jobsite marker) and holds notes/ and thesis.tex; move those away (only .git, CNAME and .nojekyll may stay) "
                + "or choose another --output")
            #expect(snapshot(destination) == before)
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test func namesTheFolderRelativeToTheCurrentFolder() {
        let current = FileManager.default.currentDirectoryPath
        #expect(displayPath(current + "/public") == "public")
        #expect(displayPath(current) == ".")
        #expect(displayPath("/elsewhere/public") == "/elsewhere/public")
    }

    @Test func aMarkerThatIsNotAFileDoesNotCount() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try FileManager.default.createDirectory(
                at: destination.appendingPathComponent(".jobsite"), withIntermediateDirectories: true)
            #expect(rules(OutputWriter(destination: destination).write(plan)) == ["output.not-jobsite"])
        }
    }

    @Test func acceptsAnEmptyFolder() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
            #expect(OutputWriter(destination: destination).write(plan).isEmpty)
            #expect(textFiles(destination) == [".jobsite": OutputPath.markerContents, "index.html": "new"])
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    /// The usual layout: the site at `root/site`, its sources protected.
    static func site(in root: URL) throws -> (site: URL, protected: [URL]) {
        let site = root.appendingPathComponent("site")
        try write("content/roles/x.md", "# X", in: site)
        try write("templates/page.mustache", "{{body}}", in: site)
        try write("static/logo.svg", "<svg/>", in: site)
        try write("site.yml", "title: Jobs", in: site)
        let protected = ["content", "templates", "static", "site.yml"].map { site.appendingPathComponent($0) }
        return (site, protected)
    }

    @Test("refuses an output folder that is, holds or lies in the sources", arguments: [
        "site",  // the site root: holds content/ and the rest
        ".",  // an ancestor of the site
        "site/content",  // a source folder itself
        "site/site.yml",  // a source file
        "site/content/public",  // inside the sources
        "site/static/out/public",  // deeper inside, not existing yet
        "site/public/../content",  // `..` that lands in the sources
        "link-to-content/public",  // a link that leads into the sources
    ])
    func refusesSources(output: String) throws {
        try withTemporaryFolder { root in
            let (site, protected) = try Self.site(in: root)
            try FileManager.default.createSymbolicLink(
                at: root.appendingPathComponent("link-to-content"), withDestinationURL: site.appendingPathComponent("content"))
            let before = snapshot(root)

            let destination = output == "." ? root : URL(fileURLWithPath: root.path + "/" + output)
            let diagnostics = OutputWriter(destination: destination, protectedSources: protected).write(plan)

            #expect(rules(diagnostics) == ["output.contains-sources"])
            #expect(diagnostics.first?.message.hasPrefix("refusing to write the site to") == true)
            #expect(snapshot(root) == before)
        }
    }

    @Test func aSourceFolderThatIsALinkStillCounts() throws {
        try withTemporaryFolder { root in
            // content/ is a link to a folder outside the site: the site root still holds it.
            let site = root.appendingPathComponent("site"), elsewhere = root.appendingPathComponent("elsewhere")
            try write("roles/x.md", "# X", in: elsewhere)
            try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("content"), withDestinationURL: elsewhere)
            let protected = [site.appendingPathComponent("content")]
            for output in [site, elsewhere, elsewhere.appendingPathComponent("public")] {
                #expect(rules(OutputWriter(destination: output, protectedSources: protected).write(plan)) == ["output.contains-sources"])
            }
            #expect(textFiles(elsewhere) == ["roles/x.md": "# X"])
        }
    }

    @Test func aRelativeFileURLIsTakenFromTheCurrentFolder() {
        let current = FileManager.default.currentDirectoryPath
        #expect(FileSystem.absolutePath(of: URL(string: "file:public")!) == current + "/public")
        #expect(FileSystem.absolutePath(of: URL(fileURLWithPath: "public")) == current + "/public")
        #expect(FileSystem.lexicalComponents(of: "/a/./b/../c/") == ["a", "c"])
    }

    @Test func aSiblingWithALongerNameIsNotInside() throws {
        try withTemporaryFolder { root in
            // `/a/public2` is not inside `/a/public`, nor `/a/content-out` inside `/a/content`.
            let protected = [root.appendingPathComponent("public"), root.appendingPathComponent("content")]
            for name in ["public2", "content-out"] {
                let destination = root.appendingPathComponent(name)
                #expect(OutputWriter(destination: destination, protectedSources: protected).write(plan).isEmpty)
            }
        }
    }

    @Test func theUsualLayoutIsAccepted() throws {
        try withTemporaryFolder { root in
            let (site, protected) = try Self.site(in: root)
            let destination = site.appendingPathComponent("public")
            let writer = OutputWriter(destination: destination, protectedSources: protected)
            #expect(writer.write(plan).isEmpty)
            #expect(writer.write(plan).isEmpty)  // and again, over its own output
            #expect(textFiles(destination)["index.html"] == "new")
            #expect(textFiles(site)["content/roles/x.md"] == "# X")
        }
    }

    @Test func refusesASymbolicLinkAsTheOutputFolder() throws {
        try withTemporaryFolder { root in
            let real = root.appendingPathComponent("real")
            try makePreviousOutput(at: real)
            let destination = root.appendingPathComponent("public")
            try FileManager.default.createSymbolicLink(at: destination, withDestinationURL: real)
            let before = snapshot(root)

            let diagnostics = OutputWriter(destination: destination).write(plan)

            #expect(rules(diagnostics) == ["output.not-directory"])
            #expect(diagnostics.first?.message.contains("symbolic link") == true)
            #expect(snapshot(root) == before)
        }
    }

    @Test func refusesAFileAsTheOutputFolder() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try Data("not a folder".utf8).write(to: destination)
            let before = snapshot(root)
            #expect(rules(OutputWriter(destination: destination).write(plan)) == ["output.not-directory"])
            #expect(snapshot(root) == before)
        }
    }

    @Test func aLinkAboveTheOutputFolderIsFine() throws {
        try withTemporaryFolder { root in
            try FileManager.default.createDirectory(at: root.appendingPathComponent("real"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                at: root.appendingPathComponent("alias"), withDestinationURL: root.appendingPathComponent("real"))
            let destination = root.appendingPathComponent("alias/public")
            #expect(OutputWriter(destination: destination).write(plan).isEmpty)
            #expect(textFiles(root.appendingPathComponent("real/public"))["index.html"] == "new")
            #expect(leftovers(beside: destination).isEmpty)
        }
    }

    @Test func planAndFolderProblemsAreReportedTogether() throws {
        try withTemporaryFolder { root in
            let destination = root.appendingPathComponent("public")
            try write("mine.txt", "mine", in: destination)
            let diagnostics = OutputWriter(destination: destination).write(OutputPlan(files: [file("../x", "")]))
            #expect(Set(rules(diagnostics)) == ["output.unsafe-path", "output.not-jobsite"])
        }
    }

    @Test func refusesTheRootFolder() {
        let diagnostics = OutputWriter(destination: URL(fileURLWithPath: "/")).write(plan)
        #expect(rules(diagnostics) == ["output.invalid-destination"])
    }
}
