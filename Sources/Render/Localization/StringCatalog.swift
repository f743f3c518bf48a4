import Content
import Diagnostics

/// Every strings file of the theme and the site, checked against each other, and the
/// `Localization` of any language made from them.
///
/// The built-in English file defines the theme's keys, the shape of each (a text, or plural
/// forms) and the placeholders it may use. A key is looked up, for language `de-CH`, in the
/// site's `de-CH.yml`, the theme's `de-CH.yml`, the site's `de.yml`, the theme's `de.yml`, the
/// site's `en.yml` and the theme's `en.yml`, first found wins: a site file overrides the theme's
/// key by key. Keys only the site's `en.yml` defines are the site's own, for its own templates.
public struct StringCatalog: Sendable {
    /// The language every lookup ends in, and whose built-in file defines the keys.
    public static let baseLanguage = "en"

    let site: [String: ThemeStrings]
    let builtIn: [String: ThemeStrings]
    /// Key → its value in the base language (the site's own keys included).
    let reference: [String: ThemeString]
    /// Keys of the built-in base file: their shape and placeholders are fixed.
    let themeKeys: Set<String>

    /// Checks the files and returns the catalog with what was found: a key no template knows
    /// (a warning, with the closest key), a text where the theme has plural forms or the other
    /// way round, and placeholders the theme does not fill (errors).
    public static func make(site: [ThemeStrings], builtIn: [ThemeStrings]) -> (StringCatalog, [Diagnostic]) {
        let site = Dictionary(site.map { ($0.language, $0) }, uniquingKeysWith: { first, _ in first })
        let builtIn = Dictionary(builtIn.map { ($0.language, $0) }, uniquingKeysWith: { first, _ in first })
        let themeBase = builtIn[baseLanguage]?.entries ?? [:]
        let reference = themeBase.merging(site[baseLanguage]?.entries ?? [:]) { theme, _ in theme }
        let catalog = StringCatalog(site: site, builtIn: builtIn, reference: reference, themeKeys: Set(themeBase.keys))
        var diagnostics: [Diagnostic] = []
        for file in (builtIn.values.sorted { $0.source < $1.source }) + (site.values.sorted { $0.source < $1.source }) {
            diagnostics += catalog.check(file)
        }
        return (catalog, diagnostics)
    }

    func check(_ file: ThemeStrings) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for key in file.entries.keys.sorted() {
            let entry = file.entries[key]!
            guard let expected = reference[key] else {
                let hint = closestMatch(to: key, in: reference.keys.sorted()).map { "; did you mean '\($0)'?" }
                    ?? "; a key of the site's own templates must be in templates/strings/\(Self.baseLanguage).yml too"
                diagnostics.append(.warning("unknown string key '\(key)'\(hint)", at: entry.location, rule: "strings.unknown-key"))
                continue
            }
            guard themeKeys.contains(key) else { continue }
            switch (expected.value, entry.value) {
            case (.text, .plural):
                diagnostics.append(.error("'\(key)' must be a text, not plural forms: the theme shows it without a count",
                                          at: entry.location, rule: "strings.type"))
                continue
            case (.plural, .text):
                diagnostics.append(.error("'\(key)' must be plural forms (one:, other: …): the theme shows it with a count",
                                          at: entry.location, rule: "strings.type"))
                continue
            default: break
            }
            let unknown = entry.placeholders.subtracting(expected.placeholders)
            if !unknown.isEmpty {
                let known = expected.placeholders.sorted().map { "{\($0)}" }
                let offer = known.isEmpty ? "it fills none" : "it fills \(known.joined(separator: ", "))"
                diagnostics.append(.error("'\(key)' uses \(unknown.sorted().map { "{\($0)}" }.joined(separator: ", ")), which the theme does not fill; \(offer)",
                                          at: entry.location, rule: "strings.placeholder"))
            }
        }
        return diagnostics
    }

    /// The languages with a strings file, the theme's and the site's.
    public var languages: [String] { Set(site.keys).union(builtIn.keys).sorted() }

    /// Whether a file (site or theme) holds strings for `language` or a more general tag of it
    /// other than the base language's; `it-CH` without `it.yml` or `it-CH.yml` shows English.
    public func hasStrings(for language: LanguageTag) -> Bool {
        language.language == Self.baseLanguage
            || language.fallbacks.contains { site[$0] != nil || builtIn[$0] != nil }
    }

    /// Every key resolved for `language`, site over theme, along its fallbacks to English.
    public func localization(for language: LanguageTag) -> Localization {
        let files = (language.fallbacks + [Self.baseLanguage]).flatMap { [site[$0], builtIn[$0]].compactMap { $0 } }
        var strings: [String: ThemeString.Value] = [:]
        for key in reference.keys {
            strings[key] = files.lazy.compactMap { $0.entries[key] }.first?.value
        }
        return Localization(language: language, strings: strings)
    }

    /// Keys of the reference that no file of `language`'s own (not the base language's) has:
    /// they show in English. Only meaningful when the site writes strings for the language.
    public func untranslatedKeys(for language: LanguageTag) -> [String] {
        guard language.language != Self.baseLanguage else { return [] }
        let own = language.fallbacks.flatMap { [site[$0], builtIn[$0]].compactMap { $0 } }
        return reference.keys.filter { key in !own.contains { $0.entries[key] != nil } }.sorted()
    }

    /// The site's strings file for the most specific tag of `language` it has.
    public func siteFile(for language: LanguageTag) -> String? {
        language.fallbacks.lazy.compactMap { site[$0]?.source }.first
    }

    /// Whether templates may show `key` as `t.<key>`: a text without placeholders.
    /// nil for an unknown key.
    public func isPlainText(_ key: String) -> Bool? {
        guard let entry = reference[key] else { return nil }
        if case .text = entry.value { return entry.placeholders.isEmpty }
        return false
    }

    public var keys: [String] { reference.keys.sorted() }
}
