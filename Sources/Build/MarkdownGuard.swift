import Content
import Diagnostics
import Markdown

extension MarkdownLimits {
    /// The site's limits: the defaults, with those `site.yml` sets under `limits:`.
    public init(_ config: SiteConfig) {
        self.init()
        for (name, value) in config.limits {
            if let limit = Limit(rawValue: name) { self[limit] = value }
        }
    }

    /// Checks a Markdown body of `file` whose first line is line `firstLine` of the file; a body
    /// past a limit is an error at the place in the file where it crossed the limit.
    public func diagnostic(checking body: String, file: String, firstLine: Int) -> Diagnostic? {
        check(body).map { violation in
            .error(violation.message,
                   at: SourceLocation(file: file, line: firstLine + violation.line - 1, column: violation.column),
                   rule: "markdown.limit")
        }
    }
}
