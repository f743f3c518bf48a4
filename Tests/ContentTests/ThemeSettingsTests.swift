import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import Content

/// `site.yml`'s `theme:` mapping: every key read, every mistake reported at its value with the fix.
@Suite("site.yml theme")
struct ThemeSettingsTests {
    /// Parses a site.yml made of the two required keys and `theme` (marker positions as in `FixtureSite`).
    func parse(_ theme: String) -> (SiteConfig?, [String], FixtureSite) {
        let site = FixtureSite("-- site.yml --\ntitle: Careers\nbase_url: https://jobs.example.com/\n" + theme)
        let (config, diagnostics) = ConfigParser.parse(SourceFile(path: "site.yml", text: site.files["site.yml"]!))
        return (config, report(diagnostics), site)
    }

    @Test func everyThemeSettingIsRead() throws {
        let (config, diagnostics, site) = parse("""
            theme:
              accent: "#1D5BA8"
              accent_dark: "#9cf"
              logo: ⟨logo⟩/brand/wordmark.svg
              logo_width: 192
              logo_height: 48
              favicon: ⟨favicon⟩/favicon.png
              social_image: ⟨social⟩https://cdn.example.com/card.png
            """)
        #expect(diagnostics.isEmpty)
        let theme = try #require(config).theme
        #expect(theme.accent == AccentPalette(accent: HexColor(red: 0x1d, green: 0x5b, blue: 0xa8),
                                              dark: HexColor(red: 0x99, green: 0xcc, blue: 0xff)))
        #expect(theme.accent?.light.accent.description == "#1d5ba8")
        #expect(theme.accent?.dark.accent.description == "#99ccff")
        #expect(theme.logo == FileReference("/brand/wordmark.svg", at: site.location("logo")))
        #expect((theme.logoWidth, theme.logoHeight) == (192, 48))
        #expect(theme.favicon == FileReference("/favicon.png", at: site.location("favicon")))
        #expect(theme.socialImage == FileReference("https://cdn.example.com/card.png", at: site.location("social")))
    }

    @Test func withoutThemeTheSiteKeepsTheThemesLook() throws {
        let (config, diagnostics, _) = parse("")
        #expect(diagnostics.isEmpty)
        #expect(try #require(config).theme == SiteConfig.ThemeSettings())
    }

    @Test("an accent that is not a hex colour is refused with the fix", arguments: [
        ("blue", "must be a CSS hex colour #RRGGBB or #RGB, found 'blue'; write it as # and 6 (or 3) hex digits in quotes, such as accent: \"#1d5ba8\""),
        ("\"1d5ba8\"", "must be a CSS hex colour #RRGGBB or #RGB, found '1d5ba8'; write accent: \"#1d5ba8\""),
        ("\"#1d5ba\"", "must be a CSS hex colour #RRGGBB or #RGB, found '#1d5ba'; write it as # and 6 (or 3) hex digits in quotes, such as accent: \"#1d5ba8\""),
        ("\"rgb(29, 91, 168)\"", "must be a CSS hex colour #RRGGBB or #RGB, found 'rgb(29, 91, 168)'; write it as # and 6 (or 3) hex digits in quotes, such as accent: \"#1d5ba8\""),
        ("\"#1d5ba8;}body{x:y\"", "must be a CSS hex colour #RRGGBB or #RGB, found '#1d5ba8;}body{x:y'; write it as # and 6 (or 3) hex digits in quotes, such as accent: \"#1d5ba8\""),
    ])
    func accentMustBeHex(value: String, message: String) {
        let (config, diagnostics, site) = parse("theme:\n  accent: ⟨value⟩\(value)\n")
        #expect(config == nil)
        #expect(diagnostics == ["\(site.location("value")): error: 'theme.accent' \(message) [front-matter.value]"])
    }

    /// The quotes go around the colour as written, not an example colour.
    @Test(arguments: [
        ("accent_dark: #8cb8f7", "accent_dark", ##"accent_dark: "#8cb8f7""##),
        ("accent_dark: #8cb8f7   # the dark shade", "accent_dark", ##"accent_dark: "#8cb8f7""##),
        ("accent_dark:   #9CF", "accent_dark", ##"accent_dark: "#9CF""##),
        ("accent_dark: #e4002b#x", "accent_dark", ##"accent_dark: "#e4002b#x""##),
        ("accent_dark: # to do", "accent_dark", ##"accent_dark: "#1d5ba8""##),
        ("accent_dark: #", "accent_dark", ##"accent_dark: "#1d5ba8""##),
    ])
    func anUnquotedHexColourIsACommentAndTheErrorSaysSo(line: String, key: String, fix: String) {
        let (config, diagnostics, site) = parse("theme:\n  ⟨key⟩\(line)\n  accent: \"#1d5ba8\"\n")
        #expect(config == nil)
        #expect(diagnostics == [
            "\(site.location("key")): error: 'theme.\(key)' is empty; YAML reads an unquoted # as the start of a comment, so write the colour in quotes: \(fix) [front-matter.value]",
        ])
    }

    @Test func anUnquotedAccentKeepsItsColour() {
        let (config, diagnostics, site) = parse("theme:\n  ⟨key⟩accent: #e4002b\n")
        #expect(config == nil)
        #expect(diagnostics == [
            "\(site.location("key")): error: 'theme.accent' is empty; YAML reads an unquoted # as the start of a comment, so write the colour in quotes: accent: \"#e4002b\" [front-matter.value]",
        ])
    }

    @Test func aDarkShadeNeedsTheAccentItBelongsTo() {
        let (config, diagnostics, site) = parse("theme:\n  accent_dark: ⟨dark⟩\"#8cb8f7\"\n")
        #expect(config == nil)
        #expect(diagnostics == [
            "\(site.location("dark")): error: 'theme.accent_dark' is the dark-mode shade of 'theme.accent'; set accent too [front-matter.value]",
        ])
    }

    @Test func aLightAccentTooPaleToReadIsDarkenedWithAWarning() throws {
        let (config, diagnostics, site) = parse("theme:\n  accent: ⟨accent⟩\"#ffcc00\"\n")
        let palette = try #require(config?.theme.accent)
        #expect(palette.light.accent.description == "#8b6e00")
        #expect(diagnostics == [
            "\(site.location("accent")): warning: 'theme.accent' #ffcc00 has a contrast of 1.41:1 on the page background #f6f7f9, below the 4.5:1 WCAG AA asks of link text; links and buttons use #8b6e00 (4.52:1) in its place. Give a darker colour to have yours used as is [theme.contrast]",
        ])
    }

    @Test func aGivenDarkShadeIsUsedAsIsAndWarnedAboutWhenTooDim() throws {
        let (config, diagnostics, site) = parse("theme:\n  accent: \"#1d5ba8\"\n  accent_dark: ⟨dark⟩\"#1d5ba8\"\n")
        #expect(try #require(config?.theme.accent).dark.accent.description == "#1d5ba8")
        #expect(diagnostics == [
            "\(site.location("dark")): warning: 'theme.accent_dark' #1d5ba8 has a contrast of 2.56:1 on the dark background #161b22, below the 4.5:1 WCAG AA asks of link text; give a lighter colour, or leave accent_dark out to have one derived [theme.contrast]",
        ])
    }

    @Test func aReadableAccentGivesNoWarning() {
        #expect(parse("theme:\n  accent: \"#6b2c91\"\n  accent_dark: \"#cda0ef\"\n").1 == [])
    }

    @Test("logo sizes are whole CSS pixels from 1 to 1000", arguments: [
        ("0", "error: 'theme.logo_width' must be a size in CSS pixels from 1 to 1000, found 0 [front-matter.value]"),
        ("5000", "error: 'theme.logo_width' must be a size in CSS pixels from 1 to 1000, found 5000 [front-matter.value]"),
        ("12.5", "error: 'theme.logo_width' must be a whole number, found the number 12.5 [front-matter.type]"),
        ("wide", "error: 'theme.logo_width' must be a whole number, found the text 'wide' [front-matter.type]"),
    ])
    func logoSizes(value: String, message: String) {
        let (config, diagnostics, site) = parse("theme:\n  logo: /logo.svg\n  logo_width: ⟨value⟩\(value)\n")
        #expect(config == nil)
        #expect(diagnostics == ["\(site.location("value")): \(message)"])
    }

    @Test("files are site paths or URLs, as each key allows", arguments: [
        ("logo", "logo.svg", "must be an absolute URL starting with http:, https:, found 'logo.svg', or a site path such as /logo.svg"),
        ("social_image", "ftp://example.com/card.png", "must be an absolute URL starting with http:, https:, found 'ftp://example.com/card.png', or a site path such as /social.png"),
        ("favicon", "https://example.com/favicon.png", "must be a site path such as /favicon.png (a file in static/), found 'https://example.com/favicon.png'"),
        ("favicon", "/favicon.gif", "must be an .svg, .png or .ico file, found '/favicon.gif'"),
        ("logo", "\"/../secret.svg\"", "must be a clean site path such as /logo.svg, found '/../secret.svg'"),
    ])
    func filePaths(key: String, value: String, message: String) {
        let (config, diagnostics, site) = parse("theme:\n  \(key): ⟨value⟩\(value)\n")
        #expect(config == nil)
        #expect(diagnostics == ["\(site.location("value")): error: 'theme.\(key)' \(message) [front-matter.value]"])
    }

    @Test func aMisspeltThemeKeyIsSuggested() {
        let (config, diagnostics, site) = parse("theme:\n  ⟨key⟩acent: \"#1d5ba8\"\n  ⟨other⟩fav_icon: /f.svg\n")
        #expect(config == nil)
        #expect(diagnostics == [
            "\(site.location("key")): error: unknown key 'theme.acent' in the default theme's branding; did you mean 'accent'? [front-matter.unknown-key]",
            "\(site.location("other")): error: unknown key 'theme.fav_icon' in the default theme's branding; did you mean 'favicon'? [front-matter.unknown-key]",
        ])
    }

    @Test func faviconTypesFollowTheFileName() {
        #expect(FaviconType(path: "icons/favicon.SVG") == .svg)
        #expect(FaviconType(path: "favicon.png") == .png)
        #expect(FaviconType(path: "favicon.ico") == .ico)
        #expect(FaviconType(path: "favicon") == nil)
        #expect(FaviconType(path: "favicon.jpg") == nil)
    }

    @Test func aSitePathNamesTheFileItServes() {
        let here = SourceLocation(file: "site.yml")
        #expect(FileReference("/img/logo.svg?v=2#x", at: here).sitePath == "img/logo.svg")
        #expect(FileReference("/my%20logo.svg", at: here).sitePath == "my logo.svg")
        #expect(FileReference("https://example.com/logo.svg", at: here).sitePath == nil)
    }
}
