import Foundation

/// A light lexical walk over YAML text that finds where nodes start and where quoted values
/// open and close, without building anything.
///
/// It knows just enough YAML to catch what must be refused before libyaml runs (anchors,
/// aliases and tags, see `composeYAML`) and to explain libyaml's errors in a recruiter's words
/// (`YAMLProblem`): indentation, `- `, `? `, `: `, flow collections (`[`, `{`, `,`), quotes
/// (with `\` escapes and `''`), comments and block scalars (`|`, `>`), whose lines are text.
/// Positions are 1-based lines of the YAML text and columns in Unicode scalars, as libyaml's.
enum YAMLScan {
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    enum Event {
        /// The first character of a node: a plain scalar, a quote, `[`, `{`, `&`, `*`, `!`, `|`, `>`.
        case node(Position, first: UInt8, flowDepth: Int)
        /// A quoted scalar, from its opening quote to its closing one (nil when never closed).
        case quoted(open: Position, close: Position?)
    }

    /// Whether `bytes[offset]` is a space, a tab, a carriage return or past the end.
    private static func isBlank(_ bytes: [UInt8], _ offset: Int) -> Bool {
        offset >= bytes.count || bytes[offset] == 0x20 || bytes[offset] == 0x09 || bytes[offset] == 0x0D
    }

    /// Calls `visit` for each event in text order until it returns false.
    static func run(_ text: String, _ visit: (Event) -> Bool) {
        // Works on UTF-8 bytes (every character it looks for is ASCII); columns count Unicode
        // scalars, as libyaml's do.
        let space: UInt8 = 0x20, tab: UInt8 = 0x09
        var flowDepth = 0
        var quote: (byte: UInt8, open: Position)?
        var blockScalarParentIndent: Int?
        var lineNumber = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let bytes = Array(line)
            let indent = bytes.prefix { $0 == space }.count
            if let parent = blockScalarParentIndent {
                if indent > parent || bytes.allSatisfy({ $0 == space || $0 == tab || $0 == 0x0D }) { continue }
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
                    if open.byte == UInt8(ascii: "\"") && byte == UInt8(ascii: "\\") { index += 1; column += 1 }
                    else if byte == open.byte {
                        if open.byte == UInt8(ascii: "'") && index < bytes.count && bytes[index] == open.byte {
                            index += 1; column += 1
                        } else {
                            quote = nil
                            if !visit(.quoted(open: open.open, close: Position(line: lineNumber, column: column))) { return }
                        }
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
                case UInt8(ascii: "&") where atNodeStart, UInt8(ascii: "!") where atNodeStart,
                     UInt8(ascii: "*") where atNodeStart:
                    if !visit(.node(Position(line: lineNumber, column: column), first: byte, flowDepth: flowDepth)) { return }
                    // Skip the name, up to a space (or a flow indicator in a flow).
                    while index < bytes.count, !isBlank(bytes, index),
                          !(flowDepth > 0 && (bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "]")
                                              || bytes[index] == UInt8(ascii: "}"))) {
                        if bytes[index] & 0xC0 != 0x80 { column += 1 }
                        index += 1
                    }
                    // An anchor or a tag belongs to the node that follows after a space; an alias is the node.
                    if byte != UInt8(ascii: "*") {
                        indicatorPending = true
                        continue
                    }
                case UInt8(ascii: "\"") where atNodeStart, UInt8(ascii: "'") where atNodeStart:
                    let open = Position(line: lineNumber, column: column)
                    if !visit(.node(open, first: byte, flowDepth: flowDepth)) { return }
                    quote = (byte, open)
                case UInt8(ascii: "|") where atNodeStart && flowDepth == 0, UInt8(ascii: ">") where atNodeStart && flowDepth == 0:
                    if !visit(.node(Position(line: lineNumber, column: column), first: byte, flowDepth: flowDepth)) { return }
                    blockScalarParentIndent = indent
                    break scan
                case UInt8(ascii: "-") where atNodeStart && isBlank(bytes, index),
                     UInt8(ascii: "?") where atNodeStart && isBlank(bytes, index):
                    indicatorPending = true
                case UInt8(ascii: ":") where flowDepth > 0:
                    atNodeStart = true
                    continue
                case UInt8(ascii: ":"):
                    indicatorPending = true
                case UInt8(ascii: "[") where atNodeStart, UInt8(ascii: "{") where atNodeStart:
                    if !visit(.node(Position(line: lineNumber, column: column), first: byte, flowDepth: flowDepth)) { return }
                    flowDepth += 1
                    continue
                case UInt8(ascii: ",") where flowDepth > 0:
                    atNodeStart = true
                    continue
                case UInt8(ascii: "]") where flowDepth > 0, UInt8(ascii: "}") where flowDepth > 0:
                    flowDepth -= 1
                default:
                    indicatorPending = false
                    if atNodeStart, byte != 0x0D,
                       !visit(.node(Position(line: lineNumber, column: column), first: byte, flowDepth: flowDepth)) { return }
                }
                atNodeStart = false
            }
        }
        if let open = quote { _ = visit(.quoted(open: open.open, close: nil)) }
    }
}

