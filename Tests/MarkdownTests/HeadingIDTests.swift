import Markdown
import Testing

/// GitHub-style `id` attributes on headings, and the `headings` list.
@Suite struct HeadingIDTests {
    private func ids(_ markdown: String) -> [String] {
        MarkdownRenderer.render(markdown).headings.map(\.id)
    }

    @Test func idGoesIntoTheOpeningTag() {
        let rendered = MarkdownRenderer.render("## Responsibilities\n\nText.\n")
        #expect(rendered.html == "<h2 id=\"responsibilities\">Responsibilities</h2>\n<p>Text.</p>\n")
        #expect(rendered.headings == [Heading(level: 2, text: "Responsibilities", id: "responsibilities")])
    }

    @Test func everyLevelAndSetextHeadings() {
        let rendered = MarkdownRenderer.render("# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six\nSeven\n=====\nEight\n---\n")
        #expect(rendered.headings.map(\.level) == [1, 2, 3, 4, 5, 6, 1, 2])
        #expect(rendered.html == """
            <h1 id="one">One</h1>
            <h2 id="two">Two</h2>
            <h3 id="three">Three</h3>
            <h4 id="four">Four</h4>
            <h5 id="five">Five</h5>
            <h6 id="six">Six</h6>
            <h1 id="seven">Seven</h1>
            <h2 id="eight">Eight</h2>

            """)
    }

    @Test func duplicatesGetNumberedSuffixes() {
        #expect(ids("## FAQ\n## FAQ\n## FAQ\n") == ["faq", "faq-1", "faq-2"])
        // A suffix that a real heading already uses is skipped, so ids stay unique.
        #expect(ids("# Intro\n# Intro 1\n# Intro\n") == ["intro", "intro-1", "intro-2"])
        #expect(ids("# Intro 1\n# Intro\n# Intro\n") == ["intro-1", "intro", "intro-2"])
    }

    @Test func punctuationIsDroppedAndSpacesBecomeHyphens() {
        #expect(ids("## Hello, World! (v2.0)\n") == ["hello-world-v20"])
        #expect(ids("## What's *new* in 2024?\n") == ["whats-new-in-2024"])  // smart ’ dropped too
        #expect(ids("## snake_case and kebab-case\n") == ["snake_case-and-kebab-case"])
        #expect(ids("## A &amp; B\n") == ["a--b"])  // like GitHub: each space is a hyphen
        #expect(ids("## Ship it 🚀\n") == ["ship-it-"])
    }

    @Test func unicodeLettersAndDigitsAreKept() {
        #expect(ids("## Über Café\n") == ["über-café"])
        #expect(ids("## 日本語の見出し\n") == ["日本語の見出し"])
        #expect(ids("## Ärger ΣΊΣΥΦΟΣ ٣\n") == ["ärger-σίσυφοσ-٣"])
        #expect(ids("## हिन्दी\n") == ["हिन्दी"])  // vowel signs are marks and stay
    }

    @Test func codeSpansCountLinksAndImagesDoNot() {
        let rendered = MarkdownRenderer.render("## The `render()` API, see [docs](d.md) ![icon](i.png)\n")
        #expect(rendered.headings.first?.text == "The render() API, see docs ")
        #expect(rendered.headings.first?.id == "the-render-api-see-docs-")
        #expect(rendered.html.hasPrefix("<h2 id=\"the-render-api-see-docs-\">The <code>render()</code> API"))
    }

    @Test func emptyHeadingsBecomeSection() {
        #expect(ids("#\n## !!!\n### ***\n") == ["section", "section-1", "section-2"])
        #expect(MarkdownRenderer.render("#\n").html == "<h1 id=\"section\"></h1>\n")
    }

    @Test func multiLineSetextHeadingJoinsLinesWithSpaces() {
        let rendered = MarkdownRenderer.render("Senior\nEngineer\n===\n")
        #expect(rendered.headings == [Heading(level: 1, text: "Senior Engineer", id: "senior-engineer")])
    }

    @Test func headingInsideFootnoteAndQuote() {
        let rendered = MarkdownRenderer.render("> # Quoted\n\nx[^n]\n\n[^n]: ## In note\n")
        #expect(rendered.headings.map(\.id) == ["quoted", "in-note"])
        #expect(rendered.html.contains("<blockquote>\n<h1 id=\"quoted\">Quoted</h1>"))
        #expect(rendered.html.contains("<h2 id=\"in-note\">In note</h2>"))
    }

    @Test func withoutHeadingIDsOutputIsPlainCmark() {
        let rendered = MarkdownRenderer.render("# One\n## One\n", options: .init(headingIDs: false))
        #expect(rendered.html == "<h1>One</h1>\n<h2>One</h2>\n")
        #expect(rendered.headings.map(\.id) == ["one", "one-1"])  // still reported, e.g. for a TOC
    }

    @Test func inputThatMimicsTheMarkerCannotConfuseIt() {
        // Raw HTML passes through in unsafe mode: with a fixed marker this input would break it.
        let markdown = """
            # Real

            <div>
            <jobsite-heading:0><jobsite-heading-1:0>
            </div>

            `<jobsite-heading:0>` <jobsite-heading:1>

            """
        let rendered = MarkdownRenderer.render(markdown, options: .init(unsafeHTML: true))
        #expect(rendered.html == """
            <h1 id="real">Real</h1>
            <div>
            <jobsite-heading:0><jobsite-heading-1:0>
            </div>
            <p><code>&lt;jobsite-heading:0&gt;</code> <a href="jobsite-heading:1">jobsite-heading:1</a></p>

            """)
    }

    @Test func headingsWithRawHTMLInSafeAndUnsafeMode() {
        #expect(MarkdownRenderer.render("## A <em>b</em>\n").html
            == "<h2 id=\"a-b\">A <!-- raw HTML omitted -->b<!-- raw HTML omitted --></h2>\n")
        #expect(MarkdownRenderer.render("## A <em>b</em>\n", options: .init(unsafeHTML: true)).html
            == "<h2 id=\"a-b\">A <em>b</em></h2>\n")
    }

    @Test func idsAreComposedHoweverTheHeadingIsTyped() {
        // Browsers compare ids code point by code point; links are typed composed (NFC).
        #expect(ids("## Vergu\u{308}tung\n## Vergütung\n") == ["vergütung", "vergütung-1"])
        #expect(ids("## か\u{3099}いこく\n") == ["がいこく"])
        #expect(ids("## Αμοιβές\n## 급여 및 복리후생\n") == ["αμοιβές", "급여-및-복리후생"])
        #expect(ids("## Vergu\u{308}tung\n").first.map { Array($0.unicodeScalars).count } == 9)
    }
}
