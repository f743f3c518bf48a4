import Diagnostics
import Yams

/// Reads and checks the front matter of a job posting.
enum RoleParser {
    static let keys = ["title", "slug", "ladder", "level", "department", "locations", "remote",
                       "employment_type", "salary", "experience_years", "skills", "date_posted",
                       "valid_through", "apply_url", "summary", "draft", "language", "req_id", "direct_apply",
                       "unlisted", "sections", "aliases"]

    static func parse(_ root: Node, path: String, body: MarkdownBody, sink: DiagnosticSink) -> Role? {
        guard let fields = Fields(root, path: "", describing: "a job posting", allowed: keys + [LintSettings.key], sink: sink) else { return nil }
        let title = fields.string("title", required: true, why: "every posting needs a job title")
        let slug = readSlug(fields, path: path)
        let ladder = fields.string("ladder")
        let level = fields.string("level")
        if ladder != nil && level == nil {
            _ = fields.node("level", required: true, why: "a posting that names a ladder must say which level of it")
        }
        if level != nil && ladder == nil {
            _ = fields.node("ladder", required: true, why: "'level' refers to a level of a ladder")
        }
        let department = fields.string("department")
        let locations = readLocations(fields)
        let remote = fields.choice("remote", of: WorkplaceType.self, required: true,
                                   why: "candidates need to know where the work happens")
        let employmentTypes = readEmploymentTypes(fields)
        let salaries = readSalaries(fields)
        let experienceYears = fields.int("experience_years")
        if let experienceYears, experienceYears < 0 {
            fields.valueError("experience_years", "must not be negative", at: fields.node("experience_years"))
        }
        let skills = fields.stringList("skills") ?? []
        let datePosted = fields.date("date_posted", required: true, why: "search engines show how fresh a posting is")
        let validThrough = fields.date("valid_through")
        if let datePosted, let validThrough, validThrough < datePosted {
            fields.valueError("valid_through", "(\(validThrough)) is before date_posted (\(datePosted))",
                              at: fields.node("valid_through"))
        }
        let applyURL = fields.url("apply_url")
        let summary = fields.string("summary")
        let draft = fields.bool("draft") ?? false
        let language = fields.languageTag("language")
        let reqID = fields.string("req_id")
        let directApply = fields.bool("direct_apply")
        if directApply == true, applyURL == nil, !fields.has("apply_url") {
            fields.valueError("direct_apply", "says the Apply link starts the application, but the posting has no apply_url; add one",
                              at: fields.node("direct_apply"))
        }
        let unlisted = fields.bool("unlisted") ?? false
        var fieldLocations: [String: SourceLocation] = [:]
        let sections = SectionParser.overrides(fields, locations: &fieldLocations)
        let aliases = fields.aliases()

        guard let title, let slug, let locations, let remote, let employmentTypes, let datePosted else { return nil }
        for key in ["ladder", "level", "slug", "title", "date_posted", "valid_through", "language", "summary", "salary"] where fields.has(key) {
            fieldLocations[key] = fields.location(of: key)
        }
        if fields.has("salary") { fieldLocations["salary"] = fields.keyLocation(of: "salary") }
        for key in ["title", "summary"] {
            if let start = textStart(fields.node(key), fields: fields) { fieldLocations["\(key).text"] = start }
        }
        var role = Role(source: path, slug: slug, title: title, ladder: ladder, level: level, department: department,
                        locations: locations, remote: remote, employmentTypes: employmentTypes, salary: salaries.first?.range,
                        experienceYears: experienceYears, skills: skills, datePosted: datePosted,
                        validThrough: validThrough, applyURL: applyURL, summary: summary, draft: draft,
                        language: language, reqID: reqID, directApply: directApply, unlisted: unlisted, sections: sections,
                        body: body, fieldLocations: fieldLocations)
        role.salaries = salaries
        role.aliases = aliases
        return role
    }

