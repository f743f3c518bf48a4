import Foundation
import Yams

/// A YAML problem in a recruiter's words: where it is, what is wrong and what to type instead.
///
/// libyaml's own messages ("found character that cannot start any token", "mapping values are
/// not allowed in this context") name the parser's state, often at a position after the
/// mistake. These explanations name the mistake at the place to edit: a tab used for
/// indentation (at the tab), a value that needs quotes (at the value, with the quoted line to
/// write), a quote that is not closed (at the opening quote), a key given twice (at the second,
/// naming the line of the first).
struct YAMLProblem: Equatable {
    /// Position in the YAML text (1-based line, column in Unicode scalars).
    var position: YAMLScan.Position
    var message: String
    var rule: String
}

extension YAMLProblem {
    /// The anchor, alias or tag that must be refused before libyaml runs, if any: an alias
    /// "bomb" must never reach the composer, and a tag would silently change or drop a value
    /// (`title: !important notice` is the title `notice`). They are found where a node starts
    /// (see `YAMLScan`), so plain text like `R&D` or `5*3`, quoted text and the lines of a `|`
    /// or `>` block are not mistaken for one. An anchor or alias wins over an earlier tag, so
    /// a bomb behind tags (`!!seq &a [...]`) is named as what it is.
    static func refusedIndicator(in text: String) -> YAMLProblem? {
        var anchor: (YAMLScan.Position, UInt8)?, tag: (YAMLScan.Position, UInt8)?
        YAMLScan.run(text) { event in
            guard case let .node(position, first, _) = event else { return true }
            if first == UInt8(ascii: "&") || first == UInt8(ascii: "*") {
                anchor = (position, first)
                return false
            }
            if first == UInt8(ascii: "!") && tag == nil { tag = (position, first) }
            return true
        }
        guard let (position, first) = anchor ?? tag else { return nil }
        let lines = YAMLLine.lines(of: text)
        if first == UInt8(ascii: "&"), anchorsACollection(at: position, lines: lines) {
            return YAMLProblem(position: position, message: "\(anchorsAndAliases); write the value out in full", rule: "yaml.alias")
        }
        return needsQuotes(startingWith: Unicode.Scalar(first), at: position, on: lines[position.line - 1],
                           rule: first == UInt8(ascii: "!") ? "yaml.tag" : "yaml.alias")
    }

    static let anchorsAndAliases = "YAML anchors (`&name`) and aliases (`*name`) are not supported in front matter"

    /// `&a [1, 2]`, `&a {k: v}` or `&a` before an indented block: YAML structure, not text that
    /// happens to start with `&` (`& more`, `&Co`), so quoting is no advice.
    private static func anchorsACollection(at position: YAMLScan.Position, lines: [YAMLLine]) -> Bool {
        let line = lines[position.line - 1]
        let name = line.text(from: position.column + 1).prefix { $0 != " " && $0 != "\t" }
        let rest = line.text(from: position.column + 1 + name.unicodeScalars.count).trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix("[") || rest.hasPrefix("{") { return true }
        guard rest.isEmpty || rest.hasPrefix("#"), !name.isEmpty, position.line < lines.count else { return false }
        return lines[position.line].indentation > line.indentation
    }

