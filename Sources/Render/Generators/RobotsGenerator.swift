import Diagnostics
import Site

/// `robots.txt`: every crawler may read everything, and the sitemap is named. A site that has
/// its own `static/robots.txt` gets that file instead (the route table then has no robots route).
struct RobotsGenerator: OutputGenerator {
    func generate(_ route: Route, _ input: GeneratorInput) -> (text: String, diagnostics: [Diagnostic]) {
        let sitemap = input.graph.routes.routes(of: .sitemap).first?.path ?? SitePath("/sitemap.xml")
        let base = input.graph.config.baseURL
        var text = "# robots.txt written by jobsite.\n"
        if let host = Self.hostRoot(of: base), host != base {
            // Crawlers only read robots.txt at the root of a host.
            text += "# This site is published below \(host), where crawlers do not look for this file:\n"
            text += "# the owner of \(host)robots.txt may add the Sitemap line below to it.\n"
        }
        text += "User-agent: *\nDisallow:\n\nSitemap: \(input.absoluteURL(sitemap))\n"
        return (text, [])
    }

    /// `https://org.github.io/` for `https://org.github.io/careers/`.
    static func hostRoot(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let afterScheme = url[schemeEnd.upperBound...]
        let end = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
        return String(url[..<end]) + "/"
    }
}
