import Diagnostics
import Foundation

/// `site.yml`: settings for the whole site.
public struct SiteConfig: Sendable, Hashable {
    public struct Organization: Sendable, Hashable {
        public var name: String
        public var url: String?
        /// The organization's logo. The header shows it too, unless `theme.logo` names another.
        public var logo: FileReference?
        /// `employees`: how many people it employs, for the size thresholds of pay transparency
        /// laws; nil (unknown) counts as covered by every law.
        public var employees: Int?

        public init(name: String, url: String? = nil, logo: FileReference? = nil, employees: Int? = nil) {
            self.name = name
            self.url = url
            self.logo = logo
            self.employees = employees
        }
    }

    public struct MarkdownSettings: Sendable, Hashable {
        /// Raw HTML in Markdown is omitted unless the site opts in.
        public var unsafeHTML: Bool
        public var smartPunctuation: Bool

        public init(unsafeHTML: Bool = false, smartPunctuation: Bool = true) {
            self.unsafeHTML = unsafeHTML
            self.smartPunctuation = smartPunctuation
        }
    }

    /// `theme:` — branding the default theme applies without a line of CSS.
    public struct ThemeSettings: Sendable, Hashable {
        /// Light- and dark-mode shades of `theme.accent` (and `accent_dark`); nil keeps the theme's blue.
        public var accent: AccentPalette?
        /// The header logo; nil falls back to `organization.logo`.
        public var logo: FileReference?
        /// The header logo's size in CSS pixels; a missing one is read from the file.
        public var logoWidth: Int?
        public var logoHeight: Int?
        /// A site path; nil is the theme's `/favicon.svg`.
        public var favicon: FileReference?
        /// The Open Graph / Twitter card image of every page.
        public var socialImage: FileReference?

        public init(accent: AccentPalette? = nil, logo: FileReference? = nil, logoWidth: Int? = nil, logoHeight: Int? = nil,
                    favicon: FileReference? = nil, socialImage: FileReference? = nil) {
            self.accent = accent
            self.logo = logo
            self.logoWidth = logoWidth
            self.logoHeight = logoHeight
            self.favicon = favicon
            self.socialImage = socialImage
        }
    }

    /// The names under `limits:`: bounds on Markdown bodies that guard cmark-gfm (README: Limits).
    /// They are `MarkdownLimits.Limit`'s names; Build applies the values and a test keeps the
    /// two lists equal (this module does not see the Markdown one).
    public static let limitNames = ["body_bytes", "nesting_depth", "inline_depth", "autolinks_per_word",
                                    "table_columns", "table_cells", "table_header_lines"]

    /// `closed_postings:` — what becomes of a posting after its `valid_through` day.
    public struct ClosedPostings: Sendable, Hashable {
        /// Days a closed posting's page ("This position is closed") stays after `valid_through`;
        /// then the page is removed and its URL answers with the 404 page. nil: kept for good.
        public var keepDays: Int?

        public init(keepDays: Int? = nil) {
            self.keepDays = keepDays
        }
    }

    public var title: String
    public var description: String?
    /// Absolute http(s) URL of the site's root, always ending in `/`.
    public var baseURL: String
    /// A BCP 47 tag in canonical spelling (`en`, `de-DE`): the theme's words and the formats.
    public var language: String
    /// Where site.yml sets `language`, for messages about it (nil when not set).
    public var languageLocation: SourceLocation?
    public var organization: Organization?
    public var markdown: MarkdownSettings
    public var theme: ThemeSettings
    /// Limits site.yml sets, by name (`limitNames`); the others keep their defaults.
    public var limits: [String: Int]
    /// Rule ids `lint: {ignore: [...]}` turns off for the whole site (see `SeverityPolicy`).
    public var lintIgnored: Set<String> = []
    /// `lint: {sections: [...]}`: the sections every posting needs (`role.missing-section`); nil
    /// for the built-in ones (see `StructureLint`), empty to check none.
    public var lintSections: [RequiredSection]?
    /// `postings.sections`: shown on every posting after its description, in this order.
    public var postingSections: [PostingSection]
    public var closedPostings = ClosedPostings()

    public init(title: String, description: String? = nil, baseURL: String, language: String = "en",
                organization: Organization? = nil, markdown: MarkdownSettings = .init(), theme: ThemeSettings = .init(),
                limits: [String: Int] = [:], postingSections: [PostingSection] = []) {
        self.title = title
        self.description = description
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.organization = organization
        self.markdown = markdown
        self.theme = theme
        self.limits = limits
        self.postingSections = postingSections
    }
}

/// A file `site.yml` refers to — a site path (`/logo.svg`, served from `static/` or the theme) or
/// an http(s) URL — with where it was written, so a file that does not exist is reported there.
public struct FileReference: Sendable, Hashable {
    /// `/logo.svg` or `https://cdn.example.com/logo.png`, as written.
    public var value: String
    public var location: SourceLocation

    public init(_ value: String, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The file's path in the output (`logo.svg` for `/logo.svg?v=2`, `my logo.svg` for
    /// `/my%20logo.svg`), or nil for a URL.
    public var sitePath: String? {
        guard value.hasPrefix("/") else { return nil }
        let path = value.dropFirst().prefix { $0 != "?" && $0 != "#" }
        return path.removingPercentEncoding ?? String(path)
    }
}

/// The `type` of a favicon's `<link rel="icon">`, from its file name: browsers skip an icon whose
/// type they do not support, so it must be right.
public enum FaviconType: String, Sendable, Hashable {
    case svg = "image/svg+xml"
    case png = "image/png"
    case ico = "image/x-icon"

    /// nil for any other kind of file.
    public init?(path: String) {
        switch path.split(separator: ".").last?.lowercased() {
        case "svg": self = .svg
        case "png": self = .png
        case "ico": self = .ico
        default: return nil
        }
    }
}
