import Diagnostics
import TestSupport
import Testing

@testable import Content

@Suite("YAML syntax errors at file positions")
struct YAMLSyntaxTests {
    @Test("an error libyaml reports that no explanation covers keeps libyaml's words, at the file's line")
    func libyamlWordsAtFileLines() {
        // Front matter starts on file line 2, so every YAML position is shifted by one, and so
        // is the line named in libyaml's context.
        #expect(report(parse("content/roles/x.md", "---\ntitle: A\nsalary: {min: 1, max: 2]\n---\n").diagnostics) == [
            "content/roles/x.md:3:24: error: invalid YAML: did not find expected ',' or '}' (while parsing a flow mapping at line 3) [yaml.syntax]",
        ])
    }

    @Test("front matter that is a list, not a mapping, is a type error")
    func frontMatterMustBeAMapping() {
        #expect(report(parse("content/about.md", "---\n- About\n---\n").diagnostics) == [
            "content/about.md:2:1: error: the front matter must be a mapping of `key: value` lines (a page), found a list [front-matter.type]",
        ])
    }
}

@Suite("Anchors and aliases are refused")
struct AliasTests {
    /// The "billion laughs": nine levels of nine aliases each, 9^9 strings when expanded.
    static let billionLaughs: String = {
        var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        let names = Array("abcdefghi")
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
        }
        return "---\n" + lines.joined(separator: "\n") + "\ntitle: Laughs\n---\nBody\n"
    }()

    @Test("the billion laughs is refused quickly with yaml.alias", .timeLimit(.minutes(1)))
    func billionLaughsIsRefused() {
        let (document, diagnostics) = parse("content/about.md", Self.billionLaughs)
        #expect(document == nil)
        #expect(report(diagnostics) == [
            "content/about.md:2:4: error: YAML anchors (`&name`) and aliases (`*name`) are not supported in front matter; write the value out in full [yaml.alias]",
        ])
    }

    @Test("an alias in a list item is reported at the file position of the *")
    func aliasInList() {
        let text = "---\ntitle: About\ndescription:\n  - *alias\n---\n"
        let diagnostics = parse("content/about.md", text).diagnostics
        #expect(diagnostics.map(\.rule) == ["yaml.alias"])
        #expect(diagnostics.first?.location?.description == "content/about.md:4:5")
        #expect(diagnostics.first?.message.hasSuffix("if it is text, put the whole value in quotes: \"*alias\"") == true)
    }

    struct Flagged: Sendable, CustomTestStringConvertible {
        var yaml: String
        var line: Int
        var column: Int
        var testDescription: String { yaml.debugDescription }
    }

    static let flagged: [Flagged] = [
        Flagged(yaml: "- *alias", line: 1, column: 3),
        Flagged(yaml: "key: &anchor value", line: 1, column: 6),
        Flagged(yaml: "&anchor key: value", line: 1, column: 1),
        Flagged(yaml: "list: [a, *b]", line: 1, column: 11),
        Flagged(yaml: "map: {k: *v}", line: 1, column: 10),
        Flagged(yaml: "nested:\n  - - &x 1", line: 2, column: 7),
        Flagged(yaml: "? *key\n: value", line: 1, column: 3),
        Flagged(yaml: "list: [\n  a,\n  *b ]", line: 3, column: 3),
    ]

    @Test("anchors and aliases where YAML reads them are flagged", arguments: flagged)
    func flaggedWhereYAMLReadsThem(example: Flagged) throws {
        let found = try #require(YAMLProblem.refusedIndicator(in: example.yaml))
        #expect(found.position == YAMLScan.Position(line: example.line, column: example.column))
        #expect(found.rule == "yaml.alias")
    }

    static let plainText: [String] = [
        "summary: R&D and 5*3 are fine",
        "title: \"*quoted*\"",
        "title: '&quoted'",
        "title: Q&A",
        "summary: bold *claims* here",
        "apply_url: https://example.com/apply?a=1&b=2",
        "summary: fine # *a comment",
        "# &a comment line",
        "tags: [R&D, \"*x\", 'y&']",
        "key:&notAnAnchor",
    ]

    @Test("& and * inside text, quotes and comments are not flagged", arguments: plainText)
    func textIsNotFlagged(yaml: String) {
        #expect(YAMLProblem.refusedIndicator(in: yaml) == nil)
    }

    @Test("a page whose description mentions R&D and 5*3 parses")
    func ampersandInSummaryParses() {
        let text = """
            ---
            title: "*Quoted* title"
            description: R&D and 5*3 are fine
            ---
            """
        let (document, diagnostics) = parse("content/about.md", text)
        #expect(diagnostics.isEmpty)
        #expect(document?.page?.title == "*Quoted* title")
    }

    @Test("text in a block scalar or a multi-line quote may start with * or &")
    func blockScalarsAreText() {
        #expect(YAMLProblem.refusedIndicator(in: "summary: |\n  *Remote* first.") == nil)
        #expect(YAMLProblem.refusedIndicator(in: "summary: >\n  & more") == nil)
        #expect(YAMLProblem.refusedIndicator(in: "title: \"first\n  *second*\"") == nil)
    }

    @Test("an alias bomb hidden behind a tag and JSON-style keys is refused", .timeLimit(.minutes(1)))
    func aliasBombBehindTags() {
        // An anchor after a tag (`!!seq &a`) and an alias right after a quoted key's colon
        // (`{"k":*a}`): a missed one would let Yams build a tree of 9^9 leaves.
        var lines = [#"a: !!seq &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
        let names = Array("abcdefghi")
        for (previous, name) in zip(names, names.dropFirst()) {
            let pairs = (0..<9).map { "\"k\($0)\":*\(previous)" }.joined(separator: ",")
            lines.append("\(name): !!map &\(name) {\(pairs)}")
        }
        let text = "---\n" + lines.joined(separator: "\n") + "\ntitle: Laughs\n---\n"
        let diagnostics = parse("content/about.md", text).diagnostics
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.map(\.rule) == ["yaml.alias"])
    }
}
