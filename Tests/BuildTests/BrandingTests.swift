import Content
import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import Build

/// `site.yml` `theme:` as built pages show it: the accent in light and dark mode, the logo at its
/// own size, the favicon, the social image, and errors for files no one provides.
@Suite struct BrandingTests {
    /// A posting and a page: the built-in theme's test content.
    static let posting = BuiltInThemeTests.content

    /// A site with `theme` (and any further files) in its site.yml, built; its files as written.
    static func site(_ siteYml: String, files: String = "") -> FixtureSite {
        FixtureSite("""
            -- site.yml --
            title: Brand Careers
            base_url: https://example.com/careers/
            organization:
              name: Brand
            \(siteYml)
            \(posting)
            \(files)
            """)
    }

    /// Builds `site` with binary files added; returns the report and the folder.
    static func build(_ site: FixtureSite, binary: [String: [UInt8]] = [:]) throws -> (BuildReport, TemporaryFolder) {
        let folder = try TemporaryFolder()
        try site.write(to: folder.url)
        for (path, bytes) in binary {
            let url = folder.url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        var options = BuildOptions(source: folder.url, today: fixedToday)
        options.lints = []  // as FixtureSite.build
        return (SiteBuilder.build(options), folder)
    }

    /// A PNG's first bytes: signature and IHDR with `width` × `height`.
    static func pngHeader(width: UInt32, height: UInt32) -> [UInt8] {
        func bigEndian(_ value: UInt32) -> [UInt8] { [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) } }
        return ImageSize.pngSignature + bigEndian(13) + Array("IHDR".utf8) + bigEndian(width) + bigEndian(height) + [8, 6, 0, 0, 0]
    }

    static func logoTag(_ html: String?) -> String? {
        guard let html, let start = html.range(of: "<img class=\"brand-logo\"") else { return nil }
        return String(html[start.lowerBound...].prefix { $0 != ">" }) + ">"
    }

    // MARK: accent

    @Test func theAccentIsSetForLightAndDarkModeInEveryPage() throws {
        let (report, folder) = try Self.build(Self.site("theme:\n  accent: \"#e4002b\""))
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let palette = AccentPalette(accent: HexColor(css: "#e4002b")!)
        let style = "<style>\(palette.customProperties)</style>"
        for page in ["public/index.html", "public/roles/backend/index.html", "public/404.html"] {
            #expect(folder.read(page)?.contains(style) == true, "\(page)")
        }
        // The dark shade the page sets is the site's red made lighter, not the theme's blue.
        #expect(style.contains("--brand-accent-dark:\(palette.dark.accent);"))
        #expect(palette.dark.accent.description == "#ff928c")
        // …and dark mode's --accent reads it (the theme's blue is only the fallback).
        let css = try #require(folder.read("public/style.css"))
        let dark = try #require(css.range(of: "@media (prefers-color-scheme: dark)")).upperBound
        #expect(css[dark...].prefix(600).contains("--accent: var(--brand-accent-dark, #8cb8f7);"))
    }

    @Test func aSiteWithoutAnAccentHasNoStyleElement() throws {
        let (report, folder) = try Self.build(Self.site(""))
        #expect(report.diagnostics.isEmpty)
        #expect(folder.read("public/index.html")?.contains("<style>") == false)
    }

    @Test func theAccentDarkGivenIsTheOneDarkModeUses() throws {
        let (report, folder) = try Self.build(Self.site("theme:\n  accent: \"#e4002b\"\n  accent_dark: \"#ffb3ad\""))
        #expect(report.diagnostics.isEmpty)
        #expect(folder.read("public/index.html")?.contains("--brand-accent-dark:#ffb3ad;") == true)
    }

    // MARK: logo

    @Test func aWordmarkSVGShowsAtItsOwnSize() throws {
        let (report, folder) = try Self.build(Self.site("theme:\n  logo: /wordmark.svg", files: """
            -- static/wordmark.svg --
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- <svg width="1" height="1"> in a comment is not the root -->
            <svg xmlns="http://www.w3.org/2000/svg" width="192" height="48" viewBox="0 0 384 96"><text>Brand</text></svg>
            """))
        #expect(report.diagnostics.isEmpty)
        #expect(Self.logoTag(folder.read("public/index.html")) == #"<img class="brand-logo" src="./wordmark.svg" alt="" width="192" height="48">"#)
        #expect(Self.logoTag(folder.read("public/roles/backend/index.html")) == #"<img class="brand-logo" src="../../wordmark.svg" alt="" width="192" height="48">"#)
    }

