import Foundation
import Markdown
import Testing

/// Acceptance test: for every example of the GFM spec and cmark-gfm's own test files, our
/// renderer (unsafe, smart, heading ids) with the `id` attributes taken out must print exactly
/// what the `cmark-gfm` CLI prints for the same input and the same options.
///
/// We compare with the CLI, not with the JSON's `html`: Debian's 0.29.0.gfm.6 is older than the
/// spec and fails some examples itself, and two files are meant for other CLI flags
/// (`--table-prefer-style-attributes`, `--full-info-string`); the claim tested is "same as the
/// library's own CLI with our options". Last run, both tests: gfm-extensions-full-info-string 4/4,
/// gfm-extensions-table-prefer-style-attributes 1/1, gfm-extensions 30/30, gfm-regression 26/26,
/// gfm-smart_punct 16/16, gfm-spec 670/670: 747 examples compared, all byte-identical.
@Suite struct ConformanceTests {
    static let cliArguments = [
        "--unsafe", "--smart",
        "-e", "footnotes", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist",
    ]
    static let options = MarkdownOptions(unsafeHTML: true, smartPunctuation: true, headingIDs: true)

    struct Example: Decodable {
        var markdown: String
        var section: String
        var number: Int
    }

    /// `<repo>/../shared/conformance/gfm`: CI clones the repo with shared/ beside it.
    static var examplesFolder: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // MarkdownTests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // repo root
            .appendingPathComponent("../shared/conformance/gfm")
            .standardizedFileURL
    }

    @Test func everyExampleMatchesTheCLI() throws {
        let plain = MarkdownOptions(unsafeHTML: true, smartPunctuation: true, headingIDs: false)
        try compareWithCLI(arguments: Self.cliArguments) { $0.map { markdown in
            let rendered = MarkdownRenderer.render(markdown, options: Self.options)
            let (html, removed) = Self.removingHeadingIDs(rendered.html)
            // Without heading ids the output is cmark's own, with no post-processing at all.
            let withoutIDs = MarkdownRenderer.render(markdown, options: plain).html
            #expect(withoutIDs.utf8.elementsEqual(html.utf8), "headingIDs: false differs for \(String(reflecting: markdown))")
            #expect(removed == rendered.headings.count, "one id per heading in \(String(reflecting: markdown))")
            return html
        } }
    }

    /// The acceptance criterion as a user meets it: `jobsite render --unsafe FILE` (here reading
    /// standard input) prints what the cmark-gfm CLI prints, heading ids aside.
    @Test func jobsiteRenderCommandMatchesTheCLI() throws {
        let jobsite = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
            .deletingLastPathComponent().appendingPathComponent("jobsite")
        try #require(FileManager.default.isExecutableFile(atPath: jobsite.path), "no jobsite executable at \(jobsite.path)")
        try compareWithCLI(arguments: Self.cliArguments) { inputs in
            try CMarkCLI.render(inputs, executable: jobsite, arguments: ["render", "--unsafe", "-"])
                .map { Self.removingHeadingIDs($0).0 }
        }
    }

    /// The default, safe options against the CLI without `--unsafe`: same raw-HTML omission and
    /// URL filtering on every example.
    @Test func safeModeMatchesTheCLI() throws {
        try compareWithCLI(arguments: Self.cliArguments.filter { $0 != "--unsafe" }) { $0.map { markdown in
            Self.removingHeadingIDs(MarkdownRenderer.render(markdown).html).0
        } }
    }

    /// Renders every example with `ours` and with the CLI, records an issue per difference, and
    /// prints the per-file counts.
    private func compareWithCLI(arguments: [String], ours: ([String]) throws -> [String]) throws {
        let cli = try #require(
            CMarkCLI.locate(),
            "the cmark-gfm CLI is not on PATH; install Debian's cmark-gfm package (the Makefile does)"
        )
        let folder = Self.examplesFolder
        let files = try #require(
            try? FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".json") }.sorted(),
            "conformance examples not found at \(folder.path) (shared/ must sit beside the repo)"
        )
        try #require(!files.isEmpty, "no JSON files in \(folder.path)")

        var summary: [String] = []
        var total = 0
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let examples = try JSONDecoder().decode([Example].self, from: data)
            #expect(!examples.isEmpty, "\(file) has no examples")
            let expected = try CMarkCLI.render(examples.map(\.markdown), executable: cli, arguments: arguments)
            let actual = try ours(examples.map(\.markdown))
            var equal = 0
            for ((example, cliHTML), html) in zip(zip(examples, expected), actual) {
                // Bytes, not String ==, which would equate canonically equivalent Unicode.
                if html.utf8.elementsEqual(cliHTML.utf8) {
                    equal += 1
                } else {
                    Issue.record("""
                        \(file) example \(example.number) (\(example.section)) differs from the CLI.
                        markdown: \(String(reflecting: example.markdown))
                        ours:     \(String(reflecting: html))
                        cli:      \(String(reflecting: cliHTML))
                        """)
                }
            }
            summary.append("\(file): \(equal)/\(examples.count) equal")
            total += examples.count
        }
        print("GFM conformance against `cmark-gfm \(arguments.joined(separator: " "))`, \(total) examples:\n  "
            + summary.joined(separator: "\n  "))
    }

    /// `<h2 id="x">` → `<h2>`, counting the ids removed. Only our attribute has this exact shape:
    /// cmark itself never puts attributes on headings.
    static func removingHeadingIDs(_ html: String) -> (String, Int) {
        var count = 0
        let stripped = html.replacing(#/<h([1-6]) id="[^"<>&]*">/#) { match in
            count += 1
            return "<h\(match.output.1)>"
        }
        return (stripped, count)
    }

    @Test func removingHeadingIDsOnlyTouchesTheAttribute() {
        let (html, count) = Self.removingHeadingIDs("<h1 id=\"a\">A</h1>\n<h6 id=\"b-1\">B</h6>\n<h7 id=\"c\">")
        #expect(html == "<h1>A</h1>\n<h6>B</h6>\n<h7 id=\"c\">")
        #expect(count == 2)
    }
}
