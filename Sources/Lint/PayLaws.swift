import BuiltIn
import Content
import Diagnostics
import Yams

/// One pay transparency law of `data/pay-transparency.yml`: where it applies, from when, to
/// which employers, and what a posting must show there.
public struct PayLaw: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case country, state, province, city, supranational
    }

    /// What a posting must show besides its pay.
    public enum Requirement: String, Sendable, CaseIterable {
        /// A description of benefits and other compensation.
        case benefits
        /// A statement on whether AI screens, assesses or selects applicants.
        case aiScreening = "ai_screening"
        /// A statement of whether the posting is for an existing vacancy (or, say, for a pool of
        /// applicants to future openings).
        case vacancy
    }

    /// A place the law covers: a country, a region of it, or cities of that region. Regions and
    /// cities are the spellings a posting may use, compared ignoring case.
    public struct Place: Sendable, Hashable {
        public var country: String
        public var regions: [String]?
        public var cities: [String]?
    }

    /// A law's cap on a posted range's width (Ontario: 50,000 CAD a year), not applied when the
    /// range's top is above `unlessMaxAbove`.
    public struct RangeLimit: Sendable, Hashable {
        public var width: Double
        public var currency: String
        public var period: PayPeriod
        public var unlessMaxAbove: Double?
    }

    /// `us-co`, `ca-on`, `eu`.
    public var id: String
    /// The jurisdiction as messages name it: `Colorado`.
    public var name: String
    public var kind: Kind
    public var law: String
    /// The statute, ordinance or regulation: `C.R.S. § 8-5-201(2) (SB19-085)`.
    public var citation: String
    /// The official text or guidance (URL).
    public var source: String
    public var places: [Place]
    public var effectiveFrom: CalendarDate
    /// The first day of penalties when later than `effectiveFrom` (Columbus: 2027-01-01).
    public var enforcedFrom: CalendarDate?
    /// The smallest covered employer; nil: every employer.
    public var minEmployees: Int?
    /// Whether a remote posting open to people living there is covered.
    public var coversRemote: Bool
    /// True: the pay must be in the posting. False: it may be given before the interview (EU).
    public var inAd: Bool
    public var requires: [Requirement]
    public var rangeLimit: RangeLimit?
    public var note: String?

    /// The first day a missing range is an error: `enforcedFrom`, else `effectiveFrom`.
    public var enforcedSince: CalendarDate { enforcedFrom ?? effectiveFrom }

    /// Whether a posting location is in one of the law's places. An on-site or hybrid posting's
    /// location must lie inside a place; a remote posting's location is where the people it is
    /// open to may live, so it need only overlap one (`{country: US}` reaches Colorado).
    public func covers(_ location: Location, remote: Bool) -> Bool {
        places.contains { remote ? $0.overlaps(location) : $0.contains(location) }
    }
}

extension PayLaw.Place {
    func contains(_ location: Location) -> Bool {
        guard location.country == country else { return false }
        let cityMatches = cities.map { names in location.city.map { names.containsIgnoringCase($0) } ?? false }
        let regionMatches = regions.map { names in location.region.map { names.containsIgnoringCase($0) } }
        switch (regionMatches, cityMatches) {
        case (nil, _): return true
        // A city written without its region (`city: New York, country: US`) still names the city.
        case (.some(nil), let city?): return city
        case (.some(nil), nil): return false
        case (.some(let region?), let city): return region && (city ?? true)
        }
    }

    /// Whether the place and a remote posting's area share ground: the same country, and a
    /// region and city the posting leaves open or names alike.
    func overlaps(_ location: Location) -> Bool {
        guard location.country == country else { return false }
        if let region = location.region, let regions, !regions.containsIgnoringCase(region) { return false }
        if let city = location.city, let cities, !cities.containsIgnoringCase(city) { return false }
        return true
    }
}

private extension Array where Element == String {
    func containsIgnoringCase(_ name: String) -> Bool {
        let wanted = name.trimmingWhitespace.lowercased()
        return contains { $0.lowercased() == wanted }
    }
}

private extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}

/// The table of pay transparency laws (`data/pay-transparency.yml`, compiled in).
public enum PayLaws {
    /// The path of the table in the repository and among `BuiltInData.files`.
    public static let path = "data/pay-transparency.yml"

    /// The compiled-in table. A test parses it, so a malformed table never reaches a build.
    public static let builtIn: [PayLaw] = {
        guard let file = BuiltInData.file(path) else { preconditionFailure("\(path) is not compiled in; run `make theme`") }
        do {
            return try parse(file.text)
        } catch {
            preconditionFailure("\(path): \(error)")
        }
    }()