    @Test("an SVG's size comes from width/height or its viewBox", arguments: [
        (#"<svg viewBox="0 0 192 48">"#, "192", "48"),
        (#"<svg viewBox='0,0,200,50' width='100%'>"#, "192", "48"),
        (#"<svg width="120px" viewBox="0 0 240 60">"#, "120", "30"),
        (#"<svg height="40" viewBox="0 0 160 80">"#, "80", "40"),
        (#"<svg width="24" height="24">"#, "24", "24"),
        (#"<svg width="4" height="1">"#, "64", "16"),
    ])
    func svgSizes(root: String, width: String, height: String) throws {
        let (report, folder) = try Self.build(Self.site("theme:\n  logo: /logo.svg", files: "-- static/logo.svg --\n\(root)</svg>"))
        #expect(report.diagnostics.isEmpty)
        #expect(Self.logoTag(folder.read("public/index.html"))?.hasSuffix(#"width="\#(width)" height="\#(height)">"#) == true)
    }

    @Test func aPNGsSizeComesFromItsHeaderAndALargeOneIsFittedToTheHeader() throws {
        for (size, expected) in [((UInt32(180), UInt32(40)), (180, 40)), ((1024, 1024), (48, 48)), ((2000, 500), (192, 48))] {
            let (report, folder) = try Self.build(Self.site("theme:\n  logo: /img/logo.png"),
                                                  binary: ["static/img/logo.png": Self.pngHeader(width: size.0, height: size.1)])
            #expect(report.diagnostics.isEmpty)
            #expect(Self.logoTag(folder.read("public/index.html")) == #"<img class="brand-logo" src="./img/logo.png" alt="" width="\#(expected.0)" height="\#(expected.1)">"#)
        }
    }

    @Test func oneGivenSideTakesTheOtherFromTheFilesShape() throws {
        let png = ["static/logo.png": Self.pngHeader(width: 400, height: 100)]
        let (report, folder) = try Self.build(Self.site("theme:\n  logo: /logo.png\n  logo_height: 40"), binary: png)
        #expect(report.diagnostics.isEmpty)
        #expect(Self.logoTag(folder.read("public/index.html"))?.hasSuffix(#"width="160" height="40">"#) == true)
        let (_, both) = try Self.build(Self.site("theme:\n  logo: /logo.png\n  logo_width: 100\n  logo_height: 60"), binary: png)
        #expect(Self.logoTag(both.read("public/index.html"))?.hasSuffix(#"width="100" height="60">"#) == true)
    }

    @Test func aLogoWhoseSizeCannotBeReadIsAWarningAtItsLine() throws {
        let site = Self.site("theme:\n  logo: ⟨logo⟩https://cdn.example.com/logo.webp")
        let (built, folder) = try Self.build(site)
        #expect(built.succeeded)
        #expect(report(built.diagnostics) == [
            "\(site.location("logo")): warning: the header logo https://cdn.example.com/logo.webp has no size jobsite can read (it reads SVG and PNG files in static/ or the theme); set theme.logo_width and theme.logo_height (CSS pixels) so the header shows it in its shape [theme.logo-size]",
        ])
        #expect(Self.logoTag(folder.read("public/index.html")) == #"<img class="brand-logo" src="https://cdn.example.com/logo.webp" alt="" width="32" height="32">"#)
        let (sized, _) = try Self.build(Self.site("theme:\n  logo: https://cdn.example.com/logo.webp\n  logo_width: 150\n  logo_height: 40"))
        #expect(sized.diagnostics.isEmpty)
    }

    @Test func organizationLogoIsTheHeaderLogoUnlessThemeNamesAnother() throws {
        func site(theme: String) -> FixtureSite {
            FixtureSite("""
                -- site.yml --
                title: Brand Careers
                base_url: https://example.com/
                organization:
                  name: Brand
                  logo: /mark.svg
                \(theme)
                \(Self.posting)
                -- static/mark.svg --
                <svg width="32" height="32"></svg>
                -- static/wordmark.svg --
                <svg width="192" height="48"></svg>
                """)
        }
        let (report, folder) = try Self.build(site(theme: ""))
        #expect(report.diagnostics.isEmpty)
        #expect(Self.logoTag(folder.read("public/index.html")) == #"<img class="brand-logo" src="./mark.svg" alt="" width="32" height="32">"#)
        let (themed, themedFolder) = try Self.build(site(theme: "theme:\n  logo: /wordmark.svg"))
        #expect(themed.diagnostics.isEmpty)
        #expect(Self.logoTag(themedFolder.read("public/index.html")) == #"<img class="brand-logo" src="./wordmark.svg" alt="" width="192" height="48">"#)
    }

    // MARK: favicon and social image

    @Test func theFaviconLinkHasTheFilesType() throws {
        let (defaultReport, defaultFolder) = try Self.build(Self.site(""))
        #expect(defaultReport.diagnostics.isEmpty)
        #expect(defaultFolder.read("public/roles/backend/index.html")?.contains(#"<link rel="icon" href="../../favicon.svg" type="image/svg+xml">"#) == true)
        for (file, type) in [("icon.png", "image/png"), ("favicon.ico", "image/x-icon"), ("brand/icon.svg", "image/svg+xml")] {
            let (report, folder) = try Self.build(Self.site("theme:\n  favicon: /\(file)"), binary: ["static/\(file)": [0, 1, 2]])
            #expect(report.diagnostics.isEmpty)
            #expect(folder.read("public/roles/backend/index.html")?.contains(#"<link rel="icon" href="../../\#(file)" type="\#(type)">"#) == true)
            #expect(folder.read("public/404.html")?.contains(#"<link rel="icon" href="/careers/\#(file)" type="\#(type)">"#) == true)
        }
    }

    @Test func theSocialImageIsAnAbsoluteURLFromBaseURL() throws {
        let (report, folder) = try Self.build(Self.site("theme:\n  social_image: /img/card.png"), binary: ["static/img/card.png": [0]])
        #expect(report.diagnostics.isEmpty)
        let html = try #require(folder.read("public/roles/backend/index.html"))
        #expect(html.contains(#"<meta property="og:image" content="https://example.com/careers/img/card.png">"#))
        #expect(html.contains(#"<meta name="twitter:image" content="https://example.com/careers/img/card.png">"#))
        #expect(html.contains(#"<meta name="twitter:card" content="summary_large_image">"#))
        let (_, plain) = try Self.build(Self.site(""))
        #expect(plain.read("public/index.html")?.contains("og:image") == false)
    }

    // MARK: files no one provides

    @Test func aFileNoOneProvidesIsAnErrorAtItsSiteYmlValue() throws {
        let site = FixtureSite("""
            -- site.yml --
            title: Brand Careers
            base_url: https://example.com/
            organization:
              name: Brand
              logo: ⟨org⟩/brand.svg
            theme:
              logo: ⟨logo⟩/img/wordmark.svg
              favicon: ⟨favicon⟩/favicon.png
              social_image: ⟨social⟩/social.png?v=2
            \(Self.posting)
            -- static/img/other.svg --
            <svg/>
            """)
        let (built, folder) = try Self.build(site)
        let missing = "is neither in static/ nor in the built-in theme; put the file at"
        #expect(report(built.diagnostics) == [
            "\(site.location("org")): error: 'organization.logo' /brand.svg \(missing) static/brand.svg [theme.missing-file]",
            "\(site.location("logo")): error: 'theme.logo' /img/wordmark.svg \(missing) static/img/wordmark.svg [theme.missing-file]",
            "\(site.location("favicon")): error: 'theme.favicon' /favicon.png is neither in static/ nor in the built-in theme; did you mean /favicon.svg? Otherwise put the file at static/favicon.png [theme.missing-file]",
            "\(site.location("social")): error: 'theme.social_image' /social.png?v=2 \(missing) static/social.png [theme.missing-file]",
        ])
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("public").path))
    }

