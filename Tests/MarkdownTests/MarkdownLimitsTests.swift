import Markdown
import TestSupport
import Testing

/// The published inputs that make cmark-gfm 0.29.0.gfm.6 super-linear, as generators of size n.
/// Shapes from the advisories' test cases (GHSA-29g3-96g3-jg6c, -24f7-9frr-5h2r, -r572-jvj2-3m8p,
/// -66g8-4hjf-77xh, -r8vr-c48j-fcc5, -w4qg-3vf7-m9x5), as ported to pathological test suites.
/// `refusedAt` is where the default limits refuse the n = 40,000 input; nil for the shapes that
/// Debian's 0.29.0.gfm.6 already parses in linear time (measured; nothing to refuse).
struct Advisory: Sendable, CustomTestStringConvertible {
    var name: String
    var input: @Sendable (Int) -> String
    var refusedAt: (limit: MarkdownLimits.Limit, line: Int, column: Int)?
    var testDescription: String { name }

    static func repeated(_ unit: String, before: String = "", after: String = "\n") -> @Sendable (Int) -> String {
        { before + String(repeating: unit, count: $0) + after }
    }

    static let all: [Advisory] = [
        Advisory(name: "CVE-2023-22486 ![[]() (the shared case)", input: repeated("![[]()"), refusedAt: (.inlineDepth, 1, 381)),
        Advisory(name: "CVE-2023-22484 unclosed <!--", input: repeated("<!--", before: "</"), refusedAt: nil),
        Advisory(name: "CVE-2023-22483 <? without ?>", input: repeated("<?x", before: "-1", after: "y\n"), refusedAt: (.inlineDepth, 1, 195)),
        Advisory(name: "CVE-2023-22483 table starts in a paragraph", input: repeated("|-\nt>|-\n", after: "y\n"), refusedAt: (.tableHeaderLines, 13, 1)),
        Advisory(name: "CVE-2023-22483 emphasis openers and closers", input: { String(repeating: "*t ", count: $0) + String(repeating: "_t*_ ", count: $0) + "\n" },
                 refusedAt: (.inlineDepth, 1, 193)),
        Advisory(name: "CVE-2023-22483 a row of pipes", input: repeated("|", before: "x\n| - |\n", after: "y\n"), refusedAt: (.tableColumns, 3, 129)),
        Advisory(name: "CVE-2023-22483 z_www. autolinks", input: repeated("z_www."), refusedAt: (.autolinksPerWord, 1, 99)),
        Advisory(name: "CVE-2023-22483 a definition's title over many lines", input: { "[f]:u\n\"\n" + String(repeating: "[f]\n", count: $0) + "[f]:u \"t\n" },
                 refusedAt: (.bodyBytes, 1, 1)),
        Advisory(name: "CVE-2023-22483 www. and )))", input: repeated(")", before: "www."), refusedAt: (.inlineDepth, 1, 69)),
        Advisory(name: "CVE-2023-22483 a table header under a long paragraph", input: repeated(":\n", before: ":-\n", after: ":-\n"),
                 refusedAt: (.tableHeaderLines, 40_002, 1)),
        Advisory(name: "CVE-2023-22483 <http://s", input: repeated("<http://s"), refusedAt: (.autolinksPerWord, 1, 150)),
        Advisory(name: "CVE-2023-22483 ~ and ~~", input: repeated(",z~~", before: "~e"), refusedAt: (.inlineDepth, 1, 257)),
        Advisory(name: "CVE-2023-22483 deep blockquote", input: { String(repeating: ">", count: $0) + String(repeating: ".", count: $0) + "\n" },
                 refusedAt: (.nestingDepth, 1, 33)),
        Advisory(name: "CVE-2023-24824 emphasis in a deep blockquote", input: { String(repeating: ">", count: $0) + String(repeating: "a*", count: $0) + "\n" },
                 refusedAt: (.nestingDepth, 1, 33)),
        Advisory(name: "CVE-2023-24824 blank lines in deep lists", input: { String(repeating: " -", count: $0) + "x" + String(repeating: "\n", count: $0) },
                 refusedAt: (.nestingDepth, 1, 66)),
        Advisory(name: "CVE-2023-26485 underscores", input: { String(repeating: "_", count: $0) + "." + String(repeating: "_", count: $0) + "\n" }, refusedAt: nil),
        Advisory(name: "CVE-2023-26485 ordered list", input: repeated(" 2.\n", before: "1.\n", after: ""), refusedAt: nil),
        Advisory(name: "CVE-2023-26485 empty items", input: repeated(" -\n", after: "x\n"), refusedAt: nil),
        Advisory(name: "CVE-2023-37463 a wide header", input: { "|" + String(repeating: "x|", count: $0) + "\n|" + String(repeating: "-|", count: $0) + "\n" },
                 refusedAt: (.tableColumns, 2, 1)),
        Advisory(name: "CVE-2023-37463 a wide table with short rows", input: {
            "|" + String(repeating: "x|", count: $0) + "\n|" + String(repeating: "-|", count: $0) + "\n" + String(repeating: "a\n", count: $0)
        }, refusedAt: (.tableColumns, 2, 1)),
        Advisory(name: "CVE-2023-37463 footnote definitions", input: { String(repeating: "[^1]:\n", count: $0) + String(repeating: "\n", count: $0) }, refusedAt: nil),
    ]
}

