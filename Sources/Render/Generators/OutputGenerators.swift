import Content
import Diagnostics
import Site

/// The site as the output generators see it: the graph with its route table, the view builder
/// (cards, formats), and the HTML of every open posting's description.
struct GeneratorInput: Sendable {
    let graph: SiteGraph
    let views: ViewBuilder
    /// Each open posting's description as its page shows it, by source; links in it are relative
    /// to the posting's page.
    let roleBodies: [String: String]

    /// `https://careers.example.com/roles/x/` for `/roles/x/`: `base_url` and the path, so the
    /// URL is right for a site under a subpath (`https://org.github.io/careers/roles/x/`).
    func absoluteURL(_ path: SitePath) -> String {
        graph.config.baseURL + path.value.dropFirst()
    }

    /// Open listed postings in display order, all of them or one department's.
    func listedRoles(department: String?) -> [Role] {
        guard let department else { return graph.listedRoles }
        return graph.listedRoles.filter { $0.department == department }
    }
}

/// An output that is not an HTML page: it writes the file of one route of its kind.
protocol OutputGenerator: Sendable {
    func generate(_ route: Route, _ input: GeneratorInput) -> (text: String, diagnostics: [Diagnostic])
}

/// The generators, one per kind of route that has no template.
enum OutputGenerators {
    static func generator(for kind: RouteKind) -> (any OutputGenerator)? {
        switch kind {
        case .sitemap: SitemapGenerator()
        case .robots: RobotsGenerator()
        case .feed: AtomFeedGenerator()
        case .jobs: JobsJSONGenerator()
        case .home, .roleList, .role, .closedRole, .ladderList, .ladder, .faq, .page, .notFound, .redirect: nil
        }
    }

    static func generate(_ route: Route, _ input: GeneratorInput) -> (RenderedFile, [Diagnostic]) {
        guard let generator = generator(for: route.kind) else {
            preconditionFailure("no output generator for \(route.kind) (\(route.path))")
        }
        let (text, diagnostics) = generator.generate(route, input)
        return (RenderedFile(path: route.path, text: text, kind: route.kind, sources: route.sources), diagnostics)
    }
}

/// Text for XML 1.0 content and attribute values: the five special characters escaped, and the
/// characters XML cannot carry at all (C0 controls other than tab and newlines, U+FFFE, U+FFFF)
/// left out, so no front matter value can make a feed or sitemap ill-formed.
enum XMLText {
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension Role {
    /// The slug a posting was first published under: a renamed posting keeps its old URL among
    /// its `aliases` (`/roles/<old slug>/`), and its feed entry and `jobs.json` id stay the same.
    var firstSlug: String {
        for alias in aliases {
            let parts = alias.path.split(separator: "/")
            if parts.count == 2, parts[0] == "roles", alias.path.hasSuffix("/"), URLName.isValid(String(parts[1])) {
                return String(parts[1])
            }
        }
        return slug
    }
}
