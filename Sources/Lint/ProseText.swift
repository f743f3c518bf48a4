import Foundation  // trimmingCharacters

/// The text of a Markdown body that a candidate reads, at its exact positions: code blocks, code
/// spans, link and image destinations, reference definitions, HTML tags and comments, bare URLs
/// and e-mail addresses are blanked out (each character becomes a space, line breaks stay), so a
/// word found in `scalars` is at the same line and column as in the source. Headings (ATX `#` and
/// setext `===`/`---`) are collected with their line.
///
/// A careful line scan rather than cmark-gfm: cmark's inline positions are unreliable in
/// hard-wrapped prose (see Markdown/SourcePositions.swift), and the lints need every word's
/// column. What it does not model (a code span across a line break, HTML blocks) only makes it
/// read a little more text than the page shows.
struct ProseText {
    /// The body, one Unicode scalar per source scalar; non-prose blanked to spaces.
    private(set) var scalars: [Unicode.Scalar] = []
    /// `scalars`, lowercased scalar by scalar (same length), with ’ read as '.
    private(set) var lowered: [Unicode.Scalar] = []
    /// Index in `scalars` where each line starts.
    private(set) var lineStarts: [Int] = []
    /// Headings: their text (prose only) and 0-based line.
    private(set) var headings: [(text: String, line: Int)] = []

    init(markdown: String) {
        var scanner = BlockScanner()
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            lineStarts.append(scalars.count)
            let masked = scanner.scan(Array(line.unicodeScalars))
            if let heading = scanner.heading { headings.append((heading, lineStarts.count - 1)) }
            if let previous = scanner.previousLineIsHeading { headings.append((previous, lineStarts.count - 2)) }
            scalars += masked
            scalars.append("\n")
        }
        if !scalars.isEmpty { scalars.removeLast() }
        lowered = scalars.map(Self.lowercased)
    }

    /// 0-based line and column (in scalars) of index `offset`.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return (low, offset - lineStarts[low])
    }

    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar == "\u{2019}" { return "'" }
        if scalar.isASCII { return scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(scalar.value + 32)! : scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// Letters and digits make words.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII first: Unicode property lookups cost more than the rest of the scan together.
        if scalar.isASCII { return isASCIILetter(scalar) || ("0"..."9").contains(scalar) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// Whether a scalar is a letter (a tag name starts with one).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? isASCIILetter(scalar) : scalar.properties.isAlphabetic
    }
}

/// The block structure of Markdown, one line at a time: fenced and indented code, HTML comments,
/// reference definitions, headings; each line's inline non-prose is blanked by `InlineMask`.
private struct BlockScanner {
    private var fence: (marker: Unicode.Scalar, length: Int)?
    private var inComment = false
    private var previousBlank = true
    private var inIndentedCode = false
    private var inList = false
    /// The previous line as a possible setext heading text (a paragraph line), masked.
    /// (Kept as scalars: made into text only when an underline follows, which is rare.)
    private var paragraphLine: [Unicode.Scalar]?
    /// Set by `scan`: the line is an ATX heading with this text.
    private(set) var heading: String?
    /// Set by `scan`: the line underlines the previous one (`===`, `---`), a heading with this text.
    private(set) var previousLineIsHeading: String?

    mutating func scan(_ line: [Unicode.Scalar]) -> [Unicode.Scalar] {
        heading = nil
        previousLineIsHeading = nil
        let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
        defer { previousBlank = blank }
        let blanked = [Unicode.Scalar](repeating: " ", count: line.count)
        let indent = Self.indentation(line)
        let rest = Array(line.drop { $0 == " " || $0 == "\t" })

        if let open = fence {
            if indent < 4, Self.run(of: open.marker, in: rest) >= open.length,
               rest.dropFirst(Self.run(of: open.marker, in: rest)).allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
                fence = nil
            }
            return blanked
        }
        if blank {
            paragraphLine = nil
            return line
        }
        if inIndentedCode && indent >= 4 { return blanked }
        inIndentedCode = false
        if indent >= 4 && previousBlank && !inList && !inComment {
            inIndentedCode = true
            return blanked
        }
        if indent < 4, let marker = rest.first, marker == "`" || marker == "~", Self.run(of: marker, in: rest) >= 3,
           marker == "~" || !rest.dropFirst(3).contains("`") {
            fence = (marker, Self.run(of: marker, in: rest))
            paragraphLine = nil
            return blanked
        }
        if indent < 4, Self.isReferenceDefinition(rest) {
            paragraphLine = nil
            return blanked
        }
        if indent == 0, previousBlank { inList = false }
        if indent < 4, Self.isListItem(rest) { inList = true }

