import Build
import Foundation
import TestSupport
import Testing

/// Kind 4 of issue 12, end to end: the case that took ~28 s builds, with every id scoped and
/// every link to one still resolving. (Linearity itself is pinned by counting work, in
/// RenderTests and MarkdownTests.)
@Suite("Large FAQ answers")
struct LargeAnswerTests {
    @Test func theQuadraticFAQCaseBuildsWithEveryIDScoped() throws {
        let folder = try sharedCase("faq-answer-quadratic")
        let report = build(folder.url)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let faq = try #require(folder.read("public/faq/index.html"))
        for i in [0, 250, 499] {
            #expect(faq.contains(#"<h2 id="handbook-section-\#(i)">Section \#(i)</h2>"#))
            #expect(faq.contains(##"<a href="#handbook-fn-n\##(i)" id="handbook-fnref-n\##(i)" data-footnote-ref>"##))
        }
        #expect(!faq.contains(#"id="section-"#))
    }

    @Test func manyHeadingsWithOneNameAndLinksToEachStayDistinctAndReachable() throws {
        let n = 300
        let answer = (0..<n).map { "## Details\n\nSee [this](#details\($0 == 0 ? "" : "-\($0)")) and [the FAQ](#pay)[^\($0)].\n\n[^\($0)]: Note.\n" }
        let site = FixtureSite("""
            -- content/faq/pay.md --
            ---
            question: How is pay set?
            ---
            \(answer.joined(separator: "\n"))
            -- content/faq/more.md --
            ---
            question: More?
            ---
            ## Details
            """)
        let (report, folder) = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let faq = try #require(folder.read("public/faq/index.html"))
        #expect(faq.contains(##"<h2 id="pay-details-299">Details</h2>"##))
        #expect(faq.contains(##"<a href="#pay-details-299">this</a> and <a href="#pay">the FAQ</a>"##))
        #expect(faq.contains(##"<h2 id="more-details">Details</h2>"##))
    }
}
