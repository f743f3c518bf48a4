import Diagnostics
import TestSupport
import Testing

@testable import Content

/// YAML mistakes are reported at the place to edit, with what to type: a tab at the tab, a value
/// that needs quotes at the value (with the quoted line), an unclosed quote where it opens, a
/// duplicate key at its second occurrence naming the first.
@Suite("YAML mistakes explained where they are")
struct YAMLProblemTests {
    /// One file with a `⟨p⟩` marker where the error must be reported.
    struct Example: Sendable, CustomTestStringConvertible {
        var label: String
        var path: String
        var text: String
        /// The message and rule after `file:line:column: error: `.
        var expected: String

        init(_ label: String, _ path: String, _ text: String, _ expected: String) {
            self.label = label
            self.path = path
            self.text = text
            self.expected = expected
        }

        init(_ label: String, _ text: String, _ expected: String) {
            self.init(label, "content/about.md", text, expected)
        }

        var testDescription: String { label }

        /// The file's diagnostics and the one line expected.
        func run() -> (actual: [String], expected: [String]) {
            let site = FixtureSite("-- \(path) --\n\(text)")
            return (report(parseAny(path, site.files[path]!).diagnostics), ["\(site.location("p")): error: \(expected)"])
        }
    }

    static let tab = "a tab indents this line, but YAML indents with spaces only; replace the tab with spaces [yaml.tab-indent]"

    static let tabs: [Example] = [
        Example("a tab before a list item", "---\ntitle: A\nlocations:\n⟨p⟩\t- country: US\n---\n", tab),
        Example("a tab before a nested key", "---\ntitle: A\nsalary:\n  min: 1\n⟨p⟩\tmax: 2\n---\n", tab),
        Example("a tab after spaces", "---\ntitle: A\ntags:\n  - a\n  ⟨p⟩\t- b\n---\n", tab),
        Example("a tab after a list dash", "---\ntitle: A\nlocations:\n  -⟨p⟩\tcountry: US\n---\n", tab),
        Example("a tab before a value on its own line", "---\ntitle: A\ndescription:\n⟨p⟩\tsome text\n---\n", tab),
        Example("a tab before more of a value", "---\ntitle: A\ndescription: some\n⟨p⟩\ttext\n---\n", tab),
        Example("a tab in a block of text", "---\ntitle: A\ndescription: |\n  first\n⟨p⟩\tsecond\n---\n", tab),
        Example("a tab before the first key", "---\n⟨p⟩\ttitle: A\n---\n", tab),
        Example("a tab in site.yml", "site.yml", "title: T\nbase_url: https://a.example/\nmarkdown:\n⟨p⟩\tunsafe_html: true\n", tab),
        Example("a tab after non-ASCII text", "---\ntitle: Zürich Ärzte\nlocations:\n  - city: Zürich\n⟨p⟩\t  country: CH\n---\n", tab),
    ]

    @Test("a tab used for indentation is reported at the tab, with the fix", arguments: tabs)
    func tabIndentation(example: Example) {
        let (actual, expected) = example.run()
        #expect(actual == expected)
    }

    static func quotes(_ reason: String, _ fix: String, ifText: Bool = false, rule: String = "yaml.needs-quotes") -> String {
        "\(reason); \(ifText ? "if it is text, " : "")put the whole value in quotes: \(fix) [\(rule)]"
    }

    static let colon = "': ' inside a value starts another key in YAML"

