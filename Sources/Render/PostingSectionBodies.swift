import Content
import Diagnostics
import Markdown
import Site

/// One section as a posting page shows it.
struct ShownSection {
    var id: String
    var title: String
    var anchor: String
    var rendered: MarkdownBodies.Rendered
    /// The Markdown, for the plain text structured data takes (`jobBenefits`).
    var markdown: String
}

/// The shared posting sections of site.yml, rendered once per page depth, and each posting's
/// choice of them.
///
/// Postings in the same folder depth (`/roles/<slug>/`, `/roles/eng/<slug>/`) read a shared
/// section's links the same: it is rendered once per depth, not once per posting, and its broken
/// links are reported once. Its `#anchor` links are checked on every page that shows it, with
/// the same message at the same place, which the render stage reports once.
struct PostingSectionBodies: Sendable {
    private let sections: [PostingSection]
    /// Rendered sections by page depth (slashes in the posting's slug), then by section id.
    private let shared: [Int: [String: MarkdownBodies.Rendered]]
    private let options: MarkdownOptions
    /// The shared sections' broken links.
    let diagnostics: [Diagnostic]

    init(graph: SiteGraph, bodies: MarkdownBodies) {
        sections = graph.config.postingSections
        options = bodies.options
        var pages: [Int: SitePath] = [:]
        for role in graph.roles where pages[Self.depth(role.slug)] == nil {
            pages[Self.depth(role.slug)] = .role(role.slug)
        }
        if pages.isEmpty { pages[0] = .role("posting") }
        var shared: [Int: [String: MarkdownBodies.Rendered]] = [:]
        for (depth, page) in pages {
            for section in sections {
                guard case .markdown(let body, let source) = section.text else { continue }
                shared[depth, default: [:]][section.id] = bodies.render(body, source: source, on: page, scopedBy: section.anchor)
            }
        }
        self.shared = shared
        // Each depth finds the same broken links; the shallowest reports them.
        let first = shared[pages.keys.min() ?? 0] ?? [:]
        diagnostics = sections.flatMap { first[$0.id]?.diagnostics ?? [] }
    }

    /// The theme's string keys of the known sections' default titles, so that they follow the
    /// page's language.
    static let titleKeys: [PostingSection.Known: String] = [
        .company: "sectionCompany", .benefits: "sectionBenefits", .compensation: "sectionCompensation",
        .hiring: "sectionHiring", .eoe: "sectionEqualOpportunity", .aiScreening: "sectionAIScreening",
        .vacancy: "sectionVacancy",
    ]

    private static func depth(_ slug: String) -> Int { slug.count { $0 == "/" } }

    /// The sections `role`'s page shows, in site.yml's order: its own text where it has one,
    /// none that it leaves out; a known section's default title in `words`' language.
    func sections(for role: Role, on page: SitePath, bodies: MarkdownBodies, words: Localization) -> [ShownSection] {
        sections.compactMap { section in
            let title = section.title ?? PostingSection.Known(rawValue: section.id).flatMap { Self.titleKeys[$0] }.map { words.text($0) } ?? section.id
            switch role.sections[section.id] {
            case .omitted:
                return nil
            case .replaced(let own, .markdown(let body, let source)):
                return ShownSection(id: section.id, title: own ?? title, anchor: section.anchor,
                                    rendered: bodies.render(body, source: source, on: page, scopedBy: section.anchor),
                                    markdown: body.text)
            case .replaced(_, .file), nil:
                guard case .markdown(let body, _) = section.text,
                      var rendered = shared[Self.depth(role.slug)]?[section.id] else { return nil }
                rendered.diagnostics = []  // reported once, by `diagnostics`
                return ShownSection(id: section.id, title: title, anchor: section.anchor, rendered: rendered,
                                    markdown: body.text)
            }
        }
    }

    /// The benefits section as one line of plain text, for `jobBenefits`.
    func plainText(_ section: ShownSection) -> String {
        MarkdownRenderer.plainText(section.markdown, options: options)
    }
}
