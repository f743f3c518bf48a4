import Diagnostics
import TestSupport
import Testing

@testable import Content

@Suite("YAML syntax errors at file positions")
struct YAMLSyntaxTests {
    struct SyntaxError: Sendable, CustomTestStringConvertible {
        var label: String
        var text: String
        /// `file:line:column` of the error.
        var location: String
        /// The message up to libyaml's "(while … at line N)" context.
        var problem: String
        var testDescription: String { label }
    }

    // Front matter starts on file line 2, so every YAML position must be shifted by one.
    static let examples: [SyntaxError] = [
        SyntaxError(label: "bad indentation", text: """
            ---
            title: Backend Engineer
            salary:
              min: 1
             max: 2
            ---
            """, location: "content/roles/x.md:5:2", problem: "did not find expected key"),
        SyntaxError(label: "a tab used for indentation", text: "---\ntitle: Backend Engineer\nsalary:\n\tmin: 1\n---\n",
                    location: "content/roles/x.md:4:1", problem: "found character that cannot start any token"),
        SyntaxError(label: "an unclosed flow list", text: """
            ---
            title: [Backend
            remote: remote
            ---
            """, location: "content/roles/x.md:3:7", problem: "did not find expected ',' or ']'"),
        SyntaxError(label: "an unclosed quote", text: "---\ntitle: \"Backend\n---\n",
                    location: "content/roles/x.md:2:16", problem: "found unexpected end of stream"),
        // Yams reports a duplicate at the key's first occurrence.
        SyntaxError(label: "a duplicate key", text: """
            ---
            title: A
            remote: remote
            title: B
            ---
            """, location: "content/roles/x.md:2:1", problem: "duplicate key 'title'"),
    ]

    @Test("syntax errors are reported at the file's line and column", arguments: examples)
    func syntaxError(example: SyntaxError) throws {
        let (document, diagnostics) = parse("content/roles/x.md", example.text)
        #expect(document == nil)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.location?.description == example.location)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.rule == "yaml.syntax")
        #expect(diagnostic.message.hasPrefix("invalid YAML: \(example.problem)"))
    }

    @Test("the line named in libyaml's context is the file's line too")
    func contextLineIsAFileLine() {
        let message = parse("content/roles/x.md", "---\ntitle: [Backend\nremote: remote\n---\n").diagnostics.first?.message
        #expect(message == "invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence at line 2)")
    }

    @Test("a duplicate key inside a nested mapping is found too")
    func nestedDuplicateKey() {
        let text = "---\ntitle: A\nsalary:\n  min: 1\n  min: 2\n---\n"
        #expect(report(parse("content/roles/x.md", text).diagnostics) == [
            "content/roles/x.md:4:3: error: invalid YAML: duplicate key 'min' [yaml.syntax]",
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
            "content/about.md:2:4: error: YAML anchors and aliases (`&name`, `*name`) are not supported in front matter; write the value out, or quote it if the `&` is text [yaml.alias]",
        ])
    }

    @Test("an alias in a list item is reported at the file position of the *")
    func aliasInList() {
        let text = "---\ntitle: About\ndescription:\n  - *alias\n---\n"
        let diagnostics = parse("content/about.md", text).diagnostics
        #expect(diagnostics.map(\.rule) == ["yaml.alias"])
        #expect(diagnostics.first?.location?.description == "content/about.md:4:5")
        #expect(diagnostics.first?.message.hasSuffix("or quote it if the `*` is text") == true)
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
        let found = try #require(findAnchorOrAlias(in: example.yaml))
        #expect(found.line == example.line)
        #expect(found.column == example.column)
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
        #expect(findAnchorOrAlias(in: yaml) == nil)
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
        #expect(findAnchorOrAlias(in: "summary: |\n  *Remote* first.") == nil)
        #expect(findAnchorOrAlias(in: "summary: >\n  & more") == nil)
        #expect(findAnchorOrAlias(in: "title: \"first\n  *second*\"") == nil)
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
