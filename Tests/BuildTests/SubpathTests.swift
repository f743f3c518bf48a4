import Foundation
import TestSupport
import Testing

/// A site published below a path (`https://org.github.io/careers/`) works as one at a host's
/// root: every link, asset, canonical URL, feed and sitemap entry leads to a file of the site.
@Suite("Hosting under a subpath")
struct SubpathTests {
    static let base = "https://org.github.io/careers/"

    /// Every URL a file names (`href`, `src`, a meta refresh, `<loc>`, `Sitemap:`), resolved
    /// as a browser or crawler resolves it from the file's own URL.
    static func urls(in text: String, of file: String) -> [URL] {
        let page = URL(string: base + (file.hasSuffix("index.html") ? String(file.dropLast("index.html".count)) : file))!
        let patterns = [#"(?:href|src)="([^"]*)""#, #"content="0; url=([^"]*)""#, #"<loc>([^<]*)</loc>"#, #"Sitemap: (\S+)"#]
        var found: [URL] = []
        for pattern in patterns {
            let regex = try! NSRegularExpression(pattern: pattern)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let value = String(text[Range(match.range(at: 1), in: text)!]).replacingOccurrences(of: "&amp;", with: "&")
                if value.hasPrefix("mailto:") || value.hasPrefix("#") { continue }
                if let url = URL(string: value, relativeTo: page)?.absoluteURL { found.append(url) }
            }
        }
        return found
    }

    /// Checks every internal URL of every HTML, XML and text file of `folder`. The fixture's
    /// about page links a scheduled posting, which leads to the 404 page until its day (a date
    /// must not fail the build): that one link is expected.
    static func brokenLinks(in folder: URL) -> [String] {
        allBrokenLinks(in: folder).filter { $0 != "about/index.html: \(base)roles/scheduled/ leads to no file" }
    }

    static func allBrokenLinks(in folder: URL) -> [String] {
        var problems: [String] = []
        let files = snapshot(folder)
        for (file, data) in files where [".html", ".xml", ".txt"].contains(where: file.hasSuffix) {
            let text = String(decoding: data, as: UTF8.self)
            for url in urls(in: text, of: file) where url.host == "org.github.io" {
                guard url.absoluteString.hasPrefix(base) else {
                    problems.append("\(file): \(url.absoluteString) is outside \(base)")
                    continue
                }
                var path = String(url.absoluteString.dropFirst(base.count).prefix { $0 != "#" && $0 != "?" })
                if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
                if files[path.removingPercentEncoding ?? path] == nil { problems.append("\(file): \(url.absoluteString) leads to no file") }
            }
        }
        return problems.sorted()
    }

    @Test func everyURLOfASiteBelowAPathLeadsToOneOfItsFiles() throws {
        var files = LifecycleTests.site.files.merging(AliasTests.site.files) { a, _ in a }
        files["site.yml"] = "title: Sub\nbase_url: \(Self.base)\norganization:\n  name: Org\n  logo: /logo.svg\ntheme:\n  social_image: /social.png\n"
        files["static/logo.svg"] = #"<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"></svg>"# + "\n"
        files["static/social.png"] = "png\n"
        let site = FixtureSite(files.map { "-- \($0.key) --\n\($0.value)" }.joined())
        let (report, folder) = try site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let output = folder.url.appendingPathComponent("public")
        #expect(Self.brokenLinks(in: output) == [])
        // What was checked: canonical URLs, feeds, the sitemap, the 404 page's absolute paths.
        let all = snapshot(output)
        #expect(String(decoding: all["roles/open/index.html"]!, as: UTF8.self)
            .contains(#"<link rel="canonical" href="https://org.github.io/careers/roles/open/">"#))
        #expect(String(decoding: all["404.html"]!, as: UTF8.self).contains(#"<a href="/careers/roles/">"#))
        #expect(String(decoding: all["sitemap.xml"]!, as: UTF8.self).contains("<loc>https://org.github.io/careers/roles/open/</loc>"))
        #expect(String(decoding: all["feed.xml"]!, as: UTF8.self).contains(#"href="https://org.github.io/careers/feed.xml""#))
        #expect(try validateOutputs(output) == [])
    }

    @Test func baseURLOnTheCommandLineMovesEveryAbsoluteURL() throws {
        let (report, folder) = try LifecycleTests.site.build(baseURL: Self.base)
        #expect(report.succeeded)
        let output = folder.url.appendingPathComponent("public")
        #expect(Self.brokenLinks(in: output) == [])
        for (file, data) in snapshot(output) where !file.hasSuffix(".css") && !file.hasSuffix(".svg") {
            #expect(!String(decoding: data, as: UTF8.self).contains("careers.example.com"), "\(file) names site.yml's base_url")
        }
    }

    @Test func theCheckFindsABrokenLink() throws {
        let (_, folder) = try LifecycleTests.site.build(baseURL: Self.base)
        let output = folder.url.appendingPathComponent("public")
        try FileManager.default.removeItem(at: output.appendingPathComponent("roles/open"))
        #expect(Self.brokenLinks(in: output).contains("roles/closed/index.html: https://org.github.io/careers/roles/open/ leads to no file"))
    }
}
