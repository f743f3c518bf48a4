import Foundation
import TestSupport
import Testing

/// `postings.sections` of site.yml: written once, shown on every posting, replaced or left out
/// by a posting; its Markdown checked like a body, with errors where they are written.
@Suite struct PostingSectionTests {
    static func posting(_ slug: String, _ frontMatter: String = "", body: String = "Work.") -> String {
        """
        -- content/roles/\(slug).md --
        ---
        title: \(slug.capitalized)
        locations: [{country: GB}]
        remote: onsite
        employment_type: FULL_TIME
        date_posted: 2026-11-01
        \(frontMatter)
        ---
        \(body)
        """
    }

    static let siteYml = """
        -- site.yml --
        title: Sections
        base_url: https://example.com/
        organization: {name: Org}
        postings:
          sections:
            company: We make things.
            benefits:
              file: content/_shared/benefits.md
            eoe:
              title: Equal opportunity and accommodations
              text: |
                We hire without regard to race or religion.
                Ask us for [accommodations](/faq/).
            relocation:
              title: Relocation
              text: "We pay for your move."
        -- content/_shared/benefits.md --
        ## Health

        - Insurance for you and your family
        """

    /// The sections of a built posting page: (id, heading) in page order.
    static func sections(_ html: String) -> [(String, String)] {
        html.components(separatedBy: "<section class=\"prose posting-section\" id=\"").dropFirst().map { part in
            let id = String(part.prefix { $0 != "\"" })
            let heading = part.components(separatedBy: "-heading\">").dropFirst(2).first.map { String($0.prefix { $0 != "<" }) } ?? ""
            return (id, heading)
        }
    }

