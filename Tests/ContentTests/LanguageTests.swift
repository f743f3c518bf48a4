import Content
import Diagnostics
import TestSupport
import Testing

@Suite("Language tags") struct LanguageTagTests {
    @Test(arguments: [
        ("en", "en"), ("de-DE", "de-DE"), ("DE-de", "de-DE"), ("zh-hant-tw", "zh-Hant-TW"), ("es-419", "es-419"),
        ("sr-Latn", "sr-Latn"), ("fil", "fil"),
    ])
    func validTagsAreSpelledCanonically(_ text: String, _ canonical: String) {
        #expect(LanguageTag(text)?.description == canonical)
    }

    @Test(arguments: ["de_DE", "english", "e", "en-", "-en", "en-US-x-private", "en-USA", "en-1234", "de DE", ""])
    func otherTextIsNotATag(_ text: String) {
        #expect(LanguageTag(text) == nil)
    }

    @Test func fallbacksGoFromTheMostSpecificToTheLanguage() {
        #expect(LanguageTag("zh-Hant-TW")!.fallbacks == ["zh-Hant-TW", "zh-Hant", "zh"])
        #expect(LanguageTag("de-DE")!.fallbacks == ["de-DE", "de"])
        #expect(LanguageTag("de")!.fallbacks == ["de"])
    }

    @Test(arguments: [("de_DE", "de-DE"), ("en_us", "en-US"), ("pt BR", "pt-BR")])
    func underscoresAndSpacesGetASuggestion(_ text: String, _ suggestion: String) {
        #expect(LanguageTag.suggestion(for: text) == suggestion)
    }

    @Test func deUnderscoreDEInSiteYmlSuggestsTheHyphen() {
        let (config, diagnostics) = ConfigParser.parse(SourceFile(path: "site.yml", text: "title: Careers\nbase_url: https://a.example/\nlanguage: de_DE\n"))
        #expect(config == nil)
        #expect(report(diagnostics) == [
            "site.yml:3:11: error: 'language' must be a language tag such as en, de or en-US (language[-Script][-REGION], with hyphens), found 'de_DE'; did you mean 'de-DE'? [front-matter.value]",
        ])
    }

    @Test func theSiteLanguageIsCanonicalAndLocated() {
        let (config, _) = ConfigParser.parse(SourceFile(path: "site.yml", text: "title: Careers\nbase_url: https://a.example/\nlanguage: de-de\n"))
        #expect(config?.language == "de-DE")
        #expect(config?.languageLocation?.description == "site.yml:3:11")
    }

    @Test func postingsAndPagesMaySetTheirOwnLanguage() {
        let role = ContentParser.parse(SourceFile(path: "content/roles/x.md", text: """
            ---
            title: Entwickler
            language: de
            locations: [{country: DE}]
            remote: onsite
            employment_type: FULL_TIME
            date_posted: 2026-05-01
            ---
            """))
        guard case .role(let posting)? = role.0 else { Issue.record("\(role.1)"); return }
        #expect(posting.language == "de")
        #expect(posting.fieldLocations["language"]?.description == "content/roles/x.md:3:11")
        let page = ContentParser.parse(SourceFile(path: "content/ueber.md", text: "---\ntitle: Über uns\nlanguage: de_AT\n---\n"))
        #expect(report(page.1) == [
            "content/ueber.md:3:11: error: 'language' must be a language tag such as en, de or en-US (language[-Script][-REGION], with hyphens), found 'de_AT'; did you mean 'de-AT'? [front-matter.value]",
        ])
    }
}

@Suite("Strings files") struct StringsParserTests {
    static func parse(_ text: String, name: String = "de.yml") -> (ThemeStrings?, [String]) {
        let (strings, diagnostics) = StringsParser.parse(SourceFile(path: "templates/strings/\(name)", text: text))
        return (strings, report(diagnostics))
    }

