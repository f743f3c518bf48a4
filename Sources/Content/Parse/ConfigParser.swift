import Diagnostics
import Foundation
import Yams

/// Reads and checks `site.yml`.
public enum ConfigParser {
    public static func parse(_ file: SourceFile) -> (SiteConfig?, [Diagnostic]) {
        let sink = DiagnosticSink(file: file.path, yamlFirstLine: 1)
        guard let root = composeYAML(file.text, sink: sink) else {
            if !sink.hasErrors {
                sink.error("site.yml is empty; expected at least `title:` and `base_url:`", at: nil, rule: "front-matter.missing-field")
            }
            return (nil, sink.diagnostics)
        }
        guard let fields = Fields(root, path: "", describing: "site.yml",
                                  allowed: ["title", "description", "base_url", "language", "organization", "markdown", "theme", "limits",
                                            "postings", "closed_postings", LintSettings.key],
                                  sink: sink) else { return (nil, sink.diagnostics) }
        let title = fields.string("title", required: true, why: "it heads every page")
        let description = fields.string("description")
        var baseURL = fields.string("base_url", required: true)
        if let url = baseURL, let refusal = BaseURL.refusal(of: url) {
            fields.valueError("base_url", refusal.problem, at: fields.node("base_url"), suggestion: refusal.suggestion)
            baseURL = nil
        }
        let language = fields.languageTag("language") ?? "en"
        var organization: SiteConfig.Organization?
        if let org = fields.mapping("organization", describing: "the hiring organization",
                                    allowed: ["name", "url", "logo", "employees"]) {
            let name = org.string("name", required: true, why: "it is the hiring organization in every posting")
            let url = org.url("url", schemes: ["http", "https"])
            let logo = org.fileReference("logo")
            let employees = readEmployees(org)
            if let name { organization = .init(name: name, url: url, logo: logo, employees: employees) }
        }
        var markdown = SiteConfig.MarkdownSettings()
        if let settings = fields.mapping("markdown", describing: "Markdown settings",
                                         allowed: ["unsafe_html", "smart_punctuation"]) {
            markdown.unsafeHTML = settings.bool("unsafe_html") ?? markdown.unsafeHTML
            markdown.smartPunctuation = settings.bool("smart_punctuation") ?? markdown.smartPunctuation
        }
        let theme = fields.mapping("theme", describing: "the default theme's branding", allowed: ThemeKeys.allowed)
            .map { themeSettings($0, sink: sink) } ?? .init()
        var closedPostings = SiteConfig.ClosedPostings()
        if let closed = fields.mapping("closed_postings", describing: "what becomes of closed postings", allowed: ["keep_days"]),
           let days = closed.int("keep_days", required: true, why: "how many days a closed posting's page stays before it is removed") {
            if (0...3650).contains(days) {
                closedPostings.keepDays = days
            } else {
                closed.valueError("keep_days", "must be a number of days from 0 to 3650, found \(days)", at: closed.node("keep_days"))
            }
        }
        let limits = parseLimits(fields)
        let ignored = LintSettings.ignored(fields.node(LintSettings.key), sink: sink, allowed: LintSettings.siteKeys)
        let requiredSections = LintSettings.sections(fields.node(LintSettings.key), sink: sink)
        let postingSections = SectionParser.sharedSections(fields)
        guard !sink.hasErrors, let title, let baseURL else { return (nil, sink.diagnostics) }
        var config = SiteConfig(title: title, description: description, baseURL: baseURL, language: language,
                                organization: organization, markdown: markdown, theme: theme, limits: limits,
                                postingSections: postingSections)
        config.lintIgnored = ignored
        config.lintSections = requiredSections
        if fields.has("language") { config.languageLocation = fields.location(of: "language") }
        config.closedPostings = closedPostings
        return (config, sink.diagnostics)
    }

    /// `organization.employees`: a whole number of at least 1, which pay transparency laws with a
    /// size threshold compare with.
    static func readEmployees(_ org: Fields) -> Int? {
        guard let employees = org.int("employees") else { return nil }
        guard employees >= 1 else {
            org.valueError("employees", "must be the number of people the organization employs, at least 1, found \(employees)",
                           at: org.node("employees"))
            return nil
        }
        return employees
    }

