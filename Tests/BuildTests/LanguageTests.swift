import Build
import Diagnostics
import Foundation
import TestSupport
import Testing

/// A site in one language: a ladder with levels holding 2, 1 and 0 postings, five postings in
/// departments of 1 and 2 (and two without one), pay in euros, dates, and countries by code.
func languageFixture(_ language: String, extra: String = "") -> FixtureSite {
    FixtureSite("""
        -- site.yml --
        title: Careers
        base_url: https://careers.example.com/
        language: ⟨language⟩\(language)
        organization:
          name: Example
        # Postings that only carry facts to format; pay transparency is tested on its own (PayTransparency*Tests).
        lint: {ignore: [role.empty-body, pay.range-required, pay.eu-directive, pay.benefits-required, pay.ai-statement, pay.upcoming]}
        -- content/ladders/eng.md --
        ---
        title: Engineering
        competencies:
          - {id: craft, title: Craft}
        levels:
          - {id: L1, title: Engineer, years: "0-2", salary: {min: 60000, max: 100000, currency: EUR, period: YEAR}}
          - {id: L2, title: Senior Engineer}
          - {id: L3, title: Staff Engineer}
        ---
        -- content/roles/berlin.md --
        ---
        title: Backend Engineer
        ladder: eng
        level: L1
        department: Platform
        locations: [{city: Berlin, country: DE}]
        remote: hybrid
        employment_type: FULL_TIME
        salary: {min: 75000, max: 95000, currency: EUR, period: YEAR}
        experience_years: 2
        date_posted: 2026-11-01
        valid_through: 2026-12-15
        apply_url: https://example.com/apply
        ---
        -- content/roles/eu.md --
        ---
        title: Data Engineer
        ladder: eng
        level: L1
        department: Data
        locations: [{country: DE}, {country: FR}, {country: NL}, {country: ES}]
        remote: remote
        employment_type: PART_TIME
        date_posted: 2026-10-01
        ---
        -- content/roles/toronto.md --
        ---
        title: Analyst
        ladder: eng
        level: L2
        department: Data
        locations: [{city: Toronto, region: ON, country: CA}]
        remote: onsite
        employment_type: CONTRACTOR
        date_posted: 2026-09-01
        ---
        -- content/roles/one.md --
        ---
        title: One
        locations: [{country: GB}]
        remote: remote
        employment_type: INTERN
        date_posted: 2026-09-01
        ---
        -- content/roles/two.md --
        ---
        title: Two
        locations: [{country: US}]
        remote: remote
        employment_type: TEMPORARY
        date_posted: 2026-09-01
        ---
        \(extra)
        """)
}

/// Every shipped language writes the fixture's words and formats exactly so.
@Suite struct LanguageTests {
    struct Expected: Sendable, CustomStringConvertible {
        var language: String
        /// Exact HTML snippets of the Berlin posting's page.
        var role: [String]
        /// …of the list of open roles.
        var roles: [String]
        /// …of the ladder page.
        var ladder: [String]
        var description: String { language }
    }