    @Test func textsAndPluralFormsAreRead() {
        let (strings, diagnostics) = Self.parse("""
            applyForThisRole: Jetzt bewerben
            openRoleCount:
              =0: Keine offenen Stellen
              one: "{count} offene Stelle"
              other: "{count} offene Stellen"
            empty: ""
            """)
        #expect(diagnostics.isEmpty)
        #expect(strings?.language == "de")
        #expect(strings?.entries["applyForThisRole"]?.value == .text("Jetzt bewerben"))
        #expect(strings?.entries["applyForThisRole"]?.location.description == "templates/strings/de.yml:1:19")
        #expect(strings?.entries["openRoleCount"]?.value == .plural([
            .exactly(0): "Keine offenen Stellen", .category(.one): "{count} offene Stelle", .category(.other): "{count} offene Stellen",
        ]))
        #expect(strings?.entries["openRoleCount"]?.placeholders == ["count"])
        #expect(strings?.entries["empty"]?.value == .text(""))
    }

    @Test func aFileNameThatIsNotATagSuggestsOne() {
        #expect(Self.parse("a: b\n", name: "de_DE.yml").1 == [
            "templates/strings/de_DE.yml:1:1: error: the file name 'de_DE.yml' is not a language tag such as de.yml or pt-BR.yml; rename it to de-DE.yml [strings.file-name]",
        ])
    }

    @Test func pluralFormsNeedOtherAndKnownNames() {
        #expect(Self.parse("levelCount:\n  one: \"{count} Stufe\"\n  plural: x\n").1 == [
            "templates/strings/de.yml:2:3: error: 'levelCount' has no 'other' form; every plural string needs one, for the counts no other form takes [strings.plural]",
            "templates/strings/de.yml:3:3: error: 'levelCount': 'plural' is not a plural form; expected zero, one, two, few, many, other or an exact count such as =0 [strings.plural]",
        ])
        #expect(Self.parse("levelCount:\n  one: a\n  othr: b\n").1.contains(
            "templates/strings/de.yml:3:3: error: 'levelCount': 'othr' is not a plural form; expected zero, one, two, few, many, other or an exact count such as =0; did you mean 'other'? [strings.plural]"))
    }

    @Test func anUnquotedPlaceholderAtTheStartGetsAHint() {
        #expect(Self.parse("levelCount:\n  one: {count} Stufe\n  other: x\n").1 == [
            "templates/strings/de.yml:2:8: error: a text that starts with a placeholder must be quoted: \"{count} Stufe\"; unquoted, YAML reads the braces as a mapping [strings.quote]",
        ])
    }

    /// The quotes go around the text as typed: a `"` or `\` inside escaped, a `#1` kept, a
    /// comment meant as one left out.
    @Test func anUnquotedPlaceholderIsQuotedAsTyped() {
        #expect(Self.parse("levelCount:\n  one: {count} \"Stufe\" #1  # die erste\n  other: x\n").1 == [
            #"templates/strings/de.yml:2:8: error: a text that starts with a placeholder must be quoted: "{count} \"Stufe\" #1"; unquoted, YAML reads the braces as a mapping [strings.quote]"#,
        ])
        #expect(Self.parse("whatLevelMeans: {level} C:\\x\n").1 == [
            #"templates/strings/de.yml:1:17: error: a text that starts with a placeholder must be quoted: "{level} C:\\x"; unquoted, YAML reads the braces as a mapping [strings.quote]"#,
        ])
    }

    @Test func anEmptyValueOrAListIsAnError() {
        #expect(Self.parse("learnMore:\nskills: [a, b]\n").1 == [
            "templates/strings/de.yml:1:11: error: 'learnMore' must be a text or a mapping of plural forms (one:, other: …), found the text ''; write \"\" for no text [strings.type]",
            "templates/strings/de.yml:2:9: error: 'skills' must be a text or a mapping of plural forms (one:, other: …), found a list [strings.type]",
        ])
    }
}
