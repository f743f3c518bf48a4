import Content

/// CLDR cardinal plural rules for whole numbers (https://cldr.unicode.org/index/cldr-spec/plural-rules,
/// the `i` and `v = 0` cases: counts of postings and levels are never fractions or in compact
/// notation). Foundation does not expose ICU's plural rules on Linux, so the rules of the
/// languages below are written out; any other language gets the most common rule, `one` for 1.
enum PluralRules {
    /// Languages whose counts take only `other` ("3件", "1件" alike).
    static let otherOnly: Set<String> = ["ja", "zh", "ko", "th", "vi", "id", "ms", "my", "lo", "km", "yue", "jv", "su"]
    /// `one` for 0 and 1 ("0 poste ouvert", "1 poste ouvert").
    static let oneForZeroAndOne: Set<String> = ["fr", "pt", "hi", "bn", "fa", "gu", "kn", "zu", "am", "as"]
    /// `many` for whole millions ("1 millón de puestos", "2 millions de postes").
    static let manyForMillions: Set<String> = ["fr", "es", "it", "ca", "pt"]
    /// `one`, `few`, `many` by the last digits (Slavic languages).
    static let eastSlavic: Set<String> = ["ru", "uk", "be"]

    /// The category of `count` in `language` (a bare ISO 639 code; `pt-PT` is looked up by the caller).
    static func category(of count: Int, language: String, region: String? = nil) -> PluralCategory {
        let n = abs(count), mod10 = n % 10, mod100 = n % 100
        if otherOnly.contains(language) { return .other }
        if manyForMillions.contains(language), n != 0, n % 1_000_000 == 0 { return .many }
        switch language {
        case "pt" where region == "PT":
            return n == 1 ? .one : .other
        case _ where oneForZeroAndOne.contains(language):
            return n <= 1 ? .one : .other
        case _ where eastSlavic.contains(language):
            if mod10 == 1 && mod100 != 11 { return .one }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
            return .many
        case "pl":
            if n == 1 { return .one }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
            return .many
        case "cs", "sk":
            return n == 1 ? .one : (2...4).contains(n) ? .few : .other
        case "ar":
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            default: return (3...10).contains(mod100) ? .few : (11...99).contains(mod100) ? .many : .other
            }
        case "he":
            return n == 1 ? .one : n == 2 ? .two : .other
        default:
            return n == 1 ? .one : .other
        }
    }
}