/// Text helpers for messages about one line of YAML, by column (in Unicode scalars).
struct YAMLLine {
    let scalars: [Unicode.Scalar]

    init(_ scalars: Substring.UnicodeScalarView) {
        self.scalars = Array(scalars)
    }

    /// The lines of `text`, so that `lines[n - 1]` is YAML line `n` (split at `\n` scalars, as
    /// `YAMLScan` splits bytes; a `\r\n` character would not split).
    static func lines(of text: String) -> [YAMLLine] {
        Substring(text).unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(YAMLLine.init)
    }

    func character(at column: Int) -> Unicode.Scalar? {
        column >= 1 && column <= scalars.count ? scalars[column - 1] : nil
    }

    func text(from start: Int, to end: Int? = nil) -> String {
        let from = max(0, min(start - 1, scalars.count)), to = max(from, min((end ?? scalars.count + 1) - 1, scalars.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<to])
        return String(view)
    }

    var indentation: Int { scalars.prefix { $0 == " " }.count }

    /// Whether a `:` on this line is followed by a space, a tab or the line's end.
    var hasKeySeparator: Bool {
        scalars.indices.contains { scalars[$0] == ":" && ($0 + 1 == scalars.count || scalars[$0 + 1] == " " || scalars[$0 + 1] == "\t") }
    }

    /// Whether an unclosed `[` or `{` precedes `column` on this line (quotes skipped).
    func isInFlow(at column: Int) -> Bool {
        var depth = 0, quote: Unicode.Scalar?
        for scalar in scalars.prefix(max(0, column - 1)) {
            if let open = quote { if scalar == open { quote = nil }; continue }
            switch scalar {
            case "\"", "'": quote = scalar
            case "[", "{": depth += 1
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        return depth > 0
    }

    /// The value that starts at `column` as the user wrote it, for a message to quote: up to the
    /// end of the line, or inside a flow collection up to the next `,`, `]` or `}`, without a
    /// trailing comment meant as one (` # note`, a lone ` #`); a ` #` followed by text (`#2`,
    /// `#e4002b`) is kept, since it was meant as part of the value. Also the key written before
    /// it on this line (`title` in `title: value`, `city` in `- {city: value`), if any.
    func value(at column: Int) -> (key: String?, text: String) {
        let inFlow = isInFlow(at: column)
        var end = scalars.count + 1
        for index in max(0, column - 1)..<scalars.count {
            let scalar = scalars[index]
            if inFlow && (scalar == "," || scalar == "]" || scalar == "}") { end = index + 1; break }
            if scalar == "#" && isBlank(index - 1) && isBlank(index + 1, orEnd: true) { end = index + 1; break }
        }
        let text = self.text(from: column, to: end).trimmingCharacters(in: .whitespaces)
        return (key(before: column), text)
    }

    /// Whether the scalar at 0-based `index` is a space or tab (or, with `orEnd`, past the line).
    private func isBlank(_ index: Int, orEnd: Bool = false) -> Bool {
        guard index >= 0, index < scalars.count else { return orEnd }
        return scalars[index] == " " || scalars[index] == "\t"
    }

    /// Whether the value at `column` is a list item's: only `- ` and indentation before it.
    func isListItem(before column: Int) -> Bool {
        text(from: 1, to: column).trimmingCharacters(in: .whitespaces) == "-"
    }

    /// `title` for a value after `title: ` (after indentation, `- ` or a flow `{`/`,`).
    func key(before column: Int) -> String? {
        var prefix = text(from: 1, to: column)
        while prefix.last == " " || prefix.last == "\t" { prefix.removeLast() }
        guard prefix.hasSuffix(":") else { return nil }
        prefix.removeLast()
        let start = prefix.lastIndex { "{,[".contains($0) }.map { prefix.index(after: $0) } ?? prefix.startIndex
        var key = prefix[start...].drop { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "?" }
        while key.last == " " { key.removeLast() }
        return key.isEmpty ? nil : String(key)
    }
}

extension String {
    /// This text as a YAML double-quoted value on one line that reads back as exactly this text:
    /// `\` and `"` are escaped (`\\`, `\"`), and so are line breaks and control characters other
    /// than the tab (which double quotes take as it is, so a suggestion shows it as typed).
    public var yamlQuoted: String {
        var out = "\""
        for scalar in unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case _ where (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F: out += String(format: "\\x%02X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
