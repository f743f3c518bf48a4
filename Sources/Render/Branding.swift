import Content

/// `site.yml`'s `theme:` settings as every page shows them, after the build found their files
/// and read the logo's size (`Build` resolves it; without `theme:` this is the theme's own look).
public struct Branding: Sendable, Hashable {
    /// The header logo at its display size.
    public struct Logo: Sendable, Hashable {
        /// A site path (`/logo.svg`) or an http(s) URL.
        public var source: String
        /// CSS pixels; the `<img>`'s `width` and `height`, so the header keeps the logo's shape.
        public var width: Int
        public var height: Int

        public init(source: String, width: Int, height: Int) {
            self.source = source
            self.width = width
            self.height = height
        }
    }

    /// The accent's custom properties (`AccentPalette.customProperties`), for a `<style>` in the head.
    public var accentStyle: String?
    public var logo: Logo?
    /// A site path.
    public var favicon: String
    public var faviconType: FaviconType
    /// An absolute URL, for `og:image` and `twitter:image`.
    public var socialImage: String?

    public init(accentStyle: String? = nil, logo: Logo? = nil, favicon: String = Branding.themeFavicon,
                faviconType: FaviconType = .svg, socialImage: String? = nil) {
        self.accentStyle = accentStyle
        self.logo = logo
        self.favicon = favicon
        self.faviconType = faviconType
        self.socialImage = socialImage
    }

    /// The default theme's icon, `static/favicon.svg`.
    public static let themeFavicon = "/favicon.svg"
}
