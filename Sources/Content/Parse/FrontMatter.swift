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
    /// The Markdown of a file as `jobsite render` shows it, read exactly as the build reads a
    /// content file: `SourceFile.decode` (byte order mark dropped, CRLF and CR line endings
    /// normalised), then `split`, and the body after a front matter block that is a YAML
    /// mapping. Anything else is Markdown as it stands and is returned as cmark would read it:
    /// no front matter, a `---` that opens a thematic break or a setext heading, or bytes that
    /// are not UTF-8 text (invalid sequences become U+FFFD).
    public static func markdownBody(ofFile bytes: [UInt8], path: String) -> String {
        if case .success(let file) = SourceFile.decode(path: path, bytes: bytes, expected: nil),
           file.text.hasPrefix("---"), case .success(let document) = split(file),
           case .mapping? = composeYAML(document.yaml, sink: DiagnosticSink(file: path, yamlFirstLine: document.yamlFirstLine)) {
            return document.body
        }
        return String(decoding: bytes, as: UTF8.self)
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
