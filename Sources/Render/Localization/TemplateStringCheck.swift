import Content
import Diagnostics

extension Theme {
    /// Every `t.<key>` tag of the templates in use must name a text of the strings: a typo
    /// would otherwise render as nothing. A text with placeholders or plural forms cannot be
    /// filled by a template; the views give it formatted (`roleCountText`).
    public func checkStrings(_ catalog: StringCatalog) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in files.keys.sorted() {
            let file = files[name]!
            for reference in Self.stringReferences(in: file.text) {
                let location = SourceLocation(file: file.path, line: reference.line, column: reference.column)
                switch catalog.isPlainText(reference.name) {
                case true?:
                    continue
                case false?:
                    diagnostics.append(.error("'t.\(reference.name)' needs values (a count or a name) that a template cannot fill; use the view field that holds it formatted (README: Strings)",
                                              at: location, rule: "template.unknown-string"))
                case nil:
                    let hint = closestMatch(to: reference.name, in: catalog.keys).map { "; did you mean 't.\($0)'?" }
                        ?? "; add it to templates/strings/\(StringCatalog.baseLanguage).yml"
                    diagnostics.append(.error("'t.\(reference.name)' is not a theme string\(hint)",
                                              at: location, rule: "template.unknown-string"))
                }
            }
        }
        return diagnostics
    }

    /// `{{t.key}}`, `{{{t.key}}}`, `{{#t.key}}`, `{{t.key.before}}` … with the key's position.
    static func stringReferences(in text: String) -> [Reference] {
        tagOpenings(in: text).compactMap { opening in
            let sigils = opening.inside.drop { $0 == "{" || $0 == " " }
            guard !sigils.hasPrefix("!") else { return nil }
            let tag = sigils.drop { "#^/& ".contains($0) }
            guard tag.hasPrefix("t.") else { return nil }
            let name = tag.dropFirst(2).prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            guard !name.isEmpty else { return nil }
            // The column of the key: past the `{{` and the sigils before it.
            let offset = opening.inside.unicodeScalars.distance(from: opening.inside.startIndex, to: tag.startIndex)
            return (String(name), opening.lineNumber, opening.column + 2 + offset)
        }
    }
}