    /// The posting's path below /roles/: its folders (kept) and its name, `slug:` or the file name.
    static func readSlug(_ fields: Fields, path: String) -> String? {
        let folders = URLName.roleFolders(path, sink: fields.sink)
        let name: String?
        if let slug = fields.string("slug") {
            name = URLName.isValid(slug) ? slug : nil
            if name == nil {
                fields.valueError("slug", "must use only lowercase letters, digits and single hyphens (it becomes the URL /roles/<slug>/), found '\(slug)'",
                                  at: fields.node("slug"))
            }
        } else {
            name = URLName.fromFileName(path, sink: fields.sink)
        }
        guard let folders, let name else { return nil }
        return folders.isEmpty ? name : folders + "/" + name
    }

    static func readLocations(_ fields: Fields) -> [Location]? {
        guard let nodes = fields.list("locations", required: true, why: "candidates need to know where the job is") else { return nil }
        var locations: [Location] = []
        var valid = true
        for (index, node) in nodes.enumerated() {
            guard let item = Fields(node, path: DataPath.item(index, in: "locations"), describing: "a location",
                                    allowed: ["city", "region", "country"], sink: fields.sink) else {
                valid = false
                continue
            }
            let city = item.string("city")
            let region = item.string("region")
            guard let country = item.string("country", required: true, why: "an ISO 3166-1 code such as DE or US") else {
                valid = false
                continue
            }
            guard ISOCodes.isCountry(country) else {
                let meant = ISOCodes.suggestedCountry(for: country)
                item.valueError("country", "must be a two-letter ISO 3166-1 country code in capitals such as DE or US, found '\(country)'"
                                + (meant.map { "; write \($0)" } ?? ""), at: item.node("country"), suggestion: meant)
                valid = false
                continue
            }
            locations.append(Location(city: city, region: region, country: country))
        }
        return valid ? locations : nil
    }

    static func readEmploymentTypes(_ fields: Fields) -> [EmploymentType]? {
        guard let nodes = fields.list("employment_type", required: true, why: "e.g. FULL_TIME", allowSingle: true) else { return nil }
        let types = nodes.compactMap { fields.choice($0, key: "employment_type", of: EmploymentType.self) }
        return types.count == nodes.count ? types : nil
    }

    static let rangeKeys = ["min", "max", "currency", "period"]

    /// `salary:` as one range (`{min, max, currency, period}`, optionally with `zone:`), or a list
    /// of ranges each with `zone:` (one per pay zone of the posting's ladder; the zone ids are
    /// checked against the ladder when linking). Each range keeps the line it is written on:
    /// the `salary:` line for one range, its list item for a range in a list.
    static func readSalaries(_ fields: Fields) -> [ZonedSalary] {
        guard let node = fields.node("salary") else { return [] }
        guard case .sequence(let items) = node else {
            guard let range = fields.mapping("salary", describing: "a pay range", allowed: rangeKeys + ["zone"]) else { return [] }
            let zone = range.string("zone")
            return readSalary(range).map { [ZonedSalary(zone: zone, range: $0, location: fields.keyLocation(of: "salary"),
                                                        zoneLocation: range.location(of: "zone"))] } ?? []
        }
        guard !items.isEmpty else {
            fields.valueError("salary", "must list at least one range; leave `salary:` out for a posting without pay", at: node)
            return []
        }
        var salaries: [ZonedSalary] = []
        for (index, item) in items.enumerated() {
            guard let range = Fields(item, path: DataPath.item(index, in: "salary"), describing: "a pay range for one zone",
                                     allowed: ["zone"] + rangeKeys, sink: fields.sink) else { continue }
            let zone = range.string("zone", required: true, why: "in a list of ranges, each range is for one pay zone of the posting's ladder")
            guard let pay = readSalary(range), let zone else { continue }
            if salaries.contains(where: { $0.zone == zone }) {
                range.valueError("zone", "'\(zone)' already has a range in this posting; give one range per zone", at: range.node("zone"))
                continue
            }
            salaries.append(ZonedSalary(zone: zone, range: pay, location: fields.sink.location(item.mark),
                                        zoneLocation: range.location(of: "zone")))
        }
        return salaries
    }

