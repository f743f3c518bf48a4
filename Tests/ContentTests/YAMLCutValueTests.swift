import Diagnostics
import TestSupport
import Testing

@testable import Content

/// Issue 12, kinds 1 and 9, variants: text YAML cuts short or cannot take unquoted where the
/// first fixes did not look — a ` #` inside a value, and list items.
@Suite("Values cut by YAML, and list items that need quotes")
struct YAMLCutValueTests {
    /// `⟨p⟩` marks where the one diagnostic must be reported.
    static func diagnostics(_ path: String, _ text: String) -> (actual: [String], site: FixtureSite) {
        let site = FixtureSite("-- \(path) --\n\(text)")
        return (report(parseAny(path, site.files[path]!).diagnostics), site)
    }

    static func cut(_ field: String, published: String, comment: String, fix: String) -> String {
        "warning: '\(field)' is published as '\(published)': YAML reads '\(comment)' after a space as a comment and drops it; to keep it, put the whole value in quotes: \(fix) [yaml.comment-in-value]"
    }

    @Test("a ' #' inside a text value is a warning at the '#', with the quoted line: the rest is not published")
    func commentCutsText() {
        let examples: [(String, String, String)] = [
            ("content/roles/x.md", "---\ntitle: Backend Engineer ⟨p⟩#2   # second hire\n---\n",
             Self.cut("title", published: "Backend Engineer", comment: "#2", fix: #"title: "Backend Engineer #2""#)),
            ("content/faq/x.md", "---\nquestion: Why are we the ⟨p⟩#1 clinic platform?\n---\n",
             Self.cut("question", published: "Why are we the", comment: "#1 clinic platform?",
                      fix: #"question: "Why are we the #1 clinic platform?""#)),
            ("content/roles/x.md", "---\ndepartment: Ärzte-Team ⟨p⟩#Zürich\n---\n",
             Self.cut("department", published: "Ärzte-Team", comment: "#Zürich", fix: #"department: "Ärzte-Team #Zürich""#)),
            ("content/faq/x.md", "---\nquestion: Q?\ntags:\n  - pay\n  - on-call\t⟨p⟩#rotation\n---\n",
             Self.cut("tags[1]", published: "on-call", comment: "#rotation", fix: "- \"on-call\t#rotation\"")),
            ("site.yml", "title: Wrenfield ⟨p⟩#careers\nbase_url: https://a.example/\n",
             Self.cut("title", published: "Wrenfield", comment: "#careers", fix: #"title: "Wrenfield #careers""#)),
        ]
        for (path, text, expected) in examples {
            let (actual, site) = Self.diagnostics(path, text)
            #expect(actual.filter { $0.contains("yaml.comment-in-value") } == ["\(site.location("p")): \(expected)"])
        }
    }

    @Test("a comment meant as one, a quoted value and C# are not warned about")
    func commentsMeantAsComments() {
        for text in ["---\ntitle: Backend Engineer # the second hire\nskills:\n  - C#\n  - \"F #1\"\n---\n",
                     "---\ntitle: 'Engineer #2'\ndescription: |\n  We are #1\n---\n"] {
            #expect(Self.diagnostics("content/about.md", text).actual.filter { $0.contains("comment-in-value") }.isEmpty)
        }
    }

    @Test("a quote that ends a list item early is explained like one that ends a value")
    func quoteEndsListItem() {
        let (actual, site) = Self.diagnostics("content/faq/x.md", "---\nquestion: Q?\ntags:\n  - ⟨p⟩'it's'\n---\n")
        #expect(actual == [#"\#(site.location("p")): error: a ' inside a value in single quotes ends it early; write: "it's" [yaml.needs-quotes]"#])
    }

    @Test("a list item with ': ' and a #1 is quoted as typed")
    func colonAndHashInListItem() {
        let (actual, site) = Self.diagnostics("content/roles/x.md",
                                              "---\ntitle: T\nskills:\n  - ⟨p⟩Languages: \"Go\" #1 # main\n---\n")
        #expect(actual.filter { $0.contains("skills") }
            == [#"\#(site.location("p")): error: 'skills[0]' must be text, found a mapping; ': ' inside an item starts a key in YAML, so if it is text, put the whole item in quotes: - "Languages: \"Go\" #1" [front-matter.type]"#])
    }

    @Test("a cut value with a quote or backslash is quoted with escapes")
    func cutValueWithQuote() {
        let (actual, site) = Self.diagnostics("content/roles/x.md", "---\ntitle: The \"best\" C:\\ job ⟨p⟩#2\n---\n")
        #expect(actual.filter { $0.contains("yaml.comment-in-value") }
            == ["\(site.location("p")): " + Self.cut("title", published: #"The "best" C:\ job"#, comment: "#2", fix: #"title: "The \"best\" C:\\ job #2""#)])
    }

    @Test("a list item with ': ' inside says to quote it")
    func colonInListItem() {
        let (actual, site) = Self.diagnostics("content/roles/x.md",
                                              "---\ntitle: T\nskills:\n  - SQL\n  - ⟨p⟩Languages: Go, Python  # main ones\n---\n")
        #expect(actual.filter { $0.contains("skills") }
            == [#"\#(site.location("p")): error: 'skills[1]' must be text, found a mapping; ': ' inside an item starts a key in YAML, so if it is text, put the whole item in quotes: - "Languages: Go, Python" [front-matter.type]"#])
    }

    @Test("a block of text in a number field is named on one line")
    func blockScalarOnOneLine() {
        let (actual, site) = Self.diagnostics("content/faq/x.md", "---\nquestion: Q?\norder: ⟨p⟩|\n  2\ntags: [pay]\n---\n")
        #expect(actual == [#"\#(site.location("p")): error: 'order' must be a whole number, found the text '2\n'; write 2 [front-matter.type]"#])
    }
}
