import Testing

@testable import Site

@Suite("One form for comparing links with targets")
struct URLTextTests {
    @Test func comparableDecodesAndComposes() {
        for spelling in ["vergütung", "vergu\u{308}tung", "verg%C3%BCtung", "vergu%CC%88tung", "verg%c3%bctung"] {
            #expect(Array(URLText.comparable(spelling).utf8) == Array("vergütung".utf8), "\(spelling)")
        }
        #expect(URLText.comparable("100%") == "100%", "an escape that does not decode is kept as written")
        #expect(URLText.comparable("%E9t%E9") == "%E9t%E9", "Latin-1 escapes are not UTF-8")
        #expect(Array(URLText.comparable("gru\u{308}n%20x.pdf", percentEncoded: false).utf8) == Array("grün%20x.pdf".utf8))
    }

    @Test func encodedNamesExactlyTheBytesGiven() {
        #expect(URLText.encoded("/files/gru\u{308}n.pdf") == "/files/gru%CC%88n.pdf")
        #expect(URLText.encoded("/files/grün.pdf") == "/files/gr%C3%BCn.pdf")
        #expect(URLText.encoded("/a b/50%?#.pdf") == "/a%20b/50%25%3F%23.pdf")
        #expect(URLText.encoded("/roles/x-y_z.~/") == "/roles/x-y_z.~/")
    }

    @Test func writtenFragmentsAreComposed() {
        #expect(URLText.writtenFragment("vergütung") == "vergütung")
        #expect(URLText.writtenFragment("verg%C3%BCtung") == "verg%C3%BCtung")
        #expect(URLText.writtenFragment("vergu\u{308}tung") == "verg%C3%BCtung")
        #expect(URLText.writtenFragment("100%") == "100%")
    }

    @Test("a destination splits into path, query and fragment as a browser splits it", arguments: [
        ("a.md?x=1#frag", "a.md", "x=1", "frag"),
        ("/roles/?utm_source=about", "/roles/", "utm_source=about", nil),
        ("#a?b", "", nil, "a?b"),
        ("?q", "", "q", nil),
        ("plain", "plain", nil, nil),
    ] as [(String, String, String?, String?)])
    func parts(_ destination: String, _ path: String, _ query: String?, _ fragment: String?) {
        let parts = URLText.Parts(destination)
        #expect(parts.path == path[...])
        #expect(parts.query.map(String.init) == query)
        #expect(parts.fragment.map(String.init) == fragment)
    }
}
