/// Day arithmetic on the proleptic Gregorian calendar, without Foundation's calendars and time
/// zones: a posting's lifecycle counts whole days (closed the day after `valid_through`, removed
/// `keep_days` later), and `SOURCE_DATE_EPOCH` names a UTC day.
extension CalendarDate {
    /// Days since 1970-01-01 (negative before it). Howard Hinnant's `days_from_civil`.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `days` after 1970-01-01; nil outside the years 1–9999. Hinnant's `civil_from_days`.
    public init?(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The UTC day of a moment given in seconds since 1970-01-01T00:00:00Z (`SOURCE_DATE_EPOCH`).
    public init?(secondsSinceEpoch seconds: Int64) {
        let (days, remainder) = seconds.quotientAndRemainder(dividingBy: 86_400)
        self.init(daysSinceEpoch: Int(days) - (remainder < 0 ? 1 : 0))
    }

    /// `days` later (earlier when negative); the same day when the result would leave 1–9999.
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days) ?? self
    }
}
