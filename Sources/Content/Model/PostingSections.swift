import Diagnostics

/// Markdown a posting shows as a section of its own: written in place (in `site.yml` or a
/// posting's front matter) or kept in a file under `content/_shared/`.
public enum SectionText: Sendable, Hashable {
    /// Markdown with the file it is written in, so link errors point into that file.
    case markdown(MarkdownBody, source: String)
    /// A Markdown file, as a path from the site root (`content/_shared/benefits.md`), and where
    /// it is named; the build reads it and turns this into `.markdown`.
    case file(String, at: SourceLocation)
}

/// What every posting of a company repeats — benefits, the equal-opportunity statement, how
/// hiring works — written once in `site.yml` (`postings.sections`) and shown after each
/// posting's description, in the order written.
public struct PostingSection: Sendable, Hashable {
    /// Ids with a known meaning and a default title. `benefits` also becomes `jobBenefits` in
    /// the JobPosting structured data. Any other id is a section of the site's own and needs a title.
    public enum Known: String, Sendable, CaseIterable {
        case company, benefits, compensation, hiring, eoe
        case aiScreening = "ai_screening"
        /// Whether the posting is for an existing vacancy (Ontario asks every posting to say).
        case vacancy
    }

    /// `benefits`, `eoe`, or an id of the site's own: lowercase letters, digits and `_`.
    public var id: String
    /// The title site.yml gives; nil for a known section's default title (in the theme's strings).
    public var title: String?
    public var text: SectionText

    public init(id: String, title: String?, text: SectionText) {
        self.id = id
        self.title = title
        self.text = text
    }

    /// The anchor of the section on a posting page (`section-ai-screening`).
    public var anchor: String {
        "section-" + id.replacingOccurrences(of: "_", with: "-")
    }
}

/// A posting's own choice for one shared section (`sections:` in its front matter).
public enum SectionOverride: Sendable, Hashable {
    /// `eoe: false`: this posting does not show the section.
    case omitted
    /// Its own text (and title, when given) in place of the shared one.
    case replaced(title: String?, text: SectionText)
}