    /// libyaml's (or Yams') error explained, or nil when it is none of the mistakes this knows;
    /// the caller then reports libyaml's own words. `lineOffset` turns YAML lines into file lines.
    static func explain(_ error: YamlError, in text: String, lineOffset: Int) -> YAMLProblem? {
        let lines = YAMLLine.lines(of: text)
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let at = YAMLScan.Position(line: mark.line, column: mark.column)
            guard at.line >= 1 && at.line <= lines.count else {
                // At the end of the text: something opened earlier was never closed.
                return context.flatMap { quotedScalarProblem($0, problem: problem, lines: lines) }
                    ?? unclosedFlow(context: context, problem: problem, at: at, lines: lines)
                    ?? missingColon(context: context, problem: problem, lines: lines)
            }
            return tabIndentation(at: at, problem: problem, lines: lines)
                ?? context.flatMap { quotedScalarProblem($0, problem: problem, lines: lines) }
                ?? quoteClosedOnALaterLine(at: at, text: text, lines: lines, lineOffset: lineOffset)
                ?? unclosedFlow(context: context, problem: problem, at: at, lines: lines)
                ?? missingColon(context: context, problem: problem, lines: lines)
                ?? misalignedKey(at: at, problem: problem, lines: lines, lineOffset: lineOffset)
                ?? valueNeedingQuotes(at: at, problem: problem, text: text, lines: lines, lineOffset: lineOffset)
        case let .duplicatedKeysInMapping(duplicates, context):
            guard let name = duplicates.first else { return nil }
            return duplicateKey(name, first: YAMLScan.Position(line: context.mark.line, column: context.mark.column),
                                lines: lines, lineOffset: lineOffset)
        default:
            return nil
        }
    }

    // MARK: - Tabs

    /// A tab in the indentation of the error's line (before its content, also after `- `, `? `
    /// or `: ` indicators there), or the tab libyaml stopped at.
    private static func tabIndentation(at: YAMLScan.Position, problem: String, lines: [YAMLLine]) -> YAMLProblem? {
        let line = lines[at.line - 1]
        var column = 0
        var tab: Int?
        for (index, scalar) in line.scalars.enumerated() {
            column = index + 1
            if scalar == "\t" { tab = column; break }
            let indicator = (scalar == "-" || scalar == "?" || scalar == ":")
                && (index + 1 == line.scalars.count || line.scalars[index + 1] == " " || line.scalars[index + 1] == "\t")
            if scalar != " " && !indicator { break }
        }
        if tab == nil, problem.contains("tab"), line.character(at: at.column) == "\t" { tab = at.column }
        guard let tab else { return nil }
        return YAMLProblem(position: .init(line: at.line, column: tab),
                           message: "a tab indents this line, but YAML indents with spaces only; replace the tab with spaces",
                           rule: "yaml.tab-indent")
    }

    /// `description x` or `menu:2` then a `key: value` line: libyaml reports the next line.
    private static func missingColon(context: YamlError.Context?, problem: String, lines: [YAMLLine]) -> YAMLProblem? {
        guard let context, context.text.contains("simple key"), problem.contains("expected ':'"),
              context.mark.line >= 1, context.mark.line <= lines.count else { return nil }
        return missingColon(onLine: context.mark.line, lines: lines)
    }

    static func missingColon(onLine number: Int, lines: [YAMLLine]) -> YAMLProblem {
        let line = lines[number - 1]
        let content = line.text(from: line.indentation + 1)
        let fix: String
        if let colon = content.firstIndex(of: ":"), content.index(after: colon) < content.endIndex {
            fix = "put a space after the ':': \(content[...colon]) \(content[content.index(after: colon)...])"
        } else {
            fix = "write it as `key: value`"
        }
        return YAMLProblem(position: .init(line: number, column: line.indentation + 1),
                           message: "this line has no ': ' between its key and its value; \(fix)", rule: "yaml.missing-colon")
    }

    /// `  min: 1` then ` max: 2`: a key whose indentation matches no mapping above it.
    private static func misalignedKey(at: YAMLScan.Position, problem: String, lines: [YAMLLine],
                                      lineOffset: Int) -> YAMLProblem? {
        let line = lines[at.line - 1]
        guard problem.hasPrefix("did not find expected key") || problem.hasPrefix("did not find expected '-'"),
              at.column == line.indentation + 1,
              let above = (0..<(at.line - 1)).reversed().first(where: { index in
                  let content = lines[index].text(from: lines[index].indentation + 1)
                  return !content.isEmpty && !content.hasPrefix("#")
              }), lines[above].indentation != line.indentation else { return nil }
        func spaces(_ count: Int) -> String { count == 1 ? "1 space" : "\(count) spaces" }
        return YAMLProblem(position: at,
                           message: "this line is indented by \(spaces(line.indentation)), line \(above + 1 + lineOffset) above it by \(spaces(lines[above].indentation)); the keys of one mapping must line up exactly",
                           rule: "yaml.indentation")
    }

    // MARK: - Quotes

    /// An error inside a quoted value, which libyaml reports where it gave up (often the end of
    /// the front matter): a quote never closed, or a `\` in double quotes.
    private static func quotedScalarProblem(_ context: YamlError.Context, problem: String, lines: [YAMLLine]) -> YAMLProblem? {
        guard context.text.contains("quoted scalar"), context.mark.line >= 1, context.mark.line <= lines.count else { return nil }
        let open = YAMLScan.Position(line: context.mark.line, column: context.mark.column)
        let line = lines[open.line - 1]
        let quote = line.character(at: open.column).map(String.init) ?? "\""
        if problem.contains("end of stream") || problem.contains("document") {
            return YAMLProblem(position: open,
                               message: "the quote that opens this value is never closed; end the value with \(quote) on this line",
                               rule: "yaml.unclosed-quote")
        }
        if problem.contains("escape") {
            let inner = line.value(at: open.column).text.dropFirst().prefix { $0 != "\"" }
            return YAMLProblem(position: open,
                               message: "in double quotes a '\\' starts an escape such as \\n; write \\\\ for a backslash, or use single quotes: \(display(key: line.key(before: open.column), "'\(inner)'"))",
                               rule: "yaml.needs-quotes")
        }
        return nil
    }

    /// A quote opened on an earlier line and closed on the error's line: the value was meant
    /// to end on its first line, and YAML read on to the next quote.
    private static func quoteClosedOnALaterLine(at: YAMLScan.Position, text: String, lines: [YAMLLine],
                                                lineOffset: Int) -> YAMLProblem? {
        var found: (open: YAMLScan.Position, close: YAMLScan.Position)?
        YAMLScan.run(text) { event in
            guard case let .quoted(open, close?) = event else { return true }
            if close.line > at.line || (close.line == at.line && close.column >= at.column) { return false }
            if close.line == at.line && open.line < at.line { found = (open, close) }
            return true
        }
        guard let (open, close) = found else { return nil }
        let quote = lines[open.line - 1].character(at: open.column).map(String.init) ?? "\""
        return YAMLProblem(position: open,
                           message: "the quote that opens this value is not closed on this line, so YAML reads on to the \(quote) on line \(close.line + lineOffset); end the value with \(quote) on this line",
                           rule: "yaml.unclosed-quote")
    }

    // MARK: - Values that need quotes

    /// `title: [Remote Support Engineer`: a `[` or `{` that starts a value and is not closed on
    /// its line, reported at the bracket (libyaml reports a later line).
    private static func unclosedFlow(context: YamlError.Context?, problem: String, at: YAMLScan.Position,
                                     lines: [YAMLLine]) -> YAMLProblem? {
        guard let context, context.text.contains("flow"), problem.hasPrefix("did not find expected ','"),
              context.mark.line < at.line, context.mark.line >= 1, context.mark.line <= lines.count else { return nil }
        let open = YAMLScan.Position(line: context.mark.line, column: context.mark.column)
        let line = lines[open.line - 1]
        guard let bracket = line.character(at: open.column), bracket == "[" || bracket == "{" else { return nil }
        let closing = bracket == "[" ? "]" : "}"
        return needsQuotes(at: open, on: line,
                           reason: "'\(bracket)' starts a \(bracket == "[" ? "list" : "mapping") in YAML, and this one is not closed with '\(closing)' on its line",
                           ifText: true, rule: "yaml.needs-quotes")
    }

    private static func valueNeedingQuotes(at: YAMLScan.Position, problem: String, text: String, lines: [YAMLLine],
                                           lineOffset: Int) -> YAMLProblem? {
        let line = lines[at.line - 1]
        guard let character = line.character(at: at.column) else { return nil }
        let starts = nodeStarts(onLine: at.line, before: at.column, in: text)
        if character == ":", line.character(at: at.column + 1).map({ $0 == " " || $0 == "\t" }) ?? true {
            return colonInValue(at: at, starts: starts, lines: lines, lineOffset: lineOffset)
        }
        if problem.contains("cannot start any token") {
            return needsQuotes(startingWith: character, at: at, on: line, rule: "yaml.needs-quotes")
        }
        // The value that holds the error: the one starting right at it (`title: - x`), else the
        // last one started before it outside any flow collection (`title: [Remote] Support`).
        let start = line.key(before: at.column) != nil ? at : starts.last { $0.flowDepth == 0 }?.position
        guard let start, let first = line.character(at: start.column),
              line.key(before: start.column) != nil || line.isListItem(before: start.column) || start.column == at.column else {
            return nil
        }
        if first == "\"" || first == "'" {
            return quoteEndsEarly(first, at: start, on: line)
        }
        // Inside a `[…]` or `{…}` the problem is not text after it (`{min: 1, max: 2]`).
        if (first == "[" || first == "{") && line.isInFlow(at: at.column) { return nil }
        return needsQuotes(startingWith: first, at: start, on: line, rule: "yaml.needs-quotes")
    }

    /// `title: Careers: how we hire`, or a line that continues a value and holds `: `.
    private static func colonInValue(at: YAMLScan.Position, starts: [(position: YAMLScan.Position, flowDepth: Int)],
                                     lines: [YAMLLine], lineOffset: Int) -> YAMLProblem? {
        let line = lines[at.line - 1]
        if let start = starts.last?.position, line.key(before: start.column) != nil {
            let inFlow = line.isInFlow(at: start.column)
            return needsQuotes(at: start, on: line,
                               reason: "': ' inside a value starts another key in YAML\(inFlow ? "; inside [ ] or { } put a ',' between entries" : "")",
                               ifText: inFlow, rule: "yaml.needs-quotes")
        }
        // A continuation line: more of the value of a key on a line above.
        let indentation = line.indentation
        // `title Backend Engineer` or `min:1` just above, as indented as this line: that line
        // lacks its `: `, so YAML read both lines as one text.
        if let above = (0..<(at.line - 1)).reversed().first(where: { !lines[$0].scalars.allSatisfy { $0 == " " } }),
           lines[above].indentation == indentation, !lines[above].hasKeySeparator {
            return missingColon(onLine: above + 1, lines: lines)
        }
        guard let parent = (0..<(at.line - 1)).reversed().first(where: { index in
            let above = lines[index]
            return above.indentation < indentation && above.scalars.contains(":") && !above.scalars.allSatisfy({ $0 == " " })
        }) else { return nil }
        let parentLine = lines[parent]
        let parentKey = parentLine.text(from: parentLine.indentation + 1).prefix { $0 != ":" }
            .drop { $0 == "-" || $0 == " " }
        return YAMLProblem(position: .init(line: at.line, column: indentation + 1),
                           message: "this line is indented under '\(parentKey)' (line \(parent + 1 + lineOffset)), so YAML reads it as more of that value, and ': ' cannot appear there; if it starts a new key, indent it like '\(parentKey)'; if it is text, put the whole value in quotes",
                           rule: "yaml.indentation")
    }

    /// `title: "Backend" engineer` or `title: 'Backend's engineer'`: text after the closing quote.
    private static func quoteEndsEarly(_ quote: Unicode.Scalar, at start: YAMLScan.Position, on line: YAMLLine) -> YAMLProblem {
        let (key, text) = line.value(at: start.column)
        let mark = String(quote)
        if text.count >= 2, text.hasSuffix(mark) {
            let inner = String(text.dropFirst().dropLast())
            let kind = quote == "'" ? "single" : "double"
            return YAMLProblem(position: start,
                               message: "a \(mark) inside a value in \(kind) quotes ends it early; write: \(display(key: key, inner.yamlQuoted(avoiding: quote)))",
                               rule: "yaml.needs-quotes")
        }
        return YAMLProblem(position: start,
                           message: "the quotes end before the value does; put the whole value in quotes: \(display(key: key, text.yamlQuoted))",
                           rule: "yaml.needs-quotes")
    }

    /// Why a value starting with `first` cannot stand unquoted, and the quoted line to write.
    private static func needsQuotes(startingWith first: Unicode.Scalar, at start: YAMLScan.Position, on line: YAMLLine,
                                    rule: String) -> YAMLProblem? {
        let construct: String
        switch first {
        case "@", "`": return needsQuotes(at: start, on: line, reason: "'\(first)' cannot start a YAML value", ifText: false, rule: rule)
        case "%": return needsQuotes(at: start, on: line, reason: "'%' cannot start a YAML value (it starts a directive)", ifText: false, rule: rule)
        case ",": return needsQuotes(at: start, on: line, reason: "',' cannot start a YAML value", ifText: false, rule: rule)
        case "[": construct = "'[' starts a list in YAML, so no text may follow its ']'"
        case "{": construct = "'{' starts a mapping in YAML, so no text may follow its '}'"
        case "|", ">": construct = "'\(first)' starts a block of text in YAML, which must begin on the next line"
        case "-": construct = "'- ' starts a list item in YAML"
        case "?": construct = "'? ' starts a key in YAML"
        case "*": construct = "'*' at the start of a value makes it a YAML alias, which front matter does not support"
        case "&": construct = "'&' at the start of a value makes it a YAML anchor, which front matter does not support"
        case "!": construct = "'!' at the start of a value makes it a YAML tag, which front matter does not support"
        default: return nil
        }
        return needsQuotes(at: start, on: line, reason: construct, ifText: true, rule: rule)
    }

    private static func needsQuotes(at start: YAMLScan.Position, on line: YAMLLine, reason: String, ifText: Bool,
                                    rule: String) -> YAMLProblem {
        let (key, text) = line.value(at: start.column)
        // A long value (an alias bomb's list) is not worth repeating.
        let example = text.count <= 80 ? ": \(display(key: key, text.yamlQuoted))" : ""
        return YAMLProblem(position: start,
                           message: "\(reason); \(ifText ? "if it is text, " : "")put the whole value in quotes\(example)",
                           rule: rule)
    }

    private static func display(key: String?, _ value: String) -> String {
        key.map { "\($0): \(value)" } ?? value
    }

    /// Where nodes start on `line` before `column`, with their flow depth.
    private static func nodeStarts(onLine line: Int, before column: Int, in text: String) -> [(position: YAMLScan.Position, flowDepth: Int)] {
        var starts: [(position: YAMLScan.Position, flowDepth: Int)] = []
        YAMLScan.run(text) { event in
            guard case let .node(position, _, depth) = event else { return true }
            if position.line > line || (position.line == line && position.column >= column) { return false }
            if position.line == line { starts.append((position, depth)) }
            return true
        }
        return starts
    }

    // MARK: - Duplicate keys

    /// Yams names the first occurrence; the user needs the second, the one usually added by
    /// mistake (a copied line), with the line of the first.
    private static func duplicateKey(_ name: String, first: YAMLScan.Position, lines: [YAMLLine],
                                     lineOffset: Int) -> YAMLProblem {
        guard let second = secondOccurrence(of: name, first: first, lines: lines) else {
            return YAMLProblem(position: first, message: "'\(name)' is set more than once in this mapping; keep one of them",
                               rule: "yaml.duplicate-key")
        }
        return YAMLProblem(position: second,
                           message: "'\(name)' is set twice in this mapping, first on line \(first.line + lineOffset); keep one of them",
                           rule: "yaml.duplicate-key")
    }

    private static func secondOccurrence(of name: String, first: YAMLScan.Position, lines: [YAMLLine]) -> YAMLScan.Position? {
        guard first.line >= 1 && first.line <= lines.count else { return nil }
        let spellings = [name, "\"\(name)\"", "'\(name)'"]
        func isKey(_ line: YAMLLine, at column: Int) -> Bool {
            let rest = line.text(from: column)
            return spellings.contains { spelling in
                guard rest.hasPrefix(spelling) else { return false }
                let after = rest.dropFirst(spelling.count).drop { $0 == " " }
                return after.hasPrefix(":") && (after.count == 1 || after.dropFirst().first == " " || after.dropFirst().first == "\t"
                    || line.isInFlow(at: column))
            }
        }
        let firstLine = lines[first.line - 1]
        if firstLine.isInFlow(at: first.column) {
            // `{a: 1, a: 2}`: the next `a:` after a `,` or `{`, on this line or the lines after.
            for index in (first.line - 1)..<lines.count {
                let line = lines[index]
                let from = index == first.line - 1 ? first.column + 1 : 1
                for column in stride(from: from, through: line.scalars.count, by: 1)
                where isKey(line, at: column) && line.isInFlow(at: column) {
                    let before = line.text(from: 1, to: column).trimmingCharacters(in: .whitespaces)
                    if before.hasSuffix(",") || before.hasSuffix("{") { return .init(line: index + 1, column: column) }
                }
            }
            return nil
        }
        // A block mapping: the next line indented like the first key that starts with the key.
        for index in first.line..<lines.count {
            let line = lines[index]
            let content = line.text(from: line.indentation + 1)
            if content.isEmpty || content.hasPrefix("#") { continue }
            if line.indentation < first.column - 1 { return nil }
            if line.indentation == first.column - 1 && isKey(line, at: first.column) {
                return .init(line: index + 1, column: first.column)
            }
        }
        return nil
    }
}

extension String {
    /// Quoted with the other quote than `quote` when that avoids escapes.
    func yamlQuoted(avoiding quote: Unicode.Scalar) -> String {
        if quote == "\"" && !contains("'") { return "'\(self)'" }
        return yamlQuoted
    }
}
