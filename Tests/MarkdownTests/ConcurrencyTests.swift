import Dispatch
import Foundation
import Markdown
import Testing

/// `cmark_parser_finish` in cmark-gfm 0.29.0.gfm.6 edits a global table of special characters;
/// two parsers finishing at once silently lose strikethrough and autolinks. The renderer
/// serializes that one call. This test renders many documents in parallel and requires each to
/// match its serial rendering; without the lock it fails within a few runs.
@Suite struct ConcurrencyTests {
    /// Varied documents, each using the inline extensions the race breaks (strikethrough,
    /// autolinks) plus tables, task lists, footnotes, headings and links.
    static func documents(count: Int) -> [String] {
        (0..<count).map { i in
            var parts = ["# Document \(i)\n", "Some ~~struck \(i)~~ text and www.example\(i).com here.\n"]
            if i % 2 == 0 { parts.append("| a | b |\n|---|:-:|\n| ~x\(i)~ | https://x.org/\(i) |\n") }
            if i % 3 == 0 { parts.append("- [x] done ~\(i)~\n- [ ] mail me@example\(i).org\n") }
            if i % 4 == 0 { parts.append("Footnote[^n\(i)] \"quoted\" -- dash.\n\n[^n\(i)]: Note ~~\(i)~~.\n") }
            if i % 5 == 0 { parts.append("## Same\n\n## Same\n\n> [link](page\(i).md) ![img](i\(i).png)\n") }
            if i % 7 == 0 { parts.append(String(repeating: "~~a~~ www.b.com *c* ", count: i % 50 + 1) + "\n") }
            // Rotate the parts so that the documents differ in shape, not only in text.
            let shift = i % parts.count
            return (parts[shift...] + parts[..<shift]).joined(separator: "\n")
        }
    }

    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Int: RenderedMarkdown] = [:]
        func set(_ index: Int, _ result: RenderedMarkdown) { lock.withLock { results[index] = result } }
        func get(_ index: Int) -> RenderedMarkdown? { lock.withLock { results[index] } }
    }

    @Test func parallelRenderingEqualsSerialRendering() {
        let documents = Self.documents(count: 240)
        let resolve: @Sendable (String) -> LinkResolution = { $0.hasSuffix(".md") ? .replace("/x/") : .broken }
        let serial = documents.map { MarkdownRenderer.render($0, resolveLink: resolve) }
        // The serial rendering itself must have the extensions applied, or equality proves nothing.
        #expect(serial.allSatisfy { $0.html.contains("<del>") && $0.html.contains("<a href=\"http://www.example") })

        let rounds = 4
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: documents.count * rounds) { n in
            let index = n % documents.count
            let rendered = MarkdownRenderer.render(documents[index], resolveLink: resolve)
            if rendered != serial[index] { results.set(index, rendered) }
        }
        var mismatches = 0
        for index in documents.indices {
            if let wrong = results.get(index) {
                mismatches += 1
                Issue.record("document \(index) differs when rendered in parallel:\n\(wrong.html)\nvs\n\(serial[index].html)")
            }
        }
        #expect(mismatches == 0)
    }

    @Test func parallelRenderingFromSwiftConcurrency() async {
        let documents = Self.documents(count: 200)
        let serial = documents.map { MarkdownRenderer.render($0) }
        let parallel = await withTaskGroup(of: (Int, RenderedMarkdown).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask { (index, MarkdownRenderer.render(document)) }
            }
            var results = [RenderedMarkdown?](repeating: nil, count: documents.count)
            for await (index, rendered) in group { results[index] = rendered }
            return results
        }
        #expect(parallel == serial.map { Optional($0) })
    }
}