    static let expectations: [Expected] = [
        Expected(language: "en", role: [
            ##"<html lang="en">"##, ##"aria-current="page">Roles</a>"##, "<dd>€75,000–€95,000 EUR per year</dd>",
            ##"<time datetime="2026-11-01">November 1, 2026</time>"##, ##"<time datetime="2026-12-15">December 15, 2026</time>"##,
            "<li>Berlin, Germany</li>", "<dd>Hybrid</dd>", "<dd>Full-time</dd>", "<dd>2+ years</dd>", ">Apply for this role</a>",
            ##"<a class="skip-link" href="#main">Skip to main content</a>"##, "<title>Backend Engineer · Careers</title>",
        ], roles: [
            "<title>Open roles · Careers</title>", "<p class=\"page-lead\">5 open roles ",
            "Germany · France · Netherlands · Spain</li>", "Toronto, ON, Canada</li>", "United Kingdom</li>",
            ##"<meta name="description" content="5 open roles at Example, by department, with level, location and pay.">"##,
            "Other teams", "Contract</li>", "Internship</li>", "Temporary</li>", "Part-time</li>",
        ], ladder: [
            ##"<a href="#level-l1-roles">2 open roles</a>"##, ##"<a href="#level-l2-roles">1 open role</a>"##,
            ##"<span class="muted">None</span>"##, "<li>Typical experience: 0-2 years</li>", "<li>Pay band: €60,000–€100,000 EUR per year</li>",
        ]),
        Expected(language: "de", role: [
            ##"<html lang="de">"##, ##"aria-current="page">Stellen</a>"##, "<dd>75.000–95.000\u{A0}€ pro Jahr</dd>",
            ##"<time datetime="2026-11-01">1. November 2026</time>"##, ##"<time datetime="2026-12-15">15. Dezember 2026</time>"##,
            "<li>Berlin, Deutschland</li>", "<dd>Hybrid</dd>", "<dd>Vollzeit</dd>", "<dd>Mindestens 2 Jahre</dd>", ">Jetzt bewerben</a>",
            ##"<a class="skip-link" href="#main">Zum Hauptinhalt springen</a>"##, "<dt>Gehaltsspanne</dt>",
        ], roles: [
            "<title>Offene Stellen · Careers</title>", "<p class=\"page-lead\">5 offene Stellen ",
            "Deutschland · Frankreich · Niederlande · Spanien</li>", "Toronto, ON, Kanada</li>", "Vereinigtes Königreich</li>",
            ##"<meta name="description" content="5 offene Stellen bei Example, nach Abteilung geordnet, mit Stufe, Standort und Gehalt.">"##,
            "Weitere Teams", "Freie Mitarbeit</li>", "Praktikum</li>", "Befristet</li>", "Teilzeit</li>",
        ], ladder: [
            ##"<a href="#level-l1-roles">2 offene Stellen</a>"##, ##"<a href="#level-l2-roles">1 offene Stelle</a>"##,
            ##"<span class="muted">Keine</span>"##, "<li>Typische Berufserfahrung: 0-2 Jahre</li>", "<li>Gehaltsband: 60.000–100.000\u{A0}€ pro Jahr</li>",
        ]),
        Expected(language: "fr", role: [
            ##"<html lang="fr">"##, ##"aria-current="page">Postes</a>"##, "<dd>75\u{202F}000–95\u{202F}000\u{A0}€ par an</dd>",
            ##"<time datetime="2026-11-01">1 novembre 2026</time>"##, ##"<time datetime="2026-12-15">15 décembre 2026</time>"##,
            "<li>Berlin, Allemagne</li>", "<dd>Hybride</dd>", "<dd>Temps plein</dd>", "<dd>2 ans minimum</dd>", ">Postuler à ce poste</a>",
            "Envie de postuler\u{A0}?</h2>",
        ], roles: [
            "Lieu\u{A0}: </span>",
            "<title>Postes ouverts · Careers</title>", "<p class=\"page-lead\">5 postes ouverts ",
            "Allemagne · France · Pays-Bas · Espagne</li>", "Toronto, ON, Canada</li>", "Royaume-Uni</li>",
            ##"<meta name="description" content="5 postes ouverts chez Example, par service, avec niveau, lieu et rémunération.">"##,
            "Autres équipes", "Freelance</li>", "Stage</li>", "Temporaire</li>", "Temps partiel</li>",
        ], ladder: [
            ##"<a href="#level-l1-roles">2 postes ouverts</a>"##, ##"<a href="#level-l2-roles">1 poste ouvert</a>"##,
            ##"<span class="muted">Aucun</span>"##, "<li>Expérience habituelle\u{A0}: 0-2 ans</li>",
            "<li>Fourchette de rémunération\u{A0}: 60\u{202F}000–100\u{202F}000\u{A0}€ par an</li>",
        ]),
        Expected(language: "es", role: [
            ##"<html lang="es">"##, ##"aria-current="page">Empleos</a>"##, "<dd>75.000-95.000\u{A0}€ al año</dd>",
            ##"<time datetime="2026-11-01">1 de noviembre de 2026</time>"##, ##"<time datetime="2026-12-15">15 de diciembre de 2026</time>"##,
            "<li>Berlin, Alemania</li>", "<dd>Híbrido</dd>", "<dd>Jornada completa</dd>", "<dd>Al menos 2 años</dd>", ">Enviar candidatura</a>",
        ], roles: [
            "<title>Puestos vacantes · Careers</title>", "<p class=\"page-lead\">5 puestos vacantes ",
            "Alemania · Francia · Países Bajos · España</li>", "Toronto, ON, Canadá</li>", "Reino Unido</li>",
            ##"<meta name="description" content="5 puestos vacantes en Example, por departamento, con nivel, ubicación y salario.">"##,
            "Otros equipos", "Autónomo</li>", "Prácticas</li>", "Temporal</li>", "Media jornada</li>",
        ], ladder: [
            ##"<a href="#level-l1-roles">2 puestos vacantes</a>"##, ##"<a href="#level-l2-roles">1 puesto vacante</a>"##,
            ##"<span class="muted">Ninguno</span>"##, "<li>Experiencia habitual: 0-2 años</li>", "<li>Banda salarial: 60.000-100.000\u{A0}€ al año</li>",
        ]),
        Expected(language: "nl", role: [
            ##"<html lang="nl">"##, ##"aria-current="page">Vacatures</a>"##, "<dd>€\u{A0}75.000 – €\u{A0}95.000 per jaar</dd>",
            ##"<time datetime="2026-11-01">1 november 2026</time>"##, ##"<time datetime="2026-12-15">15 december 2026</time>"##,
            "<li>Berlin, Duitsland</li>", "<dd>Hybride</dd>", "<dd>Voltijd</dd>", "<dd>Minimaal 2 jaar</dd>", ">Solliciteer op deze functie</a>",
        ], roles: [
            "<title>Openstaande vacatures · Careers</title>", "<p class=\"page-lead\">5 openstaande vacatures ",
            "Duitsland · Frankrijk · Nederland · Spanje</li>", "Toronto, ON, Canada</li>", "Verenigd Koninkrijk</li>",
            ##"<meta name="description" content="5 openstaande vacatures bij Example, per afdeling, met niveau, locatie en salaris.">"##,
            "Overige teams", "Freelance</li>", "Stage</li>", "Tijdelijk</li>", "Deeltijd</li>",
        ], ladder: [
            ##"<a href="#level-l1-roles">2 openstaande vacatures</a>"##, ##"<a href="#level-l2-roles">1 openstaande vacature</a>"##,
            ##"<span class="muted">Geen</span>"##, "<li>Gebruikelijke ervaring: 0-2 jaar</li>", "<li>Salarisschaal: €\u{A0}60.000 – €\u{A0}100.000 per jaar</li>",
        ]),
    ]

