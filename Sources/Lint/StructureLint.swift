import Content
import Diagnostics
import Foundation  // trimmingCharacters

/// Postings without a section candidates look for (README: Structure): what they will do, what
/// is asked of them, pay and benefits. A section is present when a heading of the body (any
/// level) contains one of its phrases as whole words (`Pay and benefits` is both), or when the
/// posting provides it otherwise: pay by a salary, benefits by the shared `benefits` section.
/// `lint: {sections: [...]}` in site.yml replaces the built-in sections.
public struct StructureLint: SiteLint {
    public init() {}

    public func findings(in context: LintContext) -> [Diagnostic] {
        let required = context.graph.config.lintSections ?? Self.defaultSections
        guard !required.isEmpty else { return [] }
        let normalized = required.map { ($0, $0.headings.map(Self.normalized)) }
        let config = context.graph.config
        return context.graph.roles.parallelMap { role in
            missing(in: role, body: context.body(of: role), required: normalized, config: config).map { section in
                let examples = section.headings.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
                return .warning("the posting has no '\(section.name)' section, which candidates look for; add a heading such as \(examples)",
                                at: Self.firstTextLine(of: role),
                                rule: "role.missing-section")
            }
        }.flatMap { $0 }
    }

    func missing(in role: Role, body: ProseText, required: [(RequiredSection, [String])], config: SiteConfig) -> [RequiredSection] {
        let headings = body.headings.map { Self.normalized($0.text) }
        let provided = provided(for: role, config: config)
        return required.filter { section, phrases in
            !section.metBy.contains(where: provided.contains)
                && !headings.contains { heading in phrases.contains { Self.heading(heading, contains: $0) } }
        }.map(\.0)
    }

    /// `salary` when the posting gives pay, and the ids of the shared sections it shows.
    private func provided(for role: Role, config: SiteConfig) -> Set<String> {
        var ids = Set(config.postingSections.map(\.id))
        for (id, choice) in role.sections {
            if choice == .omitted { ids.remove(id) } else { ids.insert(id) }
        }
        if role.salary != nil || !role.salaries.isEmpty { ids.insert("salary") }
        return ids
    }

    /// Lowercase words separated by single spaces; `’` read as `'`.
    static func normalized(_ text: String) -> String {
        let scalars = text.unicodeScalars.map { scalar -> Character in
            let lower = ProseText.lowercased(scalar)
            return ProseText.isWordScalar(lower) || lower == "'" ? Character(lower) : " "
        }
        return String(scalars).split(separator: " ").joined(separator: " ")
    }

    private static func heading(_ heading: String, contains phrase: String) -> Bool {
        " \(heading) ".contains(" \(phrase) ")
    }

    /// The built-in sections, with heading phrases in the languages the theme ships (en, de, fr,
    /// es, nl); a posting in any of them is checked against all.
    public static let defaultSections: [RequiredSection] = [
        RequiredSection(name: "What you will do", headings: [
            "What you'll do", "What you will do", "What you'll be doing", "Responsibilities", "Your role", "About the role",
            "The role", "The job", "Your impact", "Day to day", "Duties",
            "Deine Aufgaben", "Ihre Aufgaben", "Aufgaben", "Deine Rolle", "Die Rolle", "Das erwartet dich", "Tätigkeiten",
            "Vos missions", "Missions", "Votre rôle", "Le poste", "Responsabilités", "Ce que vous ferez",
            "Tus funciones", "Funciones", "Responsabilidades", "El puesto", "Tu rol", "Qué harás",
            "Wat ga je doen", "Jouw taken", "Taken", "De functie", "Jouw rol", "Verantwoordelijkheden",
        ]),
        RequiredSection(name: "What we look for", headings: [
            "What we look for", "What we're looking for", "What we are looking for", "Requirements", "Qualifications",
            "About you", "Who you are", "What you bring", "What you'll bring", "Skills", "You have", "Must have",
            "Dein Profil", "Ihr Profil", "Profil", "Anforderungen", "Das bringst du mit", "Was du mitbringst", "Qualifikationen",
            "Votre profil", "Profil recherché", "Compétences", "Ce que nous recherchons", "Qualifications requises",
            "Tu perfil", "Perfil", "Requisitos", "Lo que buscamos", "Qué buscamos",
            "Wat wij vragen", "Wie ben jij", "Jouw profiel", "Profiel", "Functie-eisen", "Wat breng je mee",
        ]),
        RequiredSection(name: "Pay", headings: [
            "Pay", "Compensation", "Salary", "Pay range", "Salary range", "What we pay",
            "Gehalt", "Vergütung", "Bezahlung", "Salaire", "Rémunération",
            "Salario", "Sueldo", "Remuneración", "Retribución", "Salaris", "Beloning",
        ], metBy: ["salary"]),
        RequiredSection(name: "Benefits", headings: [
            "Benefits", "Perks", "What we offer", "Why join us",
            "Was wir bieten", "Wir bieten", "Unser Angebot", "Vorteile",
            "Avantages", "Ce que nous offrons", "Nous offrons", "Beneficios", "Qué ofrecemos", "Lo que ofrecemos", "Ventajas",
            "Wat wij bieden", "Arbeidsvoorwaarden", "Voordelen",
        ], metBy: ["benefits"]),
    ]

    /// Where the body's text starts: its first line that is not blank (the body begins right
    /// after the front matter, usually with an empty line), or its first line when all are.
    static func firstTextLine(of role: Role) -> SourceLocation {
        let lines = role.body.text.split(separator: "\n", omittingEmptySubsequences: false)
        let offset = lines.firstIndex { !$0.allSatisfy(\.isWhitespace) } ?? 0
        return SourceLocation(file: role.source, line: role.body.firstLine + offset, column: 1 + role.body.columnOffset)
    }
}
