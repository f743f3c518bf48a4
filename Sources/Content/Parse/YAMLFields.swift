import Diagnostics
import Yams

/// Collects the diagnostics of one file and turns YAML marks into file positions.
final class DiagnosticSink {
    let file: String
    /// Added to a YAML line number to get the file's line number.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// The YAML text's lines, for warnings that look at a value as written (`composeYAML` sets it).
    private(set) var yamlLines: [YAMLLine] = []

    init(file: String, yamlFirstLine: Int) {
        self.file = file
        self.lineOffset = yamlFirstLine - 1
    }

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// `suggestion`: the value to write instead, when the fix is certain (see `Diagnostic.suggestion`).
    func error(_ message: String, at mark: Mark?, rule: String, suggestion: String? = nil) {
        diagnostics.append(Diagnostic(.error, message, at: location(mark), rule: rule, suggestion: suggestion))
    }

    func error(_ message: String, line: Int, column: Int, rule: String) {
        diagnostics.append(.error(message, at: SourceLocation(file: file, line: line + lineOffset, column: column), rule: rule))
    }

    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    var hasErrors: Bool { diagnostics.hasErrors }

    func keep(yamlText text: String) {
        yamlLines = YAMLLine.lines(of: text)
    }

    /// YAML line `number` (1-based), if there is one.
    func yamlLine(_ number: Int) -> YAMLLine? {
        number >= 1 && number <= yamlLines.count ? yamlLines[number - 1] : nil
    }

    /// The indentation (in columns) of the first non-blank YAML line after `line` (1-based, as
    /// in marks): where the text of a `|` block starting on `line` sits.
    func indentation(afterLine line: Int) -> Int {
        let first = yamlLines.dropFirst(line).first { !$0.scalars.allSatisfy { $0 == " " || $0 == "\r" } }
        return first?.indentation ?? 0
    }
}

/// Parses YAML text into a node tree, reporting syntax errors at file positions.
///
/// Anchors, aliases and tags are refused: front matter never needs them, an alias "bomb" (a
/// few lines that expand to billions of nodes) must not hang the build, and a tag silently
/// changes a value. A conservative scan of the text catches them before libyaml runs (Yams
/// hashes mapping keys while composing, so an aliased key could hang it); a walk of the
/// composed tree, which stops at the first anchor and so never expands one, catches any
/// construct the scan does not know. libyaml's errors are explained by `YAMLProblem` where it
/// recognises the mistake (a tab, a value that needs quotes, an unclosed quote, a duplicate key).
func composeYAML(_ text: String, sink: DiagnosticSink) -> Node? {
    sink.keep(yamlText: text)
    if let refused = YAMLProblem.refusedIndicator(in: text) {
        sink.error(refused.message, line: refused.position.line, column: refused.position.column, rule: refused.rule)
        return nil
    }
    let node: Node?
    do {
        // The basic resolver tags every scalar as text: the typed readers below decide what a
        // value must be, and the default resolver's regular expressions (run again each time
        // Yams hashes a key) cost more than parsing the front matter itself.
        node = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
        if let problem = YAMLProblem.explain(error, in: text, lineOffset: sink.lineOffset) {
            sink.error(problem.message, line: problem.position.line, column: problem.position.column, rule: problem.rule)
        } else {
            let (message, mark) = describe(error, lineOffset: sink.lineOffset)
            sink.error("invalid YAML: \(message)", at: mark, rule: "yaml.syntax")
        }
        return nil
    } catch {
        sink.error("invalid YAML: \(error)", at: nil, rule: "yaml.syntax")
        return nil
    }
    if let node, let anchored = firstAnchoredNode(in: node) {
        sink.error("\(YAMLProblem.anchorsAndAliases); write the value out in full", at: anchored.mark, rule: "yaml.alias")
        return nil
    }
    return node
}

