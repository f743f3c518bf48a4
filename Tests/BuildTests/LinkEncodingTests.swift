import Build
import Diagnostics
import Foundation
import TestSupport
import Testing

/// A case of ../shared/cases/2026-11-30 put next to the repository's site.yml and default theme,
/// as the cases' README runs them; the case's own files win.
func sharedCase(_ name: String) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    let manager = FileManager.default
    for item in ["site.yml", "templates", "static"] {
        try manager.copyItem(at: repositoryRoot.appendingPathComponent(item), to: folder.url.appendingPathComponent(item))
    }
    let caseFolder = sharedFolder.appendingPathComponent("cases/2026-11-30/\(name)")
    let prefix = caseFolder.standardizedFileURL.path + "/"
    let files = try #require(manager.enumerator(at: caseFolder, includingPropertiesForKeys: [.isRegularFileKey]))
    for case let url as URL in files where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        // Written, not copied: the shared files are read-only, and the folder must be removable.
        let target = folder.url.appendingPathComponent(String(url.standardizedFileURL.path.dropFirst(prefix.count)))
        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contentsOf: url).write(to: target, options: .atomic)
    }
    return folder
}

/// Kind 3 of issue 12: a link and its target are compared in one form (percent-decoded, NFC)
/// whatever the script and however either is spelled, and what the page says reaches the target.
@Suite("Links reach headings and files in any script and spelling")
struct LinkEncodingTests {
    @Test func theUnicodeHeadingCaseBuilds() throws {
        let folder = try sharedCase("unicode-heading-anchor")
        let report = build(folder.url)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let about = try #require(folder.read("public/about/index.html"))
        #expect(about.contains(##"<h2 id="vergütung">Vergütung</h2>"##))
        #expect(about.contains(##"<a href="#verg%C3%BCtung">Vergütung</a>"##))
        #expect(folder.read("public/benefits/index.html")?.contains(##"<a href="../about/#verg%C3%BCtung">pay</a>"##) == true)
    }

