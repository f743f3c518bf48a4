/// A calendar day without time or zone, as written in front matter (`2026-05-01`).
/// Postings are dated by day; keeping it a plain value keeps output independent of time zones.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Whether `text` has the form `YYYY-MM-DD` (four, two and two ASCII digits), a real day or not.
    public static func isWrittenISO(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }

    /// Why a year, month and day name no day of the (Gregorian) calendar, in words for a message
    /// (`February 2027 has 28 days`, `there is no month 13`, `there is no day 0`), or nil when
    /// they name one.
    public static func whyNoDay(year: Int, month: Int, day: Int) -> String? {
        guard (1...9999).contains(year) else { return "the year must be 1 to 9999" }
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        guard day >= 1 else { return "there is no day \(day)" }
        let days = daysIn(month: month, year: year)
        guard day > days else { return nil }
        let name = "\(monthNames[month - 1]) \(year) has \(days) days"
        // 29 February is the one day whose existence depends on the year.
        return month == 2 && day == 29 ? "\(name); \(year) is not a leap year" : name
    }

    /// English month names, January first.
    public static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                    "September", "October", "November", "December"]

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The last second of this day in UTC, ISO 8601 with its zone: `2026-05-01T23:59:59Z`. The
    /// build decides "today" as a UTC day, so a posting is open until this moment.
    public var endOfDayUTC: String {
        description + "T23:59:59Z"
    }

    /// ISO 8601: `2026-05-01`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// How often a pay amount is paid; Google's JobPosting `unitText` values.
public enum PayPeriod: String, Sendable, Hashable, CaseIterable {
    case HOUR, DAY, WEEK, MONTH, YEAR
}

/// A pay range: a posting's offer or a ladder level's band.
public struct SalaryRange: Sendable, Hashable {
    public var min: Double
    public var max: Double
    /// ISO 4217 code, e.g. `USD`.
    public var currency: String
    public var period: PayPeriod

    /// Front matter amounts above this are refused: no pay is larger, and every amount must
    /// format exactly.
    public static let largestAmount: Double = 1_000_000_000_000

    public init(min: Double, max: Double, currency: String, period: PayPeriod) {
        self.min = min
        self.max = max
        self.currency = currency
        self.period = period
    }
}

/// Where a job is based. For remote roles usually just the country people may live in.
public struct Location: Sendable, Hashable {
    public var city: String?
    public var region: String?
    /// ISO 3166-1 alpha-2, e.g. `DE`.
    public var country: String

    public init(city: String? = nil, region: String? = nil, country: String) {
        self.city = city
        self.region = region
        self.country = country
    }
}

/// Where the work happens.
public enum WorkplaceType: String, Sendable, Hashable, CaseIterable {
    case onsite, hybrid, remote
}

/// Google's JobPosting `employmentType` values.
public enum EmploymentType: String, Sendable, Hashable, CaseIterable {
    case FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER
}

/// Markdown text with the file line it starts on, so that later stages (rendering, link
/// checks) can report positions in the original file.
public struct MarkdownBody: Sendable, Hashable {
    public var text: String
    public var firstLine: Int
    /// Columns before the text on every line: a `|` block in YAML is indented, and a position in
    /// the Markdown is this much further right in the file.
    public var columnOffset: Int

    public init(text: String, firstLine: Int, columnOffset: Int = 0) {
        self.text = text
        self.firstLine = firstLine
        self.columnOffset = columnOffset
    }
}

extension Double {
    /// `72000` rather than `72000.0`, for messages and plain output.
    public var plainNumber: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
