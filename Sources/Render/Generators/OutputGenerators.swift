import Content
import Diagnostics
import Foundation
import Site

/// The site as the output generators see it: the graph with its route table, the view builder
/// (cards, formats), and the HTML of every open posting's description.
struct GeneratorInput: Sendable {
    let graph: SiteGraph
    let views: ViewBuilder
    /// Each open posting's description as its page shows it, by source; links in it are relative
    /// to the posting's page.
    let roleBodies: [String: String]
    /// Open listed and closed postings by department, grouped once: a department's feed reads
    /// its own postings, not every posting of the site.
    private let listedByDepartment: [String: [Role]]
    private let closedByDepartment: [String: [Role]]

    init(graph: SiteGraph, views: ViewBuilder, roleBodies: [String: String]) {
        self.graph = graph
        self.views = views
        self.roleBodies = roleBodies
        listedByDepartment = Dictionary(grouping: graph.listedRoles.filter { $0.department != nil }, by: { $0.department! })
        closedByDepartment = Dictionary(grouping: graph.closedRoles.filter { $0.department != nil }, by: { $0.department! })
    }

    /// `https://careers.example.com/roles/x/` for `/roles/x/`: `base_url` and the path, so the
    /// URL is right for a site under a subpath (`https://org.github.io/careers/roles/x/`).
    func absoluteURL(_ path: SitePath) -> String {
        graph.config.baseURL + path.value.dropFirst()
    }

    /// Open listed postings in display order, all of them or one department's.
    func listedRoles(department: String?) -> [Role] {
        guard let department else { return graph.listedRoles }
        return listedByDepartment[department] ?? []
    }

    /// Closed postings, all of them or one department's.
    func closedRoles(department: String?) -> [Role] {
        guard let department else { return graph.closedRoles }
        return closedByDepartment[department] ?? []
    }
}

/// An output that is not an HTML page: it writes the file of one route of its kind.
protocol OutputGenerator: Sendable {
    func generate(_ route: Route, _ input: GeneratorInput) -> (text: String, diagnostics: [Diagnostic])
}

/// The generators, one per kind of route that has no template.
enum OutputGenerators {
    /// A feed's title, in `words`' language: the site's feed of open roles, or one department's.
    /// The feed and the `<link rel="alternate">` that names it on pages say the same.
    static func feedTitle(_ config: SiteConfig, department: String?, words: Localization) -> String {
        guard let department else { return words.text("feedTitle", ["site": config.title]) }
        return words.text("feedDepartmentTitle", ["site": config.title, "department": department])
    }

    static func generator(for kind: RouteKind) -> (any OutputGenerator)? {
        switch kind {
        case .sitemap: SitemapGenerator()
        case .robots: RobotsGenerator()
        case .feed: AtomFeedGenerator()
        case .jobs: JobsJSONGenerator()
        case .ladderJSON: LadderJSONGenerator()
        case .home, .roleList, .role, .closedRole, .ladderList, .ladder, .level, .compare, .faq, .page, .notFound, .redirect: nil
        }
    }

    /// A JSON file's text: pretty-printed, keys sorted, `/` unescaped, a final newline; the same
    /// value gives the same bytes.
    static func json(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Only strings, numbers, null and lists of them: encoding cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
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
    /// One pass over the UTF-8 bytes (feeds carry every posting's description, megabytes on a
    /// large site); text without anything to escape is returned as it is.
    static func escaped(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: needsWork) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 8)
        var iterator = bytes.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): result.append(contentsOf: "&apos;".utf8)
            case 0x09, 0x0A, 0x0D: result.append(byte)
            case ..<0x20: continue
            case 0xEF:
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
                let second = iterator.next(), third = iterator.next()
                if second == 0xBF, let third, third == 0xBE || third == 0xBF { continue }
                result.append(byte)
                if let second { result.append(second) }
                if let third { result.append(third) }
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: true
        case 0x09, 0x0A, 0x0D: false
        default: byte < 0x20
        }
    }
}

extension Role {
    /// The slug a posting was first published under: a renamed posting keeps its old URL among
    /// its `aliases` (`/roles/<old slug>/`, with its folders: `/roles/eng/<old slug>/`), and its
    /// JobPosting identifier, feed entry id and `jobs.json` id stay the same.
    var firstSlug: String {
        for alias in aliases where alias.path.hasPrefix("/roles/") && alias.path.hasSuffix("/") {
            let parts = alias.path.dropFirst("/roles/".count).dropLast().split(separator: "/", omittingEmptySubsequences: false)
            if !parts.isEmpty, parts.allSatisfy({ URLName.isValid(String($0)) }) {
                return parts.joined(separator: "/")
            }
        }
        return slug
    }
}
