import Content
import Site

/// The structured data of each kind of page, as `<script type="application/ld+json">` texts.
extension RenderJob {
    /// A posting's JobPosting. Its description is what the page shows as the posting: the body
    /// and the shared sections under their headings.
    func jobPostingMarkup(_ role: Role, body: String, sections: [ShownSection], url: String) -> String {
        var description = body
        for section in sections {
            description += "<h2>\(Self.escapingHTML(section.title))</h2>\n" + section.rendered.html
        }
        if description.allSatisfy(\.isWhitespace) {
            // Google requires a description; a posting without a body still has its summary or title.
            description = "<p>\(Self.escapingHTML(role.summary ?? role.title))</p>\n"
        }
        let benefits = sections.first { $0.id == PostingSection.Known.benefits.rawValue }.map(self.sections.plainText)
        let page = Markup.PostingPage(url: url, descriptionHTML: description, benefits: benefits, logo: organizationLogo)
        return JSONLD.scriptText(Markup.jobPosting(role, config: graph.config, page: page))
    }

    /// The home page's Organization.
    func organizationMarkup() -> String {
        JSONLD.scriptText(Markup.organization(graph.config, logo: organizationLogo, withContext: true))
    }

    /// The FAQ page's FAQPage: the questions that have an answer (Google requires one), or nil.
    func faqMarkup(_ entries: [FAQItem]) -> String? {
        let answered = entries.compactMap { entry in
            entry.answer.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : (entry.question, $0) }
        }
        return answered.isEmpty ? nil : JSONLD.scriptText(Markup.faqPage(answered))
    }

    /// The BreadcrumbList of the page at `path`: the home page, each folder above it that is a
    /// page (`/roles/`, `/teams/` for `/teams/platform/`), and the page itself; generated pages'
    /// names in the language of `views` (the page's).
    func breadcrumbMarkup(_ path: SitePath, title: String, in views: ViewBuilder? = nil) -> String {
        let views = views ?? self.views
        let base = graph.config.baseURL
        var trail = [(name: graph.config.title, url: base)]
        var folder = ""
        for segment in path.document.split(separator: "/").dropLast() {
            folder += "/\(segment)"
            let parent = SitePath(folder + "/")
            if let name = Self.listTitle(parent, views.words) ?? pageTitles[parent.value] ?? ladderTitle(parent) {
                trail.append((name, base + views.path(parent)))
            }
        }
        trail.append((title, base + views.path(path)))
        return JSONLD.scriptText(Markup.breadcrumbs(trail))
    }

    /// The title of the ladder whose page is at `path`: the step above its level and compare pages.
    func ladderTitle(_ path: SitePath) -> String? {
        guard let route = graph.routes.route(at: path), route.kind == .ladder, case .ladder(let ladder)? = route.document else { return nil }
        return ladder.title
    }

    /// Absolute URL of `organization.logo`.
    var organizationLogo: String? {
        graph.config.organization?.logo.map { views.fileURL($0.value, root: graph.config.baseURL) }
    }

    static func escapingHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
