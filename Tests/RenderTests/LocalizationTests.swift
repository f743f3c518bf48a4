import Content
import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Render
import Mustache

/// The theme's strings files as the repository has them (`templates/strings/*.yml`), parsed.
let shippedStrings: [ThemeStrings] = {
    let folder = repositoryRoot.appendingPathComponent("templates/strings")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().compactMap { name in
        let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        return StringsParser.parse(SourceFile(path: "templates/strings/\(name)", text: text)).0
    }
}()

let shippedCatalog = StringCatalog.make(site: [], builtIn: shippedStrings).0

func words(_ language: String) -> Localization {
    shippedCatalog.localization(for: LanguageTag(language)!)
}

let english = words("en")

/// Formats pinned to the exact characters Foundation writes (U+00A0 before "€", U+202F as the
/// French group separator): a different CLDR version in a new toolchain shows up here first.
@Suite struct LocalizationFormatTests {
    static let eur = SalaryRange(min: 75000, max: 95000, currency: "EUR", period: .YEAR)

    @Test(arguments: [
        ("en", SalaryRange(min: 125000, max: 168000, currency: "USD", period: .YEAR), "$125,000–$168,000 USD per year"),
        ("en", SalaryRange(min: 45.5, max: 60, currency: "EUR", period: .HOUR), "€45.50–€60 EUR per hour"),
        ("en", SalaryRange(min: 5000, max: 5000, currency: "CHF", period: .MONTH), "CHF\u{A0}5,000 per month"),
        ("en", SalaryRange(min: 1234567, max: 2000000, currency: "GBP", period: .YEAR), "£1,234,567–£2,000,000 GBP per year"),
        ("en-US", SalaryRange(min: 125000, max: 168000, currency: "USD", period: .YEAR), "$125,000–$168,000 USD per year"),
        ("en-GB", SalaryRange(min: 48000, max: 60000, currency: "GBP", period: .YEAR), "£48,000–£60,000 GBP per year"),
        ("de", eur, "75.000–95.000\u{A0}€ pro Jahr"),
        ("de-DE", SalaryRange(min: 45.5, max: 60, currency: "EUR", period: .HOUR), "45,50–60\u{A0}€ pro Stunde"),
        ("de-CH", SalaryRange(min: 120000, max: 150000, currency: "CHF", period: .YEAR), "CHF\u{A0}120’000–CHF\u{A0}150’000 pro Jahr"),
        ("fr", eur, "75\u{202F}000–95\u{202F}000\u{A0}€ par an"),
        ("es", eur, "75.000-95.000\u{A0}€ al año"),
        ("nl", eur, "€\u{A0}75.000 – €\u{A0}95.000 per jaar"),
        ("nl", SalaryRange(min: 3000, max: 3000, currency: "EUR", period: .MONTH), "€\u{A0}3.000 per maand"),
    ])
    func payRangesFollowTheLanguage(_ language: String, _ range: SalaryRange, _ text: String) {
        #expect(words(language).pay(range) == text)
    }

    @Test(arguments: [
        ("en", 125000.0, "USD", "$125,000"), ("en-US", 125000.0, "USD", "$125,000"), ("en-GB", 48000.0, "GBP", "£48,000"),
        ("de", 75000.0, "EUR", "75.000\u{A0}€"), ("fr", 75000.0, "EUR", "75\u{202F}000\u{A0}€"),
        ("es", 75000.0, "EUR", "75.000\u{A0}€"), ("nl", 75000.0, "EUR", "€\u{A0}75.000"),
    ])
    func moneyFollowsTheLanguage(_ language: String, _ amount: Double, _ currency: String, _ text: String) {
        #expect(words(language).money(amount, currency) == text)
    }

    @Test(arguments: [
        ("en", "December 15, 2026"), ("en-US", "December 15, 2026"), ("en-GB", "15 December 2026"),
        ("de", "15. Dezember 2026"), ("fr", "15 décembre 2026"), ("es", "15 de diciembre de 2026"),
        ("nl", "15 december 2026"),
    ])
    func datesAreCalendarDaysInTheLanguage(_ language: String, _ text: String) {
        #expect(words(language).date(CalendarDate(year: 2026, month: 12, day: 15)!) == text)
    }

    @Test func theFirstAndLastDayOfTheYearStayPut() {
        #expect(english.date(CalendarDate(year: 2027, month: 1, day: 1)!) == "January 1, 2027")
        #expect(english.date(CalendarDate(year: 2026, month: 12, day: 31)!) == "December 31, 2026")
        #expect(words("de").date(CalendarDate(year: 2024, month: 2, day: 29)!) == "29. Februar 2024")
    }