    static let valuesNeedingQuotes: [Example] = [
        Example("': ' in a title", "---\ntitle: ⟨p⟩Careers: how we hire\n---\n",
                quotes(colon, #"title: "Careers: how we hire""#)),
        Example("': ' after non-ASCII text", "---\ntitle: A\ndescription: ⟨p⟩Größe: 5 Personen\n---\n",
                quotes(colon, #"description: "Größe: 5 Personen""#)),
        Example("': ' after an emoji and CJK text", "---\ntitle: ⟨p⟩🚀 採用: 東京\n---\n",
                quotes(colon, #"title: "🚀 採用: 東京""#)),
        Example("': ' in a list item's mapping", "content/roles/x.md",
                "---\ntitle: A\nlocations:\n  - city: ⟨p⟩Berlin: Mitte\n    country: DE\n---\n",
                quotes(colon, #"city: "Berlin: Mitte""#)),
        Example("': ' in a nested mapping", "content/roles/x.md",
                "---\ntitle: A\nsalary:\n  currency: ⟨p⟩USD: dollars\n---\n",
                quotes(colon, #"currency: "USD: dollars""#)),
        Example("': ' in a flow mapping", "content/roles/x.md",
                "---\ntitle: A\nlocations: [{city: ⟨p⟩Berlin: Mitte, country: DE}]\n---\n",
                quotes("\(colon); inside [ ] or { } put a ',' between entries", #"city: "Berlin: Mitte""#, ifText: true)),
        Example("': ' and a comment", "---\ntitle: ⟨p⟩Careers: how we hire # new\n---\n",
                quotes(colon, #"title: "Careers: how we hire""#)),
        // What YAML would cut as a comment is part of what was typed, and stays in the fix.
        Example("': ' and a #2", "---\ntitle: ⟨p⟩QA Engineer: Mobile #2\n---\n",
                quotes(colon, #"title: "QA Engineer: Mobile #2""#)),
        Example("': ' and a #2 and a comment", "---\ntitle: ⟨p⟩QA Engineer: Mobile #2  # the second\n---\n",
                quotes(colon, #"title: "QA Engineer: Mobile #2""#)),
        Example("': ' and a quote and a backslash", "---\ntitle: ⟨p⟩Say \"hi\": C:\\jobs #1\n---\n",
                quotes(colon, #"title: "Say \"hi\": C:\\jobs #1""#)),
        Example("': ' in a list item's mapping with a #", "content/roles/x.md",
                "---\ntitle: A\nlocations:\n  - city: ⟨p⟩Berlin: Mitte #3\n    country: DE\n---\n",
                quotes(colon, #"city: "Berlin: Mitte #3""#)),
        Example("a value starting with @ and a #", "---\ntitle: ⟨p⟩@Platform lead #2\n---\n",
                quotes("'@' cannot start a YAML value", #"title: "@Platform lead #2""#)),
        Example("a value starting with @", "---\ntitle: ⟨p⟩@Platform team lead\n---\n",
                quotes("'@' cannot start a YAML value", #"title: "@Platform team lead""#)),
        Example("a value starting with a backtick", "---\ntitle: ⟨p⟩`jobsite` maintainer\n---\n",
                quotes("'`' cannot start a YAML value", #"title: "`jobsite` maintainer""#)),
        Example("a value starting with %", "---\ntitle: ⟨p⟩%20 off\n---\n",
                quotes("'%' cannot start a YAML value (it starts a directive)", #"title: "%20 off""#)),
        Example("a value starting with ,", "---\ntitle: ⟨p⟩, and more\n---\n",
                quotes("',' cannot start a YAML value", #"title: ", and more""#)),
        Example("a value starting with [", "---\ntitle: ⟨p⟩[Remote] Support Engineer\n---\n",
                quotes("'[' starts a list in YAML, so no text may follow its ']'", #"title: "[Remote] Support Engineer""#, ifText: true)),
        Example("a value starting with {", "---\ntitle: ⟨p⟩{Remote} Support\n---\n",
                quotes("'{' starts a mapping in YAML, so no text may follow its '}'", #"title: "{Remote} Support""#, ifText: true)),
        Example("a value starting with [ that is never closed", "---\ntitle: ⟨p⟩[Remote Support Engineer\nmenu: 2\n---\n",
                quotes("'[' starts a list in YAML, and this one is not closed with ']' on its line", #"title: "[Remote Support Engineer""#, ifText: true)),
        Example("a value starting with |", "---\ntitle: ⟨p⟩| pipe\n---\n",
                quotes("'|' starts a block of text in YAML, which must begin on the next line", #"title: "| pipe""#, ifText: true)),
        Example("a value starting with >", "---\ntitle: A\ndescription: ⟨p⟩> 5 years\n---\n",
                quotes("'>' starts a block of text in YAML, which must begin on the next line", #"description: "> 5 years""#, ifText: true)),
        Example("a value starting with - ", "---\ntitle: ⟨p⟩- Remote\n---\n",
                quotes("'- ' starts a list item in YAML", #"title: "- Remote""#, ifText: true)),
        Example("a value starting with ? ", "---\ntitle: ⟨p⟩? Ask us\n---\n",
                quotes("'? ' starts a key in YAML", #"title: "? Ask us""#, ifText: true)),
        Example("a value starting with *", "---\ntitle: ⟨p⟩*Remote* first\n---\n",
                quotes("'*' at the start of a value makes it a YAML alias, which front matter does not support", #"title: "*Remote* first""#, ifText: true, rule: "yaml.alias")),
        Example("a value that is *text*", "---\ntitle: ⟨p⟩*Remote*\n---\n",
                quotes("'*' at the start of a value makes it a YAML alias, which front matter does not support", #"title: "*Remote*""#, ifText: true, rule: "yaml.alias")),
        Example("a value starting with & ", "---\ntitle: ⟨p⟩& more\n---\n",
                quotes("'&' at the start of a value makes it a YAML anchor, which front matter does not support", #"title: "& more""#, ifText: true, rule: "yaml.alias")),
        Example("a value starting with &", "---\ntitle: ⟨p⟩&Co careers\n---\n",
                quotes("'&' at the start of a value makes it a YAML anchor, which front matter does not support", #"title: "&Co careers""#, ifText: true, rule: "yaml.alias")),
        Example("a value starting with !", "---\ntitle: ⟨p⟩!important notice\n---\n",
                quotes("'!' at the start of a value makes it a YAML tag, which front matter does not support", #"title: "!important notice""#, ifText: true, rule: "yaml.tag")),
        Example("an item of a flow list starting with @", "---\ntitle: A\ndescription: [a, ⟨p⟩@b, c]\n---\n",
                quotes("'@' cannot start a YAML value", #""@b""#)),
        Example("an item of a flow list after decomposed accents and emoji", "content/faq/x.md",
                "---\nquestion: Q?\ntags: [Cafe\u{301}, Ü🚀, ⟨p⟩@x]\n---\n",
                quotes("'@' cannot start a YAML value", #""@x""#)),
        Example("an item of a block list starting with @", "content/faq/x.md", "---\nquestion: Q?\ntags:\n  - ⟨p⟩@remote\n---\n",
                quotes("'@' cannot start a YAML value", #""@remote""#)),
        Example("an item of a flow list starting with *", "content/faq/x.md", "---\nquestion: Q?\ntags: [a, ⟨p⟩*b]\n---\n",
                quotes("'*' at the start of a value makes it a YAML alias, which front matter does not support", #""*b""#, ifText: true, rule: "yaml.alias")),
        Example("': ' in site.yml", "site.yml", "title: ⟨p⟩Careers: join us\nbase_url: https://a.example/\n",
                quotes(colon, #"title: "Careers: join us""#)),
        Example("a value with a \" in it, quoted", "---\ntitle: A\ndescription: ⟨p⟩@home \"office\"\n---\n",
                quotes("'@' cannot start a YAML value", #"description: "@home \"office\"""#)),
        // Quotes that end before the value does.
        Example("an apostrophe in single quotes", "---\ntitle: ⟨p⟩'Backend's engineer'\n---\n",
                #"a ' inside a value in single quotes ends it early; write: title: "Backend's engineer" [yaml.needs-quotes]"#),
        Example("double quotes in double quotes", "---\ntitle: ⟨p⟩\"Backend \"the best\" engineer\"\n---\n",
                #"a " inside a value in double quotes ends it early; write: title: 'Backend "the best" engineer' [yaml.needs-quotes]"#),
        Example("text after a quoted start", "---\ntitle: ⟨p⟩\"Größe\" matters\n---\n",
                #"the quotes end before the value does; put the whole value in quotes: title: "\"Größe\" matters" [yaml.needs-quotes]"#),
        Example("a backslash in double quotes", "---\ntitle: ⟨p⟩\"C:\\path\"\n---\n",
                #"in double quotes a '\' starts an escape such as \n; write \\ for a backslash, or use single quotes: title: 'C:\path' [yaml.needs-quotes]"#),
    ]

    @Test("a value YAML cannot take unquoted says to quote it, at the value, with the line to write",
          arguments: valuesNeedingQuotes)
    func valueNeedsQuotes(example: Example) {
        let (actual, expected) = example.run()
        #expect(actual == expected)
    }

    static let neverClosed = "the quote that opens this value is never closed; end the value with \" on this line [yaml.unclosed-quote]"

    static let unclosedQuotes: [Example] = [
        Example("at the end of the front matter", "---\ntitle: A\ndescription: ⟨p⟩\"unclosed\n---\n", neverClosed),
        Example("with lines after it", "---\ntitle: ⟨p⟩\"Backend\ndescription: x\nmenu: 2\ndraft: false\n---\n", neverClosed),
        Example("a single quote", "---\ntitle: ⟨p⟩'Backend\ndescription: x\n---\n",
                "the quote that opens this value is never closed; end the value with ' on this line [yaml.unclosed-quote]"),
        Example("in a list item", "content/roles/x.md",
                "---\ntitle: A\nlocations:\n  - city: ⟨p⟩\"Berlin\n    country: DE\n  - city: Paris\n    country: FR\n---\n", neverClosed),
        Example("in a flow list after non-ASCII text", "content/faq/x.md", "---\nquestion: Größe?\ntags: [Zürich, ⟨p⟩\"a, b]\norder: 2\n---\n", neverClosed),
        Example("closed only by the next line's quote", "---\ntitle: ⟨p⟩\"Backend\ndescription: \"x\"\nmenu: 2\n---\n",
                "the quote that opens this value is not closed on this line, so YAML reads on to the \" on line 3; end the value with \" on this line [yaml.unclosed-quote]"),
        Example("closed only three lines later", "content/roles/x.md",
                "---\ntitle: ⟨p⟩\"Backend\nremote: remote\nemployment_type: FULL_TIME\nsummary: \"Build things\"\n---\n",
                "the quote that opens this value is not closed on this line, so YAML reads on to the \" on line 5; end the value with \" on this line [yaml.unclosed-quote]"),
        Example("in site.yml", "site.yml", "title: ⟨p⟩\"Careers\nbase_url: https://a.example/\n", neverClosed),
    ]

    @Test("an unclosed quote is reported where it opens", arguments: unclosedQuotes)
    func unclosedQuote(example: Example) {
        let (actual, expected) = example.run()
        #expect(actual == expected)
    }

    static func twice(_ key: String, firstOn line: Int) -> String {
        "'\(key)' is set twice in this mapping, first on line \(line); keep one of them [yaml.duplicate-key]"
    }

    static let duplicates: [Example] = [
        Example("on the next line", "---\ntitle: A\n⟨p⟩title: B\n---\n", twice("title", firstOn: 2)),
        Example("lines apart", "---\ntitle: A\nmenu: 1\ndraft: false\n⟨p⟩title: B\n---\n", twice("title", firstOn: 2)),
        Example("three times: the second is reported", "---\ntitle: A\nmenu: 1\n⟨p⟩menu: 2\nmenu: 3\n---\n", twice("menu", firstOn: 3)),
        Example("quoted keys", "---\n\"title\": A\n⟨p⟩\"title\": B\n---\n", twice("title", firstOn: 2)),
        Example("after a block of text", "---\ntitle: A\ndescription: |\n  title: not a key\n  more\n⟨p⟩title: B\n---\n", twice("title", firstOn: 2)),
        Example("in a nested mapping", "content/roles/x.md", "---\ntitle: A\nsalary:\n  min: 1\n  ⟨p⟩min: 2\n---\n", twice("min", firstOn: 4)),
        Example("in a list item's mapping", "content/roles/x.md",
                "---\ntitle: A\nlocations:\n  - city: a\n    ⟨p⟩city: b\n    country: DE\n---\n", twice("city", firstOn: 4)),
        Example("in a flow mapping", "content/roles/x.md",
                "---\ntitle: A\nsalary: {min: 1, max: 2, ⟨p⟩min: 3, currency: USD, period: YEAR}\n---\n", twice("min", firstOn: 3)),
        Example("in a flow mapping after an emoji", "---\ntitle: A\ndescription: {a: 🚀, b: 1, ⟨p⟩a: 2}\n---\n", twice("a", firstOn: 3)),
        Example("a non-ASCII key", "---\ntitle: A\nGröße: 1\n⟨p⟩Größe: 2\n---\n", twice("Größe", firstOn: 3)),
        Example("in site.yml", "site.yml", "title: T\nbase_url: https://a.example/\n⟨p⟩title: U\n", twice("title", firstOn: 1)),
    ]

    @Test("a duplicate key is reported at its second occurrence, naming the line of the first", arguments: duplicates)
    func duplicateKey(example: Example) {
        let (actual, expected) = example.run()
        #expect(actual == expected)
    }

    static let indentation: [Example] = [
        Example("a key indented less than its siblings", "content/roles/x.md", "---\ntitle: A\nsalary:\n  min: 1\n ⟨p⟩max: 2\n---\n",
                "this line is indented by 1 space, line 4 above it by 2 spaces; the keys of one mapping must line up exactly [yaml.indentation]"),
        Example("a key of a list item indented less", "content/roles/x.md", "---\ntitle: A\nlocations:\n  - city: B\n ⟨p⟩country: DE\n---\n",
                "this line is indented by 1 space, line 4 above it by 2 spaces; the keys of one mapping must line up exactly [yaml.indentation]"),
        Example("a key indented under a value", "---\ntitle: A\ndescription: x\n  ⟨p⟩menu: 2\n---\n",
                "this line is indented under 'description' (line 3), so YAML reads it as more of that value, and ': ' cannot appear there; if it starts a new key, indent it like 'description'; if it is text, put the whole value in quotes [yaml.indentation]"),
    ]

    static let missingColons: [Example] = [
        Example("no colon, then a key", "---\n⟨p⟩title Backend Engineer\nmenu: 2\n---\n",
                "this line has no ': ' between its key and its value; write it as `key: value` [yaml.missing-colon]"),
        Example("no colon after a key", "---\ntitle: A\n⟨p⟩description x\nmenu: 2\n---\n",
                "this line has no ': ' between its key and its value; write it as `key: value` [yaml.missing-colon]"),
        Example("no space after the colon, last line", "---\ntitle: A\n⟨p⟩menu:2\n---\n",
                "this line has no ': ' between its key and its value; put a space after the ':': menu: 2 [yaml.missing-colon]"),
        Example("no space after the colon, nested", "content/roles/x.md", "---\ntitle: A\nsalary:\n  ⟨p⟩min:1\n  max: 2\n---\n",
                "this line has no ': ' between its key and its value; put a space after the ':': min: 1 [yaml.missing-colon]"),
        Example("the only line without a space", "⟨p⟩---\ntitle:Backend\n---\n".replacingOccurrences(of: "⟨p⟩---\n", with: "---\n⟨p⟩"),
                "the front matter must be a mapping of `key: value` lines (a page), found the text 'title:Backend'; put a space after each ':' [front-matter.type]"),
    ]

    @Test("a key without ': ' after it is reported on its own line", arguments: missingColons)
    func missingColon(example: Example) {
        let (actual, expected) = example.run()
        #expect(actual == expected)
    }

    @Test("a line indented unlike its mapping says how it is off", arguments: indentation)
    func misindented(example: Example) {
        let (actual, expected) = example.run()
        #expect(actual == expected)
    }

    static let valid = [
        "title: C# developer", "title: A:b", "title: R&D and 5*3", "title: \"ok\" # comment", "title:\tTabbed value",
        "title: 'it''s fine'", "title: \"@home\"", "title: x\ndescription: |\n  Größe: 5\n  \tTab inside text",
        "title: x\ndescription: '*Remote* first'",
    ]

    @Test("what YAML reads fine is not reported", arguments: valid.indices)
    func validYAML(index: Int) {
        let yaml = Self.valid[index]
        #expect(report(parse("content/about.md", "---\n\(yaml)\n---\n").diagnostics) == [])
    }
}
