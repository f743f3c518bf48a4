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

/// The shared posting sections of site.yml, rendered once, and each posting's choice of them.
///
/// Every posting page lies at the same depth (`/roles/<slug>/`), so a shared section's links
/// read the same from each: it is rendered (and its broken links reported) once, not once per
/// posting. Its `#anchor` links are checked on every page that shows it, with the same message
/// at the same place, which the render stage reports once.
struct PostingSectionBodies: Sendable {
    private let sections: [PostingSection]
    private let shared: [String: MarkdownBodies.Rendered]
    private let options: MarkdownOptions
    /// The shared sections' broken links.
    let diagnostics: [Diagnostic]

    init(graph: SiteGraph, bodies: MarkdownBodies) {
        sections = graph.config.postingSections
        options = bodies.options
        let page = SitePath.role(graph.roles.first?.slug ?? "posting")
        var shared: [String: MarkdownBodies.Rendered] = [:]
        for section in sections {
            guard case .markdown(let body, let source) = section.text else { continue }
            shared[section.id] = bodies.render(body, source: source, on: page, scopedBy: section.anchor)
        }
        self.shared = shared
        diagnostics = sections.flatMap { shared[$0.id]?.diagnostics ?? [] }
    }

    /// The sections `role`'s page shows, in site.yml's order: its own text where it has one,
    /// none that it leaves out.
    func sections(for role: Role, on page: SitePath, bodies: MarkdownBodies) -> [ShownSection] {
        sections.compactMap { section in
            switch role.sections[section.id] {
            case .omitted:
                return nil
            case .replaced(let title, .markdown(let body, let source)):
                return ShownSection(id: section.id, title: title ?? section.title, anchor: section.anchor,
                                    rendered: bodies.render(body, source: source, on: page, scopedBy: section.anchor),
                                    markdown: body.text)
            case .replaced(_, .file), nil:
                guard case .markdown(let body, _) = section.text, var rendered = shared[section.id] else { return nil }
                rendered.diagnostics = []  // reported once, by `diagnostics`
                return ShownSection(id: section.id, title: section.title, anchor: section.anchor, rendered: rendered,
                                    markdown: body.text)
            }
        }
    }

    /// The benefits section as one line of plain text, for `jobBenefits`.
    func plainText(_ section: ShownSection) -> String {
        MarkdownRenderer.plainText(section.markdown, options: options)
    }
}
