import Content
import Diagnostics
import Site

/// Pay transparency: every open posting against the laws of `data/pay-transparency.yml`.
///
/// A law applies to a posting when one of its locations lies in the law's places (for a remote
/// posting, its locations are where the people it is open to may live, so a law covers it only
/// when the law covers remote roles), the organization is at least the law's size (unknown size:
/// covered), and the build's day is on or after the law's date. Then a posting without a pay
/// range is `pay.range-required` (`pay.eu-directive` where the pay may also be given before the
/// interview), and what only some laws ask is a warning of its own. Within `lookahead` days
/// before a law's date, or while a law is in force but not yet enforced, the same findings are
/// one `pay.upcoming` warning. Findings of one rule and posting are one diagnostic that names
/// every law.
public struct PayTransparencyLint: SiteLint {
    public var laws: [PayLaw]
    /// How many days ahead of a law's date postings are warned.
    public var lookahead: Int

    public init(laws: [PayLaw] = PayLaws.builtIn, lookahead: Int = 90) {
        self.laws = laws
        self.lookahead = lookahead
    }

    public func findings(in context: LintContext) -> [Diagnostic] {
        let employees = context.graph.config.organization?.employees
        let shared = Set(context.graph.config.postingSections.map(\.id))
        // Open postings as of today; a scheduled one as of the day it will be published, so a
        // posting that will break a law in force then fails the build now, not on that morning.
        let postings = context.graph.roles.map { ($0, context.today) } + context.graph.scheduledRoles.map { ($0, $0.datePosted) }
        return postings.flatMap { role, day in
            let ladder = role.ladder.flatMap(context.graph.ladder(id:))
            let headings = context.body(of: role).headings.map { $0.text.lowercased() }
            let zoneOf: ((Location) -> String?)? = Self.rangesArePlaceable(role, on: ladder) ? { ladder?.zone(covering: $0)?.id } : nil
            let facts = PostingFacts(role, sharedSections: shared, headings: headings, zoneOf: zoneOf)
            return findings(for: facts, employees: employees, today: day)
        }
    }

    /// Whether each place's range can be told: the posting's ranges name no zone, or only zones
    /// of its ladder. A zone id the ladder lacks, or a ladder that failed validation, is an
    /// error of its own (`pay.unknown-zone`, the ladder's); the lint then takes every range as
    /// shown everywhere rather than report pay missing where the posting does give it.
    static func rangesArePlaceable(_ role: Role, on ladder: Ladder?) -> Bool {
        guard let ladder else { return !role.payRanges.contains { $0.zone != nil } }
        return role.rangesWithUnknownZones(on: ladder).isEmpty
    }

    /// A law's standing on the build's day.
    enum Phase {
        case enforced
        /// In force, penalties from `enforcedFrom`; or taking effect within `lookahead` days.
        case upcoming
    }

    /// The laws that cover the posting today or soon, with their phase: per location, a law
    /// that needs pay in the ad replaces one that does not (a member state's law over the EU
    /// directive).
    func applicable(to role: Role, employees: Int?, today: CalendarDate) -> [(PayLaw, Phase)] {
        covered(by: role, employees: employees, today: today).map { ($0.law, $0.phase) }
    }

    /// The laws that cover the posting today or soon, with their phase and the posting's
    /// locations each covers (a posting with pay per zone must show the range of those places).
    func covered(by role: Role, employees: Int?, today: CalendarDate) -> [(law: PayLaw, phase: Phase, locations: [Location])] {
        var found: [PayLaw] = []
        var places: [PayLaw: [Location]] = [:]
        for location in role.locations {
            let here = laws.filter { law in
                law.covers(location, remote: role.remote == .remote) && (role.remote != .remote || law.coversRemote)
                    && (employees ?? .max) >= (law.minEmployees ?? 0) && phase(of: law, on: today) != nil
            }
            let inAd = here.contains { $0.inAd && phase(of: $0, on: today) == .enforced }
            for law in here where !(inAd && !law.inAd) {
                if !found.contains(law) { found.append(law) }
                places[law, default: []].append(location)
            }
        }
        return found.compactMap { law in phase(of: law, on: today).map { (law, $0, places[law] ?? []) } }
    }

