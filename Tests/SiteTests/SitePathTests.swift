import Foundation
import Testing

@testable import Site

@Suite("Site paths")
struct SitePathTests {
    struct Link: Sendable, CustomTestStringConvertible {
        var target: SitePath
        var page: SitePath
        var relative: String
        var testDescription: String { "\(target) from \(page) is \(relative)" }
    }

    static let links: [Link] = [
        Link(target: .home, page: .home, relative: "./"),
        Link(target: .roles, page: .home, relative: "roles/"),
        Link(target: .home, page: .role("backend"), relative: "../../"),
        Link(target: .role("backend"), page: .roles, relative: "../roles/backend/"),
        Link(target: .role("frontend"), page: .role("backend"), relative: "../../roles/frontend/"),
        Link(target: SitePath(SitePath.ladder("backend").value + "#" + SitePath.levelAnchor("L3")), page: .role("backend"),
             relative: "../../ladders/backend/#level-l3"),
        Link(target: .faqEntry("pay"), page: .home, relative: "faq/#pay"),
        Link(target: .faqEntry("pay"), page: .faq, relative: "../faq/#pay"),
        Link(target: SitePath("/#intro"), page: .home, relative: "./#intro"),
        Link(target: .notFound, page: .home, relative: "404.html"),
        Link(target: .notFound, page: .role("backend"), relative: "../../404.html"),
        Link(target: .home, page: .notFound, relative: "./"),
        Link(target: .roles, page: .notFound, relative: "roles/"),
        Link(target: .page("teams/platform"), page: .page("about"), relative: "../teams/platform/"),
        Link(target: .role("backend"), page: .faqEntry("pay"), relative: "../roles/backend/"),
    ]

    @Test("relative(from:) leads from one page to another", arguments: links)
    func relativeLinks(link: Link) throws {
        #expect(link.target.relative(from: link.page) == link.relative)
        // And a browser resolving it on the page arrives at the target.
        let base = try #require(URL(string: "https://a.example" + link.page.value))
        #expect(URL(string: link.relative, relativeTo: base)?.absoluteString == "https://a.example" + link.target.value)
    }

    @Test("the root prefix climbs one level per folder", arguments: [
        (SitePath.home, "./"), (.roles, "../"), (.role("x"), "../../"), (.page("teams/platform/index"), "../../"), (.notFound, "./"),
    ])
    func rootPrefix(page: SitePath, prefix: String) {
        #expect(SitePath.rootPrefix(from: page) == prefix)
    }

    @Test("pages map to folder URLs, index files to their folder", arguments: [
        ("index", "/"), ("about", "/about/"), ("teams/index", "/teams/"), ("teams/platform", "/teams/platform/"),
    ])
    func pageURLs(path: String, url: String) {
        #expect(SitePath.page(path).value == url)
    }

    @Test("every path is served by one output file", arguments: [
        (SitePath.home, "index.html"), (.roles, "roles/index.html"), (.role("x"), "roles/x/index.html"),
        (.faqEntry("pay"), "faq/index.html"), (.notFound, "404.html"), (.page("teams/index"), "teams/index.html"),
    ])
    func outputFiles(path: SitePath, file: String) {
        #expect(path.outputFile == file)
    }

    @Test("a path always starts with / and its document drops the fragment")
    func normalisation() {
        #expect(SitePath("roles/").value == "/roles/")
        #expect(SitePath.faqEntry("pay").document == "/faq/")
        #expect(SitePath.levelAnchor("L3") == "level-l3")
    }

    @Test("relative links resolve from the page as a browser resolves them", arguments: [
        ("/roles/x/", "../../style.css", "/style.css"),
        ("/roles/x/", "image.png", "/roles/x/image.png"),
        ("/roles/x/", "../y/?ref=1", "/roles/y/"),
        ("/", "./faq/", "/faq/"),
        ("/404.html", "roles/", "/roles/"),
        ("/roles/x/", "../../../../etc/passwd", "/etc/passwd"),
        ("/roles/x/", "../y/#frag", "/roles/y/"),
        ("/faq/", "?x=1#a", "/faq/"),
        ("/roles/x/", "%2E%2E/%C3%BCber/", "/roles/über/"),
        ("/", "files/gru%CC%88n.pdf", "/files/grün.pdf"),
    ])
    func resolving(_ page: String, _ link: String, _ expected: String) {
        #expect(SitePath(page).resolving(link) == expected)
    }
}