    /// `limits:`: each a whole number of at least 1 (README: Limits).
    static func parseLimits(_ fields: Fields) -> [String: Int] {
        guard let settings = fields.mapping("limits", describing: "limits on Markdown bodies",
                                            allowed: SiteConfig.limitNames) else { return [:] }
        var limits: [String: Int] = [:]
        for name in SiteConfig.limitNames {
            guard let value = settings.int(name) else { continue }
            if value < 1 {
                settings.valueError(name, "must be a whole number of at least 1, found \(value)", at: settings.node(name))
            } else {
                limits[name] = value
            }
        }
        return limits
    }

    enum ThemeKeys {
        static let allowed = ["accent", "accent_dark", "logo", "logo_width", "logo_height", "favicon", "social_image"]
        /// A header logo wider or taller than this many CSS pixels is a mistake (a photo's size).
        static let largestLogoSide = 1000
    }

    /// `theme:`. Whether the files exist is checked by the build, which knows static/ and the theme.
    static func themeSettings(_ fields: Fields, sink: DiagnosticSink) -> SiteConfig.ThemeSettings {
        var theme = SiteConfig.ThemeSettings()
        let accent = fields.color("accent")
        let accentDark = fields.color("accent_dark")
        if let accent {
            theme.accent = AccentPalette(accent: accent, dark: accentDark)
            contrastWarnings(theme.accent!, accent: accent, accentDark: accentDark, fields: fields)
        } else if accentDark != nil {
            fields.valueError("accent_dark", "is the dark-mode shade of 'theme.accent'; set accent too", at: fields.node("accent_dark"))
        }
        theme.logo = fields.fileReference("logo")
        for key in ["logo_width", "logo_height"] {
            guard let size = fields.int(key) else { continue }
            guard (1...ThemeKeys.largestLogoSide).contains(size) else {
                fields.valueError(key, "must be a size in CSS pixels from 1 to \(ThemeKeys.largestLogoSide), found \(size)", at: fields.node(key))
                continue
            }
            if key == "logo_width" { theme.logoWidth = size } else { theme.logoHeight = size }
        }
        theme.favicon = fields.fileReference("favicon", example: "/favicon.png", allowURL: false)
        if let favicon = theme.favicon, FaviconType(path: favicon.sitePath ?? "") == nil {
            fields.valueError("favicon", "must be an .svg, .png or .ico file, found '\(favicon.value)'", at: fields.node("favicon"))
            theme.favicon = nil
        }
        theme.socialImage = fields.fileReference("social_image", example: "/social.png")
        return theme
    }

    /// A light accent that had to be darkened, or a given dark shade too dim to read, is a
    /// warning: the site builds, and the message says which colour is used and what to change.
    static func contrastWarnings(_ palette: AccentPalette, accent: HexColor, accentDark: HexColor?, fields: Fields) {
        let aa = "the \(ratio(AccentPalette.minimumContrast)) WCAG AA asks of link text"
        if palette.light.accent != accent {
            let used = palette.light.accent
            fields.sink.append(.warning(
                "'theme.accent' \(accent) has a contrast of \(ratio(accent.contrast(with: AccentPalette.lightBackground))) on the page background \(AccentPalette.lightBackground), below \(aa); links and buttons use \(used) (\(ratio(used.contrast(with: AccentPalette.lightBackground)))) in its place. Give a darker colour to have yours used as is",
                at: fields.location(of: "accent"), rule: "theme.contrast"))
        }
        if let accentDark, accentDark.contrast(with: AccentPalette.darkBackground) < AccentPalette.minimumContrast {
            fields.sink.append(.warning(
                "'theme.accent_dark' \(accentDark) has a contrast of \(ratio(accentDark.contrast(with: AccentPalette.darkBackground))) on the dark background \(AccentPalette.darkBackground), below \(aa); give a lighter colour, or leave accent_dark out to have one derived",
                at: fields.location(of: "accent_dark"), rule: "theme.contrast"))
        }
    }

    /// `4.47:1`: cut, not rounded, so a ratio below 4.5 never reads as 4.5.
    static func ratio(_ value: Double) -> String {
        var digits = String(format: "%.2f", (value * 100).rounded(.down) / 100)
        while digits.hasSuffix("0") { digits.removeLast() }
        if digits.hasSuffix(".") { digits.removeLast() }
        return digits + ":1"
    }
}