/// The first node, in document order, that carries an anchor. The walk ends there, before it
/// could reach (and expand) any alias of it.
private func firstAnchoredNode(in node: Node) -> Node? {
    if node.anchor != nil { return node }
    switch node {
    case .mapping(let mapping):
        for (key, value) in mapping {
            if let found = firstAnchoredNode(in: key) ?? firstAnchoredNode(in: value) { return found }
        }
    case .sequence(let sequence):
        for item in sequence {
            if let found = firstAnchoredNode(in: item) { return found }
        }
    case .alias:
        return node
    case .scalar:
        break
    }
    return nil
}

private func describe(_ error: YamlError, lineOffset: Int) -> (String, Mark?) {
    switch error {
    case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
         let .composer(context, problem, mark, _):
        // libyaml counts lines from the start of the YAML text; the user reads the file's.
        let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line + lineOffset))" } ?? problem
        return (detail, mark)
    case let .duplicatedKeysInMapping(duplicates, context):
        return ("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))", context.mark)
    case let .reader(problem, _, _, _):
        return (problem, nil)
    default:
        return ("\(error)", nil)
    }
}

/// A YAML mapping read as a set of named fields, reporting problems as it goes.
///
/// Every accessor records type errors at the value's position; `init` reports keys that are
/// not allowed (with a "did you mean") so that a typo never silently drops a field.
struct Fields {
    let sink: DiagnosticSink
    /// The dotted path of this mapping, e.g. `salary` or `locations[2]` (the third; see `DataPath`); empty at the top.
    let path: String
    let mark: Mark?
    private let entries: [String: (key: Node, value: Node)]

