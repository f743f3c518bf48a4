import Foundation

/// A BCP 47 language tag of the form jobsite accepts: `language[-Script][-REGION]` — `en`,
/// `de-DE`, `zh-Hant-TW`, `es-419`. It picks the theme's strings and the number, money and date
/// formats, and becomes `<html lang>`.
public struct LanguageTag: Sendable, Hashable, CustomStringConvertible {
    /// ISO 639 code, lowercase: `de`.
    public var language: String
    /// ISO 15924 code, title case: `Hant`.
    public var script: String?
    /// ISO 3166-1 alpha-2 code in capitals (`DE`) or a UN M.49 area of three digits (`419`).
    public var region: String?

    /// Parses a tag in any letter case (`DE-de` is `de-DE`); nil for anything else, including
    /// `de_DE` (see `suggestion(for:)`) and tags with variants or extensions.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), Self.isLetters(first), parts.count <= 3 else { return nil }
        language = first.lowercased()
        var rest = parts.dropFirst()
        if let next = rest.first, next.count == 4, Self.isLetters(next) {
            script = next.prefix(1).uppercased() + next.dropFirst().lowercased()
            rest = rest.dropFirst()
        }
        if let next = rest.first {
            guard (next.count == 2 && Self.isLetters(next)) || (next.count == 3 && next.utf8.allSatisfy({ (0x30...0x39).contains($0) }))
            else { return nil }
            region = next.uppercased()
            rest = rest.dropFirst()
        }
        guard rest.isEmpty else { return nil }
    }

    static func isLetters(_ text: Substring) -> Bool {
        text.utf8.allSatisfy { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
    }

    /// The canonical spelling: `de-DE`, `zh-Hant-TW`.
    public var description: String {
        ([language, script, region].compactMap { $0 }).joined(separator: "-")
    }

    /// The tags to look strings up under, most specific first, ending with the bare language:
    /// `zh-Hant-TW` → `zh-Hant-TW`, `zh-Hant`, `zh`; `de-DE` → `de-DE`, `de`.
    public var fallbacks: [String] {
        var tags = [description]
        if script != nil && region != nil { tags.append("\(language)-\(script!)") }
        if script != nil || region != nil { tags.append(language) }
        return tags
    }

    /// A tag that `text` was probably meant to be, for "did you mean": `de_DE` → `de-DE`,
    /// `en_us` → `en-US`. Nil when no small repair gives a valid tag.
    public static func suggestion(for text: String) -> String? {
        let repaired = text.trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        guard let tag = LanguageTag(repaired) else { return nil }
        return tag.description == text ? nil : tag.description
    }
}
