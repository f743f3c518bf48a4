import Markdown
import Testing

/// What the options and the always-on extensions do to the HTML.
@Suite struct RenderingTests {
    private func html(_ markdown: String, _ options: MarkdownOptions = .init()) -> String {
        MarkdownRenderer.render(markdown, options: options).html
    }

    // MARK: Safe and unsafe HTML

    @Test func safeModeOmitsRawHTML() {
        #expect(html("<div>hi</div>\n") == "<!-- raw HTML omitted -->\n")
        #expect(html("a <b>x</b>\n") == "<p>a <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n")
    }

    @Test func safeModeEmptiesDangerousURLs() {
        #expect(html("[x](javascript:alert(1)) ![i](vbscript:x)\n")
            == "<p><a href=\"\">x</a> <img src=\"\" alt=\"i\" /></p>\n")
        // Ordinary URLs are untouched.
        #expect(html("[x](https://example.com/a?b=1&c=2)\n")
            == "<p><a href=\"https://example.com/a?b=1&amp;c=2\">x</a></p>\n")
    }

    @Test func unsafeModePassesHTMLAndURLsThrough() {
        let options = MarkdownOptions(unsafeHTML: true)
        #expect(html("<div>hi</div>\n", options) == "<div>hi</div>\n")
        #expect(html("a <b>x</b> [x](javascript:alert(1))\n", options)
            == "<p>a <b>x</b> <a href=\"javascript:alert(1)\">x</a></p>\n")
    }

    // MARK: Task items

    /// A task box gets its item's text as its name (its own line: code, emphasis and smart
    /// quotes as read, not a nested list's); without the option, cmark's box as is.
    @Test func labeledTaskItemsNameEachBoxAfterItsItem() {
        let markdown = "- [x] Sign the *offer* & \"`contract`\"\n- [ ] Start\n  - [ ] Meet the team\n  - plain\n\n1. [ ] ![](a.png)\n2. [ ] ![Boots](b.png) on\n"
        #expect(html(markdown, .init(labeledTaskItems: true)) == """
            <ul>
            <li><input type="checkbox" checked="" disabled="" aria-label="Sign the offer &amp; “contract”" /> Sign the <em>offer</em> &amp; “<code>contract</code>”</li>
            <li><input type="checkbox" disabled="" aria-label="Start" /> Start
            <ul>
            <li><input type="checkbox" disabled="" aria-label="Meet the team" /> Meet the team</li>
            <li>plain</li>
            </ul>
            </li>
            </ul>
            <ol>
            <li><input type="checkbox" disabled="" /> <img src="a.png" alt="" /></li>
            <li><input type="checkbox" disabled="" aria-label="Boots on" /> <img src="b.png" alt="Boots" /> on</li>
            </ol>

            """)
        #expect(!html(markdown).contains("aria-label"))
        // Quotes and angle brackets as written (code, no smart quotes) stay inside the attribute.
        let raw = html("- [x] `a\"<b>'&` \"c\"\n", .init(smartPunctuation: false, labeledTaskItems: true))
        #expect(raw.contains(#"aria-label="a&quot;&lt;b&gt;'&amp; &quot;c&quot;" />"#), "\(raw)")
    }

    /// A box the page spells itself (raw HTML) would shift the names onto the wrong items: then
    /// no box is named.
    @Test func aBoxWrittenAsRawHTMLLeavesTheBoxesUnnamed() {
        let markdown = "<input type=\"checkbox\" disabled=\"\" />\n\n- [ ] a\n"
        #expect(!html(markdown, .init(unsafeHTML: true, labeledTaskItems: true)).contains("aria-label"))
        #expect(html("- [ ] a\n- b\n", .init(labeledTaskItems: true)).contains("aria-label=\"a\""))
    }

    // MARK: Table frames

    /// A site's tables sit in a frame the theme can let scroll and keyboard users can reach; the
    /// frame is printed in safe mode too (where raw HTML is omitted), around tables only.
    @Test func framedTablesSitInAFocusableFrame() {
        let markdown = "| a | b |\n|---|---|\n| 1 | 2 |\n\ntext <div>raw</div>\n"
        let plain = html(markdown)
        #expect(plain.hasPrefix("<table>\n"))
        let framed = html(markdown, .init(framedTables: true))
        #expect(framed == "<div class=\"table-scroll\" tabindex=\"0\">\n" + plain.replacingOccurrences(
            of: "</table>\n", with: "</table>\n</div>\n"))
        #expect(html("no table\n", .init(framedTables: true)) == "<p>no table</p>\n")
    }

    // MARK: Smart punctuation

    @Test func smartPunctuationIsOnByDefault() {
        #expect(html("\"Hello\" -- it's... --- done\n") == "<p>“Hello” – it’s… — done</p>\n")
    }

    @Test func smartPunctuationCanBeTurnedOff() {
        #expect(html("\"Hello\" -- it's...\n", .init(smartPunctuation: false))
            == "<p>&quot;Hello&quot; -- it's...</p>\n")
    }

    // MARK: GFM extensions

    @Test func tables() {
        let expected = """
            <table>
            <thead>
            <tr>
            <th align="left">a</th>
            <th align="right">b</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td align="left">1</td>
            <td align="right">2</td>
            </tr>
            </tbody>
            </table>

            """
        #expect(html("| a | b |\n|:-|-:|\n| 1 | 2 |\n") == expected)
    }

    @Test func strikethrough() {
        #expect(html("~~gone~~ and ~this~\n") == "<p><del>gone</del> and <del>this</del></p>\n")
    }

    @Test func autolinks() {
        #expect(html("www.example.com https://x.org/a foo@bar.com\n") == """
            <p><a href="http://www.example.com">www.example.com</a> \
            <a href="https://x.org/a">https://x.org/a</a> \
            <a href="mailto:foo@bar.com">foo@bar.com</a></p>

            """)
    }

    @Test func tagFilterEscapesDangerousTagsEvenWhenUnsafe() {
        // The tag filter only works when the parser's extensions reach cmark_render_html.
        let options = MarkdownOptions(unsafeHTML: true)
        #expect(html("a <xmp>b</xmp> <em>ok</em>\n", options) == "<p>a &lt;xmp>b&lt;/xmp> <em>ok</em></p>\n")
        #expect(html("<title>x</title>\n\n<script>alert(1)</script>\n", options)
            == "&lt;title>x&lt;/title>\n&lt;script>alert(1)&lt;/script>\n")
    }

    @Test func taskLists() {
        #expect(html("- [x] done\n- [ ] todo\n") == """
            <ul>
            <li><input type="checkbox" checked="" disabled="" /> done</li>
            <li><input type="checkbox" disabled="" /> todo</li>
            </ul>

            """)
    }

    @Test func footnotes() {
        #expect(html("Pay[^pay].\n\n[^pay]: Competitive.\n") == """
            <p>Pay<sup class="footnote-ref"><a href="#fn-pay" id="fnref-pay" data-footnote-ref>1</a></sup>.</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-pay">
            <p>Competitive. <a href="#fnref-pay" class="footnote-backref" data-footnote-backref \
            aria-label="Back to content">↩</a></p>
            </li>
            </ol>
            </section>

            """)
    }

    // MARK: Inputs that must not crash

    @Test func emptyInput() {
        let rendered = MarkdownRenderer.render("")
        #expect(rendered == RenderedMarkdown(html: "", headings: [], brokenLinks: []))
        #expect(MarkdownRenderer.render("\n\n  \n").html == "")
    }

    @Test func nulBytesBecomeReplacementCharacters() {
        #expect(html("a\u{0}b\n") == "<p>a\u{FFFD}b</p>\n")
        let heading = MarkdownRenderer.render("# x\u{0}y\n")
        #expect(heading.html == "<h1 id=\"xy\">x\u{FFFD}y</h1>\n")
        #expect(heading.headings.first?.text == "x\u{FFFD}y")
    }

    @Test func hugeAndPathologicalInputs() {
        let paragraphs = String(repeating: "Some *text* with `code`, ~~del~~ and [a link](x.md).\n\n", count: 50_000)
        let big = MarkdownRenderer.render(paragraphs + "# End\n")
        #expect(big.html.hasSuffix("<h1 id=\"end\">End</h1>\n"))
        #expect(big.html.utf8.count > 4_000_000)

        // Deep nesting and unclosed brackets are cmark's classic slow paths; they must finish.
        _ = MarkdownRenderer.render(String(repeating: ">", count: 20_000) + " deep\n")
        _ = MarkdownRenderer.render(String(repeating: "[", count: 50_000) + "x")
        _ = MarkdownRenderer.render(String(repeating: "*a ", count: 50_000))
        let headings = String(repeating: "## Same\n", count: 5_000)
        let many = MarkdownRenderer.render(headings)
        #expect(many.headings.count == 5_000)
        #expect(many.headings.last?.id == "same-4999")
    }

    // MARK: Plain text

    @Test func plainTextDropsMarkupAndCollapsesWhitespace() {
        let markdown = """
            # Senior *Engineer*

            We use `Swift` & **cmark**.
            See <b>this</b> ![logo](l.png) [docs](d.md)[^1].

            - one
            - two

            [^1]: A footnote.

            """
        #expect(MarkdownRenderer.plainText(markdown)
            == "Senior Engineer We use Swift & cmark. See this docs. one two")
        #expect(MarkdownRenderer.plainText("") == "")
        #expect(MarkdownRenderer.plainText("\"Quotes\"") == "“Quotes”")
    }
}