    init?(_ node: Node?, path: String, describing what: String, allowed: [String], sink: DiagnosticSink) {
        self.sink = sink
        self.path = path
        guard let node else {
            self.mark = nil
            self.entries = [:]
            return
        }
        self.mark = node.mark
        guard case .mapping(let mapping) = node else {
            // `title:Backend` is one text to YAML: the space after the colon is what makes a key.
            let hint = (node.scalar?.string.contains(":") ?? false) ? "; put a space after each ':'" : ""
            sink.error("\(path.isEmpty ? "the front matter" : "'\(path)'") must be a mapping of `key: value` lines (\(what)), found \(node.kindDescription)\(hint)",
                       at: node.mark, rule: "front-matter.type")
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        var previousValue: Node?
        let known = Set(allowed)  // a look-up per key, not a search (ladder levels list every competency)
        for (key, value) in mapping {
            defer { previousValue = value }
            guard let name = key.scalar?.string else {
                sink.error("keys must be plain names, found \(key.kindDescription)", at: key.mark, rule: "front-matter.type")
                continue
            }
            guard known.contains(name) else {
                let split = Self.splitNumber(previousValue, key: key)
                let meant = split == nil ? closestMatch(to: name, in: allowed) : nil
                let hint = split ?? meant.map { "; did you mean '\($0)'?" }
                    ?? "; expected one of: \(allowed.joined(separator: ", "))"
                // The key as the value to write in its place (JSON and SARIF `suggestion`).
                sink.error("unknown key '\(Self.join(path, name))' in \(what)\(hint)",
                           at: key.mark, rule: "front-matter.unknown-key", suggestion: meant)
                continue
            }
            entries[name] = (key, value)
        }
        self.entries = entries
    }

    /// In `{min: 85,000, max: 95,000}` the ',' separates entries, so `000` becomes a key: say so,
    /// with the number to write, instead of suggesting a key name.
    private static func splitNumber(_ previousValue: Node?, key: Node) -> String? {
        guard let previous = previousValue?.scalar, previous.style == .plain, previous.string.last?.isNumber == true,
              let keyText = key.scalar?.string, keyText.wholeMatch(of: #/[0-9]{3}(\.[0-9]+)?/#) != nil,
              previous.mark?.line == key.mark?.line else { return nil }
        let written = "\(previous.string),\(keyText)"
        let plain = ScalarRule.plainDecimal(written).map { "; write \($0)" } ?? ""
        return ": inside { } a ',' separates entries, so '\(written)' was read as two\(plain)"
    }

    static func join(_ path: String, _ key: String) -> String { DataPath.key(key, in: path) }

    func name(_ key: String) -> String { Self.join(path, key) }

    /// The value node, or nil when absent or `null`. Reports a missing required field.
    func node(_ key: String, required: Bool = false, why: String? = nil) -> Node? {
        let value = entries[key]?.value
        if let value, !value.isNull { return value }
        if required {
            let reason = why.map { " (\($0))" } ?? ""
            if let keyNode = entries[key]?.key {
                sink.error("'\(name(key))' is empty; a value is required\(reason)", at: keyNode.mark, rule: "front-matter.missing-field")
            } else {
                sink.error("missing required field '\(name(key))'\(reason)", at: mark, rule: "front-matter.missing-field")
            }
        }
        return nil
    }

    func has(_ key: String) -> Bool { entries[key] != nil }

    func location(of key: String) -> SourceLocation {
        sink.location(entries[key]?.value.mark ?? mark)
    }

    /// Where `key:` itself is written (the start of its line's entry), or the mapping's start.
    func keyLocation(of key: String) -> SourceLocation {
        sink.location(entries[key]?.key.mark ?? mark)
    }

    /// `'key' must be <expected>, found <node>`, and `; <fix>` when there is one.
    func typeError(_ key: String, expected: String, found node: Node, fix: String? = nil, suggestion: String? = nil) {
        sink.error("'\(name(key))' must be \(expected), found \(node.kindDescription)\(fix.map { "; \($0)" } ?? "")",
                   at: node.mark, rule: "front-matter.type", suggestion: suggestion)
    }

    /// `suggestion`: the value to write instead, when the fix is certain; its message should say it too.
    func valueError(_ key: String, _ message: String, at node: Node?, suggestion: String? = nil) {
        sink.error("'\(name(key))' \(message)", at: node?.mark ?? mark, rule: "front-matter.value", suggestion: suggestion)
    }

    func string(_ key: String, required: Bool = false, why: String? = nil) -> String? {
        guard let node = node(key, required: required, why: why) else { return nil }
        guard case .scalar(let scalar) = node else {
            typeError(key, expected: "text", found: node)
            return nil
        }
        warnIfCommentCuts(node, name: name(key))
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            // An empty optional field is an absent one, so defaults (e.g. the site description) apply.
            if required { valueError(key, "must not be empty", at: node) }
            return nil
        }
        return text
    }

    /// A whole number, read by `ScalarRule` (`065000` is 65000; `1_000`, `0x1F`, `yes` are refused).
    func int(_ key: String, required: Bool = false, why: String? = nil) -> Int? {
        guard let node = node(key, required: required, why: why) else { return nil }
        return typed(key, expected: "a whole number", node, ScalarRule.wholeNumber)
    }

    /// A pay amount with at most two decimals, read by `ScalarRule`.
    func number(_ key: String, required: Bool = false, why: String? = nil) -> Double? {
        guard let node = node(key, required: required, why: why) else { return nil }
        return typed(key, expected: "a number", node, ScalarRule.number)
    }

    /// `true` or `false`, read by `ScalarRule` (`yes`, `on`, `"true"` are refused with the fix).
    func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        return typed(key, expected: "true or false", node, ScalarRule.boolean)
    }

    /// The value `read` makes of `node`, or nil after reporting why it is none, with the fix.
    private func typed<T>(_ key: String, expected: String, _ node: Node,
                          _ read: (Node) -> Result<T, ScalarRule.Refusal>) -> T? {
        switch read(node) {
        case .success(let value):
            return value
        case .failure(let refusal):
            if let problem = refusal.problem {
                valueError(key, problem + (refusal.fix.map { "; \($0)" } ?? ""), at: node, suggestion: refusal.value)
            } else {
                typeError(key, expected: expected, found: node, fix: refusal.fix, suggestion: refusal.value)
            }
            return nil
        }
    }

