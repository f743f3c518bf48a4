import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import Content

/// Parses `text` as `site.yml` or as the content file at `path`, as the build would.
func parseAny(_ path: String, _ text: String) -> (document: Document?, config: SiteConfig?, diagnostics: [Diagnostic]) {
    let file = SourceFile(path: path, text: text)
    if path == "site.yml" {
        let (config, diagnostics) = ConfigParser.parse(file)
        return (nil, config, diagnostics)
    }
    let (document, diagnostics) = ContentParser.parse(file)
    return (document, nil, diagnostics)
}

/// Parses `text` as the content file at `path`.
func parse(_ path: String, _ text: String) -> (document: Document?, diagnostics: [Diagnostic]) {
    ContentParser.parse(SourceFile(path: path, text: text))
}

extension Document {
    var role: Role? { if case .role(let role) = self { role } else { nil } }
    var ladder: Ladder? { if case .ladder(let ladder) = self { ladder } else { nil } }
    var faq: FAQEntry? { if case .faq(let faq) = self { faq } else { nil } }
    var page: Page? { if case .page(let page) = self { page } else { nil } }
}

/// A case of a parameterized test: a fixture and what it should produce, shown by its label.
struct Example: Sendable, CustomTestStringConvertible {
    var label: String
    var text: String
    var expected: [String]

    init(_ label: String, _ text: String, _ expected: String...) {
        self.label = label
        self.text = text
        self.expected = expected
    }

    var testDescription: String { label }
}

/// Writes `text` at `path` below `folder`, creating the folders in between.
func write(_ text: String, to path: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}
