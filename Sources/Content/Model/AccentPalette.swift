/// The shades of a site's accent colour the default theme paints with, in light and dark mode.
///
/// `site.yml` gives one colour (and optionally its dark-mode shade); everything else is derived in
/// OKLCH, keeping the hue. The steps are those between the theme's own hand-picked blues
/// (`#1d5ba8` → strong `#15467f`, soft `#e7eef8`; dark `#8cb8f7` → `#b3d0fb`, `#18273b`), so
/// `accent: "#1d5ba8"` gives the built-in look back.
public struct AccentPalette: Sendable, Hashable {
    /// One mode's colours. `accent` is text (links) and button faces, `strong` their hover,
    /// `soft` a tinted background behind accent text, `onAccent` text on an accent button.
    public struct Shades: Sendable, Hashable {
        public var accent: HexColor
        public var strong: HexColor
        public var soft: HexColor
        public var onAccent: HexColor
    }

    public var light: Shades
    public var dark: Shades

    /// WCAG AA for body text, which links are.
    public static let minimumContrast = 4.5
    /// The darkest background accent text sits on in light mode: the theme's page background
    /// (`--bg` in static/style.css; cards are white, which only helps).
    public static let lightBackground = HexColor(red: 0xf6, green: 0xf7, blue: 0xf9)
    /// The lightest background accent text sits on in dark mode: the theme's cards (`--surface`).
    public static let darkBackground = HexColor(red: 0x16, green: 0x1b, blue: 0x22)
    /// The lightness of the theme's own dark-mode accent: a derived dark shade is at least this
    /// light, so links stand out as clearly as the built-in ones do, not just barely pass AA.
    static let darkLightness = 0.775

    /// The palette for `accent`, with `dark` as the dark-mode accent when given (used as is) or
    /// derived: the accent lightened to `darkLightness`, and further until it reaches
    /// `minimumContrast` on `darkBackground`. The light-mode accent is `accent` darkened, only if
    /// needed, until it reaches `minimumContrast` on `lightBackground`.
    public init(accent: HexColor, dark: HexColor? = nil) {
        let lightAccent = Self.adjusted(accent, toContrastWith: Self.lightBackground, step: -0.005)
        light = Self.lightShades(lightAccent)
        let darkAccent = dark ?? {
            var shade = OKLCH(accent)
            shade.lightness = max(shade.lightness, Self.darkLightness)
            shade.chroma *= 0.73
            return Self.adjusted(shade.hexColor, toContrastWith: Self.darkBackground, step: 0.005)
        }()
        self.dark = Self.darkShades(darkAccent)
    }

    /// `color` with its OKLCH lightness moved by `step` until it reaches `minimumContrast` with
    /// `background` (or black or white, which always do on the theme's backgrounds).
    static func adjusted(_ color: HexColor, toContrastWith background: HexColor, step: Double) -> HexColor {
        var shade = OKLCH(color)
        var result = color
        while result.contrast(with: background) < minimumContrast && (0...1).contains(shade.lightness) {
            shade.lightness += step
            result = shade.hexColor
        }
        return result
    }

    static func lightShades(_ accent: HexColor) -> Shades {
        let base = OKLCH(accent)
        return Shades(accent: accent,
                      strong: OKLCH(lightness: base.lightness - 0.08, chroma: base.chroma * 0.78, hue: base.hue).hexColor,
                      soft: OKLCH(lightness: 0.947, chroma: base.chroma * 0.11, hue: base.hue).hexColor,
                      onAccent: onAccent(accent))
    }

    static func darkShades(_ accent: HexColor) -> Shades {
        let base = OKLCH(accent)
        return Shades(accent: accent,
                      strong: OKLCH(lightness: base.lightness + 0.076, chroma: base.chroma * 0.67, hue: base.hue).hexColor,
                      soft: OKLCH(lightness: 0.27, chroma: base.chroma * 0.42, hue: base.hue).hexColor,
                      onAccent: onAccent(accent))
    }

    /// White or a near-black of the accent's hue, whichever reads better on an accent button.
    static func onAccent(_ accent: HexColor) -> HexColor {
        let base = OKLCH(accent)
        let white = HexColor(red: 255, green: 255, blue: 255)
        let dark = OKLCH(lightness: 0.196, chroma: min(base.chroma * 0.37, 0.04), hue: base.hue).hexColor
        return accent.contrast(with: white) >= accent.contrast(with: dark) ? white : dark
    }

    /// The custom properties the default theme's style.css reads (`--accent: var(--brand-accent, …)`),
    /// as one CSS rule. Only hex colours appear in it.
    public var customProperties: String {
        let properties = [
            ("accent", light.accent), ("accent-strong", light.strong), ("accent-soft", light.soft), ("on-accent", light.onAccent),
            ("accent-dark", dark.accent), ("accent-strong-dark", dark.strong), ("accent-soft-dark", dark.soft),
            ("on-accent-dark", dark.onAccent),
        ]
        return ":root{" + properties.map { "--brand-\($0.0):\($0.1)" }.joined(separator: ";") + "}"
    }
}
