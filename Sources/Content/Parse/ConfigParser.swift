import Diagnostics
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
                                  allowed: ["title", "description", "base_url", "language", "organization", "markdown"],
                                  sink: sink) else { return (nil, sink.diagnostics) }
        let title = fields.string("title", required: true, why: "it heads every page")
        let description = fields.string("description")
        let baseURL = fields.url("base_url", schemes: ["http", "https"], required: true)
        let language = fields.languageTag("language") ?? "en"
        var organization: SiteConfig.Organization?
        if let org = fields.mapping("organization", describing: "the hiring organization",
                                    allowed: ["name", "url", "logo"]) {
            let name = org.string("name", required: true, why: "it is the hiring organization in every posting")
            let url = org.url("url", schemes: ["http", "https"])
            let logo = org.sitePathOrURL("logo")
            if let name { organization = .init(name: name, url: url, logo: logo) }
        }
        var markdown = SiteConfig.MarkdownSettings()
        if let settings = fields.mapping("markdown", describing: "Markdown settings",
                                         allowed: ["unsafe_html", "smart_punctuation"]) {
            markdown.unsafeHTML = settings.bool("unsafe_html") ?? markdown.unsafeHTML
            markdown.smartPunctuation = settings.bool("smart_punctuation") ?? markdown.smartPunctuation
        }
        guard !sink.hasErrors, let title, let baseURL else { return (nil, sink.diagnostics) }
        var config = SiteConfig(title: title, description: description, baseURL: baseURL, language: language,
                                organization: organization, markdown: markdown)
        if fields.has("language") { config.languageLocation = fields.location(of: "language") }
        return (config, sink.diagnostics)
    }
}
