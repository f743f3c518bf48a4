import Diagnostics
import Site

/// `sitemap.xml` (sitemaps.org 0.9): every route for search engines — open listed postings,
/// ladders, pages, the FAQ, the home and list pages — with `lastmod` only where the content
/// carries a date (a posting's `date_posted`; a list's newest posting), never the build's day.
struct SitemapGenerator: OutputGenerator {
    /// The protocol's limit for one file.
    static let maximumURLs = 50_000

    func generate(_ route: Route, _ input: GeneratorInput) -> (text: String, diagnostics: [Diagnostic]) {
        let listed = input.graph.routes.routes.filter(\.inSitemap).sorted { $0.path < $1.path }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for page in listed {
            xml += "<url><loc>\(XMLText.escaped(input.absoluteURL(page.path)))</loc>"
            if let day = page.lastModified { xml += "<lastmod>\(day)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return (xml, Self.sizeFinding(urlCount: listed.count).map { [$0] } ?? [])
    }

    /// A warning when one sitemap file would list more URLs than the protocol allows.
    static func sizeFinding(urlCount: Int) -> Diagnostic? {
        guard urlCount > maximumURLs else { return nil }
        return .warning("sitemap.xml lists \(urlCount) URLs; search engines read at most \(maximumURLs) from one file, so the rest may not be found",
                        at: nil, rule: "output.sitemap-size")
    }
}
