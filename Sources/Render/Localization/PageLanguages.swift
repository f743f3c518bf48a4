import Content
import Diagnostics
import Mustache
import Site

/// The languages a site's pages are written in: the site's (`site.yml` `language:`), and any a
/// posting or page sets for itself. A page in its own language gets that language's words
/// (navigation included), formats and `<html lang>`; lists and other pages stay in the site's.
struct PageLanguages: Sendable {
    let site: Localization
    let own: [String: Localization]
    /// The theme's templates with each language's texts written in, by language tag.
    let libraries: [String: MustacheLibrary]

    init(_ graph: SiteGraph, catalog: StringCatalog, theme: Theme) {
        let siteTag = Self.tag(graph.config.language)
        site = catalog.localization(for: siteTag)
        var own: [String: Localization] = [:]
        for language in Self.ownLanguages(of: graph) where language != site.language && own[language] == nil {
            own[language] = catalog.localization(for: Self.tag(language))
        }
        self.own = own
        libraries = Dictionary(uniqueKeysWithValues: ([site] + own.values).map { ($0.language, theme.library(writingIn: $0)) })
    }

    /// The localization of a page with `language` set in its front matter (nil: the site's).
    func callAsFunction(_ language: String?) -> Localization {
        language.flatMap { own[$0] } ?? site
    }

    /// Parsers keep only valid tags; a hand-made config with another value reads as English.
    static func tag(_ language: String) -> LanguageTag {
        LanguageTag(language) ?? LanguageTag(StringCatalog.baseLanguage)!
    }

    /// Closed postings' pages too: "This position is closed" is said in the posting's language.
    static func ownLanguages(of graph: SiteGraph) -> [String] {
        (graph.roles + graph.closedRoles).compactMap(\.language) + graph.pages.compactMap(\.language)
    }
}

extension StringCatalog {
    /// Where the site's words fall back to English: a warning at each `language:` (site.yml,
    /// a posting or a page) whose language has no strings file, and one at a site strings file
    /// that leaves keys of a language in use untranslated.
    public func languageDiagnostics(for graph: SiteGraph) -> [Diagnostic] {
        var uses: [(language: String, location: SourceLocation)] = [
            (graph.config.language, graph.config.languageLocation ?? SourceLocation(file: "site.yml")),
        ]
        uses += (graph.roles + graph.closedRoles).compactMap { role in
            role.language.map { ($0, role.fieldLocations["language"] ?? SourceLocation(file: role.source)) }
        }
        uses += graph.pages.compactMap { page in
            page.language.map { ($0, page.languageLocation ?? SourceLocation(file: page.source)) }
        }
        var diagnostics: [Diagnostic] = []
        var checkedFiles: Set<String> = []
        for use in uses {
            let tag = PageLanguages.tag(use.language)
            guard hasStrings(for: tag) else {
                let shipped = builtIn.keys.sorted().joined(separator: ", ")
                diagnostics.append(.warning("the theme has no words in '\(use.language)' (it has \(shipped)): they show in English, while numbers and dates follow '\(use.language)'; add templates/strings/\(tag.language).yml to translate them (README: Strings)",
                                            at: use.location, rule: "language.fallback"))
                continue
            }
            guard let file = siteFile(for: tag), checkedFiles.insert(file + " " + tag.description).inserted else { continue }
            let missing = untranslatedKeys(for: tag)
            if !missing.isEmpty {
                let listed = missing.prefix(5).joined(separator: ", ") + (missing.count > 5 ? ", …" : "")
                diagnostics.append(.warning("\(missing.count) of \(reference.count) theme strings have no '\(tag.description)' text (\(listed)); they show in English",
                                            at: SourceLocation(file: file), rule: "strings.incomplete"))
            }
        }
        return diagnostics
    }
}