    /// A table problem: where in the YAML, and what is wrong.
    public struct TableError: Error, CustomStringConvertible, Equatable {
        public var message: String
        public var description: String { message }

        public init(message: String) {
            self.message = message
        }
    }

    /// Reads the table strictly: every key known, every required key present, dates
    /// `YYYY-MM-DD`, ids unique. Throws `TableError` naming the law and key.
    public static func parse(_ text: String) throws -> [PayLaw] {
        guard let root = try Yams.compose(yaml: text), let top = root.mapping else {
            throw TableError(message: "expected a mapping with `laws:`")
        }
        let table = TableReader(top, at: "")
        try table.onlyKeys(["laws"])
        guard let items = try table.node("laws").sequence else { throw TableError(message: "`laws` must be a list") }
        var laws: [PayLaw] = []
        for (index, item) in items.enumerated() {
            guard let mapping = item.mapping else { throw TableError(message: "\(DataPath.item(index, in: "laws")) must be a mapping") }
            let law = try readLaw(TableReader(mapping, at: DataPath.item(index, in: "laws")))
            guard !laws.contains(where: { $0.id == law.id }) else { throw TableError(message: "law id '\(law.id)' is listed twice") }
            laws.append(law)
        }
        return laws
    }

    private static func readLaw(_ r: TableReader) throws -> PayLaw {
        try r.onlyKeys(["id", "name", "kind", "law", "citation", "source", "places", "effective_from", "enforced_from",
                        "min_employees", "remote", "in_ad", "requires", "range_limit", "note"])
        let id = try r.text("id")
        guard id.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) else {
            throw TableError(message: "\(r.path).id '\(id)' must be lowercase letters, digits and -")
        }
        let places = try r.list("places").enumerated().map { index, node in
            guard let mapping = node.mapping else { throw TableError(message: "\(DataPath.item(index, in: "\(r.path).places")) must be a mapping") }
            return try readPlace(TableReader(mapping, at: DataPath.item(index, in: "\(r.path).places")))
        }
        let effective = try r.date("effective_from")
        let enforced = try r.optional("enforced_from") { _ in try r.date("enforced_from") }
        if let enforced, enforced <= effective {
            throw TableError(message: "\(r.path).enforced_from must be after effective_from (leave it out when they are the same)")
        }
        let minEmployees = try r.nullable("min_employees") { node in
            guard let value = node.string.flatMap({ Int($0) }), value >= 1 else { throw TableError(message: "\(r.path).min_employees must be a whole number ≥ 1 or null") }
            return value
        }
        let requires = try r.list("requires").map { node in
            guard let value = node.string, let requirement = PayLaw.Requirement(rawValue: value) else {
                throw TableError(message: "\(r.path).requires: expected benefits, ai_screening or vacancy")
            }
            return requirement
        }
        let limit = try r.optional("range_limit") { node -> PayLaw.RangeLimit in
            guard let mapping = node.mapping else { throw TableError(message: "\(r.path).range_limit must be a mapping") }
            return try readLimit(TableReader(mapping, at: "\(r.path).range_limit"))
        }
        return PayLaw(id: id, name: try r.text("name"), kind: try r.choice("kind"), law: try r.text("law"),
                      citation: try r.text("citation"), source: try r.url("source"), places: places,
                      effectiveFrom: effective, enforcedFrom: enforced, minEmployees: minEmployees,
                      coversRemote: try r.bool("remote"), inAd: try r.bool("in_ad"), requires: requires,
                      rangeLimit: limit, note: try r.optional("note") { _ in try r.text("note") })
    }

    private static func readPlace(_ r: TableReader) throws -> PayLaw.Place {
        try r.onlyKeys(["country", "regions", "cities"])
        let country = try r.text("country")
        // The list postings and pay zones are checked against, so a law's place can always match a posting.
        guard ISOCodes.isCountry(country) else {
            throw TableError(message: "\(r.path).country '\(country)' must be an ISO 3166-1 alpha-2 code")
        }
        let names = { (key: String) in
            try r.optional(key) { _ in try r.list(key).map { node in
                guard let name = node.string, !name.isEmpty else { throw TableError(message: "\(r.path).\(key) must list names") }
                return name
            } }
        }
        return PayLaw.Place(country: country, regions: try names("regions"), cities: try names("cities"))
    }

    private static func readLimit(_ r: TableReader) throws -> PayLaw.RangeLimit {
        try r.onlyKeys(["width", "currency", "period", "unless_max_above"])
        return PayLaw.RangeLimit(width: try r.number("width"), currency: try r.text("currency"), period: try r.choice("period"),
                                 unlessMaxAbove: try r.optional("unless_max_above") { _ in try r.number("unless_max_above") })
    }
}

