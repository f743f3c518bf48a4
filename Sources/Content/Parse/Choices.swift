/// Other spellings of the fixed words front matter takes (`employment_type`, `remote`,
/// `salary.period`), so a value that is clearly one of them gets that one as a certain fix.
enum Choices {
    /// Words people write for a choice, by their `squashed` form.
    static let synonyms: [String: String] = [
        "annual": "YEAR", "annually": "YEAR", "yearly": "YEAR", "peryear": "YEAR", "perannum": "YEAR",
        "hourly": "HOUR", "perhour": "HOUR", "daily": "DAY", "perday": "DAY", "weekly": "WEEK", "perweek": "WEEK",
        "monthly": "MONTH", "permonth": "MONTH",
        "contract": "CONTRACTOR", "internship": "INTERN", "temp": "TEMPORARY", "perdiem": "PER_DIEM",
        "inoffice": "onsite", "office": "onsite",
    ]

    /// The one of `names` that `written` spells differently — another case, `-` or a space for
    /// `_`, no separator at all (`Full-time`, `full_time`, `fulltime` → `FULL_TIME`; `Remote` →
    /// `remote`; `on-site` → `onsite`) — or means (`annual` → `YEAR`); nil when none does.
    static func spelling(_ written: String, of names: [String]) -> String? {
        let key = squashed(written)
        if let name = names.first(where: { squashed($0) == key }) { return name }
        return synonyms[key].flatMap { names.contains($0) ? $0 : nil }
    }

    private static func squashed(_ text: String) -> String {
        String(text.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " })
    }
}
