import Diagnostics

/// `site.yml`: settings for the whole site.
public struct SiteConfig: Sendable, Hashable {
    public struct Organization: Sendable, Hashable {
        public var name: String
        public var url: String?
        public var logo: String?

        public init(name: String, url: String? = nil, logo: String? = nil) {
            self.name = name
            self.url = url
            self.logo = logo
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

    public init(title: String, description: String? = nil, baseURL: String, language: String = "en",
                organization: Organization? = nil, markdown: MarkdownSettings = .init()) {
        self.title = title
        self.description = description
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.organization = organization
        self.markdown = markdown
    }
}
