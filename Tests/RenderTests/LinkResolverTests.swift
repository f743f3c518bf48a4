import Markdown
import Site
import Testing
@testable import Render

@Suite struct LinkResolverTests {
    let resolver = LinkResolver(
        source: "content/roles/senior.md", page: .role("senior"),
        urlsBySource: ["content/ladders/backend.md": .ladder("backend"), "content/faq/pay.md": .faqEntry("pay"),
                       "content/about.md": .page("about")],
        knownPaths: LinkResolver.index(["/", "/roles/", "/faq/", "/ladders/backend/", "/about/", "/style.css",
                                        "/files/Bewerbung-gru\u{308}n.pdf", "/files/50% off.pdf"]))

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
        #expect(resolver.explain("image.png").message == "no page or static file at /roles/senior/image.png")
        #expect(resolver.resolve("../../../../style.css") == .keep, "cannot climb above the root")
    }

    @Test func dotDotCannotClimbAboveTheSite() {
        #expect(resolver.sourcePath(for: "../../../../etc/passwd.md") == "etc/passwd.md")
        #expect(resolver.resolve("../../../../etc/passwd.md") == .broken)
    }

    @Test func fragmentsAreWrittenComposedAndOtherwiseAsTyped() {
        #expect(resolver.resolve("#vergütung") == .keep)
        #expect(resolver.resolve("#verg%C3%BCtung") == .keep)
        #expect(resolver.resolve("#vergu\u{308}tung") == .replace("#verg%C3%BCtung"))
        #expect(resolver.resolve("#vergu%CC%88tung") == .replace("#verg%C3%BCtung"))
        #expect(resolver.resolve("/about/#vergu%CC%88tung") == .replace("../../about/#verg%C3%BCtung"))
        #expect(resolver.resolve("/about/#verg%C3%BCtung") == .replace("../../about/#verg%C3%BCtung"))
    }

    @Test func pathsAreDecodedAndComposedBeforeTheyAreLookedUp() {
        #expect(resolver.resolve("../ladders/back%65nd.md") == .replace("../../ladders/backend/"))
        #expect(resolver.resolve("/%61bout/") == .replace("../../about/"))
        #expect(resolver.resolve("%2E%2E/%2E%2E/style.css") == .keep, "a browser reads %2E%2E as ..")
    }

    @Test func aFileStoredDecomposedIsWrittenWithItsOwnBytes() {
        let href = "../../files/Bewerbung-gru%CC%88n.pdf"
        #expect(resolver.resolve("/files/Bewerbung-grün.pdf") == .replace(href))
        #expect(resolver.resolve("/files/Bewerbung-gr%C3%BCn.pdf") == .replace(href))
        #expect(resolver.resolve("../../files/Bewerbung-grün.pdf") == .replace(href))
        #expect(resolver.resolve("../../files/Bewerbung-gru%CC%88n.pdf") == .keep)
        #expect(resolver.resolve("/files/50%25%20off.pdf") == .replace("../../files/50%25%20off.pdf"))
        #expect(resolver.resolve("/files/50% off.pdf") == .replace("../../files/50%25%20off.pdf"),
                "a % that starts no escape is read as written")
    }

    @Test func linksIntoAnFAQAnswerNameItsScopedIDs() {
        #expect(resolver.resolve("../faq/pay.md#details") == .replace("../../faq/#pay-details"))
        #expect(resolver.resolve("../faq/pay.md#pay") == .replace("../../faq/#pay"))
    }
}
