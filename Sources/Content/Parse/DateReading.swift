import Foundation

/// What someone meant by a date not written `YYYY-MM-DD`, or why a written one is no day, so
/// the error can say what to write.
///
/// Read: `2026-1-5`, `2026/01/05`, `2026.01.05` (year first: always year, month, day);
/// `31/12/2026`, `12/31/2026`, `31.12.2026` (year last: day and month in the order that is
/// possible, both when both are); `5 Jan 2026`, `January 5, 2026`, `5th January 2026` (English
/// month names or their first three letters); and a timestamp's day (`2026-05-01T09:00:00Z`).
enum DateReading: Equatable {
    /// Why `written` is not a date, read after the field's or option's name (`'closes' must …`,
    /// `--now must …`), with what to write when it can be read (`; write 2026-12-31`, or both
    /// readings of `03/04/2026`); and that date as a finding's suggestion when only one is possible.
    /// Front matter dates and the `--now` options say it in the same words.
    static func refusal(of written: String) -> ValueRefusal {
        let reading = DateReading(written)
        if case .impossible(let reason, iso: true) = reading {
            return ValueRefusal(problem: "must be a day that exists, found '\(written)': \(reason)")
        }
        return ValueRefusal(problem: "must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '\(written)'\(reading?.advice ?? "")",
                            suggestion: reading?.suggestion)
    }

    case certain(CalendarDate)
    /// Both `03/04/2026` readings are real days: 3 April (day first) and 4 March (month first).
    case ambiguous(dayFirst: CalendarDate, monthFirst: CalendarDate)
    /// A year, month and day that name no day (`2027-02-30`, `31/13/2026`, `30 Feb 2026`), with
    /// why: `February 2027 has 28 days`, `there is no month 13`. `iso`: written `YYYY-MM-DD`,
    /// so the form is right and only the day is wrong.
    case impossible(reason: String, iso: Bool)

    init?(_ written: String) {
        let text = written.trimmingCharacters(in: .whitespaces)
        if let day = Self.timestampDay(text) ?? Self.yearFirst(text) ?? Self.withMonthName(text) {
            self = Self.reading(day, iso: CalendarDate.isWrittenISO(text))
        } else if let reading = Self.yearLast(text) {
            self = reading
        } else {
            return nil
        }
    }

    /// `; write 2026-12-31`, both readings of an ambiguous one, or why there is no such day.
    var advice: String {
        switch self {
        case .certain(let date): "; write \(date)"
        case .ambiguous(let dayFirst, let monthFirst):
            "; write \(dayFirst) if it means \(Self.spelled(dayFirst)), or \(monthFirst) if it means \(Self.spelled(monthFirst))"
        case .impossible(let reason, _): ", which is no day: \(reason)"
        }
    }

    /// The date to write when only one is possible.
    var suggestion: String? {
        if case .certain(let date) = self { return date.description }
        return nil
    }

    /// Year, month and day numbers as written, a real day or not.
    private typealias Numbers = (year: Int, month: Int, day: Int)

    private static func reading(_ numbers: Numbers, iso: Bool) -> DateReading {
        if let date = CalendarDate(year: numbers.year, month: numbers.month, day: numbers.day) { return .certain(date) }
        return .impossible(reason: CalendarDate.whyNoDay(year: numbers.year, month: numbers.month, day: numbers.day) ?? "", iso: iso)
    }

    private static func spelled(_ date: CalendarDate) -> String {
        "\(date.day) \(CalendarDate.monthNames[date.month - 1])"
    }

    private static func timestampDay(_ text: String) -> Numbers? {
        guard text.count > 10, let separator = text.dropFirst(10).first, separator == "T" || separator == " " else { return nil }
        return yearFirst(String(text.prefix(10)))
    }

    /// Three runs of digits split by one kind of separator (`-`, `/` or `.`), or nil.
    private static func numbers(_ text: String) -> [Substring]? {
        guard let separator = text.first(where: { "-/.".contains($0) }) else { return nil }
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
        else { return nil }
        return parts
    }

    private static func yearFirst(_ text: String) -> Numbers? {
        guard let parts = numbers(text), parts[0].count == 4, parts[1].count <= 2, parts[2].count <= 2 else { return nil }
        return (Int(parts[0])!, Int(parts[1])!, Int(parts[2])!)
    }

    private static func yearLast(_ text: String) -> DateReading? {
        guard let parts = numbers(text), parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        let (year, first, second) = (Int(parts[2])!, Int(parts[0])!, Int(parts[1])!)
        let dayFirst = CalendarDate(year: year, month: second, day: first)
        let monthFirst = CalendarDate(year: year, month: first, day: second)
        switch (dayFirst, monthFirst) {
        case let (day?, month?): return day == month ? .certain(day) : .ambiguous(dayFirst: day, monthFirst: month)
        case let (day?, nil): return .certain(day)
        case let (nil, month?): return .certain(month)
        default:
            // Neither reading is a day: say why for the one with a real month (`31/02/2026`:
            // February has 28 days), else for the day-first one (`31/13/2026`: no month 13).
            let numbers: Numbers = (1...12).contains(second) || !(1...12).contains(first) ? (year, second, first) : (year, first, second)
            return reading(numbers, iso: false)
        }
    }

    /// `5 Jan 2026`, `Jan 5, 2026`, `5th of January 2026`: one month name, one day, one year.
    private static func withMonthName(_ text: String) -> Numbers? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "-" || $0 == "/" })
            .filter { $0.lowercased() != "of" }
        guard words.count == 3 else { return nil }
        var month: Int?, day: Int?, year: Int?
        for word in words {
            let lowered = word.lowercased()
            if lowered.count >= 3, let index = CalendarDate.monthNames.firstIndex(where: { $0.lowercased().hasPrefix(lowered) }) {
                month = index + 1
            } else if word.count == 4, let number = Int(word) {
                year = number
            } else if case let digits = lowered.prefix(while: \.isNumber), (1...2).contains(digits.count),
                      ["", "st", "nd", "rd", "th"].contains(lowered.dropFirst(digits.count)) {
                day = Int(digits)
            }
        }
        guard let month, let day, let year else { return nil }
        return (year, month, day)
    }
}

extension CalendarDate {
    /// `written` as a date, or why not (see `DateReading.refusal(of:)`): how the command line reads `--now`.
    public static func reading(_ written: String) -> Result<CalendarDate, ValueRefusal> {
        if let date = CalendarDate(written) { return .success(date) }
        return .failure(DateReading.refusal(of: written))
    }
}