    /// One heading per script, linked in-page literally, from another page percent-encoded
    /// (as GitHub writes it) through its `.md` file and through its site path.
    @Test("headings in any script are reached from the page and from others", arguments: [
        ("Vergütung und Zusatzleistungen", "vergütung-und-zusatzleistungen"),
        ("Αμοιβές και παροχές", "αμοιβές-και-παροχές"),
        ("給与と福利厚生", "給与と福利厚生"),
        ("薪酬与福利", "薪酬与福利"),
        ("급여 및 복리후생", "급여-및-복리후생"),
    ])
    func headingsInAnyScript(heading: String, id: String) throws {
        let encoded = try #require(id.addingPercentEncoding(withAllowedCharacters: .alphanumerics))
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            ---
            See [below](#\(id)).

            ## \(heading)

            Text.
            -- content/benefits.md --
            ---
            title: Benefits
            ---
            [By file](about.md#\(encoded)), [by path](/about/#\(encoded)), [literal](about.md#\(id)),
            [not there](about.md#\(encoded)-x).
            """)
        let (report, folder) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "content/benefits.md:5:1: error: the link 'about.md#\(encoded)-x' points at #\(id)-x, which /about/ does not have [link.missing-anchor]",
        ])
        _ = folder
    }

    @Test func aDecomposedHeadingGetsTheComposedIDThatLinksName() throws {
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            ---
            [composed](#vergütung), [decomposed](#vergu\u{308}tung), [encoded decomposed](#vergu%CC%88tung).

            ## Vergu\u{308}tung
            """)
        let (report, folder) = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let about = try #require(folder.read("public/about/index.html"))
        // Browsers compare ids code point by code point: the id and every link are NFC.
        #expect(about.contains(##"<h2 id="vergütung">"##))
        #expect(!about.contains("u\u{308}t\""))
        #expect(about.components(separatedBy: ##"href="#verg%C3%BCtung""##).count == 4)
    }

    @Test func aMissingAnchorIsStillAnErrorAtItsLinkHoweverItIsWritten() throws {
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: Über uns
            ---
            Siehe ⟨literal⟩[Vergütung](#vergutung) und
            ⟨encoded⟩[Vergütung](#verg%C3%BCtun).

            ## Vergütung
            -- content/benefits.md --
            ---
            title: Benefits
            ---
            Text ⟨cross⟩[pay](about.md#verg%C3%BCtun) and ⟨path⟩[pay](/about/#Vergütung).
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("literal")): error: the link '#vergutung' points at #vergutung, which /about/ does not have [link.missing-anchor]",
            "\(site.location("encoded")): error: the link '#verg%C3%BCtun' points at #vergütun, which /about/ does not have [link.missing-anchor]",
            "\(site.location("cross")): error: the link 'about.md#verg%C3%BCtun' points at #vergütun, which /about/ does not have [link.missing-anchor]",
            "\(site.location("path")): error: the link '/about/#Vergütung' points at #Vergütung, which /about/ does not have [link.missing-anchor]",
        ])
    }

    @Test func faqAnswersKeepTheirUnicodeAnchorsReachable() throws {
        let site = FixtureSite("""
            -- content/faq/pay.md --
            ---
            question: Wie wird bezahlt?
            ---
            Siehe [unten](#übersicht).

            ## Übersicht
            -- content/about.md --
            ---
            title: About
            ---
            [FAQ](faq/pay.md#%C3%BCbersicht), [entry](faq/pay.md), ⟨bad⟩[bad](faq/pay.md#uebersicht).
            """)
        let (report, folder) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("bad")): error: the link 'faq/pay.md#uebersicht' points at #pay-uebersicht, which /faq/ does not have [link.missing-anchor]",
        ])
        _ = folder
    }

    @Test func aStaticFileStoredDecomposedIsLinkedWithItsOwnBytes() throws {
        let stored = "Bewerbungsbogen-gru\u{308}n.pdf"
        let site = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            ---
            [site path](/files/Bewerbungsbogen-grün.pdf), [encoded](/files/Bewerbungsbogen-gr%C3%BCn.pdf),
            [relative](../files/Bewerbungsbogen-grün.pdf), [as stored](../files/Bewerbungsbogen-gru%CC%88n.pdf),
            [query](../files/Bewerbungsbogen-grün.pdf?v=2#page=3).
            -- static/files/\(stored) --
            %PDF
            """)
        let (report, folder) = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        // The output keeps the name's bytes, and every link names those bytes.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("public/files").path)
        #expect(names.map { Array($0.utf8) } == [Array(stored.utf8)])
        let about = try #require(folder.read("public/about/index.html"))
        let href = "../files/Bewerbungsbogen-gru%CC%88n.pdf"
        #expect(about.contains(##"<a href="\##(href)">site path</a>, <a href="\##(href)">encoded</a>"##))
        #expect(about.contains(##"<a href="\##(href)">relative</a>, <a href="\##(href)">as stored</a>"##))
        #expect(about.contains(##"<a href="\##(href)?v=2#page=3">query</a>"##))
    }

    @Test func aStaticFileNameThatNeedsEscapingIsLinkedEscaped() throws {
        let flyer = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            ---
            [flyer](/files/50%25%20off%20%231.pdf)
            -- static/files/50% off #1.pdf --
            %PDF
            """)
        let (report, folder) = try flyer.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(folder.read("public/about/index.html")?.contains(##"<a href="../files/50%25%20off%20%231.pdf">flyer</a>"##) == true)

        let broken = FixtureSite("""
            -- content/about.md --
            ---
            title: About
            ---
            [flyer](/files/50%25%20off.pdf)
            -- static/files/50% off #1.pdf --
            %PDF
            """)
        #expect(TestSupport.report(try broken.build().0.diagnostics) == [
            "content/about.md:4:1: error: broken link '/files/50%25%20off.pdf': no page or static file at /files/50% off.pdf; did you mean /files/50%25%20off%20%231.pdf? [link.broken]",
        ])
    }

    @Test func aLogoStoredDecomposedIsLinkedWithItsOwnBytes() throws {
        let site = FixtureSite("""
            -- site.yml --
            title: Karriere
            base_url: https://karriere.example.com/
            organization:
              name: Grünfeld
              logo: /logo-grün.svg
            -- content/about.md --
            ---
            title: About
            ---
            Text.
            -- static/logo-gru\u{308}n.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"/>
            """)
        let (report, folder) = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(folder.read("public/about/index.html")?.contains(##"src="../logo-gru%CC%88n.svg""##) == true)
    }
}
