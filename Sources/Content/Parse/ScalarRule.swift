import Foundation
import Yams

/// The one rule by which a front matter value becomes a number or a true/false switch.
///
/// Front matter is composed with every scalar as text (Yams' `.basic` resolver); the typed
/// readers of `Fields` come here, and nowhere else, to turn text into a number or a boolean.
/// The rule is YAML 1.2's core schema narrowed to plain decimal notation, so a value is
/// published exactly as the person typed it or refused with the form to write instead:
///
/// - a **whole number** is an optional `+`/`-` and decimal digits. Leading zeros never change
///   the base: `065000` is 65000 (YAML 1.1 would read it as octal 27136);
/// - a **number** (a pay amount) may also have a fraction of one or two digits: `42.50`.
///   `85.000` is refused, since many languages write eighty-five thousand that way, and so is
///   any third decimal, which the published amount (in cents) could not show;
/// - a **boolean** is `true` or `false` (also `True`, `TRUE`, `False`, `FALSE`).
///
/// Everything else that some YAML version reads as a number or a boolean (`1_000`, `1,000`,
/// `0x1F`, `0o17`, `0b101`, `1e5`, `.5`, `1:30`, `.inf`, `.nan`, `65k`, `yes`, `no`, `on`,
/// `off`, `y`, `n`) is text here, so a typed field refuses it, naming the plain form when
/// there is one (`write 1000`). A quoted value is always text: `"80000"` is refused with
/// `write 80000 without quotes`, and a text field keeps `NO`, `010` or `1.10` as written.
enum ScalarRule {
    /// Why a value is not what its field takes, for the message at the value.
    struct Refusal: Error {
        /// Replaces the usual "must be …, found …" message when set (e.g. an amount too large).
        var problem: String?
        /// What to write instead, e.g. `write 1000`.
        var fix: String?
        /// The value that fix writes (`1000`), when there is exactly one: the diagnostic's suggestion.
        var value: String?
    }

    /// A whole number under the rule above, or why not.
    static func wholeNumber(_ node: Node) -> Result<Int, Refusal> {
        guard let scalar = node.scalar else { return .failure(Refusal()) }
        if scalar.style == .plain, isWholeNumber(scalar.string) {
            guard let value = Int(scalar.string) else {
                return .failure(Refusal(problem: "(\(scalar.string)) is too large; the largest whole number is \(Int.max)"))
            }
            return .success(value)
        }
        if let ambiguity = ambiguousThousands(scalar, fractionReading: { $0.isWhole ? $0 : nil }) {
            return .failure(ambiguity)
        }
        let plain = plainDecimal(scalar.string)
        // A fraction (`2.5`, `.5`) has no whole number to suggest.
        if let plain, plain.contains(".") { return .failure(Refusal()) }
        return .failure(Refusal(fix: numberFix(plain, for: scalar), value: plain))
    }

    /// A number with at most two decimals under the rule above, or why not.
    static func number(_ node: Node) -> Result<Double, Refusal> {
        guard let scalar = node.scalar else { return .failure(Refusal()) }
        if scalar.style == .plain, isNumber(scalar.string) {
            guard let value = Double(scalar.string), value.isFinite else {
                return .failure(Refusal(problem: "(\(scalar.string)) is too large"))
            }
            return .success(value)
        }
        if let ambiguity = ambiguousThousands(scalar, fractionReading: roundedToCents) { return .failure(ambiguity) }
        if scalar.style == .plain, isDecimal(scalar.string, maxFractionDigits: nil),
           let rounded = Decimal(string: scalar.string).map({ roundedToCents($0) }) {
            return .failure(Refusal(problem: "(\(scalar.string)) has more than two decimals, but amounts are published in cents",
                                    fix: "write \(rounded)", value: "\(rounded)"))
        }
        let plain = plainDecimal(scalar.string)
        return .failure(Refusal(fix: numberFix(plain, for: scalar), value: plain))
    }

    /// `true` or `false` under the rule above, or why not.
    static func boolean(_ node: Node) -> Result<Bool, Refusal> {
        guard let scalar = node.scalar else { return .failure(Refusal()) }
        if scalar.style == .plain, let value = coreBoolean(scalar.string) { return .success(value) }
        let meant: String? = switch scalar.string.lowercased() {
        case "true", "yes", "y", "on": "true"
        case "false", "no", "n", "off": "false"
        default: nil
        }
        return .failure(Refusal(fix: fix(writing: meant, for: scalar), value: meant))
    }

