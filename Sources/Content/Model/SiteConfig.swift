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

    /// The names under `limits:`: bounds on Markdown bodies that guard cmark-gfm (README: Limits).
    /// They are `MarkdownLimits.Limit`'s names; Build applies the values and a test keeps the
    /// two lists equal (this module does not see the Markdown one).
    public static let limitNames = ["body_bytes", "nesting_depth", "inline_depth", "autolinks_per_word",
                                    "table_columns", "table_cells", "table_header_lines"]

    public var title: String
    public var description: String?
    /// Absolute http(s) URL of the site's root, always ending in `/`.
    public var baseURL: String
    public var language: String
    public var organization: Organization?
    public var markdown: MarkdownSettings
    /// Limits site.yml sets, by name (`limitNames`); the others keep their defaults.
    public var limits: [String: Int]

    public init(title: String, description: String? = nil, baseURL: String, language: String = "en",
                organization: Organization? = nil, markdown: MarkdownSettings = .init(), limits: [String: Int] = [:]) {
        self.title = title
        self.description = description
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.language = language
        self.organization = organization
        self.markdown = markdown
        self.limits = limits
    }
}