        var masked = InlineMask.apply(line, inComment: &inComment)
        if indent < 4, let level = Self.atxLevel(rest) {
            heading = Self.text(of: Array(masked.dropFirst(line.count - rest.count + level)))
            paragraphLine = nil
            return masked
        }
        if indent < 4, let underline = rest.first, underline == "=" || underline == "-",
           rest.allSatisfy({ $0 == underline || $0 == " " || $0 == "\t" || $0 == "\r" }), let previous = paragraphLine {
            previousLineIsHeading = Self.text(of: previous)
            paragraphLine = nil
            masked = blanked
            return masked
        }
        paragraphLine = Self.isListItem(rest) || rest.first == ">" ? nil : masked
        return masked
    }

    private static func indentation(_ line: [Unicode.Scalar]) -> Int {
        var width = 0
        for scalar in line {
            if scalar == " " { width += 1 } else if scalar == "\t" { width += 4 - width % 4 } else { break }
        }
        return width
    }

    private static func run(of marker: Unicode.Scalar, in text: [Unicode.Scalar]) -> Int {
        text.prefix { $0 == marker }.count
    }

    /// `# Heading` … `###### Heading`: the number of `#`, or nil.
    private static func atxLevel(_ rest: [Unicode.Scalar]) -> Int? {
        let level = run(of: "#", in: rest)
        guard (1...6).contains(level) else { return nil }
        return level == rest.count || rest[level] == " " || rest[level] == "\t" ? level : nil
    }

    private static func isListItem(_ rest: [Unicode.Scalar]) -> Bool {
        guard let first = rest.first else { return false }
        if "-*+".unicodeScalars.contains(first) { return rest.count == 1 || rest[1] == " " || rest[1] == "\t" }
        let digits = rest.prefix { ("0"..."9").contains($0) }.count
        guard (1...9).contains(digits), digits < rest.count, rest[digits] == "." || rest[digits] == ")" else { return false }
        return digits + 1 == rest.count || rest[digits + 1] == " "
    }

    /// `[label]: destination`.
    private static func isReferenceDefinition(_ rest: [Unicode.Scalar]) -> Bool {
        guard rest.first == "[", let close = rest.firstIndex(of: "]"), close > 1 else { return false }
        return close + 1 < rest.count && rest[close + 1] == ":"
    }

    /// A heading's or paragraph line's words: the masked text without `#` markers and extra spaces.
    private static func text(of masked: [Unicode.Scalar]) -> String {
        var text = String(String.UnicodeScalarView(masked))
        while text.hasSuffix("#") || text.hasSuffix(" ") || text.hasSuffix("\r") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }
}