    /// How a message names a node: `a list`, `the number 42`, `the boolean true`, `the text 'x'`.
    /// Numbers and booleans are named only when the rule reads them so.
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if scalar.style == .plain {
                if isNumber(scalar.string, maxFractionDigits: nil) { return "the number \(scalar.string)" }
                if coreBoolean(scalar.string) != nil { return "the boolean \(scalar.string)" }
            }
            // A block scalar's line breaks would split the one-line message.
            return "the text '\(scalar.string.replacingOccurrences(of: "\n", with: "\\n"))'"
        }
    }

    // MARK: - The forms the rule accepts

    static func isWholeNumber(_ text: String) -> Bool {
        isDecimal(text, maxFractionDigits: 0)
    }

    static func isNumber(_ text: String, maxFractionDigits: Int? = 2) -> Bool {
        isDecimal(text, maxFractionDigits: maxFractionDigits)
    }

    /// `[+-]?[0-9]+(\.[0-9]{1,max})?`; `max` nil allows any number of decimals.
    static func isDecimal(_ text: String, maxFractionDigits: Int?) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let whole = bytes.prefix { (0x30...0x39).contains($0) }
        guard !whole.isEmpty else { return false }
        let rest = bytes.dropFirst(whole.count)
        if rest.isEmpty { return true }
        guard rest.first == UInt8(ascii: "."), maxFractionDigits != 0 else { return false }
        let fraction = rest.dropFirst()
        return !fraction.isEmpty && fraction.allSatisfy { (0x30...0x39).contains($0) }
            && fraction.count <= (maxFractionDigits ?? .max)
    }

    static func coreBoolean(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    // MARK: - What the person most likely meant

    /// `85.000` or `1.500`: a point followed by exactly three digits reads as thousands in
    /// German, Spanish, Portuguese and many other languages, and as a fraction in English.
    /// `fractionReading` gives the value the field could take for the English reading, if any.
    private static func ambiguousThousands(_ scalar: Node.Scalar, fractionReading: (Decimal) -> Decimal?) -> Refusal? {
        let text = scalar.string
        guard scalar.style == .plain, text.wholeMatch(of: #/[+-]?[1-9][0-9]{0,2}\.[0-9]{3}/#) != nil,
              let fraction = Decimal(string: text) else { return nil }
        let thousands = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "+", with: "")
        let alternative = fractionReading(fraction).map { " or \($0)" } ?? ""
        return Refusal(problem: "(\(text)) is ambiguous: it reads as \(fraction), but many languages write \(thousands) that way",
                       fix: "write \(thousands)\(alternative)")
    }

    /// `write <plain>`, adding `without quotes` when the value was quoted.
    private static func fix(writing plain: String?, for scalar: Node.Scalar) -> String? {
        guard let plain else { return nil }
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        return "write \(plain)\(quoted ? " without quotes" : "")"
    }

    /// The fix for a value a number field refuses: the plain form of the number it stands for
    /// or, for a number in no notation we know (`1:30`, `.inf`), how to write one.
    private static func numberFix(_ plain: String?, for scalar: Node.Scalar) -> String? {
        if let fix = fix(writing: plain, for: scalar) { return fix }
        let lowered = scalar.string.lowercased()
        let numeric = lowered.contains(where: \.isNumber) || lowered.hasSuffix("inf") || lowered.hasSuffix("nan")
        return numeric ? "write it with digits only" : nil
    }

    /// The number `text` most likely stands for, in the accepted notation (`1000`, `-31`,
    /// `0.5`), or nil when it is no number in any common notation. Reads digit groups (`1_000`,
    /// `1,000`, `1 000`, `1'000`, `1.000.000`), `0x`/`0o`/`0b` prefixes, exponents (`1e5`), a
    /// `k` for thousands (`65k`), a currency symbol (`$85,000`), and points without digits on
    /// one side (`.5`, `85.`).
    static func plainDecimal(_ text: String) -> String? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        body = body.drop { "$€£¥₹".contains($0) }
        while let last = body.last, "$€£¥₹".contains(last) { body = body.dropLast() }
        body = body.drop(while: \.isWhitespace)
        while body.last?.isWhitespace == true { body = body.dropLast() }
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        var multiplier: Decimal = 1
        if let last = body.last, last == "k" || last == "K" {
            multiplier = 1000
            body = body.dropLast()
        }
        // Beyond 30 digits `Decimal` would round, and the fix would name a number nobody wrote.
        guard body.count <= 30, let value = prefixedInteger(body) ?? groupedDecimal(body), !value.isNaN else { return nil }
        let result = value * multiplier
        return result.isZero ? "0" : sign + "\(result)"
    }

    /// `0x1F`, `0o17`, `0b101` (with `_` between digits, as YAML 1.1 allows).
    private static func prefixedInteger(_ text: Substring) -> Decimal? {
        let radixes: [String: Int] = ["0x": 16, "0X": 16, "0o": 8, "0O": 8, "0b": 2, "0B": 2]
        guard text.count > 2, let radix = radixes[String(text.prefix(2))] else { return nil }
        let digits = text.dropFirst(2).filter { $0 != "_" }
        guard let value = Int(digits, radix: radix) else { return nil }
        return Decimal(value)
    }

    /// Decimal digits with group separators, a fraction and an exponent, as `Decimal`.
    private static func groupedDecimal(_ text: Substring) -> Decimal? {
        var text = String(text).replacingOccurrences(of: "_", with: "")
        // Group separators stand between groups of exactly three digits.
        for separator in [",", "'", " ", "\u{00A0}", "\u{202F}", "\u{2009}"] where text.contains(separator) {
            let groups = text.split(separator: separator, omittingEmptySubsequences: false)
            let last = groups.last!.prefix { $0.isASCII && $0.isNumber }
            guard (1...3).contains(groups[0].count), groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 }),
                  last.count == 3 else { return nil }
            text = groups.joined()
        }
        if text.filter({ $0 == "." }).count > 1 {
            let groups = text.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            text = groups.joined()
        }
        // `85.000` could be either number (see `ambiguousThousands`): no guess.
        guard text.wholeMatch(of: #/([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]{1,3})?/#) != nil,
              text.wholeMatch(of: #/[1-9][0-9]{0,2}\.[0-9]{3}/#) == nil else { return nil }
        return Decimal(string: text)
    }

    private static func roundedToCents(_ value: Decimal) -> Decimal {
        roundedTo(places: 2, value)
    }

    static func roundedTo(places: Int, _ value: Decimal) -> Decimal {
        var value = value, rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        return rounded
    }
}

extension Decimal {
    var isWhole: Bool { self == ScalarRule.roundedTo(places: 0, self) }
}