    func date(_ key: String, required: Bool = false, why: String? = nil) -> CalendarDate? {
        guard let node = node(key, required: required, why: why) else { return nil }
        guard let scalar = node.scalar else {
            typeError(key, expected: "a date like 2026-05-01", found: node)
            return nil
        }
        switch CalendarDate.reading(scalar.string) {
        case .success(let date): return date
        case .failure(let refusal):
            valueError(key, refusal.problem, at: node, suggestion: refusal.suggestion)
            return nil
        }
    }

    /// One of a fixed set of words; the message lists them and suggests the closest.
    func choice<T: RawRepresentable & CaseIterable>(_ key: String, of type: T.Type, required: Bool = false,
                                                    why: String? = nil) -> T? where T.RawValue == String {
        guard let node = node(key, required: required, why: why) else { return nil }
        return choice(node, key: key, of: type)
    }

    func choice<T: RawRepresentable & CaseIterable>(_ node: Node, key: String, of type: T.Type) -> T?
        where T.RawValue == String {
        guard let scalar = node.scalar else {
            typeError(key, expected: "one of \(T.allCases.map(\.rawValue).joined(separator: ", "))", found: node)
            return nil
        }
        if let value = T(rawValue: scalar.string) { return value }
        let names = T.allCases.map(\.rawValue)
        // Another spelling of one choice (`full-time`, `Remote`, `annual`) is a certain fix; a
        // typo's nearest name is only a guess, offered in words.
        if let meant = Choices.spelling(scalar.string, of: names) {
            valueError(key, "must be one of \(names.joined(separator: ", ")), found '\(scalar.string)'; write \(meant)",
                       at: node, suggestion: meant)
            return nil
        }
        let hint = closestMatch(to: scalar.string, in: names).map { "; did you mean '\($0)'?" } ?? ""
        valueError(key, "must be one of \(names.joined(separator: ", ")), found '\(scalar.string)'\(hint)", at: node)
        return nil
    }

    /// A list of nodes. A single scalar is accepted as a one-element list when `allowSingle`.
    func list(_ key: String, required: Bool = false, why: String? = nil, allowSingle: Bool = false) -> [Node]? {
        guard let node = node(key, required: required, why: why) else { return nil }
        switch node {
        case .sequence(let sequence):
            if sequence.isEmpty && required {
                valueError(key, "must list at least one item", at: node)
                return nil
            }
            return Array(sequence)
        case .scalar where allowSingle:
            return [node]
        default:
            typeError(key, expected: "a list", found: node)
            return nil
        }
    }

    func stringList(_ key: String, required: Bool = false) -> [String]? {
        guard let nodes = list(key, required: required) else { return nil }
        var values: [String] = []
        for (index, node) in nodes.enumerated() {
            guard let scalar = node.scalar, !scalar.string.isEmpty else {
                sink.error("'\(DataPath.item(index, in: name(key)))' must be text, found \(node.kindDescription)\(quotesHint(for: node))",
                           at: node.mark, rule: "front-matter.type")
                continue
            }
            warnIfCommentCuts(node, name: DataPath.item(index, in: name(key)))
            values.append(scalar.string.trimmingCharacters(in: .whitespaces))
        }
        return values
    }