/// Blanks what a reader does not read within one line: code spans, `](destination)`, `][label]`,
/// `<tags>` and `<autolinks>`, HTML comments (which may go on over lines), bare URLs and e-mail
/// addresses.
private enum InlineMask {
    static func apply(_ line: [Unicode.Scalar], inComment: inout Bool) -> [Unicode.Scalar] {
        var out = line
        var i = 0
        func blank(_ range: Range<Int>) { for k in range where out[k] != "\t" { out[k] = " " } }
        // Looked up once per line, so unmatched backticks or `<` cost no rescans of the line.
        let runs = backtickRuns(line)
        var nextRun: [Int: Int] = [:]  // per length, the first run not yet passed (i only grows)
        func closingRun(_ length: Int, after start: Int) -> Int? {
            guard let starts = runs[length] else { return nil }
            var k = nextRun[length] ?? 0
            while k < starts.count, starts[k] <= start { k += 1 }
            nextRun[length] = k
            return k < starts.count ? starts[k] : nil
        }
        let lastAngle = line.lastIndex(of: ">") ?? -1
        while i < line.count {
            if inComment {
                let end = find(Array("-->".unicodeScalars), in: line, from: i)
                blank(i..<(end.map { $0 + 3 } ?? line.count))
                inComment = end == nil
                i = end.map { $0 + 3 } ?? line.count
                continue
            }
            let scalar = line[i]
            switch scalar {
            case "`":
                let length = line[i...].prefix { $0 == "`" }.count
                if let close = closingRun(length, after: i) {
                    blank(i..<(close + length))
                    i = close + length
                } else {
                    i += length
                }
                continue
            case "<" where starts(line, at: i, with: "<!--"):
                inComment = true
                blank(i..<(i + 4))
                i += 4
                continue
            case "<" where i < lastAngle && (ProseText.isLetter(line[i + 1]) || line[i + 1] == "/"):
                if let close = line[i...].firstIndex(of: ">") {
                    blank(i..<(close + 1))
                    i = close + 1
                    continue
                }
            case "]" where i + 1 < line.count && (line[i + 1] == "(" || line[i + 1] == "["):
                let end = closing(of: line[i + 1], in: line, from: i + 1)
                blank((i + 1)..<end)
                i = end
                continue
            default:
                if (i == 0 || !ProseText.isWordScalar(line[i - 1])), isURLStart(line, at: i) {
                    let end = line[i...].firstIndex { $0 == " " || $0 == "\t" || $0 == "<" || $0 == ")" } ?? line.count
                    blank(i..<end)
                    i = end
                    continue
                }
            }
            i += 1
        }
        blankEmailAddresses(&out)
        return out
    }

    /// Whether `text` (lowercase) stands at `i`, in any case; called at every word start, so it
    /// compares in place rather than copying.
    private static func starts(_ line: [Unicode.Scalar], at i: Int, with text: String) -> Bool {
        var j = i
        for scalar in text.unicodeScalars {
            guard j < line.count, ProseText.lowercased(line[j]) == scalar else { return false }
            j += 1
        }
        return true
    }

    private static func isURLStart(_ line: [Unicode.Scalar], at i: Int) -> Bool {
        guard i < line.count, ["h", "w", "m"].contains(ProseText.lowercased(line[i])) else { return false }
        return ["http://", "https://", "www.", "mailto:"].contains { starts(line, at: i, with: $0) }
    }

    private static func find(_ pattern: [Unicode.Scalar], in line: [Unicode.Scalar], from start: Int) -> Int? {
        guard line.count >= pattern.count, start <= line.count - pattern.count else { return nil }
        return (start...(line.count - pattern.count)).first { Array(line[$0..<($0 + pattern.count)]) == pattern }
    }

    /// Where each run of backticks starts, by the run's length.
    private static func backtickRuns(_ line: [Unicode.Scalar]) -> [Int: [Int]] {
        var runs: [Int: [Int]] = [:]
        var i = 0
        while i < line.count {
            guard line[i] == "`" else { i += 1; continue }
            let run = line[i...].prefix { $0 == "`" }.count
            runs[run, default: []].append(i)
            i += run
        }
        return runs
    }

    /// The index after the `)` or `]` that closes the bracket at `open` (nested parentheses
    /// counted), or the line's end.
    private static func closing(of bracket: Unicode.Scalar, in line: [Unicode.Scalar], from open: Int) -> Int {
        let close: Unicode.Scalar = bracket == "(" ? ")" : "]"
        var depth = 0
        var i = open
        while i < line.count {
            if line[i] == "\\" { i += 2; continue }
            if line[i] == bracket { depth += 1 }
            if line[i] == close { depth -= 1; if depth == 0 { return i + 1 } }
            i += 1
        }
        return line.count
    }

    /// `jobs@example.com`: any run of non-space characters with an `@` between word characters.
    private static func blankEmailAddresses(_ out: inout [Unicode.Scalar]) {
        var start = 0
        while start < out.count {
            let end = out[start...].firstIndex { $0 == " " || $0 == "\t" } ?? out.count
            if let at = out[start..<end].firstIndex(of: "@"), at > start, at + 1 < end,
               ProseText.isWordScalar(out[at - 1]), ProseText.isWordScalar(out[at + 1]) {
                for k in start..<end { out[k] = " " }
            }
            start = end + 1
        }
    }
}
