import Diagnostics
import Foundation
import Testing

@testable import Output

/// A path as a test argument, shown escaped so control characters do not garble the test log.
struct PathArgument: Sendable, CustomTestStringConvertible {
    var path: String
    var testDescription: String { path.debugDescription }
}

@Suite("Output paths")
struct OutputPathTests {
    static let unsafe: [String] = [
        "",
        "/index.html",
        "/",
        "roles/../../x/index.html",
        "..",
        "../index.html",
        "roles/..",
        ".",
        "./index.html",
        "roles/./x.html",
        "roles//x.html",
        "roles/",
        "roles\\x.html",
        "..\\..\\x",
        "a\u{0}b.html",
        "a\nb.html",
        "a\tb.html",
        "a\u{7F}.html",
        "a\u{85}.html",
        ".jobsite",
        ".jobsite/x.html",
        ".git",
        ".git/config",
        String(repeating: "n", count: 256) + "/index.html",
    ]

    @Test("unsafe paths are named and explained", arguments: unsafe.map(PathArgument.init))
    func unsafePathsAreRejected(argument: PathArgument) {
        let path = argument.path
        let problem = OutputPath.validate(path)
        #expect(problem != nil)
        if !path.isEmpty {
            // The message quotes the path escaped, so a control character cannot garble a terminal.
            #expect(problem?.contains(path.debugDescription) == true)
        }
    }

    @Test("ordinary paths are accepted", arguments: [
        "index.html",
        "roles/senior-engineer/index.html",
        ".well-known/security.txt",
        "a..b/c.html",
        "...",
        "..x",
        "x..",
        "jobsite/.jobsite",
        ".jobsite-notes.txt",
        ".gitignore",
        ".github/workflows/pages.yml",
        "CNAME",
        ".nojekyll",
        "faq/ünïcødé/index.html",
        "ladders/100%.html",
        String(repeating: "n", count: 255),
    ])
    func ordinaryPathsAreAccepted(path: String) {
        #expect(OutputPath.validate(path) == nil)
    }

    @Test func gitMessageSaysWhy() throws {
        #expect(OutputPath.validate(".git/HEAD") == #"output path ".git/HEAD" is reserved for the git checkout a rebuild keeps in the output folder"#)
    }

    @Test func theMarkerRecordsWhichUserNamesTheSiteProvides() {
        #expect(OutputPath.markerContents(siteProvided: []) == OutputPath.markerContents)
        let marker = OutputPath.markerContents(siteProvided: ["CNAME", ".nojekyll"])
        #expect(marker == OutputPath.markerContents + "Written from the site, not kept from before: CNAME, .nojekyll\n")
        #expect(OutputPath.siteProvidedNames(inMarker: marker) == ["CNAME", ".nojekyll"])
        #expect(OutputPath.siteProvidedNames(inMarker: OutputPath.markerContents).isEmpty)
        #expect(OutputPath.siteProvidedNames(inMarker: nil).isEmpty)
    }

    @Test func dotDotMessageSaysWhy() throws {
        let message = try #require(OutputPath.validate("roles/../../x/index.html"))
        #expect(message == #"output path "roles/../../x/index.html" has a '..' segment, which could leave the output folder"#)
    }
}