/// Reads one mapping of the table, naming `path.key` in every error.
private struct TableReader {
    let mapping: Node.Mapping
    let path: String

    init(_ mapping: Node.Mapping, at path: String) {
        self.mapping = mapping
        self.path = path
    }

    private func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func onlyKeys(_ allowed: Set<String>) throws {
        for key in mapping.keys.compactMap(\.string) where !allowed.contains(key) {
            throw PayLaws.TableError(message: "\(name(key)) is not a key of the table")
        }
    }

    func node(_ key: String) throws -> Node {
        guard let node = mapping[key] else { throw PayLaws.TableError(message: "\(name(key)) is missing") }
        return node
    }

    /// The value when the key is there, else nil.
    func optional<T>(_ key: String, _ read: (Node) throws -> T) throws -> T? {
        try mapping[key].map(read)
    }

    /// The value, or nil when written `null`; the key itself is required.
    func nullable<T>(_ key: String, _ read: (Node) throws -> T) throws -> T? {
        let node = try node(key)
        return node.scalar?.string == "null" ? nil : try read(node)
    }

    func text(_ key: String) throws -> String {
        guard let value = try node(key).scalar?.string, !value.isEmpty else { throw PayLaws.TableError(message: "\(name(key)) must be text") }
        return value
    }

    func url(_ key: String) throws -> String {
        let value = try text(key)
        guard value.hasPrefix("https://") else { throw PayLaws.TableError(message: "\(name(key)) must be an https URL") }
        return value
    }

    func date(_ key: String) throws -> CalendarDate {
        let value = try text(key)
        guard value.count == 10, let date = CalendarDate(value) else { throw PayLaws.TableError(message: "\(name(key)) '\(value)' must be a date YYYY-MM-DD") }
        return date
    }

    func bool(_ key: String) throws -> Bool {
        switch try text(key) {
        case "true": true
        case "false": false
        case let other: throw PayLaws.TableError(message: "\(name(key)) '\(other)' must be true or false")
        }
    }

    func number(_ key: String) throws -> Double {
        let value = try text(key)
        guard value.allSatisfy(\.isNumber), let number = Double(value) else { throw PayLaws.TableError(message: "\(name(key)) '\(value)' must be a whole number") }
        return number
    }

    func choice<T: RawRepresentable & CaseIterable>(_ key: String) throws -> T where T.RawValue == String {
        let value = try text(key)
        guard let choice = T(rawValue: value) else {
            throw PayLaws.TableError(message: "\(name(key)) '\(value)' must be one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return choice
    }

    func list(_ key: String) throws -> [Node] {
        guard let items = try node(key).sequence else { throw PayLaws.TableError(message: "\(name(key)) must be a list") }
        return Array(items)
    }
}

extension PayLaws {
    /// The README's table of the laws (`<!-- pay-laws -->`), one row per law in table order.
    public static func markdownTable(_ laws: [PayLaw] = builtIn) -> String {
        var lines = ["| jurisdiction | places | from | employees | remote roles | the posting must show | law |",
                     "|---|---|---|---|---|---|---|"]
        for law in laws {
            let places = law.places.count > 3 ? "\(law.places.count) member states"
                : law.places.map(\.label).joined(separator: ", ")
            let from = law.enforcedFrom.map { "\(law.effectiveFrom) (enforced from \($0))" } ?? "\(law.effectiveFrom)"
            var shows = [law.inAd ? "pay range (error)" : "pay range, or before the interview (warning)"]
            shows += law.requires.map { requirement in
                switch requirement {
                case .benefits: "benefits"
                case .aiScreening: "AI-screening statement"
                case .vacancy: "existing-vacancy statement"
                }
            }
            if let limit = law.rangeLimit {
                shows.append("range at most \(limit.width.plainNumber) \(limit.currency) wide")
            }
            let cells = ["\(law.name) (\(law.kind.rawValue))", places, from, law.minEmployees.map { "\($0)+" } ?? "any",
                         law.coversRemote ? "yes" : "no", shows.joined(separator: "; "), "[\(law.citation)](\(law.source))"]
            lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}

extension PayLaw.Place {
    /// `US-CO`, `US-NY New York`, `AT`.
    var label: String {
        [[country, regions?.first].compactMap { $0 }.joined(separator: "-"), cities?.first].compactMap { $0 }.joined(separator: " ")
    }
}