    /// `title: Backend Engineer #2`: YAML ends a plain value at ` #`, so `#2` is a comment and
    /// the published title is `Backend Engineer`. Warned when the comment starts right after
    /// the `#` (`#2`, `#1`, `#hiring`), as text does; `# note` is taken as a comment meant as one.
    func warnIfCommentCuts(_ node: Node, name: String) {
        guard let scalar = node.scalar, scalar.style == .plain, let mark = node.mark,
              let line = sink.yamlLine(mark.line) else { return }
        let end = mark.column + scalar.string.unicodeScalars.count
        // Only a value written on one line, exactly as YAML read it.
        guard line.text(from: mark.column, to: end) == scalar.string else { return }
        var hash = end
        while line.character(at: hash) == " " || line.character(at: hash) == "\t" { hash += 1 }
        guard hash > end, line.character(at: hash) == "#",
              let next = line.character(at: hash + 1), next != " ", next != "\t" else { return }
        // The value as written, up to a comment meant as one (` # note`), and what YAML cut of it.
        let whole = line.value(at: mark.column).text
        let comment = String(whole.unicodeScalars.dropFirst(hash - mark.column))
        let before = line.text(from: line.indentation + 1, to: mark.column)
        sink.append(.warning(
            "'\(name)' is published as '\(scalar.string)': YAML reads '\(comment)' after a space as a comment and drops it; to keep it, put the whole value in quotes: \(before)\(whole.yamlQuoted)",
            at: SourceLocation(file: sink.file, line: mark.line + sink.lineOffset, column: hash), rule: "yaml.comment-in-value"))
    }

    /// `- Go: fast` is a mapping to YAML: for a list of text, the quotes that make it one text.
    private func quotesHint(for node: Node) -> String {
        guard case .mapping(let mapping) = node, mapping.count == 1, let mark = node.mark,
              let line = sink.yamlLine(mark.line), mapping.first?.value.mark?.line == mark.line else { return "" }
        let text = line.value(at: mark.column).text
        return "; ': ' inside an item starts a key in YAML, so if it is text, put the whole item in quotes: - \(text.yamlQuoted)"
    }

    /// `aliases:` — old URLs of the document, each checked as a site path (see `Alias.normalized`)
    /// and kept with its position; one path may be given without the list.
    func aliases(_ key: String = "aliases") -> [Alias] {
        guard let nodes = list(key, allowSingle: true) else { return [] }
        return nodes.enumerated().compactMap { index, node in
            guard let text = node.scalar?.string.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                sink.error("'\(DataPath.item(index, in: name(key)))' must be a site path such as /jobs/old-title/, found \(node.kindDescription)",
                           at: node.mark, rule: "front-matter.type")
                return nil
            }
            switch Alias.normalized(text) {
            case .success(let path): return Alias(path, at: sink.location(node.mark))
            case .failure(let problem):
                sink.error("'\(DataPath.item(index, in: name(key)))' \(problem), found '\(text)'", at: node.mark, rule: "front-matter.value")
                return nil
            }
        }
    }

    /// A nested mapping read with its own allowed keys.
    func mapping(_ key: String, describing what: String, allowed: [String], required: Bool = false,
                 why: String? = nil) -> Fields? {
        guard let node = node(key, required: required, why: why) else { return nil }
        return Fields(node, path: name(key), describing: what, allowed: allowed, sink: sink)
    }

    /// A URL limited to the schemes a field should take (http, https, mailto by default).
    func url(_ key: String, schemes: Set<String> = ["http", "https", "mailto"], required: Bool = false) -> String? {
        guard let text = string(key, required: required) else { return nil }
        if let problem = URLCheck.problem(with: text, schemes: schemes) {
            // `jobs@example.com`: an address without its scheme, which a browser would read as a page path.
            let mailto = schemes.contains("mailto") && URLCheck.isBareEmail(text) ? "mailto:" + text : nil
            valueError(key, problem + (mailto.map { "; an email address needs mailto: in front, write \($0)" } ?? ""),
                       at: entries[key]?.value, suggestion: mailto)
            return nil
        }
        return text
    }

    /// A link to a file of the site (`/logo.svg`) or, when `allowURL`, an absolute http(s) URL;
    /// with where it was written, for the check that the file exists.
    func fileReference(_ key: String, example: String = "/logo.svg", allowURL: Bool = true) -> FileReference? {
        guard let text = string(key) else { return nil }
        let reference = FileReference(text, at: location(of: key))
        if text.hasPrefix("/") && !text.hasPrefix("//") {
            guard !text.contains(where: { $0.isWhitespace || "<>\"`\\".contains($0) }), !text.contains("/../") else {
                valueError(key, "must be a clean site path such as \(example), found '\(text)'", at: entries[key]?.value)
                return nil
            }
            return reference
        }
        guard allowURL else {
            valueError(key, "must be a site path such as \(example) (a file in static/), found '\(text)'", at: entries[key]?.value)
            return nil
        }
        if let problem = URLCheck.problem(with: text, schemes: ["http", "https"]) {
            valueError(key, "\(problem), or a site path such as \(example)", at: entries[key]?.value)
            return nil
        }
        return reference
    }

    /// `accent: #e4002b`: the `#e4002b` written after the key, which YAML read as a comment, or
    /// nil when no `#` and text follow the key on its line.
    private func commentedValue(after keyNode: Node) -> String? {
        guard let mark = keyNode.mark, let key = keyNode.scalar?.string, let line = sink.yamlLine(mark.line) else { return nil }
        var column = mark.column + key.unicodeScalars.count
        guard line.character(at: column) == ":" else { return nil }
        column += 1
        while line.character(at: column) == " " || line.character(at: column) == "\t" { column += 1 }
        guard line.character(at: column) == "#" else { return nil }
        let written = line.value(at: column).text
        return written.unicodeScalars.count > 1 ? written : nil
    }

    /// A CSS hex colour, `#RRGGBB` or `#RGB`. An unquoted `#1d5ba8` is a YAML comment, which
    /// leaves the key empty: that is reported with the quotes to add.
    func color(_ key: String) -> HexColor? {
        let example = "\(key): \"#1d5ba8\""
        guard let node = node(key) else {
            if let keyNode = entries[key]?.key {
                let quoted = commentedValue(after: keyNode).map { "\(key): \($0.yamlQuoted)" } ?? example
                sink.error("'\(name(key))' is empty; YAML reads an unquoted # as the start of a comment, so write the colour in quotes: \(quoted)",
                           at: keyNode.mark, rule: "front-matter.value")
            }
            return nil
        }
        guard let scalar = node.scalar else {
            typeError(key, expected: "a hex colour in quotes such as \"#1d5ba8\"", found: node)
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        if let color = HexColor(css: text) { return color }
        let fix = HexColor(css: "#" + text).map { _ in "write \(key): \"#\(text)\"" }
            ?? "write it as # and 6 (or 3) hex digits in quotes, such as \(example)"
        valueError(key, "must be a CSS hex colour #RRGGBB or #RGB, found '\(text)'; \(fix)", at: node)
        return nil
    }
}

