import Diagnostics
import TestSupport
import Testing

@testable import Markdown

/// Kind 4 of issue 12: the Markdown stage's own passes grow linearly with the document.
@Suite("Markdown steps grow linearly with the document")
struct MarkdownWorkTests {
    @Test func theHeadingMarkerIsChosenInOnePassHoweverManyCandidatesTheInputSpells() {
        func spelling(_ n: Int) -> String {
            "<jobsite-heading:\n" + (1..<n).map { "<jobsite-heading-\($0):\n" }.joined()
        }
        func marker(_ text: String) -> String {
            var text = text
            return text.withUTF8 { String(decoding: HeadingIDs.Marker(avoiding: $0).prefix, as: UTF8.self) }
        }
        #expect(marker("plain") == "<jobsite-heading:")
        #expect(marker(spelling(3)) == "<jobsite-heading-3:")
        #expect(marker("<jobsite-heading-1: <jobsite-heading:") == "<jobsite-heading-2:")
        #expect(workGrowth(from: 500) { _ = marker(spelling($0)) } < linearGrowth)
    }

    @Test func columnsOfManyLinksOnOneLineAreCountedOnce() {
        func line(_ n: Int) -> String { String(repeating: "é [a](x.md) ", count: n) + "\n" }
        let broken = MarkdownRenderer.render(line(3)) { _ in .broken }.brokenLinks
        #expect(broken.map(\.column) == [3, 15, 27])
        #expect(workGrowth(from: 500) { _ = MarkdownRenderer.render(line($0)) { _ in .broken } } < linearGrowth)
    }

    @Test func manyHeadingsWithOneNameGetTheirIDsInLinearWork() {
        #expect(MarkdownRenderer.render("# A\n# A 1\n# A\n# A\n").headings.map(\.id) == ["a", "a-1", "a-2", "a-3"])
        #expect(workGrowth(from: 500) { _ = MarkdownRenderer.render(String(repeating: "# Intro\n", count: $0)) } < linearGrowth)
    }
}
