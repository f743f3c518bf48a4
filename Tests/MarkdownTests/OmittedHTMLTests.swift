import Markdown
import Testing

/// Raw HTML that safe mode drops, with the position of its `<` (Unicode scalars, as diagnostics
/// count), found in the walk that already resolves links.
@Suite struct OmittedHTMLTests {
    static func omitted(_ markdown: String, unsafe: Bool = false) -> [String] {
        MarkdownRenderer.render(markdown, options: MarkdownOptions(unsafeHTML: unsafe))
            .omittedHTML.map { "\($0.line):\($0.column) <\($0.tag)>" }
    }

    @Test func blocksAndInlineTagsAreFoundAtTheirLessThanSign() {
        let markdown = """
            Grüße <span class="x">text</span> and <br/> end<!-- note -->.

            <div class="ats">
            Pasted text
            </div>

            - item
              <table><tr><td>x</td></tr></table>

            > quoted
            lazy ä <em>line</em>

            > <section>
            > quoted block
            > </section>
            """
        #expect(Self.omitted(markdown) == ["1:7 <span>", "1:39 <br>", "3:1 <div>", "8:3 <table>", "11:8 <em>", "13:3 <section>"])
    }

    @Test func nothingIsReportedWhenRawHTMLIsPublishedOrAbsent() {
        #expect(Self.omitted("<div>kept</div>\n\nText <b>bold</b>", unsafe: true) == [])
        #expect(Self.omitted("a < b, `<div>` in code, and\n\n    <div>indented code</div>") == [])
    }
}
