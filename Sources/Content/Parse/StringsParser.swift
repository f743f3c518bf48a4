import Diagnostics
import Foundation
import Yams

/// Reads a theme strings file, `templates/strings/<language>.yml`: a mapping of keys to texts,
/// or to a mapping of plural forms for texts with a count.
///
/// ```yaml
/// applyForThisRole: Apply for this role
/// openRoleCount:
///   =0: No open roles
///   one: "{count} open role"
///   other: "{count} open roles"
/// ```
///
/// Which keys exist and which placeholders each may use is the theme's business
/// (`StringCatalog` in Render); this reads one file and checks its shape.
public enum StringsParser {
    /// The folder below `templates/` that holds strings files.
    public static let folder = "strings"

    /// `templates/strings/de-DE.yml` → `de-DE`; nil when the path is not a strings file.
    public static func languageName(of path: String) -> String? {
        let marker = SiteLayout.templatesFolder + "/" + folder + "/"
        guard let range = path.range(of: marker), path.hasSuffix(".yml") else { return nil }
        let name = path[range.upperBound...].dropLast(".yml".count)
        return name.contains("/") ? nil : String(name)
    }

    public static func parse(_ file: SourceFile) -> (ThemeStrings?, [Diagnostic]) {
        let sink = DiagnosticSink(file: file.path, yamlFirstLine: 1)
        let name = languageName(of: file.path) ?? ""
        guard let tag = LanguageTag(name) else {
            let hint = LanguageTag.suggestion(for: name).map { "; rename it to \($0).yml" } ?? ""
            sink.error("the file name '\(name).yml' is not a language tag such as de.yml or pt-BR.yml\(hint)",
                       at: nil, rule: "strings.file-name")
            return (nil, sink.diagnostics)
        }
        if let unquoted = unquotedPlaceholder(in: file.text) {
            sink.error("a text that starts with a placeholder must be quoted: \(unquoted.text.yamlQuoted); unquoted, YAML reads the braces as a mapping",
                       line: unquoted.line, column: unquoted.column, rule: "strings.quote")
            return (nil, sink.diagnostics)
        }
        guard let root = composeYAML(file.text, sink: sink) else {
            return (sink.hasErrors ? nil : ThemeStrings(source: file.path, language: tag.description, entries: [:]), sink.diagnostics)
        }
        guard case .mapping(let mapping) = root else {
            sink.error("a strings file must be a mapping of `key: text` lines, found \(root.kindDescription)",
                       at: root.mark, rule: "strings.type")
            return (nil, sink.diagnostics)
        }
        var entries: [String: ThemeString] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.scalar?.string, isKey(key) else {
                sink.error("string keys are names of letters and digits such as applyForThisRole, found \(keyNode.kindDescription)",
                           at: keyNode.mark, rule: "strings.key")
                continue
            }
            if let value = readValue(valueNode, key: key, sink: sink) {
                entries[key] = ThemeString(value, at: sink.location(valueNode.mark))
            }
        }
        return (ThemeStrings(source: file.path, language: tag.description, entries: entries), sink.diagnostics)
    }

    /// The first `key: {name} more text` line: YAML reads `{name}` as a flow mapping and then
    /// fails on the text after it, with a message that does not say why.
    static func unquotedPlaceholder(in text: String) -> (text: String, line: Int, column: Int)? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.drop { $0 == " " }
            guard let first = content.first, !"#\"'".contains(first), let colon = content.range(of: ": ") else { continue }
            let value = content[colon.upperBound...].drop { $0 == " " }
            guard value.prefixMatch(of: /\{[A-Za-z0-9]+\}/) != nil else { continue }
            let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: value.unicodeScalars.startIndex) + 1
            // As written, up to a comment meant as one (` # note`).
            return (YAMLLine(line.unicodeScalars).value(at: column).text, index + 1, column)
        }
        return nil
    }

    static func isKey(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    static func readValue(_ node: Node, key: String, sink: DiagnosticSink) -> ThemeString.Value? {
        switch node {
        case .scalar(let scalar) where !node.isNull || scalar.style != .plain:
            return .text(scalar.string)
        case .mapping(let forms):
            return readPlural(forms, at: node, key: key, sink: sink)
        default:
            let hint = node.isNull ? "; write \"\" for no text" : ""
            sink.error("'\(key)' must be a text or a mapping of plural forms (one:, other: …), found \(node.kindDescription)\(hint)",
                       at: node.mark, rule: "strings.type")
            return nil
        }
    }

    static func readPlural(_ mapping: Node.Mapping, at node: Node, key: String, sink: DiagnosticSink) -> ThemeString.Value? {
        var forms: [PluralCase: String] = [:]
        let names = PluralCategory.allCases.map(\.rawValue)
        for (caseNode, textNode) in mapping {
            guard let name = caseNode.scalar?.string, let form = PluralCase(name) else {
                let found = caseNode.scalar?.string ?? caseNode.kindDescription
                let hint = (caseNode.scalar?.string).flatMap { closestMatch(to: $0, in: names) }.map { "; did you mean '\($0)'?" } ?? ""
                sink.error("'\(key)': '\(found)' is not a plural form; expected \(names.joined(separator: ", ")) or an exact count such as =0\(hint)",
                           at: caseNode.mark, rule: "strings.plural")
                continue
            }
            guard case .scalar(let text) = textNode, !textNode.isNull || text.style != .plain else {
                sink.error("'\(key).\(name)' must be a text, found \(textNode.kindDescription)",
                           at: textNode.mark, rule: "strings.type")
                continue
            }
            forms[form] = text.string
        }
        guard forms[.category(.other)] != nil else {
            sink.error("'\(key)' has no 'other' form; every plural string needs one, for the counts no other form takes",
                       at: node.mark, rule: "strings.plural")
            return nil
        }
        return .plural(forms)
    }
}
