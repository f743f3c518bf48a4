import Content

/// Human-readable text for model values. Deterministic and locale-independent on purpose:
/// the same input must give the same bytes on every machine.
enum Format {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// `May 1, 2026`.
    static func date(_ date: CalendarDate) -> String {
        "\(monthNames[date.month - 1]) \(date.day), \(date.year)"
    }

    /// `125,000` or `45.50`.
    static func amount(_ value: Double) -> String {
        // Validation caps amounts at SalaryRange.largestAmount, far inside Int's range in cents.
        let cents = Int((min(value, SalaryRange.largestAmount) * 100).rounded())
        let whole = cents / 100, fraction = cents % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        return fraction == 0 ? grouped : grouped + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    static let currencySymbols = ["USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"]

    static func money(_ value: Double, _ currency: String) -> String {
        if let symbol = currencySymbols[currency] { return symbol + amount(value) }
        return amount(value)
    }

    /// `$125,000–$168,000 USD per year`.
    static func pay(_ range: SalaryRange) -> String {
        let low = money(range.min, range.currency), high = money(range.max, range.currency)
        let span = range.min == range.max ? low : "\(low)–\(high)"
        return "\(span) \(range.currency) \(period(range.period))"
    }

    static func period(_ period: PayPeriod) -> String {
        switch period {
        case .HOUR: "per hour"
        case .DAY: "per day"
        case .WEEK: "per week"
        case .MONTH: "per month"
        case .YEAR: "per year"
        }
    }

    static func workplace(_ type: WorkplaceType) -> String {
        switch type {
        case .onsite: "On-site"
        case .hybrid: "Hybrid"
        case .remote: "Remote"
        }
    }

    static func employment(_ type: EmploymentType) -> String {
        switch type {
        case .FULL_TIME: "Full-time"
        case .PART_TIME: "Part-time"
        case .CONTRACTOR: "Contract"
        case .TEMPORARY: "Temporary"
        case .INTERN: "Internship"
        case .VOLUNTEER: "Volunteer"
        case .PER_DIEM: "Per diem"
        case .OTHER: "Other"
        }
    }

    /// `Austin, TX, US`; a remote role usually names just the country.
    static func location(_ location: Location) -> String {
        [location.city, location.region, location.country].compactMap { $0 }.joined(separator: ", ")
    }

    /// `No open roles`, `1 open role`, `5 open roles`.
    static func openRoles(_ count: Int) -> String {
        switch count {
        case 0: "No open roles"
        case 1: "1 open role"
        default: "\(count) open roles"
        }
    }

    /// `4+ years`, `1+ year`, `No experience required`.
    static func experience(_ years: Int) -> String {
        switch years {
        case 0: "No experience required"
        case 1: "1+ year"
        default: "\(years)+ years"
        }
    }
}