    /// `/Brand.svg` for `static/brand.svg`: the file that is there is named, as for a link.
    @Test func aFileInAnotherCaseGetsTheFileThatIsThere() throws {
        let site = Self.site("  logo: ⟨org⟩/Brand.svg\ntheme:\n  logo: ⟨logo⟩/img/brand.svg/\n  favicon: ⟨favicon⟩/FAVICON.SVG",
                             files: "-- static/brand.svg --\n<svg width=\"100\" height=\"40\"/>")
        let (built, _) = try Self.build(site)
        #expect(report(built.diagnostics) == [
            "\(site.location("org")): error: 'organization.logo' /Brand.svg is neither in static/ nor in the built-in theme; did you mean /brand.svg? Otherwise put the file at static/Brand.svg [theme.missing-file]",
            "\(site.location("logo")): error: 'theme.logo' /img/brand.svg/ is neither in static/ nor in the built-in theme; put the file at static/img/brand.svg/ [theme.missing-file]",
            "\(site.location("favicon")): error: 'theme.favicon' /FAVICON.SVG is neither in static/ nor in the built-in theme; did you mean /favicon.svg? Otherwise put the file at static/FAVICON.SVG [theme.missing-file]",
        ])
        #expect(built.diagnostics.sortedForReport().map(\.suggestion) == ["/brand.svg", nil, "/favicon.svg"])
    }

    @Test func theThemesOwnFilesCount() throws {
        let (report, _) = try Self.build(Self.site("theme:\n  favicon: /favicon.svg\n  logo: /favicon.svg"))
        #expect(report.diagnostics.isEmpty)
    }

    // MARK: reading sizes

    @Test func imageSizesAreReadOnlyFromWhatTheFileSays() {
        #expect(ImageSize.read(Self.pngHeader(width: 3, height: 2)) == ImageSize(width: 3, height: 2))
        #expect(ImageSize.read(Array(Self.pngHeader(width: 3, height: 2).prefix(20))) == nil)
        #expect(ImageSize.read(Self.pngHeader(width: 0, height: 2)) == nil)
        #expect(ImageSize.read(Array("<svg width=\"2em\" height=\"1em\"></svg>".utf8)) == nil)
        #expect(ImageSize.read(Array("<svg viewBox=\"0 0 0 10\"></svg>".utf8)) == nil)
        #expect(ImageSize.read(Array("<svgx width=\"10\" height=\"10\"><svg width=\"5\" height=\"6\"/>".utf8)) == ImageSize(width: 5, height: 6))
        #expect(ImageSize.read(Array("<svg data-x=\"a>b\" width=\"7\" height=\"8\">".utf8)) == ImageSize(width: 7, height: 8))
        #expect(ImageSize.read(Array("<!-- unclosed <svg width=\"5\" height=\"6\">".utf8)) == nil)
        #expect(ImageSize.read(Array("GIF89a".utf8)) == nil)
    }
}
