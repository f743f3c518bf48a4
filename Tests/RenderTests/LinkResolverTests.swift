import Markdown
import Site
import Testing
@testable import Render

@Suite struct LinkResolverTests {
    let resolver = LinkResolver(
        source: "content/roles/senior.md", page: .role("senior"),
        urlsBySource: ["content/ladders/backend.md": .ladder("backend"), "content/faq/pay.md": .faqEntry("pay"),
                       "content/about.md": .page("about")],
        knownPaths: ["/", "/roles/", "/faq/", "/ladders/backend/", "/about/", "/style.css"])

    @Test func markdownFileLinksBecomePageURLs() {
        #expect(resolver.resolve("../ladders/backend.md#level-l3") == .replace("../../ladders/backend/#level-l3"))
        #expect(resolver.resolve("../faq/pay.md") == .replace("../../faq/#pay"))
        #expect(resolver.resolve("/about.md") == .replace("../../about/"))
        #expect(resolver.resolve("../missing.md") == .broken)
    }

    @Test func sitePathsBecomeRelativeAndAreChecked() {
        #expect(resolver.resolve("/faq/") == .replace("../../faq/"))
        #expect(resolver.resolve("/about") == .replace("../../about/"))
        #expect(resolver.resolve("/style.css") == .replace("../../style.css"))
        #expect(resolver.resolve("/") == .replace("../../"))
        #expect(resolver.resolve("/jobs/") == .broken)
    }

    @Test func otherLinksAreKept() {
        for link in ["https://example.com/x.md", "mailto:a@b.c", "#section", "//cdn.example.com/x", ""] {
            #expect(resolver.resolve(link) == .keep, "\(link)")
        }
    }

    @Test func relativeLinksAreCheckedFromThePage() {
        #expect(resolver.resolve("../../style.css") == .keep)
        #expect(resolver.resolve("../../faq/?x=1") == .keep)
        #expect(resolver.resolve("../../about") == .keep)
        #expect(resolver.resolve("image.png") == .broken)
        #expect(resolver.explain("image.png") == "no page or static file at /roles/senior/image.png")
        #expect(resolver.resolve("../../../../style.css") == .keep, "cannot climb above the root")
    }

    @Test func dotDotCannotClimbAboveTheSite() {
        #expect(resolver.sourcePath(for: "../../../../etc/passwd.md") == "etc/passwd.md")
        #expect(resolver.resolve("../../../../etc/passwd.md") == .broken)
    }
}
