import Diagnostics
import Yams

/// Collects the diagnostics of one file and turns YAML marks into file positions.
final class DiagnosticSink {
    let file: String
    /// Added to a YAML line number to get the file's line number.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, yamlFirstLine: Int) {
        self.file = file
        self.lineOffset = yamlFirstLine - 1
    }

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    func error(_ message: String, at mark: Mark?, rule: String) {
        diagnostics.append(.error(message, at: location(mark), rule: rule))
    }

    func error(_ message: String, line: Int, column: Int, rule: String) {
        diagnostics.append(.error(message, at: SourceLocation(file: file, line: line + lineOffset, column: column), rule: rule))
    }

    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    var hasErrors: Bool { diagnostics.hasErrors }
}

/// Parses YAML text into a node tree, reporting syntax errors at file positions.
///
/// Anchors and aliases are refused: front matter never needs them, and an alias "bomb" (a few
/// lines that expand to billions of nodes) must not hang the build. A conservative scan of the
/// text catches them before libyaml runs (Yams hashes mapping keys while composing, so an
/// aliased key could hang it); a walk of the composed tree, which stops at the first anchor
/// and so never expands one, catches any construct the scan does not know.
func composeYAML(_ text: String, sink: DiagnosticSink) -> Node? {
    let refusal = "YAML anchors and aliases (`&name`, `*name`) are not supported in front matter"
    if let anchor = findAnchorOrAlias(in: text) {
        sink.error("\(refusal); write the value out, or quote it if the `\(anchor.symbol)` is text",
                   line: anchor.line, column: anchor.column, rule: "yaml.alias")
        return nil
    }
    let node: Node?
    do {
        // The basic resolver tags every scalar as text: the typed readers below decide what a
        // value must be, and the default resolver's regular expressions (run again each time
        // Yams hashes a key) cost more than parsing the front matter itself.
        node = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
        let (message, mark) = describe(error, lineOffset: sink.lineOffset)
        sink.error("invalid YAML: \(message)", at: mark, rule: "yaml.syntax")
        return nil
    } catch {
        sink.error("invalid YAML: \(error)", at: nil, rule: "yaml.syntax")
        return nil
    }
    if let node, let anchored = firstAnchoredNode(in: node) {
        sink.error("\(refusal); write the value out", at: anchored.mark, rule: "yaml.alias")
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

/// Where a node starts with `&` or `*`: after indentation, `- `, `? `, `: `, a tag, or inside
/// a flow collection after `[`, `{`, `,` or `:`; outside quotes, comments and block scalars.
/// That is where YAML reads an anchor or an alias, so plain text like `R&D` or `5*3`, quoted
/// text and the lines of a `|` or `>` block are not mistaken for one.
func findAnchorOrAlias(in text: String) -> (line: Int, column: Int, symbol: Character)? {
    // Works on UTF-8 bytes (every character it looks for is ASCII); columns count Unicode
    // scalars, as libyaml's do.
    let space: UInt8 = 0x20, tab: UInt8 = 0x09
    var flowDepth = 0
    var quote: UInt8?
    var blockScalarParentIndent: Int?
    var lineNumber = 0
    for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
        lineNumber += 1
        let bytes = Array(line)
        let indent = bytes.prefix { $0 == space }.count
        if let parent = blockScalarParentIndent {
            if indent > parent || bytes.allSatisfy({ $0 == space || $0 == tab }) { continue }
            blockScalarParentIndent = nil
        }
        var atNodeStart = quote == nil
        var indicatorPending = false
        var column = 0
        var index = 0
        scan: while index < bytes.count {
            let byte = bytes[index]
            let previous = index > 0 ? bytes[index - 1] : space
            index += 1
            if byte & 0xC0 != 0x80 { column += 1 }
            if let open = quote {
                if open == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") { index += 1; column += 1 }
                else if byte == open {
                    if open == UInt8(ascii: "'") && index < bytes.count && bytes[index] == open { index += 1; column += 1 } else { quote = nil }
                }
                continue
            }
            switch byte {
            case space, tab:
                if indicatorPending { atNodeStart = true }
                indicatorPending = false
                continue
            case UInt8(ascii: "#") where previous == space || previous == tab || index == 1:
                break scan
            case UInt8(ascii: "&") where atNodeStart, UInt8(ascii: "*") where atNodeStart:
                return (lineNumber, column, Character(Unicode.Scalar(byte)))
            case UInt8(ascii: "!") where atNodeStart:
                // A tag; the node (and its anchor, if any) follows after a space.
                while index < bytes.count && bytes[index] != space {
                    if bytes[index] & 0xC0 != 0x80 { column += 1 }
                    index += 1
                }
                indicatorPending = true
                continue
            case UInt8(ascii: "\"") where atNodeStart, UInt8(ascii: "'") where atNodeStart:
                quote = byte
            case UInt8(ascii: "|") where atNodeStart && flowDepth == 0, UInt8(ascii: ">") where atNodeStart && flowDepth == 0:
                blockScalarParentIndent = indent
                break scan
            case UInt8(ascii: "-") where atNodeStart, UInt8(ascii: "?") where atNodeStart:
                indicatorPending = true
            case UInt8(ascii: ":") where flowDepth > 0:
                atNodeStart = true
                continue
            case UInt8(ascii: ":"):
                indicatorPending = true
            case UInt8(ascii: "[") where atNodeStart, UInt8(ascii: "{") where atNodeStart:
                flowDepth += 1
                continue
            case UInt8(ascii: ",") where flowDepth > 0:
                atNodeStart = true
                continue
            case UInt8(ascii: "]") where flowDepth > 0, UInt8(ascii: "}") where flowDepth > 0:
                flowDepth -= 1
            default:
                indicatorPending = false
            }
            atNodeStart = false
        }
    }
    return nil
}

/// A YAML mapping read as a set of named fields, reporting problems as it goes.
///
/// Every accessor records type errors at the value's position; `init` reports keys that are
/// not allowed (with a "did you mean") so that a typo never silently drops a field.
struct Fields {
    let sink: DiagnosticSink
    /// The dotted path of this mapping, e.g. `salary` or `locations[2]`; empty at the top.
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
            sink.error("\(path.isEmpty ? "the front matter" : "'\(path)'") must be a mapping of `key: value` lines (\(what)), found \(node.kindDescription)",
                       at: node.mark, rule: "front-matter.type")
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                sink.error("keys must be plain names, found \(key.kindDescription)", at: key.mark, rule: "front-matter.type")
                continue
            }
            guard allowed.contains(name) else {
                let suggestion = closestMatch(to: name, in: allowed).map { "; did you mean '\($0)'?" }
                    ?? "; expected one of: \(allowed.joined(separator: ", "))"
                sink.error("unknown key '\(Self.join(path, name))' in \(what)\(suggestion)",
                           at: key.mark, rule: "front-matter.unknown-key")
                continue
            }
            entries[name] = (key, value)
        }
        self.entries = entries
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

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

    func typeError(_ key: String, expected: String, found node: Node) {
        sink.error("'\(name(key))' must be \(expected), found \(node.kindDescription)", at: node.mark, rule: "front-matter.type")
    }

    func valueError(_ key: String, _ message: String, at node: Node?) {
        sink.error("'\(name(key))' \(message)", at: node?.mark ?? mark, rule: "front-matter.value")
    }

    func string(_ key: String, required: Bool = false, why: String? = nil) -> String? {
        guard let node = node(key, required: required, why: why) else { return nil }
        guard case .scalar(let scalar) = node else {
            typeError(key, expected: "text", found: node)
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            // An empty optional field is an absent one, so defaults (e.g. the site description) apply.
            if required { valueError(key, "must not be empty", at: node) }
            return nil
        }
        return text
    }

    func int(_ key: String, required: Bool = false, why: String? = nil) -> Int? {
        guard let node = node(key, required: required, why: why) else { return nil }
        guard let scalar = node.scalar, scalar.style == .plain, let value = Int.construct(from: scalar) else {
            typeError(key, expected: "a whole number", found: node)
            return nil
        }
        return value
    }

    func number(_ key: String, required: Bool = false, why: String? = nil) -> Double? {
        guard let node = node(key, required: required, why: why) else { return nil }
        guard let scalar = node.scalar, scalar.style == .plain,
              let value = Int.construct(from: scalar).map(Double.init) ?? Double.construct(from: scalar),
              value.isFinite else {
            typeError(key, expected: "a number", found: node)
            return nil
        }
        return value
    }

    func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        guard let scalar = node.scalar, scalar.style == .plain, let value = scalar.booleanValue else {
            typeError(key, expected: "true or false", found: node)
            return nil
        }
        return value
    }

    func date(_ key: String, required: Bool = false, why: String? = nil) -> CalendarDate? {
        guard let node = node(key, required: required, why: why) else { return nil }
        guard let scalar = node.scalar else {
            typeError(key, expected: "a date like 2026-05-01", found: node)
            return nil
        }
        guard let date = CalendarDate(scalar.string) else {
            valueError(key, "must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '\(scalar.string)'", at: node)
            return nil
        }
        return date
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
                sink.error("'\(name(key))[\(index + 1)]' must be text, found \(node.kindDescription)",
                           at: node.mark, rule: "front-matter.type")
                continue
            }
            values.append(scalar.string.trimmingCharacters(in: .whitespaces))
        }
        return values
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
            valueError(key, problem, at: entries[key]?.value)
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

    /// A CSS hex colour, `#RRGGBB` or `#RGB`. An unquoted `#1d5ba8` is a YAML comment, which
    /// leaves the key empty: that is reported with the quotes to add.
    func color(_ key: String) -> HexColor? {
        let example = "\(key): \"#1d5ba8\""
        guard let node = node(key) else {
            if let keyNode = entries[key]?.key {
                sink.error("'\(name(key))' is empty; YAML reads an unquoted # as the start of a comment, so write the colour in quotes: \(example)",
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

extension Node.Scalar {
    /// YAML 1.1 booleans, as Yams reads them: true/false, yes/no, on/off in any case.
    var booleanValue: Bool? {
        guard style == .plain else { return nil }
        switch string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}

extension Node {
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    var kindDescription: String {
        switch self {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if scalar.style == .plain {
                if Int.construct(from: scalar) != nil || Double.construct(from: scalar) != nil {
                    return "the number \(scalar.string)"
                }
                if scalar.booleanValue != nil { return "the boolean \(scalar.string)" }
            }
            return "the text '\(scalar.string)'"
        }
    }
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
}