extension Node {
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How messages name this node (see `ScalarRule.describe`).
    var kindDescription: String { ScalarRule.describe(self) }
}

/// The one check for URL fields (front matter, site.yml and command-line options alike).
public enum URLCheck {
    /// Why `text` is not an absolute URL with one of `schemes`, or nil when it is one.
    /// http(s) URLs need a host; nothing may contain spaces, quotes or angle brackets.
    public static func problem(with text: String, schemes: Set<String>) -> String? {
        if let bad = text.first(where: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "`" }) {
            return "must not contain '\(bad == " " ? "a space" : String(bad))'; percent-encode it (e.g. %20 for a space), found '\(text)'"
        }
        guard let colon = text.firstIndex(of: ":"),
              case let scheme = text[..<colon].lowercased(),
              schemes.contains(scheme),
              text.count > scheme.count + 1 else {
            return "must be an absolute URL starting with \(schemes.sorted().map { "\($0):" }.joined(separator: ", ")), found '\(text)'"
        }
        let rest = text.dropFirst(scheme.count + 1)
        let host = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if scheme != "mailto" && (!rest.hasPrefix("//") || host.isEmpty) {
            return "must be an absolute URL like \(scheme)://host/path, found '\(text)'"
        }
        return nil
    }

    /// `jobs@example.com`: one `@` with text on both sides, a dot in the domain, no scheme.
    static func isBareEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !parts[1].hasPrefix(".")
            && !parts[1].hasSuffix(".") && !text.contains(":") && !text.contains("/") && !text.contains(where: \.isWhitespace)
    }
}