    func phase(of law: PayLaw, on today: CalendarDate) -> Phase? {
        if today >= law.enforcedSince { return .enforced }
        if today >= law.effectiveFrom { return .upcoming }
        return law.effectiveFrom.daysSinceEpoch - today.daysSinceEpoch <= lookahead ? .upcoming : nil
    }

    private func findings(for posting: PostingFacts, employees: Int?, today: CalendarDate) -> [Diagnostic] {
        var gaps: [(law: PayLaw, gap: PostingFacts.Gap)] = []
        var upcoming: [(law: PayLaw, what: String)] = []
        for (law, phase, locations) in covered(by: posting.role, employees: employees, today: today) {
            for gap in posting.gaps(under: law, in: locations) {
                switch phase {
                case .enforced: gaps.append((law, gap))
                case .upcoming: upcoming.append((law, gap.what))
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        for rule in Self.reportOrder {
            let these = gaps.filter { $0.gap.rule == rule }
            guard let first = these.first?.gap else { continue }
            let how = unique(these.compactMap(\.gap.how))
            var finding = posting.diagnostic(rule: rule, what: first.what, laws: these.map(\.law), at: first.at,
                                             how: how.isEmpty ? nil : how.joined(separator: "; "))
            finding.causedByDate = Self.causedByDate(posting.role, laws: these.map(\.law))
            diagnostics.append(finding)
        }
        if !upcoming.isEmpty {
            let parts = upcoming.map { "\($0.what) (\(Self.timing($0.law, today: today)))" }
            let message = "\(listed(unique(parts))): \(Self.cited(unique(upcoming.map(\.law))))"
            diagnostics.append(Diagnostic(.warning, message, at: posting.anchor(for: PayRule.upcoming), rule: PayRule.upcoming,
                                          suggestion: posting.hasPay ? nil : PostingFacts.salaryExample(upcoming[0].law)))
        }
        return diagnostics
    }

    /// Whether the build's day made a posting fall short of the laws, rather than its author:
    /// every law was enforced only after the posting's `date_posted`. A posting posted under a
    /// law it breaks is at fault from its first build, so `build` fails on it (a New York
    /// posting without pay is never published); one that a new law caught is a warning in
    /// `build`, so the daily build still closes expired postings, and an error in `check`.
    static func causedByDate(_ role: Role, laws: [PayLaw]) -> Bool {
        laws.allSatisfy { role.datePosted < $0.enforcedSince }
    }

    /// The rules of a posting's findings, in the order they are reported.
    static let reportOrder = [PayRule.rangeRequired, PayRule.euDirective, PayRule.rangeTooWide, PayRule.benefitsRequired, PayRule.aiStatement,
                              PayRule.vacancyStatement]

    static func timing(_ law: PayLaw, today: CalendarDate) -> String {
        if today >= law.effectiveFrom, let enforced = law.enforcedFrom {
            return "\(law.name)'s law is in force since \(law.effectiveFrom) and enforced from \(enforced)"
        }
        return "\(law.name)'s law takes effect on \(law.effectiveFrom)"
    }

    /// `New York City (NYC Admin. Code § 8-107(32)) and New York State (…)`: each law by its
    /// jurisdiction and citation (`jobsite explain` and the README's table have the rest).
    static func cited(_ laws: [PayLaw]) -> String {
        listed(laws.map { "\($0.name) (\($0.citation))" })
    }
}

/// The lint's rule ids (each in `Rules`).
enum PayRule {
    static let rangeRequired = id(rule: "pay.range-required")
    static let euDirective = id(rule: "pay.eu-directive")
    static let rangeTooWide = id(rule: "pay.range-too-wide")
    static let benefitsRequired = id(rule: "pay.benefits-required")
    static let aiStatement = id(rule: "pay.ai-statement")
    static let vacancyStatement = id(rule: "pay.vacancy-statement")
    static let upcoming = id(rule: "pay.upcoming")

    private static func id(rule: String) -> String { rule }
}

private func unique<T: Equatable>(_ items: [T]) -> [T] {
    items.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
}

/// What the lint needs to know of one posting: its pay ranges, and whether it describes
/// benefits, the use of AI and whether the vacancy exists.
struct PostingFacts {
    let role: Role
    let ranges: [(SalaryRange, SourceLocation?)]
    /// The pay zone of the posting's ladder that covers a location, if any; nil when the ranges cannot be placed (see `rangesArePlaceable`): every range counts everywhere.
    let zoneOf: ((Location) -> String?)?
    let sharedSections: Set<String>

    /// Asked only when a law covers the posting: most postings are covered by none.
    var describesBenefits: Bool {
        Self.shows(section: "benefits", role, sharedSections) || hasHeading(naming: ["benefit"])
    }

    var hasAIStatement: Bool {
        Self.shows(section: PostingSection.Known.aiScreening.rawValue, role, sharedSections)
            || hasHeading(naming: ["artificial intelligence", " ai ", "ai-", "(ai)"])
    }

    /// Whether the posting says if it is for an existing vacancy: a `vacancy` section (shared, or
    /// the posting's own when it builds a pool for later openings) or a heading naming the vacancy.
    var hasVacancyStatement: Bool {
        Self.shows(section: PostingSection.Known.vacancy.rawValue, role, sharedSections) || hasHeading(naming: ["vacanc"])
    }

    /// The body's headings, lowercased, as `ProseText` reads them (the lint stage's, when given).
    let headings: [String]

    init(_ role: Role, sharedSections: Set<String>, headings: [String]? = nil,
         zoneOf: ((Location) -> String?)? = { _ in nil }) {
        self.role = role
        self.headings = headings ?? ProseText(markdown: role.body.text).headings.map { $0.text.lowercased() }
        self.sharedSections = sharedSections
        self.zoneOf = zoneOf
        ranges = role.payRanges.map { ($0.range, $0.location ?? role.fieldLocations["salary"]) }
    }

    var hasPay: Bool { !ranges.isEmpty }

    /// Whether the posting shows a section: its own text, or site.yml's unless it leaves it out.
    static func shows(section id: String, _ role: Role, _ shared: Set<String>) -> Bool {
        switch role.sections[id] {
        case .replaced?: true
        case .omitted?: false
        case nil: shared.contains(id)
        }
    }

    /// Whether a heading of the body contains one of the words.
    func hasHeading(naming words: [String]) -> Bool {
        headings.contains { heading in
            let padded = " " + heading + " "
            return words.contains { padded.contains($0) }
        }
    }

    /// The ranges shown for the places a law covers, each place's as `Role.payRange(inZone:)`
    /// picks it (a New York posting with only a "US other" range shows no pay for New York).
    func ranges(for locations: [Location]) -> [(SalaryRange, SourceLocation?)] {
        guard let zoneOf else { return ranges }
        var seen: Set<ZonedSalary> = []
        return locations.compactMap { role.payRange(inZone: zoneOf($0)) }.filter { seen.insert($0).inserted }
            .map { ($0.range, $0.location ?? role.fieldLocations["salary"]) }
    }

    /// One thing the posting lacks under a law.
    struct Gap {
        var rule: String
        /// What is missing, in words.
        var what: String
        /// Where to point when not the posting's first range or title.
        var at: SourceLocation? = nil
        /// The advice when the gap has its own (a range for a zone); else the rule's.
        var how: String? = nil
    }

    /// What the posting lacks under a law, for the locations it covers.
    func gaps(under law: PayLaw, in locations: [Location]) -> [Gap] {
        var gaps: [Gap] = []
        let rangeRule = law.inAd ? PayRule.rangeRequired : PayRule.euDirective
        let shown = ranges(for: locations)
        if ranges.isEmpty {
            gaps.append(Gap(rule: rangeRule, what: "no pay range is shown"))
        } else if shown.isEmpty {
            gaps.append(Gap(rule: rangeRule, what: "no pay range is shown for \(law.name) (the posting's ranges are for other pay zones)",
                            how: zoneAdvice(locations)))
        } else if let open = shown.first(where: { $0.0.min == 0 && $0.0.max > 0 }) {
            gaps.append(Gap(rule: rangeRule, what: "the pay range is open-ended (min 0)", at: open.1))
        }
        if let limit = law.rangeLimit, let (range, line) = shown.first(where: { Self.tooWide($0.0, limit) }) {
            gaps.append(Gap(rule: PayRule.rangeTooWide, what: "the range \(range.min.plainNumber)–\(range.max.plainNumber) \(range.currency) spans \((range.max - range.min).plainNumber), more than the \(limit.width.plainNumber) \(limit.currency)", at: line))
        }
        if law.requires.contains(.benefits) && !describesBenefits {
            gaps.append(Gap(rule: PayRule.benefitsRequired, what: "no benefits are described"))
        }
        if law.requires.contains(.aiScreening) && !hasAIStatement {
            gaps.append(Gap(rule: PayRule.aiStatement, what: "no statement on the use of AI in screening"))
        }
        if law.requires.contains(.vacancy) && !hasVacancyStatement {
            gaps.append(Gap(rule: PayRule.vacancyStatement, what: "no statement of whether the posting is for an existing vacancy"))
        }
        return gaps
    }

    static func tooWide(_ range: SalaryRange, _ limit: PayLaw.RangeLimit) -> Bool {
        guard range.currency == limit.currency, range.period == limit.period else { return false }
        if let above = limit.unlessMaxAbove, range.max > above { return false }
        return range.max - range.min > limit.width
    }

    /// Where a finding points: the salary line for findings about the range, else the title.
    func anchor(for rule: String) -> SourceLocation {
        let aboutRange = [PayRule.rangeRequired, PayRule.euDirective, PayRule.rangeTooWide, PayRule.upcoming].contains(rule)
        if aboutRange, let line = ranges.compactMap(\.1).first { return line }
        return role.fieldLocations["title"] ?? SourceLocation(file: role.source, line: 1, column: 1)
    }

    /// How to show pay in places whose zones have no range: a range for each of those zones, or
    /// for a place no zone covers, a zone that covers it.
    func zoneAdvice(_ locations: [Location]) -> String {
        let zones = unique(locations.compactMap { zoneOf?($0) }.filter { role.payRange(inZone: $0) == nil })
        guard !zones.isEmpty else { return "add the place to a pay zone of the ladder (`covers:`) and give that zone a range" }
        return "add a range with " + listed(zones.map { "`zone: \($0)`" }, "or")
    }

    /// `how`: the advice when the gap has its own (a range for a zone); else the rule's.
    func diagnostic(rule: String, what: String, laws: [PayLaw], at location: SourceLocation? = nil,
                    how special: String? = nil) -> Diagnostic {
        // A suggestion is a value to put at the finding's place; the benefits and AI sections
        // belong in site.yml, not at the posting's title, so the message alone says how.
        let fix: String? = switch rule {
        case PayRule.rangeRequired, PayRule.euDirective: ranges.isEmpty ? Self.salaryExample(laws[0]) : nil
        default: nil
        }
        let how = switch rule {
        case PayRule.rangeRequired, PayRule.euDirective: special ?? (ranges.isEmpty ? "add salary: {min, max, currency, period}" : "give the lowest pay you would offer as min")
        case PayRule.rangeTooWide: "narrow the range"
        case PayRule.benefitsRequired: "add a benefits section in site.yml (postings.sections) or a Benefits heading"
        case PayRule.vacancyStatement: "add a vacancy section in site.yml (postings.sections); a posting that is not for an existing vacancy then gives its own text in its sections: {vacancy: …}"
        default: "add an ai_screening section in site.yml (postings.sections)"
        }
        let why = rule == PayRule.rangeTooWide ? " allowed by" : ", as required by"
        let message = "\(what)\(why) \(PayTransparencyLint.cited(laws)); \(how)"
        return Diagnostic(rule == PayRule.rangeRequired ? .error : .warning, message, at: location ?? anchor(for: rule), rule: rule, suggestion: fix)
    }

    /// A salary line to start from, in the law's currency.
    static func salaryExample(_ law: PayLaw) -> String {
        let currency = switch law.places.first?.country {
        case "CA": "CAD"
        case "US": "USD"
        default: "EUR"
        }
        return "salary: {min: …, max: …, currency: \(currency), period: YEAR}"
    }
}
