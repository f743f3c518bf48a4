import Foundation
import TestSupport
import Testing

/// No content disappears without a word: every Markdown extension is read, litter is ignored by
/// rule, anything else is a warning; subfolders are kept in posting URLs and refused elsewhere.
@Suite("Content files in a build")
struct ContentFilesBuildTests {
    static func posting(_ title: String, extra: String = "") -> String {
        postingFrontMatter(title, extra: extra) + "\nBody of \(title)."
    }

    @Test func theSharedCasePublishesAllThreePostings() throws {
        let (report, folder) = try buildSharedCase("non-md-extension")
        #expect(report.succeeded)
        // A shared case reproduces one problem: its builds run no lints (`buildSharedCase`).
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        for slug in ["backend-engineer", "data-engineer", "site-reliability-engineer"] {
            #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("public/roles/\(slug)/index.html").path), "\(slug)")
        }
    }

    @Test func otherFilesAreAWarningAndLitterIsSilent() throws {
        let site = FixtureSite("""
            -- content/roles/backend.md --
            \(Self.posting("Backend"))
            -- content/roles/backend.md~ --
            old
            -- content/roles/#backend.md# --
            autosave
            -- content/roles/.backend.md.swp --
            swap
            -- content/roles/frontend.txt --
            \(Self.posting("Frontend"))
            """)
        let (report, folder) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "content/roles/frontend.txt: warning: not content: only .md and .markdown files in content/ are read, so this file is not published; rename it to frontend.md if it is a page or posting, or move it to static/ to publish it as it is [content.not-markdown]",
        ])
        #expect(report.succeeded)
        #expect(folder.read("public/roles/index.html")?.contains("Backend") == true)
    }

    @Test func aPostingInASubfolderKeepsItsFolderAndLinksReachIt() throws {
        let site = FixtureSite("""
            -- content/roles/eng/backend.md --
            \(Self.posting("Eng Backend"))
            See [the other backend role](../backend.MD).
            -- content/roles/backend.MD --
            \(Self.posting("Backend"))
            See [the engineering one](eng/backend.md) and [the SRE one](/roles/eng/platform/sre.markdown#team).
            -- content/roles/eng/platform/sre.markdown --
            \(Self.posting("SRE"))
            ## Team
            -- content/about.md --
            ---
            title: About
            ---
            [Engineering](roles/eng/backend.md)
            """)
        let (report, folder) = try site.build()
        #expect(report.succeeded, "\(TestSupport.report(report.diagnostics))")
        let engineering = try #require(folder.read("public/roles/eng/backend/index.html"))
        #expect(engineering.contains("<a href=\"../../../roles/backend/\">the other backend role</a>"))
        let plain = try #require(folder.read("public/roles/backend/index.html"))
        #expect(plain.contains("<a href=\"../../roles/eng/backend/\">the engineering one</a>"))
        #expect(plain.contains("<a href=\"../../roles/eng/platform/sre/#team\">the SRE one</a>"))
        #expect(folder.read("public/roles/eng/platform/sre/index.html") != nil)
        #expect(folder.read("public/about/index.html")?.contains("<a href=\"../roles/eng/backend/\">Engineering</a>") == true)
        #expect(folder.read("public/roles/index.html")?.contains("href=\"../roles/eng/backend/\"") == true)
    }

    @Test func twoFilesForOneURLAreReportedWhateverTheirExtensionOrCase() throws {
        let site = FixtureSite("""
            -- content/roles/eng/backend.md --
            \(Self.posting("One"))
            -- content/roles/eng/backend.markdown --
            \(Self.posting("Two"))
            -- content/roles/Eng/ops.md --
            \(Self.posting("Three"))
            -- content/roles/eng/ops.md --
            \(Self.posting("Four"))
            -- content/roles/backend.md --
            \(Self.posting("Five", extra: "\nslug: eng/backend"))
            -- content/index.md --
            ---
            title: Home
            ---
            -- content/index.markdown --
            ---
            title: Home again
            ---
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "content/index.md:1:1: error: content/index.md would be published at /, which content/index.markdown already uses [link.duplicate-url]",
            "content/roles/backend.md:7:7: error: 'slug' must use only lowercase letters, digits and single hyphens (it becomes the URL /roles/<slug>/), found 'eng/backend' [front-matter.value]",
            "content/roles/eng/backend.md:1:1: error: content/roles/eng/backend.md would be published at /roles/eng/backend/, which content/roles/eng/backend.markdown already uses [link.duplicate-url]",
            "content/roles/eng/ops.md:1:1: error: content/roles/eng/ops.md would be published at /roles/eng/ops/, which content/roles/Eng/ops.md already uses [link.duplicate-url]",
        ])
    }

    @Test func aLadderOrFAQEntryInASubfolderIsAnErrorWithoutFollowOnErrors() throws {
        let site = FixtureSite("""
            -- content/ladders/eng/backend.md --
            ---
            title: Backend
            competencies: [{id: craft, title: Craft}]
            levels: [{id: L1, title: Junior}]
            ---
            -- content/faq/pay/bands.md --
            ---
            question: How are bands set?
            ---
            -- content/roles/backend.md --
            \(Self.posting("Backend", extra: "\nladder: backend\nlevel: L1"))
            See [bands](../faq/pay/bands.md).
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "content/faq/pay/bands.md: error: content/faq/ is read without its subfolders: every entry is a question on the one /faq/ page; move this file to content/faq/bands.md [content.subfolder]",
            "content/ladders/eng/backend.md: error: content/ladders/ is read without its subfolders: a ladder's id is its file name, which postings name in `ladder:`; move this file to content/ladders/backend.md [content.subfolder]",
        ])
    }
}
