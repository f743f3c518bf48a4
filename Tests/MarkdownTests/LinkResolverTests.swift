import Foundation
import Markdown
import Testing

/// The `resolveLink` hook: keep, replace, broken, and where broken links are reported.
@Suite struct LinkResolverTests {
    /// Collects what the resolver was asked, from a `@Sendable` closure.
    final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var destinations: [String] = []
        func append(_ destination: String) { lock.withLock { destinations.append(destination) } }
        var all: [String] { lock.withLock { destinations } }
    }

    private func brokenLinks(_ markdown: String) -> [BrokenLink] {
        MarkdownRenderer.render(markdown) { _ in .broken }.brokenLinks
    }

    @Test func resolverSeesEveryLinkAndImageInDocumentOrder() {
        let calls = Calls()
        let markdown = """
            # Jobs [index](index.md)

            See [a](a.md), ![logo](img/logo.png) and <https://example.com> or www.example.org.
            [ref][r] and [^1].

            [r]: reference.md
            [^1]: Note with [b](b.md).

            """
        _ = MarkdownRenderer.render(markdown) { destination in
            calls.append(destination)
            return .keep
        }
        #expect(calls.all == [
            "index.md", "a.md", "img/logo.png", "https://example.com", "http://www.example.org",
            "reference.md", "b.md",
        ])
    }

    @Test func keepLeavesTheOutputUnchanged() {
        let markdown = "[a](a.md) ![i](i.png)\n"
        #expect(MarkdownRenderer.render(markdown) { _ in .keep } == MarkdownRenderer.render(markdown))
    }

    @Test func replaceRewritesLinksAndImages() {
        let rendered = MarkdownRenderer.render("[Engineer](jobs/engineer.md \"Title\") ![logo](logo.png)\n") { destination in
            switch destination {
            case "jobs/engineer.md": .replace("/jobs/engineer/")
            case "logo.png": .replace("/assets/logo.png?v=1&x=\"2\"")
            default: .keep
            }
        }
        #expect(rendered.html == """
            <p><a href="/jobs/engineer/" title="Title">Engineer</a> \
            <img src="/assets/logo.png?v=1&amp;x=%222%22" alt="logo" /></p>

            """)
        #expect(rendered.brokenLinks.isEmpty)
    }

    @Test func replacedURLsStillGoThroughSafeMode() {
        let rendered = MarkdownRenderer.render("[x](x.md)\n") { _ in .replace("javascript:alert(1)") }
        #expect(rendered.html == "<p><a href=\"\">x</a></p>\n")
    }

    @Test func brokenKeepsTheLinkAndReportsItsPosition() {
        let markdown = """
            Intro line.
            See [the role](jobs/missing.md) and ![chart](img/gone.png).

            > Quoted [q](q.md)

            - item
              - nested [n](n.md)

            | col | link |
            | --- | ---- |
            | 1   | [t](t.md) |

            """
        let rendered = MarkdownRenderer.render(markdown) { $0.hasPrefix("img/") || $0.hasSuffix("missing.md") ? .broken : .keep }
        #expect(rendered.html.contains("<a href=\"jobs/missing.md\">the role</a>"))
        #expect(rendered.brokenLinks == [
            BrokenLink(destination: "jobs/missing.md", line: 2, column: 5),
            BrokenLink(destination: "img/gone.png", line: 2, column: 37),
        ])
        #expect(brokenLinks(markdown).map { [$0.line, $0.column] } == [
            [2, 5], [2, 37], [4, 10], [7, 12], [11, 9],
        ])
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(brokenLinks("Équipe café [x](x.md)\n") == [BrokenLink(destination: "x.md", line: 1, column: 13)])
        #expect(brokenLinks("日本 [x](x.md)\n") == [BrokenLink(destination: "x.md", line: 1, column: 4)])
    }

    @Test func linkTextSpanningLinesReportsTheLineOfItsOpeningBracket() {
        // cmark-gfm 0.29 itself reports the line of the closing bracket for these.
        let markdown = """
            First line of a paragraph with [a link whose
            text wraps onto
            the next lines](wrapped.md) and ![an image
            alt](wrapped.png).

            > Quoted [text
            > wrapping](quoted.md)

            [
            starts with a break](break.md)

            """
        #expect(brokenLinks(markdown) == [
            BrokenLink(destination: "wrapped.md", line: 1, column: 32),
            BrokenLink(destination: "wrapped.png", line: 3, column: 33),
            BrokenLink(destination: "quoted.md", line: 6, column: 10),
            BrokenLink(destination: "break.md", line: 9, column: 1),
        ])
    }

    @Test func lazyContinuationLinesReportTheRealColumn() {
        // cmark-gfm 0.29 adds the missing "> " / list indent to these columns.
        let markdown = """
            > quote
            lazy [x](x.md) and [y](y.md)

            - item
            cont [z](z.md)

            """
        #expect(brokenLinks(markdown).map { [$0.line, $0.column] } == [[2, 6], [2, 20], [5, 6]])
    }

    @Test func autolinksAndReferenceLinks() {
        // cmark-gfm places bare autolinks one column early or nowhere; they are found by text.
        let markdown = """
            Visit www.example.com or https://x.org/a, me@example.com and <https://example.org>.
            Use [the ref][r]. Again: https://x.org/a and https://x.org/a
            > quote
            lazy www.lazy.com

            [r]: https://example.net

            """
        #expect(brokenLinks(markdown) == [
            BrokenLink(destination: "http://www.example.com", line: 1, column: 7),
            BrokenLink(destination: "https://x.org/a", line: 1, column: 26),
            BrokenLink(destination: "mailto:me@example.com", line: 1, column: 43),
            BrokenLink(destination: "https://example.org", line: 1, column: 62),
            BrokenLink(destination: "https://example.net", line: 2, column: 5),
            BrokenLink(destination: "https://x.org/a", line: 2, column: 26),
            BrokenLink(destination: "https://x.org/a", line: 2, column: 46),
            BrokenLink(destination: "http://www.lazy.com", line: 4, column: 6),
        ])
    }

    @Test func crlfLineEndings() {
        #expect(brokenLinks("one\r\ntwo [x](x.md)\r\n\r\n[y](y.md)\r\n").map { [$0.line, $0.column] } == [[2, 5], [4, 1]])
    }

    @Test func linksWithAFragmentAreListedWithTheirPositionsAsWritten() {
        let markdown = """
            Über [a](a.md#x) and [b](#y), [c](c.md), [d](d.md#z).
            > [e](#w)

            """
        let rendered = MarkdownRenderer.render(markdown) { destination in
            switch destination {
            case "a.md#x": .replace("../a/#x")
            case "c.md": .replace("../c/#entry")
            case "d.md#z": .broken
            default: .keep
            }
        }
        #expect(rendered.fragmentLinks == [
            LocatedLink(destination: "../a/#x", line: 1, column: 6, written: "a.md#x"),
            LocatedLink(destination: "#y", line: 1, column: 22),
            LocatedLink(destination: "../c/#entry", line: 1, column: 31, written: "c.md"),
            LocatedLink(destination: "#w", line: 2, column: 3),
        ])
        #expect(rendered.brokenLinks == [BrokenLink(destination: "d.md#z", line: 1, column: 42)])
    }
}
