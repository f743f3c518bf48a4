import Diagnostics
import Yams

/// A Markdown file split into its YAML front matter and its body, with the line numbers
/// needed to report problems at the right place in the *file*.
public struct FrontMatterDocument: Sendable, Hashable {
    public var yaml: String
    /// Line of the file on which the YAML text starts (the line after the opening `---`).
    public var yamlFirstLine: Int
    public var body: String
    /// Line of the file on which the body starts.
    public var bodyFirstLine: Int

    /// Splits `---\n<yaml>\n---\n<body>`. The closing fence may also be `...`.
    public static func split(_ file: SourceFile) -> Result<FrontMatterDocument, Diagnostic> {
        var lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.popFirst(), first.trimmingTrailingSpaces() == "---" else {
            return .failure(.error(
                "expected the file to start with a `---` line that opens the YAML front matter",
                at: SourceLocation(file: file.path, line: 1, column: 1), rule: "front-matter.missing"))
        }
        var yamlLines: [Substring] = []
        var lineNumber = 1
        while let line = lines.popFirst() {
            lineNumber += 1
            let fence = line.trimmingTrailingSpaces()
            if fence == "---" || fence == "..." {
                let body = lines.joined(separator: "\n")
                return .success(FrontMatterDocument(
                    yaml: yamlLines.joined(separator: "\n"), yamlFirstLine: 2,
                    body: body, bodyFirstLine: lineNumber + 1))
            }
            yamlLines.append(line)
        }
        return .failure(.error(
            "the front matter opened on line 1 is never closed; expected a `---` line after it",
            at: SourceLocation(file: file.path, line: 1, column: 1), rule: "front-matter.unclosed"))
    }
}

extension FrontMatterDocument {
    /// The body of a Markdown text that starts with a YAML mapping between `---` lines, or nil
    /// when it does not. A text that merely starts with `---` (a thematic break or a setext
    /// heading) is Markdown, not front matter.
    public static func bodyAfterFrontMatter(_ text: String) -> String? {
        guard text.hasPrefix("---"), case .success(let split) = FrontMatterDocument.split(SourceFile(path: "", text: text)),
              case .mapping? = composeYAML(split.yaml, sink: DiagnosticSink(file: "", yamlFirstLine: 2)) else { return nil }
        return split.body
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, let previous = self[..<end].last, previous == " " || previous == "\t" {
            end = index(before: end)
        }
        return self[..<end]
    }
}