    @Test(arguments: [
        ("en", "Toronto, ON, Canada", "Germany"), ("en-GB", "Toronto, ON, Canada", "Germany"),
        ("de", "Toronto, ON, Kanada", "Deutschland"), ("fr", "Toronto, ON, Canada", "Allemagne"),
        ("es", "Toronto, ON, Canadá", "Alemania"), ("nl", "Toronto, ON, Canada", "Duitsland"),
    ])
    func countriesAreNamedInTheLanguage(_ language: String, _ toronto: String, _ germany: String) {
        let words = words(language)
        #expect(words.location(Location(city: "Toronto", region: "ON", country: "CA")) == toronto)
        #expect(words.location(Location(country: "DE")) == germany)
    }

    @Test func anUnknownCountryCodeIsShownAsWritten() {
        #expect(english.country("QQ") == "QQ")
    }

    @Test func largeCountsAreGroupedInTheLanguage() {
        #expect(english.openRoles(1200) == "1,200 open roles")
        #expect(words("de").openRoles(1200) == "1.200 offene Stellen")
        #expect(words("fr").openRoles(1200) == "1\u{202F}200 postes ouverts")
    }
}

@Suite struct PluralTests {
    /// Counts 0, 1, 2 and 5 in every shipped language: `=0` first, then the CLDR category.
    @Test(arguments: [
        ("en", ["No open roles", "1 open role", "2 open roles", "5 open roles"],
         ["0 levels", "1 level", "2 levels", "5 levels"],
         ["No experience required", "1+ year", "2+ years", "5+ years"]),
        ("de", ["Keine offenen Stellen", "1 offene Stelle", "2 offene Stellen", "5 offene Stellen"],
         ["0 Stufen", "1 Stufe", "2 Stufen", "5 Stufen"],
         ["Keine Berufserfahrung nötig", "Mindestens 1 Jahr", "Mindestens 2 Jahre", "Mindestens 5 Jahre"]),
        // French `one` covers 0 as well as 1: "0 niveau".
        ("fr", ["Aucun poste ouvert", "1 poste ouvert", "2 postes ouverts", "5 postes ouverts"],
         ["0 niveau", "1 niveau", "2 niveaux", "5 niveaux"],
         ["Aucune expérience requise", "1 an minimum", "2 ans minimum", "5 ans minimum"]),
        ("es", ["Ningún puesto vacante", "1 puesto vacante", "2 puestos vacantes", "5 puestos vacantes"],
         ["0 niveles", "1 nivel", "2 niveles", "5 niveles"],
         ["Sin experiencia previa", "Al menos 1 año", "Al menos 2 años", "Al menos 5 años"]),
        ("nl", ["Geen openstaande vacatures", "1 openstaande vacature", "2 openstaande vacatures", "5 openstaande vacatures"],
         ["0 niveaus", "1 niveau", "2 niveaus", "5 niveaus"],
         ["Geen ervaring vereist", "Minimaal 1 jaar", "Minimaal 2 jaar", "Minimaal 5 jaar"]),
    ])
    func countsReadNaturally(_ language: String, _ roles: [String], _ levels: [String], _ years: [String]) {
        let words = words(language)
        #expect([0, 1, 2, 5].map(words.openRoles) == roles)
        #expect([0, 1, 2, 5].map { words.count("levelCount", $0) } == levels)
        #expect([0, 1, 2, 5].map(words.experience) == years)
    }

    @Test(arguments: [
        ("en", [0: PluralCategory.other, 1: .one, 2: .other, 1_000_000: .other]),
        ("fr", [0: .one, 1: .one, 2: .other, 1_000_000: .many]),
        ("es", [0: .other, 1: .one, 2: .other, 1_000_000: .many]),
        ("ja", [0: .other, 1: .other, 2: .other]),
        ("pl", [1: .one, 2: .few, 5: .many, 22: .few, 12: .many]),
        ("ru", [1: .one, 21: .one, 11: .many, 3: .few, 13: .many]),
        ("cs", [1: .one, 3: .few, 5: .other]),
        ("ar", [0: .zero, 1: .one, 2: .two, 3: .few, 11: .many, 100: .other]),
    ])
    func cldrCategories(_ language: String, _ expected: [Int: PluralCategory]) {
        for (count, category) in expected {
            #expect(PluralRules.category(of: count, language: language) == category, "\(language) \(count)")
        }
    }

    @Test func aMissingCategoryFallsBackToOther() {
        // Spanish "many" (whole millions) is left out of es.yml: "other" serves.
        #expect(words("es").openRoles(1_000_000) == "1.000.000 puestos vacantes")
    }
}