    @Test(arguments: expectations)
    func everyShippedLanguageWritesItsWordsAndFormats(_ expected: Expected) throws {
        let (report, folder) = try languageFixture(expected.language).build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        for (page, snippets) in [("roles/berlin/index.html", expected.role), ("roles/index.html", expected.roles),
                                 ("ladders/eng/index.html", expected.ladder)] {
            let html = try #require(folder.read("public/" + page))
            for snippet in snippets {
                #expect(html.contains(snippet), "\(expected.language) \(page): \(snippet)")
            }
        }
    }

    @Test func noEnglishIsLeftOnAGermanSite() throws {
        let (_, folder) = try languageFixture("de").build()
        let words = ["Apply", "Roles", "Career ladders", "Skip to", "per year", "Posted", "Location", "open role", "Other teams",
                     "Typical", "Next step", "Questions", "Page not found", "Germany"]
        for page in ["index.html", "roles/index.html", "roles/berlin/index.html", "ladders/index.html", "ladders/eng/index.html",
                     "faq/index.html", "404.html"] {
            // Structured data speaks schema.org's vocabulary (datePosted, jobLocation), not the reader's.
            let html = try #require(folder.read("public/" + page))
                .replacing(#/<script type="application\/ld\+json">[^<]*<\/script>/#, with: "")
            for word in words { #expect(!html.contains(word), "\(page) contains '\(word)'") }
        }
    }

    @Test func aRegionalTagUsesItsLanguagesWordsAndItsOwnFormats() throws {
        let (report, folder) = try languageFixture("de-CH").build()
        #expect(report.diagnostics.isEmpty)
        let html = try #require(folder.read("public/roles/berlin/index.html"))
        #expect(html.contains(##"<html lang="de-CH">"##))
        #expect(html.contains(">Jetzt bewerben</a>"))
        #expect(html.contains("<dd>EUR\u{A0}75’000–EUR\u{A0}95’000 pro Jahr</dd>"))
    }

    @Test func anotherLanguageFallsBackToEnglishWithAWarningAtItsLine() throws {
        let site = languageFixture("it")
        let (report, folder) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("language")): warning: the theme has no words in 'it' (it has de, en, es, fr, nl): they show in English, while numbers and dates follow 'it'; add templates/strings/it.yml to translate them (README: Strings) [language.fallback]",
        ])
        let html = try #require(folder.read("public/roles/berlin/index.html"))
        #expect(html.contains(">Apply for this role</a>"))
        #expect(html.contains(##"<html lang="it">"##))
        // The English pay phrase names the currency; Italian amounts show the sign after them.
        #expect(html.contains("<dd>75.000–95.000\u{A0}€ EUR per year</dd>"))
        #expect(html.contains("<li>Berlin, Germania</li>"))
    }

    @Test func deUnderscoreDEIsAnErrorThatSuggestsTheHyphen() throws {
        let site = languageFixture("de_DE")
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("language")): error: 'language' must be a language tag such as en, de or en-US (language[-Script][-REGION], with hyphens), found 'de_DE'; did you mean 'de-DE'? [front-matter.value]",
        ])
    }

    @Test func aSiteOverridesOneKeyAndKeepsTheRest() throws {
        let (report, folder) = try languageFixture("de", extra: """
            -- templates/strings/de.yml --
            applyForThisRole: Bewirb dich jetzt
            openRoleCount:
              one: "{count} freie Stelle"
              other: "{count} freie Stellen"
            """).build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let role = try #require(folder.read("public/roles/berlin/index.html"))
        #expect(role.contains(">Bewirb dich jetzt</a>"))
        #expect(!role.contains("Jetzt bewerben"))
        #expect(role.contains("<dt>Gehaltsspanne</dt>"))
        let roles = try #require(folder.read("public/roles/index.html"))
        #expect(roles.contains("<p class=\"page-lead\">5 freie Stellen "))
    }

    @Test func aSiteTranslatesTheThemeIntoItsOwnLanguage() throws {
        let site = languageFixture("it", extra: """
            -- templates/strings/it.yml --
            applyForThisRole: Candidati ora
            aplyNow: ⟨typo⟩Candidati
            """)
        let (report, folder) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "templates/strings/it.yml: warning: 147 of 148 theme strings have no 'it' text (allLadders, allOpenRoles, allQuestions, allRolesInDepartment, amountRange, …); they show in English [strings.incomplete]",
            "\(site.location("typo")): warning: unknown string key 'aplyNow'; a key of the site's own templates must be in templates/strings/en.yml too [strings.unknown-key]",
        ])
        #expect(folder.read("public/roles/berlin/index.html")?.contains(">Candidati ora</a>") == true)
    }

    @Test func aStringWithAPlaceholderTheThemeDoesNotFillIsAnError() throws {
        let site = languageFixture("de", extra: """
            -- templates/strings/de.yml --
            whatLevelMeans: ⟨value⟩Was {stufe} bedeutet
            levelCount: ⟨text⟩Stufen
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("value")): error: 'whatLevelMeans' uses {stufe}, which the theme does not fill; it fills {level} [strings.placeholder]",
            "\(site.location("text")): error: 'levelCount' must be plural forms (one:, other: …): the theme shows it with a count [strings.type]",
        ])
    }

    @Test func aTemplateNamingAStringThatDoesNotExistIsAnErrorAtItsTag() throws {
        let site = languageFixture("en", extra: """
            -- templates/page.mustache --
            <p>{{t.learnMore}} {{#t.aplyForThisRole}}x{{/t.aplyForThisRole}}</p>
            <p>{{ t.openRoleCount }}</p>
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "templates/page.mustache:1:23: error: 't.aplyForThisRole' is not a theme string; did you mean 't.applyForThisRole'? [template.unknown-string]",
            "templates/page.mustache:1:46: error: 't.aplyForThisRole' is not a theme string; did you mean 't.applyForThisRole'? [template.unknown-string]",
            "templates/page.mustache:2:7: error: 't.openRoleCount' needs values (a count or a name) that a template cannot fill; use the view field that holds it formatted (README: Strings) [template.unknown-string]",
        ])
    }

    @Test func aSitesOwnKeyInEnglishIsOfferedToItsTemplates() throws {
        let (report, folder) = try languageFixture("de", extra: """
            -- templates/strings/en.yml --
            benefits: Benefits
            -- templates/strings/de.yml --
            benefits: Vorteile
            -- templates/page.mustache --
            <p>{{t.benefits}}</p>
            -- content/about.md --
            ---
            title: About
            ---
            """).build()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(folder.read("public/about/index.html") == "<p>Vorteile</p>\n")
    }
}

