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
        // Line by line over UTF-8 bytes: the fences are ASCII, and bodies can be long.
        let text = file.text.utf8
        var lineStart = text.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < text.endIndex || (lineNumber == 0 && text.isEmpty) {
            lineNumber += 1
            let lineEnd = text[lineStart...].firstIndex(of: 0x0A) ?? text.endIndex
            let line = Substring(file.text[lineStart..<lineEnd]).trimmingTrailingSpaces()
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
            if yamlStart == nil {
                guard line == "---" else { break }
                yamlStart = next
            } else if line == "---" || line == "..." {
                let yaml = yamlStart! < lineStart ? String(file.text[yamlStart!..<text.index(before: lineStart)]) : ""
                return .success(FrontMatterDocument(yaml: yaml, yamlFirstLine: 2,
                                                    body: String(file.text[next...]), bodyFirstLine: lineNumber + 1))
            }
            lineStart = next
            if lineEnd == text.endIndex { break }
        }
        if yamlStart == nil {
            return .failure(.error(
                "expected the file to start with a `---` line that opens the YAML front matter",
                at: SourceLocation(file: file.path, line: 1, column: 1), rule: "front-matter.missing"))
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
