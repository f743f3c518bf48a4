import Content
import Diagnostics
import Site

/// What a reader gets when a text is missing or far too long: an open posting or a published FAQ
/// answer with no text (the page shows a title and nothing to read), and a posting summary long
/// enough to flood every card and meta description that repeats it.
///
/// A posting whose own body is empty counts as empty even when shared sections (benefits, equal
/// opportunity) follow it: those are the same on every posting and say nothing about the job.
public struct BodyLint: SiteLint {
    /// Characters. X's cards documentation limits a description to 200 characters (`og:description`
    /// stands in for it), and Google's results cut a snippet at about 160; a summary past this is a
    /// description pasted into the wrong field.
    public static let summaryLimit = 200

    public init() {}

    public func findings(in context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for role in context.graph.roles {
            if Self.isEmpty(role.body) {
                found.append(.warning("the posting has no description: its page shows the facts and no text about the job; write it below the front matter",
                                      at: Self.closingLine(of: role.body, in: role.source), rule: "role.empty-body"))
            }
            if let summary = role.summary, summary.count > Self.summaryLimit {
                found.append(.warning("the summary is \(summary.count) characters, and every card and meta description repeats it; keep it to \(Self.summaryLimit) characters (one or two sentences) and put the rest in the description",
                                      at: role.fieldLocations["summary"] ?? SourceLocation(file: role.source), rule: "role.long-summary"))
            }
        }
        for faq in context.graph.faqs where Self.isEmpty(faq.body) {
            found.append(.warning("the question '\(faq.question)' has no answer: the FAQ page shows it with nothing under it; write the answer below the front matter",
                                  at: Self.closingLine(of: faq.body, in: faq.source), rule: "faq.empty-answer"))
        }
        return found
    }

    /// Only whitespace, as Markdown renders it: nothing.
    static func isEmpty(_ body: MarkdownBody) -> Bool {
        body.text.allSatisfy(\.isWhitespace)
    }

    /// The front matter's closing `---`, the line before the body.
    static func closingLine(of body: MarkdownBody, in file: String) -> SourceLocation {
        SourceLocation(file: file, line: max(body.firstLine - 1, 1), column: 1)
    }
}
