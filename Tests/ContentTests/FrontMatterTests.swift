import Diagnostics
import TestSupport
import Testing

@testable import Content

@Suite("Splitting front matter from the body")
struct FrontMatterTests {
    func split(_ text: String) -> Result<FrontMatterDocument, Diagnostic> {
        FrontMatterDocument.split(SourceFile(path: "content/about.md", text: text))
    }

    @Test("a file that does not start with --- is reported at 1:1")
    func missingOpeningFence() {
        #expect(throws: Diagnostic.self) { try split("title: About\n---\nBody\n").get() }
        #expect(report(parse("content/about.md", "title: About\n---\nBody\n").diagnostics) == [
            "content/about.md:1:1: error: expected the file to start with a `---` line that opens the YAML front matter [front-matter.missing]",
        ])
    }

    @Test("front matter that is never closed is reported at the opening fence")
    func unclosedFrontMatter() {
        let (document, diagnostics) = parse("content/about.md", "---\ntitle: About\n\nBody text\n")
        #expect(document == nil)
        #expect(report(diagnostics) == [
            "content/about.md:1:1: error: the front matter opened on line 1 is never closed; expected a `---` line after it [front-matter.unclosed]",
        ])
    }

    @Test("the YAML starts on line 2 and the body on the line after the closing fence")
    func lineNumbers() throws {
        let document = try split("---\ntitle: About\nmenu: 2\n---\n# Hello\n\nText\n").get()
        #expect(document.yaml == "title: About\nmenu: 2")
        #expect(document.yamlFirstLine == 2)
        #expect(document.body == "# Hello\n\nText\n")
        #expect(document.bodyFirstLine == 5)
    }

    @Test("a ... line also closes the front matter")
    func dotsCloseTheFrontMatter() throws {
        let document = try split("---\ntitle: About\n...\nBody\n").get()
        #expect(document.yaml == "title: About")
        #expect(document.body == "Body\n")
        #expect(document.bodyFirstLine == 4)
    }

    @Test("fences may carry trailing spaces and tabs")
    func fencesWithTrailingSpace() throws {
        let document = try split("--- \ntitle: About\n---\t\nBody").get()
        #expect(document.yaml == "title: About")
        #expect(document.body == "Body")
    }

    @Test("only the first closing fence ends the front matter; later --- lines stay in the body")
    func laterFencesBelongToTheBody() throws {
        let document = try split("---\ntitle: About\n---\nabove\n---\nbelow\n").get()
        #expect(document.body == "above\n---\nbelow\n")
    }

    @Test("a file that ends right after the closing fence has an empty body")
    func emptyBody() throws {
        let document = try split("---\ntitle: About\n---").get()
        #expect(document.body == "")
        #expect(document.bodyFirstLine == 4)
    }

    @Test("the parsed page keeps the body's first line for later stages")
    func pageBodyLine() throws {
        let page = try #require(parse("content/about.md", "---\ntitle: About\n\n---\nBody\n").document?.page)
        #expect(page.body == MarkdownBody(text: "Body\n", firstLine: 5))
    }

    @Test("the renderer skips front matter only when it is a YAML mapping", arguments: [
        ("---\ntitle: About\n---\nBody", "Body" as String?),
        ("---\n---\nBody", nil),
        ("---\nA setext heading\n---\n", nil),
        ("---\n\nAfter a thematic break\n", nil),
        ("# No front matter\n", nil),
    ])
    func bodyAfterFrontMatter(text: String, body: String?) {
        #expect(FrontMatterDocument.markdownBody(ofFile: Array(text.utf8), path: "x.md") == body ?? text)
    }

    /// Files as editors save them: the renderer must find the same front matter, and so the
    /// same body, as the build does.
    static let savedFiles: [(label: String, bytes: [UInt8])] = [
        ("CRLF", Array("---\r\ntitle: \"About us\"\r\n---\r\n\r\n## Hello\r\n\r\nBody.\r\n".utf8)),
        ("BOM", [0xEF, 0xBB, 0xBF] + Array("---\ntitle: \"About us\"\n---\n\n## Hello\n\nBody.\n".utf8)),
        ("BOM and CRLF", [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: About\r\n---\r\n## Hello\r\n".utf8)),
        ("lone CR", Array("---\rtitle: About\r---\r## Hello\r".utf8)),
        ("a ... closing fence and trailing spaces", Array("--- \r\ntitle: About\r\n...\t\r\n## Hello\r\n---\r\nmore\r\n".utf8)),
        ("non-ASCII front matter", Array("\u{FEFF}---\r\ntitle: Über uns – 採用\r\n---\r\n## Grüße\r\n".utf8)),
    ]

    @Test("render reads front matter exactly as the build does", arguments: savedFiles.indices)
    func renderReadsLikeTheBuild(index: Int) throws {
        let (_, bytes) = Self.savedFiles[index]
        let file = try SourceFile.decode(path: "content/about.md", bytes: bytes).get()
        let built = try #require(ContentParser.parse(file).0?.page)
        let rendered = FrontMatterDocument.markdownBody(ofFile: bytes, path: "about.md")
        #expect(rendered == built.body.text)
        #expect(!rendered.contains("title:"))
    }

    @Test("text without front matter, even with a BOM, CRLF or invalid UTF-8, reaches cmark as it stands")
    func markdownWithoutFrontMatterIsUntouched() {
        for bytes: [UInt8] in [[0xEF, 0xBB, 0xBF] + Array("# Hi\r\n".utf8), Array("a\r\nb\0c".utf8), [0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A]] {
            #expect(FrontMatterDocument.markdownBody(ofFile: bytes, path: "-") == String(decoding: bytes, as: UTF8.self))
        }
    }

    @Test("skipping front matter that is an alias bomb returns quickly", .timeLimit(.minutes(1)))
    func bodyAfterAliasBomb() {
        // It goes through the same alias refusal as the build, so the bomb is not front matter.
        #expect(FrontMatterDocument.markdownBody(ofFile: Array(AliasTests.billionLaughs.utf8), path: "-") == AliasTests.billionLaughs)
    }
}