@Suite struct LocalizedTextTests {
    @Test func bracketsMarkTheLinkedWords() {
        let text = LocalizedText("Our [career ladders] and [FAQ] explain it.")
        #expect(text.renderText == "Our career ladders and FAQ explain it.")
        #expect(text.child(named: "before") as? String == "Our ")
        #expect(text.child(named: "link") as? String == "career ladders")
        let after = text.child(named: "after") as? LocalizedText
        #expect(after?.before == " and ")
        #expect(after?.link == "FAQ")
        #expect(after?.after?.renderText == " explain it.")
    }

    @Test func aTextWithoutBracketsIsAllBefore() {
        let text = LocalizedText("Apply")
        #expect((text.before, text.link, text.renderText) == ("Apply", nil, "Apply"))
        #expect((text.child(named: "after") as? LocalizedText)?.renderText == "")
    }

    @Test func templatesSeeOnlyTextsWithoutPlaceholders() {
        #expect((english.templateStrings.child(named: "applyForThisRole") as? LocalizedText)?.renderText == "Apply for this role")
        #expect(english.templateStrings.child(named: "openRoleCount") == nil)
        #expect(english.templateStrings.child(named: "whatLevelMeans") == nil)
    }
}

@Suite struct ShippedStringsTests {
    @Test func theShippedFilesParseCleanAndAgree() {
        #expect(shippedStrings.map(\.language) == ["de", "en", "es", "fr", "nl"])
        let (_, diagnostics) = StringCatalog.make(site: [], builtIn: shippedStrings)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
    }

    @Test(arguments: ["de", "es", "fr", "nl"])
    func everyLanguageTranslatesEveryKey(_ language: String) throws {
        let english = try #require(shippedStrings.first { $0.language == "en" })
        let file = try #require(shippedStrings.first { $0.language == language })
        #expect(Set(file.entries.keys) == Set(english.entries.keys))
        #expect(shippedCatalog.untranslatedKeys(for: LanguageTag(language)!).isEmpty)
    }

    /// A text a template shows with `t.` must exist as one; the Views give the others.
    @Test func everyKeyIsUsedByTheThemeOrTheViews() throws {
        // The navigation titles are named by the route table (RouteKind.navigationTitleKey).
        let sources = ["templates", "Sources/Render", "Sources/Site"].flatMap { folder -> [String] in
            let root = repositoryRoot.appendingPathComponent(folder)
            let paths = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
            return paths.filter { $0.hasSuffix(".mustache") || $0.hasSuffix(".swift") }
                .compactMap { try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }
        }.joined(separator: "\n")
        for key in shippedCatalog.keys {
            #expect(sources.contains("t.\(key)") || sources.contains("\"\(key)\""), "\(key) is never shown")
        }
    }
}

@Suite struct InlinedStringsTests {
    /// Written-in texts render exactly as the `t.` tags would, escaping included.
    @Test(arguments: ["en", "de", "fr", "es", "nl"])
    func writtenInTextsRenderAsTheTagsWould(_ language: String) throws {
        let site = ThemeStrings(source: "templates/strings/\(language).yml", language: language, entries: [
            "learnMore": ThemeString(.text(#"<b>"Mehr" & 'so'</b> {{x}}"#), at: SourceLocation(file: "x")),
            "readyToApply": ThemeString(.text(#"Bereit? <i>&amp;</i>"#), at: SourceLocation(file: "x")),
        ])
        let catalog = StringCatalog.make(site: [site], builtIn: shippedStrings).0
        let strings = catalog.localization(for: LanguageTag(language)!).templateStrings
        let template = """
            <p>{{t.applyForThisRole}}|{{{t.readyToApply}}}|{{& t.readyToApply }}|{{ t.readyToApply }}</p>
            {{#t.skipToContent}}<a>{{t.noOpenRolesList.before}}[{{t.noOpenRolesList.link}}]{{t.noOpenRolesList.after.before}}[{{t.noOpenRolesList.after.link}}]{{t.noOpenRolesList.after.after}}</a>{{/t.skipToContent}}
            {{t.learnMore}} {{t.nope}} {{t.openRoleCount}} {{! t.learnMore }}
            """
        let written = Theme.writingIn(strings, into: template)
        #expect(!written.contains("t.applyForThisRole"))
        #expect(written.contains("{{t.learnMore}}"), "a text with {{ stays a tag")
        let context = ["t": strings]
        #expect(try MustacheTemplate(string: written).render(context) == MustacheTemplate(string: template).render(context))
    }
}
