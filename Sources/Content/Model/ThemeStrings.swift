import Diagnostics

/// One strings file of a theme, `templates/strings/<language>.yml`: the words the theme shows,
/// by key, in one language.
public struct ThemeStrings: Sendable, Hashable {
    /// The file as diagnostics name it (`templates/strings/de.yml`, `(built-in)/templates/strings/de.yml`).
    public var source: String
    /// The language the file is for, from its name, canonical (`de`, `pt-BR`).
    public var language: String
    public var entries: [String: ThemeString]

    public init(source: String, language: String, entries: [String: ThemeString]) {
        self.source = source
        self.language = language
        self.entries = entries
    }
}

/// One string of a strings file: a text, or a text per plural category for a count.
public struct ThemeString: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        /// `Apply for this role`, `What {level} means`.
        case text(String)
        /// `{count} open role` / `{count} open roles`, chosen by the count (see `PluralCase`).
        case plural([PluralCase: String])
    }

    public var value: Value
    /// Where the value is written.
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }

    /// The `{name}` placeholders the string uses, in every form.
    public var placeholders: Set<String> {
        switch value {
        case .text(let text): ThemeString.placeholders(in: text)
        case .plural(let forms): forms.values.reduce(into: []) { $0.formUnion(ThemeString.placeholders(in: $1)) }
        }
    }

    /// `{count} open roles in {department}` → `count`, `department`. A placeholder is a name of
    /// ASCII letters and digits in braces; any other brace is text.
    public static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            let name = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            if !name.isEmpty, after.dropFirst(name.count).first == "}" { names.insert(String(name)) }
            rest = after
        }
        return names
    }
}

/// A form of a plural string: an exact count (`=0: No open roles`) or a CLDR plural category.
/// The exact count wins; a category the language does not use is never chosen; `other` is
/// required and catches the rest.
public enum PluralCase: Sendable, Hashable, CustomStringConvertible {
    case exactly(Int)
    case category(PluralCategory)

    /// `=0`, `one`, `other` …; nil for anything else.
    public init?(_ text: String) {
        if text.hasPrefix("="), let count = Int(text.dropFirst()), count >= 0 {
            self = .exactly(count)
        } else if let category = PluralCategory(rawValue: text) {
            self = .category(category)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .exactly(let count): "=\(count)"
        case .category(let category): category.rawValue
        }
    }
}

/// The CLDR plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules).
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    case zero, one, two, few, many, other
}