@Suite("Markdown limits: what would stall cmark-gfm 0.29.0.gfm.6 is refused before parsing")
struct MarkdownLimitsTests {
    func refusal(_ markdown: String, _ limits: MarkdownLimits = .init()) -> String? {
        limits.check(markdown).map { "\($0.line):\($0.column) \($0.limit.rawValue)" }
    }

    @Test(arguments: Advisory.all)
    func eachAdvisoryInputIsRefusedWhereItCrossesALimit(_ advisory: Advisory) {
        let expected = advisory.refusedAt.map { "\($0.line):\($0.column) \($0.limit.rawValue)" }
        #expect(refusal(advisory.input(40_000)) == expected)
    }

    @Test(arguments: Advisory.all.filter { $0.refusedAt?.limit != .tableHeaderLines })
    func aFewOfEachShapeAreFine(_ advisory: Advisory) {
        #expect(refusal(advisory.input(8)) == nil)
    }

    @Test func theMessageNamesTheLimitItsReasonAndHowToRaiseIt() throws {
        let violation = try #require(MarkdownLimits().check("Intro.\n\n" + String(repeating: "![[]()", count: 100)))
        #expect(violation.message == "more than 64 '[' open at once in one paragraph; the limit is 64: cmark-gfm 0.29.0.gfm.6 rescans the pending ones for each new one, in time growing with the square of their number (CVE-2023-22486); close them, escape them with '\\', or split the paragraph, or raise limits.inline_depth in site.yml")
        #expect((violation.line, violation.column) == (3, 381))
    }

    @Test func aLongOrdinaryPostingPasses() {
        let posting = realisticMarkdown(bytes: 1_100_000)
        #expect(posting.utf8.count > 1_000_000)
        #expect(MarkdownLimits().check(posting) == nil)
    }

    func limits(_ limit: MarkdownLimits.Limit, _ value: Int) -> MarkdownLimits {
        var limits = MarkdownLimits()
        limits[limit] = value
        return limits
    }

    // MARK: body_bytes

    @Test func aBodyOverTheLimitIsRefusedAtTheFirstByteOverIt() {
        // 11 bytes (é is two); the 11th, `i`, is column 7 of line 2.
        #expect(refusal("ab\ncdéfghi", limits(.bodyBytes, 10)) == "2:7 body_bytes")
        #expect(refusal("ab\ncdéfghi", limits(.bodyBytes, 11)) == nil)
    }

