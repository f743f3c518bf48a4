import Content
import Foundation

/// The words and formats of one language: the theme's strings (looked up along the language's
/// fallbacks, ending in English) and Foundation's locale-aware number, money, date and
/// country-name formatting.
///
/// Formatting never depends on the machine: every style gets an explicit `Locale`, dates a
/// Gregorian calendar in UTC, and the locale data is the ICU/CLDR data compiled into Foundation,
/// so a given toolchain writes the same bytes everywhere (a toolchain with newer CLDR data may
/// change a character; the locale tests pin them).
public struct Localization: Sendable {
    /// The canonical language tag (`de-DE`): `<html lang>` of the pages written in it.
    public let language: String
    let locale: Locale
    let tag: LanguageTag
    /// Every key of the theme, resolved along the fallbacks.
    let strings: [String: ThemeString.Value]
    /// The texts templates see as `t.<key>`.
    let templateStrings: TemplateStrings
    /// Made once: a format style made per call costs several times the formatting.
    let dateStyle: Date.FormatStyle
    let integerStyle: IntegerFormatStyle<Int>
    /// The pay phrase of each period, as written and without `{currency}` (see `pay`).
    let payPhrases: [PayPeriod: (withCode: String, withoutCode: String)]

    init(language tag: LanguageTag, strings: [String: ThemeString.Value]) {
        self.tag = tag
        self.language = tag.description
        self.locale = Locale(identifier: tag.description)
        self.strings = strings
        self.templateStrings = TemplateStrings(strings)
        dateStyle = Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: Self.calendar, timeZone: Self.utc)
        integerStyle = IntegerFormatStyle<Int>(locale: locale)
        var payPhrases: [PayPeriod: (withCode: String, withoutCode: String)] = [:]
        for (period, key) in Self.periodKeys {
            guard case .text(let phrase) = strings[key] else { continue }
            payPhrases[period] = (phrase, phrase.replacingOccurrences(of: " {currency}", with: "")
                                                .replacingOccurrences(of: "{currency}", with: ""))
        }
        self.payPhrases = payPhrases
    }

    /// The text of `key` with its `{name}` placeholders filled in. A plural string gives its
    /// `other` form. An unknown key gives the key itself (the catalog checks keys at load).
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        switch strings[key] {
        case .text(let text): fill(text, values)
        case .plural(let forms): fill(forms[.category(.other)] ?? key, values)
        case nil: key
        }
    }

    /// The form of plural string `key` for `count`: an exact `=N` form, else the form of the
    /// count's CLDR category in this language, else `other`. `{count}` is the count written in
    /// this language's digits and grouping (`1,000`, `1.000`).
    func count(_ key: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        var values = values
        values["count"] = number(count)
        guard case .plural(let forms) = strings[key] else { return text(key, values) }
        let category = PluralRules.category(of: count, language: tag.language, region: tag.region)
        let form = forms[.exactly(count)] ?? forms[.category(category)] ?? forms[.category(.other)] ?? key
        return fill(form, values)
    }

    /// `text` with each `{name}` of `values` replaced; other braces stay. One pass in Swift:
    /// Foundation's `replacingOccurrences` goes through NSString on Linux, several times slower,
    /// and this runs for every card of every list.
    func fill(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                result += value
                rest = after[after.index(after: close)...]
            } else {
                result += "{"
                rest = after
            }
        }
        return result + rest
    }
}

extension Localization {
    /// `1,000` (en), `1.000` (de), `1 000` with U+202F (fr).
    func number(_ value: Int) -> String {
        integerStyle.format(value)
    }

    /// `May 1, 2026` (en), `1. Mai 2026` (de), `1 mai 2026` (fr): CLDR's long date. The date is
    /// a calendar day, written as that day in UTC, so no time zone can move it.
    func date(_ date: CalendarDate) -> String {
        let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: 12)
        guard let moment = Self.calendar.date(from: components) else { return date.description }
        return dateStyle.format(moment)
    }

    static let utc = TimeZone(identifier: "UTC")!
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        return calendar
    }()

    /// `$125,000`, `75.000 €` (U+00A0 before the sign), `€45.50`: whole amounts without
    /// decimals, others with the currency's usual two.
    func money(_ amount: Double, _ currency: String) -> String {
        // Validation caps amounts at SalaryRange.largestAmount, where cents are still exact.
        let amount = (min(amount, SalaryRange.largestAmount) * 100).rounded() / 100
        let style = FloatingPointFormatStyle<Double>.Currency(code: currency, locale: locale)
        return amount.formatted(style.precision(.fractionLength(amount.rounded() == amount ? 0 : 2)))
    }

    /// `$125,000–$168,000`, `75.000–95.000 €`: a sign written after the amount is written once,
    /// after the range; one written before it stays with each amount. The dash comes from the
    /// `amountRange` string.
    func moneyRange(_ range: SalaryRange) -> String {
        let low = money(range.min, range.currency), high = money(range.max, range.currency)
        if range.min == range.max { return low }
        let sign = high.reversed().prefix { !$0.isNumber }
        let lowAlone = !sign.isEmpty && low.hasSuffix(String(sign.reversed())) ? String(low.dropLast(sign.count)) : low
        return text("amountRange", ["low": lowAlone, "high": high])
    }

    /// `$125,000–$168,000 USD per year` (en), `75.000–95.000 € pro Jahr` (de): the period's
    /// string with `{range}` and `{currency}` (the ISO code; left out, with the space before it,
    /// when the amounts already show it, as in `CHF 5,000`).
    func pay(_ range: SalaryRange) -> String {
        let amounts = moneyRange(range)
        let phrases = payPhrases[range.period] ?? ("{range} {currency}", "{range}")
        let phrase = amounts.contains(range.currency) ? phrases.withoutCode : phrases.withCode
        return fill(phrase, ["range": amounts, "currency": range.currency])
    }

    static let periodKeys: [PayPeriod: String] = [
        .HOUR: "payPerHour", .DAY: "payPerDay", .WEEK: "payPerWeek", .MONTH: "payPerMonth", .YEAR: "payPerYear",
    ]

    /// `Canada` (en), `Kanada` (de) for `CA`; an unknown code as written.
    func country(_ code: String) -> String {
        locale.localizedString(forRegionCode: code) ?? code
    }

    /// `Toronto, ON, Canada`; a remote posting usually names just the country (`Deutschland`).
    func location(_ location: Location) -> String {
        [location.city, location.region, country(location.country)].compactMap { $0 }.joined(separator: ", ")
    }

    func workplace(_ type: WorkplaceType) -> String {
        switch type {
        case .onsite: text("workplaceOnsite")
        case .hybrid: text("workplaceHybrid")
        case .remote: text("workplaceRemote")
        }
    }

    func employment(_ type: EmploymentType) -> String {
        switch type {
        case .FULL_TIME: text("employmentFullTime")
        case .PART_TIME: text("employmentPartTime")
        case .CONTRACTOR: text("employmentContract")
        case .TEMPORARY: text("employmentTemporary")
        case .INTERN: text("employmentInternship")
        case .VOLUNTEER: text("employmentVolunteer")
        case .PER_DIEM: text("employmentPerDiem")
        case .OTHER: text("employmentOther")
        }
    }

    /// `No open roles`, `1 open role`, `5 open roles`.
    func openRoles(_ count: Int) -> String {
        self.count("openRoleCount", count)
    }

    /// `No experience required`, `1+ year`, `4+ years`.
    func experience(_ years: Int) -> String {
        count("experienceYears", years)
    }
}