    /// A known section's default title follows the page's language; a posting in a subfolder
    /// (one level deeper) reads the shared section's links from its own depth.
    @Test func defaultTitlesAreInThePagesLanguageAndLinksFitEachDepth() throws {
        let site = FixtureSite(Self.siteYml.replacingOccurrences(of: "base_url: https://example.com/", with: "base_url: https://example.com/\nlanguage: de")
            + "\n" + Self.posting("plain") + "\n" + Self.posting("eng/deep"))
        let (report, folder) = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description))")
        let plain = try #require(folder.read("public/roles/plain/index.html"))
        #expect(Self.sections(plain).map(\.1) == ["Über uns", "Leistungen", "Equal opportunity and accommodations", "Relocation"])
        #expect(plain.contains(#"<a href="../../faq/">accommodations</a>"#))
        let deep = try #require(folder.read("public/roles/eng/deep/index.html"))
        #expect(deep.contains(#"<a href="../../../faq/">accommodations</a>"#))
    }

    @Test func everyPostingShowsTheSharedSectionsInOrderUnlessItReplacesOrLeavesOneOut() throws {
        let site = FixtureSite(Self.siteYml + "\n" + Self.posting("plain", body: "## Health\n\nOurs.") + "\n" + Self.posting("own", """
            sections:
              benefits: |
                - A **better** plan
              company: {title: About the lab, text: We make lab things.}
              relocation: false
              eoe: true
            """))
        let (report, folder) = try site.build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description))")
        let plain = try #require(folder.read("public/roles/plain/index.html"))
        #expect(Self.sections(plain).map(\.0) == ["section-company", "section-benefits", "section-eoe", "section-relocation"])
        #expect(Self.sections(plain).map(\.1) == ["About us", "Benefits", "Equal opportunity and accommodations", "Relocation"])
        // The section's heading ids are its own: the body's `## Health` keeps `health`.
        #expect(plain.contains(#"<h2 id="health">Health</h2>"#))
        #expect(plain.contains(#"<h2 id="section-benefits-health">Health</h2>"#))
        #expect(plain.contains(#"<p>We hire without regard to race or religion.\#nAsk us for <a href="../../faq/">accommodations</a>.</p>"#))

        let own = try #require(folder.read("public/roles/own/index.html"))
        #expect(Self.sections(own).map(\.1) == ["About the lab", "Benefits", "Equal opportunity and accommodations"])
        #expect(own.contains("<li>A <strong>better</strong> plan</li>"))
        #expect(!own.contains("Insurance for you"))
        let benefits = try #require(jsonLD("JobPosting", in: own).first?["jobBenefits"] as? String)
        #expect(benefits == "A better plan")
        #expect(jsonLD("JobPosting", in: plain).first?["jobBenefits"] as? String == "Health Insurance for you and your family")

        // Included text is not a page.
        #expect(folder.read("public/_shared/benefits/index.html") == nil)
        #expect(folder.read("public/shared/benefits/index.html") == nil)
    }

    @Test func brokenLinksAreReportedOnceWhereTheyAreWritten() throws {
        let site = FixtureSite("""
            -- site.yml --
            title: Sections
            base_url: https://example.com/
            postings:
              sections:
                eoe: |
                  Read ⟨yml⟩[our policy](/policy/).
                quote: {title: Quote, text: "See ⟨quoted⟩[this](missing.md)."}
                benefits: {file: content/_shared/benefits.md}
            -- content/_shared/benefits.md --
            Paid leave.

            See ⟨file⟩[the FAQ](../faq/nothing.md) and ⟨anchor⟩[pay](/faq/#pay).
            """ + "\n" + Self.posting("a") + "\n" + Self.posting("b", """
            sections:
              eoe: |
                Our ⟨own⟩[own words](/nowhere/).
            """))
        let (report, _) = try site.build()
        // Each once, though two postings show the shared sections.
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("file")): error: broken link '../faq/nothing.md': no published content file content/faq/nothing.md [link.broken]",
            "\(site.location("anchor")): error: the link '/faq/#pay' points at #pay, which /faq/ does not have [link.missing-anchor]",
            "\(site.location("own")): error: broken link '/nowhere/': no page or static file at /nowhere/ [link.broken]",
            "\(site.location("yml")): error: broken link '/policy/': no page or static file at /policy/ [link.broken]",
            "\(site.location("quoted")): error: broken link 'missing.md': no published content file missing.md [link.broken]",
        ])
    }

    @Test func mistakesInSiteYmlAndPostingsAreErrorsAtTheirValues() throws {
        let site = FixtureSite("""
            -- site.yml --
            title: Sections
            base_url: https://example.com/
            postings:
              sections:
                ⟨benfits⟩benfits: Health insurance.
                hiring: {file: ⟨outside⟩content/hiring.md}
                company: ⟨empty⟩""
                ai_screening: {text: x, file: ⟨both⟩content/_shared/eoe.md}
            """ + "\n" + Self.posting("a", """
            sections:
              company: ⟨no⟩no
            """))
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("no")): error: 'sections.company' must be the section's own Markdown, {title, text} or {title, file}, or false to leave the section out, found the text 'no'; write false [front-matter.type]",
            "\(site.location("benfits")): error: 'postings.sections.benfits' is not one of the known sections (company, benefits, compensation, hiring, eoe, ai_screening, vacancy); did you mean 'benefits'? Or give a section of your own a title: `benfits: {title: …, text: …}` [front-matter.missing-field]",
            "\(site.location("outside")): error: 'postings.sections.hiring.file' must be a Markdown file in a folder of content/ whose name starts with _ (such as content/_shared/benefits.md), which is not published as a page; found 'content/hiring.md' [front-matter.value]",
            "\(site.location("empty")): error: 'postings.sections.company' is empty; write the section's text, or leave the section out [front-matter.value]",
            "\(site.location("both")): error: 'postings.sections.ai_screening.file' and 'text' are two texts for one section; keep one [front-matter.value]",
        ])
    }

    @Test func aMissingFileOrAnUnknownSectionInAPostingIsAnErrorWhereItIsNamed() throws {
        let site = FixtureSite("""
            -- site.yml --
            title: Sections
            base_url: https://example.com/
            postings:
              sections:
                eoe: {file: ⟨missing⟩content/_shared/eo.md}
                benefits: {file: ⟨case⟩content/_shared/EOE.md}
                hiring: {file: ⟨far⟩content/_shared/pay.md}
            -- content/_shared/eoe.md --
            Equal.
            """ + "\n" + Self.posting("a", """
            sections:
              ⟨unknown⟩eo: false
            """))
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("unknown")): error: 'sections.eo' is not a shared section: site.yml's postings.sections has eoe, benefits and hiring; did you mean 'eoe'? [section.unknown]",
            "\(site.location("missing")): error: 'postings.sections.eoe.file' names content/_shared/eo.md, which does not exist; did you mean content/_shared/eoe.md? [section.missing-file]",
            // Suggested by path, as a link is: another case yes, a file that only shares the folder no.
            "\(site.location("case")): error: 'postings.sections.benefits.file' names content/_shared/EOE.md, which does not exist; did you mean content/_shared/eoe.md? [section.missing-file]",
            "\(site.location("far")): error: 'postings.sections.hiring.file' names content/_shared/pay.md, which does not exist [section.missing-file]",
        ])
    }
}
