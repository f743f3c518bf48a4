import Diagnostics
import TestSupport
import Testing

@testable import Content

@Suite("site.yml")
struct ConfigTests {
    func parseConfig(_ text: String) -> (SiteConfig?, [String]) {
        let (config, diagnostics) = ConfigParser.parse(SourceFile(path: "site.yml", text: text))
        return (config, report(diagnostics))
    }

    @Test("every setting of a full site.yml is read")
    func fullConfig() throws {
        let (config, diagnostics) = parseConfig("""
            title: Wrenfield Careers
            description: Open roles.
            base_url: https://careers.example.com/jobs
            language: de-CH
            organization:
              name: Wrenfield
              url: https://example.com/
              logo: /logo.svg
            markdown:
              unsafe_html: true
              smart_punctuation: false
            """)
        #expect(diagnostics.isEmpty)
        let site = try #require(config)
        #expect(site.title == "Wrenfield Careers")
        #expect(site.description == "Open roles.")
        #expect(site.baseURL == "https://careers.example.com/jobs/")
        #expect(site.language == "de-CH")
        #expect(site.organization == SiteConfig.Organization(name: "Wrenfield", url: "https://example.com/", logo: FileReference("/logo.svg", at: SourceLocation(file: "site.yml", line: 8, column: 9))))
        #expect(site.markdown == SiteConfig.MarkdownSettings(unsafeHTML: true, smartPunctuation: false))
    }

    @Test("only title and base_url are needed; the rest has defaults")
    func defaults() throws {
        let (config, diagnostics) = parseConfig("title: Careers\nbase_url: http://localhost:8000/\n")
        #expect(diagnostics.isEmpty)
        let site = try #require(config)
        #expect(site.language == "en")
        #expect(site.description == nil)
        #expect(site.organization == nil)
        #expect(site.markdown.unsafeHTML == false)
        #expect(site.markdown.smartPunctuation == true)
    }

    static let allowed = "http:, https:"

    @Test("base_url must be an absolute http or https URL", arguments: [
        ("ftp://example.com", "must be an absolute URL starting with \(allowed), found 'ftp://example.com'"),
        ("mailto:jobs@example.com", "must be an absolute URL starting with \(allowed), found 'mailto:jobs@example.com'"),
        ("careers.example.com", "must be an absolute URL starting with \(allowed), found 'careers.example.com'"),
        ("https:careers.example.com", "must be an absolute URL like https://host/path, found 'https:careers.example.com'"),
    ])
    func baseURLMustBeHTTP(url: String, message: String) {
        let (config, diagnostics) = parseConfig("title: Careers\nbase_url: \(url)\n")
        #expect(config == nil)
        #expect(diagnostics == ["site.yml:2:11: error: 'base_url' \(message) [front-matter.value]"])
    }

    @Test("a misspelt key is suggested, and the key it meant is missing")
    func unknownKey() {
        let (config, diagnostics) = parseConfig("title: Careers\nbaseurl: https://a.example/\n")
        #expect(config == nil)
        #expect(diagnostics == [
            "site.yml:1:1: error: missing required field 'base_url' [front-matter.missing-field]",
            "site.yml:2:1: error: unknown key 'baseurl' in site.yml; did you mean 'base_url'? [front-matter.unknown-key]",
        ])
    }

    @Test("an organization needs a name, reported where the organization's mapping starts")
    func organizationNeedsAName() {
        let (config, diagnostics) = parseConfig("""
            title: Careers
            base_url: https://a.example/
            organization:
              url: https://example.com/
            """)
        #expect(config == nil)
        #expect(diagnostics == [
            "site.yml:4:3: error: missing required field 'organization.name' (it is the hiring organization in every posting) [front-matter.missing-field]",
        ])
    }

    @Test("language must be a language tag")
    func languageTag() {
        #expect(parseConfig("title: Careers\nbase_url: https://a.example/\nlanguage: english!\n").1 == [
            "site.yml:3:11: error: 'language' must be a language tag such as en, de or en-US (language[-Script][-REGION], with hyphens), found 'english!' [front-matter.value]",
        ])
    }

    @Test("Markdown switches must be true or false")
    func markdownSwitches() {
        #expect(parseConfig("title: Careers\nbase_url: https://a.example/\nmarkdown:\n  unsafe_html: maybe\n").1 == [
            "site.yml:4:16: error: 'markdown.unsafe_html' must be true or false, found the text 'maybe' [front-matter.type]",
        ])
    }

    @Test("an empty or comment-only site.yml asks for title and base_url", arguments: ["", "# nothing yet\n"])
    func emptyConfig(text: String) {
        let (config, diagnostics) = parseConfig(text)
        #expect(config == nil)
        #expect(diagnostics == [
            "site.yml:1:1: error: site.yml is empty; expected at least `title:` and `base_url:` [front-matter.missing-field]",
        ])
    }

    @Test("YAML errors in site.yml keep the file's own line numbers")
    func syntaxErrorLine() {
        let (_, diagnostics) = parseConfig("""
            title: Careers
            base_url: https://a.example/
            markdown:
              smart_punctuation: true
             unsafe_html: false
            """)
        #expect(diagnostics == [
            "site.yml:5:2: error: this line is indented by 1 space, line 4 above it by 2 spaces; the keys of one mapping must line up exactly [yaml.indentation]",
        ])
    }

    @Test("anchors are refused in site.yml too")
    func anchorsRefused() {
        #expect(parseConfig("title: &t Careers\nbase_url: https://a.example/\n").1 == [
            "site.yml:1:8: error: '&' at the start of a value makes it a YAML anchor, which front matter does not support; if it is text, put the whole value in quotes: title: \"&t Careers\" [yaml.alias]",
        ])
    }
}
