import Foundation

extension URLName {
    /// ICU's transliteration to plain ASCII: any script to Latin, then Latin to ASCII
    /// (`é` → `e`, `ß` → `ss`, `æ` → `ae`, `ø` → `o`, `Ł` → `L`, `Москва` → `Moskva`).
    static let toASCII = StringTransform(rawValue: "Any-Latin; Latin-ASCII")

    /// A valid URL name for any text, or "" when nothing of it is left: accents and other
    /// scripts transliterated, lowercased, apostrophes dropped, and every run of other
    /// characters one hyphen. `"Ingénieur logiciel"` → `ingenieur-logiciel`,
    /// `"Don't panic!"` → `dont-panic`, `"über-uns"` → `uber-uns`.
    public static func suggested(from text: String) -> String {
        let ascii = text.applyingTransform(toASCII, reverse: false) ?? text
        var result = ""
        for scalar in ascii.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else if !result.isEmpty && !result.hasSuffix("-") {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// The path a content file could be renamed to so that every folder and file name becomes
    /// a URL (`content/Über uns.md` → `content/uber-uns.md`); nil when a name has nothing usable.
    public static func suggestedPath(for path: String) -> String? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, let last = parts.popLast() else { return nil }
        let dot = last.lastIndex(of: ".") ?? last.endIndex
        let names = parts.dropFirst().map(suggested(from:)) + [suggested(from: String(last[..<dot]))]
        guard !names.contains("") else { return nil }
        return ([parts[0]] + names).joined(separator: "/") + last[dot...]
    }

    /// `: rename it to content/uber-uns.md`, or nothing when no name can be suggested.
    static func renameAdvice(for path: String) -> String {
        suggestedPath(for: path).map { "; rename it to \($0)" } ?? ""
    }
}
