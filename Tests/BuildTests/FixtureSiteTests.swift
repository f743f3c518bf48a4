import Diagnostics
import TestSupport
import Testing

@Suite("Inline fixture sites: files, markers and the default theme")
struct FixtureSiteTests {
    @Test func markersGiveTheExactPositionOfADiagnostic() throws {
        let site = FixtureSite("""
            -- content/faq/pay.md --
            ---
            question: How is pay set?
            ⟨typo⟩ordr: 1
            ---
            By band.
            """)
        #expect(site.files["content/faq/pay.md"]?.contains("⟨") == false)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("typo")): error: unknown key 'ordr' in an FAQ entry; did you mean 'order'? [front-matter.unknown-key]",
        ])
        #expect(site.location("typo").description == "content/faq/pay.md:3:1")
    }

    @Test func aFixtureWithoutTemplatesGetsTheDefaultThemeAndBuilds() throws {
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About ⟨mid⟩us
            ---
            Hello.
            """)
        #expect(site.location("mid").description == "content/about.md:2:14")
        let (report, folder) = try site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(folder.read("public/about/index.html")?.contains("About us") == true)
    }
}
