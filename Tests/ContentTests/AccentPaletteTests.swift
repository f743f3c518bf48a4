import Foundation
import TestSupport
import Testing

@testable import Content

/// The colour computations behind `theme.accent`: parsing, WCAG contrast, and the derived shades.
@Suite struct AccentPaletteTests {
    static func hex(_ text: String) -> HexColor { HexColor(css: text)! }

    @Test func hexColoursAreParsedAndWrittenInOneForm() {
        #expect(HexColor(css: "#1D5BA8")?.description == "#1d5ba8")
        #expect(HexColor(css: "#9cf")?.description == "#99ccff")
        #expect(HexColor(css: "#000")?.description == "#000000")
        for bad in ["1d5ba8", "#1d5ba", "#1d5ba8ff", "#ggg", "blue", "#", "", "#１２３", "#1d5ba8 "] {
            #expect(HexColor(css: bad) == nil, "\(bad)")
        }
    }

    @Test func contrastRatiosAreWCAGs() {
        let white = Self.hex("#fff"), black = Self.hex("#000")
        #expect(black.contrast(with: white) == 21)
        #expect(white.contrast(with: white) == 1)
        // Values from the WebAIM contrast checker.
        #expect(abs(Self.hex("#777777").contrast(with: white) - 4.48) < 0.005)
        #expect(abs(Self.hex("#1d5ba8").contrast(with: white) - 6.74) < 0.005)
        #expect(Self.hex("#1d5ba8").contrast(with: white) == white.contrast(with: Self.hex("#1d5ba8")))
    }

    @Test func oklchRoundTripsEveryChannelValue() {
        for value in stride(from: 0, through: 255, by: 15) {
            let color = HexColor(red: UInt8(value), green: UInt8(255 - value), blue: UInt8((value * 7) % 256))
            #expect(OKLCH(color).hexColor == color)
        }
    }

    /// Brand colours of every hue and lightness, the hard cases included: dark navy, pure blue
    /// (the darkest hue), black, grey, pale yellow, white.
    static let brandColours = ["#1d5ba8", "#0000ff", "#000080", "#000000", "#777777", "#e4002b", "#00a651", "#ffcc00",
                               "#ffffff", "#6b2c91", "#ff6600", "#00ffff", "#123456", "#0b1526", "#161b22"]

    /// Accent text must be readable on every background it sits on, and so must button text on
    /// the accent: in light mode on white and the page background, in dark mode on the page and
    /// the cards.
    @Test("both shades reach AA on their backgrounds", arguments: brandColours)
    func shadesAreReadable(accent: String) {
        let palette = AccentPalette(accent: Self.hex(accent))
        let modes = [(palette.light, [AccentPalette.lightBackground, Self.hex("#ffffff")]),
                     (palette.dark, [AccentPalette.darkBackground, Self.hex("#0e1217")])]
        for (shades, backgrounds) in modes {
            for background in backgrounds {
                #expect(shades.accent.contrast(with: background) >= 4.5, "\(accent) → \(shades.accent) on \(background)")
            }
            #expect(shades.accent.contrast(with: shades.onAccent) >= 4.5, "button text on \(shades.accent)")
        }
    }

    /// The search behind both shades: lighten (or darken) in small OKLCH steps and stop at the
    /// first shade that reaches AA, so the colour changes no more than it must.
    @Test("the contrast search stops at the first shade that reaches AA", arguments: ["#1d5ba8", "#0000ff", "#e4002b", "#123456"])
    func contrastSearchIsMinimal(accent: String) {
        let background = AccentPalette.darkBackground
        let found = AccentPalette.adjusted(Self.hex(accent), toContrastWith: background, step: 0.005)
        #expect(found.contrast(with: background) >= 4.5)
        var previous = OKLCH(found)
        previous.lightness -= 0.006
        #expect(previous.hexColor.contrast(with: background) < 4.5, "\(accent) → \(found)")
        #expect(OKLCH(found).lightness > OKLCH(Self.hex(accent)).lightness)
    }

    @Test func aReadableAccentIsUsedAsGivenAndKeepsItsHue() {
        let palette = AccentPalette(accent: Self.hex("#e4002b"))
        #expect(palette.light.accent == Self.hex("#e4002b"))
        let (given, dark) = (OKLCH(Self.hex("#e4002b")), OKLCH(palette.dark.accent))
        #expect(dark.lightness > given.lightness)
        #expect(abs(dark.hue - given.hue) < 3)
    }

    @Test func aGivenDarkShadeIsUsedAsIs() {
        #expect(AccentPalette(accent: Self.hex("#1d5ba8"), dark: Self.hex("#334455")).dark.accent == Self.hex("#334455"))
    }

    @Test func theThemesBlueGivesTheThemesOwnShadesBack() {
        let palette = AccentPalette(accent: Self.hex("#1d5ba8"))
        #expect(palette.customProperties == ":root{--brand-accent:#1d5ba8;--brand-accent-strong:#19467f;--brand-accent-soft:#e7eef8;--brand-on-accent:#ffffff;--brand-accent-dark:#8bb8f6;--brand-accent-strong-dark:#b2d0fb;--brand-accent-soft-dark:#18273b;--brand-on-accent-dark:#091526}")
    }

    /// The backgrounds contrast is checked against are the theme's; if style.css changes them,
    /// the checks must change too.
    @Test func theCheckedBackgroundsAreTheThemes() throws {
        let css = try String(contentsOf: repositoryRoot.appendingPathComponent("static/style.css"), encoding: .utf8)
        #expect(css.contains("--bg: \(AccentPalette.lightBackground);"))
        #expect(css.contains("--surface: \(AccentPalette.darkBackground);"))
        for property in ["accent", "accent-strong", "accent-soft", "on-accent"] {
            #expect(css.contains("--\(property): var(--brand-\(property), #"), "light --\(property)")
            #expect(css.contains("--\(property): var(--brand-\(property)-dark, #"), "dark --\(property)")
        }
    }
}