extension LanguageTests {
    @Test func aPostingOrPageInItsOwnLanguageIsWrittenInIt() throws {
        let site = languageFixture("en", extra: """
            -- content/roles/munich.md --
            ---
            title: Entwicklerin
            language: de
            locations: [{city: München, country: DE}]
            remote: onsite
            employment_type: FULL_TIME
            salary: {min: 75000, max: 95000, currency: EUR, period: YEAR}
            date_posted: 2026-11-01
            apply_url: https://example.com/apply
            ---
            -- content/a-propos.md --
            ---
            title: À propos
            language: fr
            menu: 1
            ---
            -- content/chi-siamo.md --
            ---
            title: Chi siamo
            language: ⟨page⟩it
            ---
            """)
        let (report, folder) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("page")): warning: the theme has no words in 'it' (it has de, en, es, fr, nl): they show in English, while numbers and dates follow 'it'; add templates/strings/it.yml to translate them (README: Strings) [language.fallback]",
        ])
        let posting = try #require(folder.read("public/roles/munich/index.html"))
        for snippet in [##"<html lang="de">"##, ">Jetzt bewerben</a>", "<dd>75.000–95.000\u{A0}€ pro Jahr</dd>",
                        "<li>München, Deutschland</li>", ##"aria-current="page">Stellen</a>"##, "1. November 2026"] {
            #expect(posting.contains(snippet), "\(snippet)")
        }
        let page = try #require(folder.read("public/a-propos/index.html"))
        #expect(page.contains(##"<html lang="fr">"##))
        #expect(page.contains(">Aller au contenu principal</a>"))
        // The list of open roles stays in the site's language, the German posting's card too.
        let roles = try #require(folder.read("public/roles/index.html"))
        #expect(roles.contains(##"<html lang="en">"##))
        #expect(roles.contains("München, Germany</li>"))
        #expect(roles.contains("€75,000–€95,000 EUR per year</li>"))
    }

    /// Dates are calendar days: a build in the first and in nearly the last time zone of the
    /// day writes the same dates (jobsite run as a separate process with `TZ` set).
    @Test(arguments: ["Pacific/Kiritimati", "America/Adak", "UTC"])
    func datesDoNotMoveWithTheTimeZone(_ zone: String) throws {
        let folder = try TemporaryFolder()
        try languageFixture("de").write(to: folder.url)
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = ["build", "--source", folder.url.path]
        process.environment = ["TZ": zone, "PATH": "/usr/bin:/bin"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let html = try #require(folder.read("public/roles/berlin/index.html"))
        #expect(html.contains(##"<time datetime="2026-11-01">1. November 2026</time>"##))
        #expect(html.contains(##"<time datetime="2026-12-15">15. Dezember 2026</time>"##))
    }

    @Test func aStringsKeyThatIsNotAPlainNameIsAnErrorAtTheKey() throws {
        let site = languageFixture("de", extra: """
            -- templates/strings/de.yml --
            applyForThisRole: Bewirb dich jetzt
            ⟨key⟩Apply Now: Jetzt bewerben
            """)
        let (report, _) = try site.build()
        #expect(TestSupport.report(report.diagnostics) == [
            "\(site.location("key")): error: string keys are names of letters and digits such as applyForThisRole, found the text 'Apply Now' [strings.key]",
        ])
    }
}