    /// The largest amount that is plausible per period: an hourly "98,000" is a yearly figure
    /// with the wrong period. Generous on purpose (executive pay, long contracts).
    static let plausibleMaximum: [PayPeriod: Double] = [.HOUR: 2_000, .DAY: 15_000, .WEEK: 75_000, .MONTH: 300_000]
    /// A warning when the amounts do not fit the period (an hourly rate of 98,000). Only too
    /// large is checked: small yearly amounts are real (a stipend, a part-time honorarium).
    static func checkPlausibility(_ range: SalaryRange, fields: Fields) {
        guard let limit = plausibleMaximum[range.period], range.max > limit else { return }
        fields.sink.append(.warning("\(range.max.plainNumber) \(range.currency) per \(range.period.rawValue) is not a plausible amount for that period (more than \(limit.plainNumber)); is the period wrong (YEAR?)",
                                    at: fields.location(of: "period"), rule: "pay.implausible"))
    }

    /// A pay range; shared by postings and ladder levels. Every problem is reported, not just the first.
    static func readSalary(_ fields: Fields?) -> SalaryRange? {
        guard let fields else { return nil }
        let problemsBefore = fields.sink.diagnostics.count
        let min = fields.number("min", required: true)
        let max = fields.number("max", required: true)
        let currency = fields.string("currency", required: true, why: "an ISO 4217 code such as USD or EUR")
        let period = fields.choice("period", of: PayPeriod.self, required: true)
        if let currency, !ISOCodes.isCurrency(currency) {
            fields.valueError("currency", currencyProblem(currency), at: fields.node("currency"),
                              suggestion: ISOCodes.suggestedCurrency(for: currency))
        }
        if let min, min <= 0 {
            // A range from 0 tells a candidate nothing, and pay-transparency laws ask for a real range.
            fields.valueError("min", min < 0 ? "must not be negative"
                                  : "is 0: a pay range must start above zero; give the real minimum, or remove the salary",
                              at: fields.node("min"))
        }
        var plausible = true
        for (key, value) in [("min", min), ("max", max)] {
            if let value, value > SalaryRange.largestAmount, let node = fields.node(key) {
                // The amount as written: a Double this large prints as 1e+23, which nobody wrote.
                fields.valueError(key, "(\(node.scalar?.string ?? value.plainNumber)) is not a plausible pay amount; the largest accepted is \(SalaryRange.largestAmount.plainNumber)",
                                  at: node)
                plausible = false
            }
        }
        if plausible, let min, let max, max < min {
            fields.valueError("max", "(\(max.plainNumber)) is below min (\(min.plainNumber))", at: fields.node("max"))
        }
        guard fields.sink.diagnostics.count == problemsBefore, let min, let max, let currency, let period else { return nil }
        let range = SalaryRange(min: min, max: max, currency: currency, period: period)
        checkPlausibility(range, fields: fields)
        return range
    }

    /// `must be … found 'EUD'; did you mean EUR?` — certain fixes (`eur`, `RMB`) say "write".
    private static func currencyProblem(_ currency: String) -> String {
        let problem = "must be a three-letter ISO 4217 currency code in capitals such as USD or EUR, found '\(currency)'"
        guard let meant = ISOCodes.suggestedCurrency(for: currency) else { return problem }
        return problem + (meant == currency.uppercased() ? "; write \(meant)" : "; did you mean \(meant)?")
    }

    /// Where the text of a one-line scalar starts in the file (after an opening quote), so that a
    /// lint can point at a word of a title or summary; nil for a block scalar (`|`, `>`), whose
    /// text starts on a later line at an indentation not recorded here.
    static func textStart(_ node: Node?, fields: Fields) -> SourceLocation? {
        guard let node, case .scalar(let scalar) = node else { return nil }
        var start = fields.sink.location(node.mark)
        switch scalar.style {
        case .singleQuoted, .doubleQuoted: start.column += 1
        case .literal, .folded: return nil
        default: break
        }
        return start
    }
}