    @Test func linkReferencesMayExpandTheBodyOnlyUpToTheBodyLimit() {
        let definition = "[f]: /a/long/destination \"" + String(repeating: "t", count: 72) + "\"\n\n"   // 100 bytes
        let body = limits(.bodyBytes, 1_000)
        #expect(refusal(definition + String(repeating: "[f] ", count: 10), body) == nil)
        #expect(refusal(definition + String(repeating: "[f] ", count: 11), body) == "1:1 body_bytes")
        #expect(refusal(definition + String(repeating: "[f](x) ", count: 50), body) == nil, "inline links use no definition")
        // A destination and a title may each start on the next line.
        #expect(refusal("[f]:\n/u\n'" + String(repeating: "t", count: 200) + "'\n\n" + String(repeating: "[f] ", count: 10), body)
                == "1:1 body_bytes")
    }

    // MARK: nesting_depth

    @Test func blockquotesNestUpToTheLimit() {
        #expect(refusal(String(repeating: "> ", count: 32) + "a\n") == nil)
        #expect(refusal(String(repeating: "> ", count: 33) + "a\n") == "1:65 nesting_depth")
    }

    @Test func listsNestedByIndentationCountEveryLevel() {
        let lists = { (levels: Int) in (0..<levels).map { String(repeating: "  ", count: $0) + "- a\n" }.joined() }
        #expect(refusal(lists(32)) == nil)
        #expect(refusal(lists(33)) == "33:65 nesting_depth")
        // Blank lines between the items keep them open when the next one is indented into them.
        #expect(refusal((0..<33).map { String(repeating: "  ", count: $0) + "- a\n\n" }.joined()) == "65:65 nesting_depth")
        // Lists that close again never add up.
        #expect(refusal(String(repeating: lists(20) + "\nText.\n\n", count: 50)) == nil)
    }

    @Test func quotesAndListsOnOneLineAddUp() {
        #expect(refusal(String(repeating: "> - ", count: 16) + "a\n") == nil)
        #expect(refusal(String(repeating: "> - ", count: 17) + "a\n") == "1:65 nesting_depth")
    }

    @Test func aLazyLineDoesNotCloseTheItemsItContinues() {
        // `2)` cannot interrupt a paragraph, so cmark reads it as text of the open item, and
        // the next item nests deeper still.
        let markdown = (0..<40).map { String(repeating: "  ", count: $0) + "- a\n2) z\n" }.joined()
        #expect(refusal(markdown) == "65:65 nesting_depth")
    }

    // MARK: inline_depth

    @Test func openBracketsCountPerParagraph() {
        #expect(refusal(String(repeating: "[", count: 64)) == nil)
        #expect(refusal(String(repeating: "[", count: 65)) == "1:65 inline_depth")
        #expect(refusal(String(repeating: "[", count: 64) + "\n\n" + String(repeating: "[", count: 64)) == nil, "a blank line ends the paragraph")
        #expect(refusal(String(repeating: "[", count: 64) + "\n[") == "2:1 inline_depth", "a continuation line does not")
        #expect(refusal(String(repeating: "- " + String(repeating: "[", count: 60) + "\n", count: 5)) == nil, "list items are paragraphs of their own")
        #expect(refusal("# " + String(repeating: "[", count: 65)) == "1:67 inline_depth", "and so are headings")
        #expect(refusal(String(repeating: "[a](b) [c]: ", count: 200)) == nil, "closed brackets are not open")
        #expect(refusal(String(repeating: "\\[", count: 200)) == nil, "escaped brackets are text")
    }

    @Test func lineEndingsOfEveryKindSeparateLines() {
        #expect(refusal(String(repeating: "[\r\n", count: 65)) == "65:1 inline_depth")
        #expect(refusal(String(repeating: "[\r", count: 65)) == "65:1 inline_depth")
    }

    @Test func fencedCodeIsNotMarkdownUntilItsContainerEnds() {
        let brackets = String(repeating: "[", count: 65)
        #expect(refusal("```swift\n\(brackets)\n```\n") == nil)
        #expect(refusal("~~~~\n\(brackets)\n~~~\n~~~~\n") == nil)
        #expect(refusal("```\n\(brackets)\n") == nil, "an unclosed fence runs to the end")
        #expect(refusal("- item\n  ```\n  code\n\(brackets)\n") == "4:65 inline_depth", "a line outside the item ends the item and its code")
        #expect(refusal("> ```\n> code\n\(brackets)\n") == "3:65 inline_depth", "a line outside the quote ends the quote and its code")
        #expect(refusal("``` not a fence ` here\n\(brackets)\n") == "2:65 inline_depth")
    }

    @Test func emphasisOpenersCountPerKindAndClosersCancelThem() {
        #expect(refusal(String(repeating: "_a ", count: 64)) == nil)
        #expect(refusal(String(repeating: "_a ", count: 65)) == "1:193 inline_depth")
        #expect(refusal(String(repeating: "*a* _b_ **c** ~~d~~ ", count: 200)) == nil)
        #expect(refusal(String(repeating: "snake_case_name ", count: 200)) == nil, "intraword _ neither opens nor closes")
        #expect(refusal(String(repeating: "a*b*c ", count: 200)) == nil, "a run that can close does")
        // Flanking looks at the characters around the run in any script.
        #expect(refusal(String(repeating: "“*a ", count: 65)) == "1:258 inline_depth")
        #expect(refusal(String(repeating: "日本語*強調*です。", count: 200)) == nil)
    }

    @Test func strikethroughClosersOfTheOtherLengthStayPending() {
        #expect(refusal("~e" + String(repeating: ",z~~", count: 63)) == nil)
        #expect(refusal("~e" + String(repeating: ",z~~", count: 64)) == "1:257 inline_depth")
        #expect(refusal(String(repeating: ",z~~", count: 200)) == nil, "without an opener they are dropped")
        #expect(refusal(String(repeating: "~~gone~~ ~x~ ", count: 200)) == nil)
    }

    @Test func processingInstructionsAndCDATAWaitForTheirEnd() {
        #expect(refusal("a" + String(repeating: "<?x", count: 65)) == "1:194 inline_depth")
        #expect(refusal("a" + String(repeating: String(repeating: "<?x", count: 60) + "?>", count: 10)) == nil)
        #expect(refusal("a" + String(repeating: "<![CDATA[x]]>", count: 100)) == nil)
        #expect(refusal("a" + String(repeating: "<![CDATA[x", count: 40)) == "1:324 inline_depth", "its two [ stay open too")
    }

    @Test func closingParenthesesAfterAWebAddressAreBounded() {
        #expect(refusal("www.a" + String(repeating: ")", count: 64)) == nil)
        #expect(refusal("see www.a" + String(repeating: ")", count: 65)) == "1:74 inline_depth")
        #expect(refusal("a" + String(repeating: ")", count: 200)) == nil, "only after a web address")
        #expect(refusal("http://a " + String(repeating: ")", count: 200)) == nil, "in the same word")
    }

    @Test func limitsCanBeLoweredAndRaised() {
        #expect(refusal("[[[[", limits(.inlineDepth, 3)) == "1:4 inline_depth")
        #expect(refusal(String(repeating: "[", count: 200), limits(.inlineDepth, 200)) == nil)
        #expect(refusal("> > > a", limits(.nestingDepth, 2)) == "1:5 nesting_depth")
    }

    // MARK: autolinks_per_word

    @Test func webAndEmailAddressesRunTogetherAreBounded() {
        #expect(refusal(String(repeating: "www.a", count: 16)) == nil)
        #expect(refusal(String(repeating: "www.a", count: 17)) == "1:81 autolinks_per_word")
        #expect(refusal(String(repeating: "a@b.c https://x.y/www.z ", count: 300)) == nil, "one or two per word are ordinary")
    }

    // MARK: tables

    @Test func aDelimiterRowMayFollowAtMostTenLinesOfParagraph() {
        let text = { (lines: Int) in String(repeating: "x\n", count: lines) }
        #expect(refusal(text(10) + "|-|-|\n") == nil)
        #expect(refusal(text(11) + "|-|-|\n") == "12:1 table_header_lines")
        #expect(refusal(text(11) + ":-\n") == "12:1 table_header_lines")
        #expect(refusal(text(30) + "---\n") == nil, "a heading underline")
        #expect(refusal(text(30) + "- | -\n") == nil, "a list item")
        #expect(refusal(text(30) + "\n|-|-|\n") == nil, "after a blank line")
    }

    @Test func tableColumnsAreBounded() {
        let table = { (columns: Int) in "|" + String(repeating: "x|", count: columns) + "\n|" + String(repeating: "-|", count: columns) + "\n" }
        #expect(refusal(table(128) + "|a|\n") == nil)
        #expect(refusal(table(129)) == "2:1 table_columns")
        #expect(refusal(table(2) + "|" + String(repeating: "a|", count: 129) + "\n") == "3:257 table_columns")
        #expect(refusal(table(2) + "\n" + String(repeating: "a|", count: 300) + "\n") == nil, "pipes outside a table")
    }

    @Test func tableCellsAreCountedOverTheWholeBody() {
        let cells = limits(.tableCells, 20)
        let table = "| a | b |\n|---|---|\n" + String(repeating: "| 1 |\n", count: 4)   // 5 rows × 2 columns
        #expect(refusal(table + "\n" + table, cells) == nil)
        #expect(refusal(table + "\n" + table + "| 1 |\n", cells) == "14:1 table_cells")
        #expect(refusal(table + "\nText\n\n" + table, cells) == nil, "a blank line ends a table")
    }
}
