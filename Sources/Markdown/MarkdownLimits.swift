/// Bounds on the Markdown shapes that make cmark-gfm 0.29.0.gfm.6 (Debian's libcmark-gfm, the
/// library the build links) take time or memory growing faster than the input. That release
/// predates the upstream fixes of CVE-2023-22483, -22484, -22486 (0.29.0.gfm.7), CVE-2023-24824,
/// -26485 (gfm.10) and CVE-2023-37463 (gfm.12); one 240 KB posting of `![[]()` takes the library
/// minutes. `check(_:)` reads a Markdown text once, in time linear in its length, and refuses it
/// *before* cmark-gfm sees it when it holds such a shape beyond the limit.
///
/// Every limit is far above what written prose needs (a normal 1 MB posting passes) and low
/// enough that the parser's worst case under it stays linear: the slow paths cost (number of
/// pending openers or lines) × (length of the run they rescan), and bounding the first factor
/// per paragraph bounds the total by a constant times the body's size. The scan follows
/// cmark's block structure closely enough to count what the parser counts, and when unsure it
/// counts more, never less (a fenced code block is skipped; an indented one is read as text).
public struct MarkdownLimits: Sendable, Hashable {
    /// A limit's name, as written under `limits:` in site.yml.
    public enum Limit: String, Sendable, Hashable, CaseIterable {
        case bodyBytes = "body_bytes"
        case nestingDepth = "nesting_depth"
        case inlineDepth = "inline_depth"
        case autolinksPerWord = "autolinks_per_word"
        case tableColumns = "table_columns"
        case tableCells = "table_cells"
        case tableHeaderLines = "table_header_lines"
    }

    /// UTF-8 bytes of one Markdown body; also the most that link reference definitions may
    /// expand it to (a definition is copied into every use).
    public var bodyBytes = 4 * 1024 * 1024
    /// Blockquotes and list items inside one another (CVE-2023-22483, CVE-2023-24824).
    public var nestingDepth = 32
    /// Openers waiting for their closer in one paragraph, per kind: `[` and `![`
    /// (CVE-2023-22486), runs of `*`, `_` or `~` (CVE-2023-22483), `<?` and `<![CDATA[`.
    public var inlineDepth = 64
    /// `www.`, `://` and `@` within one word, each of which the autolink extension scans the
    /// whole word for (CVE-2023-22483).
    public var autolinksPerWord = 16
    /// Cells in one table row, header and delimiter row included (CVE-2023-22483, CVE-2023-37463).
    public var tableColumns = 128
    /// Rows × columns of the tables of one body, header rows included: every missing cell is
    /// filled in (CVE-2023-37463), so a few bytes can ask for a table of any size.
    public var tableCells = 200_000
    /// Lines of paragraph text above a table's delimiter row, all of which the table
    /// extension re-reads for each such row (CVE-2023-22483).
    public var tableHeaderLines = 10

    public init() {}

    public subscript(limit: Limit) -> Int {
        get {
            switch limit {
            case .bodyBytes: bodyBytes
            case .nestingDepth: nestingDepth
            case .inlineDepth: inlineDepth
            case .autolinksPerWord: autolinksPerWord
            case .tableColumns: tableColumns
            case .tableCells: tableCells
            case .tableHeaderLines: tableHeaderLines
            }
        }
        set {
            switch limit {
            case .bodyBytes: bodyBytes = newValue
            case .nestingDepth: nestingDepth = newValue
            case .inlineDepth: inlineDepth = newValue
            case .autolinksPerWord: autolinksPerWord = newValue
            case .tableColumns: tableColumns = newValue
            case .tableCells: tableCells = newValue
            case .tableHeaderLines: tableHeaderLines = newValue
            }
        }
    }

    /// Checks `markdown` in one pass over its UTF-8 bytes. Returns the first limit it crosses,
    /// at the line and column (1-based, columns in Unicode scalars) of the byte that crossed it,
    /// or nil when cmark-gfm may parse it.
    public func check(_ markdown: String) -> MarkdownLimitViolation? {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            var scanner = LimitScanner(bytes: bytes, limits: self)
            return scanner.run()
        }
    }
}

/// A Markdown text that crosses one of the `MarkdownLimits`.
public struct MarkdownLimitViolation: Sendable, Hashable {
    public var limit: MarkdownLimits.Limit
    /// 1-based, in the checked text (callers add their front-matter offset).
    public var line: Int
    /// 1-based, in Unicode scalars.
    public var column: Int
    /// What was found, the limit and why it exists, and how to fix or raise it.
    public var message: String
}

/// The one pass behind `MarkdownLimits.check`: line by line, a light model of cmark's blocks
/// (quotes, list items, fenced code, paragraphs, tables, link reference definitions) and,
/// inside paragraphs, counters of the inline openers cmark keeps on its stacks.
struct LimitScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let limits: MarkdownLimits

    /// The current line: number (1-based) and byte range without its line ending.
    var line = 0
    var lineStart = 0
    var lineEnd = 0

    /// Content columns of the open list items, innermost last.
    var listColumns: [Int] = []
    var previousBlank = true
    var fence: Fence?

    /// Lines of the open paragraph so far (0: none open), the quote depth it opened at, and the
    /// cells of its last line (a table's header candidate).
    var paragraphLines = 0
    var paragraphQuotes = 0
    var previousCells = 0
    var openers = InlineOpeners()
    var table: (columns: Int, rows: Int)?
    /// Cells of the tables before the open one.
    var earlierTableCells = 0

    /// Link reference definitions: the one being read, whether another may start on the next
    /// line, the largest seen, and the places that may use one (`]` not followed by `(`).
    var definition = Definition.none
    var definitionMayStart = false
    var largestDefinition: (bytes: Int, line: Int, column: Int)?
    var referenceUses = 0

    struct Fence {
        var marker: UInt8
        var length: Int
        var quotes: Int
        var indent: Int
    }

    struct InlineOpeners {
        var brackets = 0
        var stars = 0
        var underscores = 0
        /// Pending `~` and `~~` openers, and closers that found only an opener of the other
        /// length: the strikethrough extension rescans all of them for every closer.
        var tildes = (single: 0, double: 0, unmatched: 0)
        var instructions = 0
        var cdata = 0
    }

    enum Definition {
        case none
        /// After `[label]:`, before the destination.
        case destination(start: Int, line: Int, column: Int)
        /// After the destination, at the end of a line: a title may start on the next one.
        case title(start: Int, line: Int, column: Int, destinationEnd: Int)
        /// Inside a title, which ends at `closer`.
        case inTitle(start: Int, line: Int, column: Int, destinationEnd: Int, closer: UInt8)
    }

    init(bytes: UnsafeBufferPointer<UInt8>, limits: MarkdownLimits) {
        self.bytes = bytes
        self.limits = limits
    }

    mutating func run() -> MarkdownLimitViolation? {
        if bytes.count > limits.bodyBytes {
            return bodyTooLarge()
        }
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != .lineFeed, bytes[end] != .carriageReturn { end += 1 }
            line += 1
            lineStart = start
            lineEnd = end
            if let violation = scanLine() { return violation }
            start = end + (end + 1 < bytes.count && bytes[end] == .carriageReturn && bytes[end + 1] == .lineFeed ? 2 : 1)
        }
        endParagraph()
        return referenceExpansion()
    }

    // MARK: Blocks

    mutating func scanLine() -> MarkdownLimitViolation? {
        let (quotes, afterQuotes) = countQuotes()
        let (contentStart, contentColumn) = skipSpaces(from: afterQuotes.index, column: afterQuotes.column)
        let blank = contentStart == lineEnd
        if let open = fence {
            // A fenced block ends with its container: a line with fewer `>` or, inside a list
            // item, a line indented less than the item's content.
            if quotes >= open.quotes && (blank || contentColumn >= open.indent) {
                if !blank, isClosingFence(open, at: contentStart) { fence = nil }
                return nil
            }
            fence = nil
        }
        if blank {
            endParagraph()
            endTable()
            previousBlank = true
            return nil
        }
        if previousBlank {
            // After a blank line, a line indented less than a list item's content closes it.
            while let last = listColumns.last, last > contentColumn { listColumns.removeLast() }
        }
        defer { previousBlank = false }
        return scanContainers()
    }

    /// Reads the line's container markers (`>` and list markers, in any order), checking the
    /// nesting depth at each, then the block that follows them.
    mutating func scanContainers() -> MarkdownLimitViolation? {
        var index = lineStart, column = 0, quotes = 0
        while true {
            (index, column) = skipSpaces(from: index, column: column)
            guard index < lineEnd else { break }
            if bytes[index] == .greaterThan {
                quotes += 1
                if let violation = checkNesting(quotes: quotes, at: index) { return violation }
                index += 1
                column += 1
            } else if let marker = listMarker(at: index) {
                endParagraph()
                endTable()
                while let last = listColumns.last, last > column { listColumns.removeLast() }
                let (next, contentColumn) = itemContent(after: index + marker, column: column + marker)
                listColumns.append(contentColumn)
                if let violation = checkNesting(quotes: quotes, at: index) { return violation }
                index = next
                column = contentColumn
            } else {
                break
            }
        }
        if quotes > paragraphQuotes {
            endParagraph()   // a deeper quote opens; a shallower line may be a lazy continuation
            endTable()
        }
        return scanBlock(at: index, column: column, quotes: quotes)
    }

    mutating func scanBlock(at index: Int, column: Int, quotes: Int) -> MarkdownLimitViolation? {
        guard index < lineEnd else {
            endParagraph()   // an empty list item or quote line
            return nil
        }
        if let level = headingLevel(at: index), level > 0 {
            endParagraph()
            endTable()
            let violation = scanInline(from: index + level)?.violation
            endParagraph()
            return violation
        }
        if isThematicBreak(at: index) || (paragraphLines > 0 && isSetextUnderline(at: index)) {
            endParagraph()
            endTable()
            return nil
        }
        if let opened = fenceOpening(at: index) {
            endParagraph()
            endTable()
            fence = Fence(marker: opened.marker, length: opened.length, quotes: quotes,
                          indent: min(column, listColumns.last ?? 0))
            return nil
        }
        if table != nil { return scanTableRow(at: index) }
        if paragraphLines > 0, let cells = delimiterRowCells(at: index) {
            if let violation = checkDelimiterRow(cells: cells, at: index) { return violation }
            if cells == previousCells {
                endParagraph()
                table = (cells, 1)
                return checkTableCells(at: index)
            }
        }
        return scanParagraphLine(at: index, quotes: quotes)
    }

    mutating func scanParagraphLine(at index: Int, quotes: Int) -> MarkdownLimitViolation? {
        if paragraphLines == 0 {
            paragraphQuotes = quotes
            definitionMayStart = true
        }
        readDefinitions(at: index)
        paragraphLines += 1
        guard let scanned = scanInline(from: index) else { return nil }
        previousCells = scanned.cells
        return scanned.violation
    }

    mutating func scanTableRow(at index: Int) -> MarkdownLimitViolation? {
        openers = InlineOpeners()   // each cell is parsed on its own
        guard let scanned = scanInline(from: index) else { return nil }
        if let violation = scanned.violation { return violation }
        if scanned.cells > limits.tableColumns {
            return violation(.tableColumns, at: nthPipe(limits.tableColumns, from: index),
                             "a table row with \(scanned.cells.grouped) cells",
                             why: "cmark-gfm 0.29.0.gfm.6 splits a row in time growing with the square of its cells (CVE-2023-22483)",
                             fix: "split the table")
        }
        table!.rows += 1
        openers = InlineOpeners()
        return checkTableCells(at: index)
    }

    mutating func checkTableCells(at index: Int) -> MarkdownLimitViolation? {
        guard let (columns, rows) = table else { return nil }
        let cells = earlierTableCells + rows * columns
        guard cells > limits.tableCells else { return nil }
        let these = earlierTableCells > 0 ? "the tables up to here hold" : "this table holds"
        return violation(.tableCells, at: index,
                         "\(these) \(cells.grouped) cells (this one: \(rows.counting("row")) × \(columns.counting("column")), header included)",
                         why: "cmark-gfm 0.29.0.gfm.6 fills in every missing cell, in time and memory growing as rows × columns (CVE-2023-37463)",
                         fix: "split the page or its tables")
    }

    mutating func endTable() {
        if let (columns, rows) = table { earlierTableCells += rows * columns }
        table = nil
    }

    mutating func checkDelimiterRow(cells: Int, at index: Int) -> MarkdownLimitViolation? {
        if paragraphLines > limits.tableHeaderLines {
            return violation(.tableHeaderLines, at: index,
                             "a table delimiter row after \(paragraphLines.grouped) lines of paragraph text",
                             why: "cmark-gfm 0.29.0.gfm.6 re-reads all of them, in time growing with their number times their length, to find the table's header (CVE-2023-22483)",
                             fix: "put a blank line before the table's header row")
        }
        if cells > limits.tableColumns {
            return violation(.tableColumns, at: index, "a table delimiter row with \(cells.grouped) cells",
                             why: "cmark-gfm 0.29.0.gfm.6 reads a table's header in time growing with the square of its cells (CVE-2023-37463)",
                             fix: "split the table")
        }
        return nil
    }

    mutating func checkNesting(quotes: Int, at index: Int) -> MarkdownLimitViolation? {
        let depth = quotes + listColumns.count
        guard depth > limits.nestingDepth else { return nil }
        return violation(.nestingDepth, at: index, "blockquotes and list items nested \(depth.grouped) deep",
                         why: "cmark-gfm 0.29.0.gfm.6 slows down with the square of the depth (CVE-2023-24824, CVE-2023-22483)",
                         fix: "nest less deeply")
    }

    /// Ends the open paragraph: its inline openers are dropped (cmark parses each paragraph's
    /// inlines on their own) and a definition still being read is complete.
    mutating func endParagraph() {
        switch definition {
        case .title(let start, let line, let column, let destinationEnd),
             .inTitle(let start, let line, let column, let destinationEnd, _):
            recordDefinition(start: start, end: destinationEnd, line: line, column: column)
        case .none, .destination:
            break
        }
        definition = .none
        definitionMayStart = false
        paragraphLines = 0
        openers = InlineOpeners()
    }

    // MARK: Inlines

    /// Counts inline openers from `start` to the end of the line, and the line's table cells.
    /// Nil result when nothing is left to scan.
    mutating func scanInline(from start: Int) -> (cells: Int, violation: MarkdownLimitViolation?)? {
        guard start < lineEnd else { return nil }
        var index = start, pipes = 0, linksInWord = 0, webAddressInWord = false, parentheses = 0
        while index < lineEnd {
            let byte = bytes[index]
            switch byte {
            case .backslash where index + 1 < lineEnd && bytes[index + 1].isASCIIPunctuation:
                index += 2
                continue
            case .space, .tab:
                linksInWord = 0
                webAddressInWord = false
            case .rightParenthesis where webAddressInWord:
                // The autolink extension trims a web address's unbalanced `)` one at a time,
                // counting the address's parentheses again for each.
                parentheses = index > start && bytes[index - 1] == .rightParenthesis ? parentheses + 1 : 1
                if parentheses > limits.inlineDepth { return (0, tooManyOpeners("')' in a row after a web address", at: index, cve: "CVE-2023-22483")) }
            case .leftBracket:
                openers.brackets += 1
                if openers.brackets > limits.inlineDepth { return (0, tooManyOpeners("'[' open at once in one paragraph", at: index, cve: "CVE-2023-22486")) }
            case .rightBracket:
                openers.brackets = max(0, openers.brackets - 1)
                if index + 1 >= lineEnd || bytes[index + 1] != .leftParenthesis { referenceUses += 1 }
                if matches("]]>", at: index) { openers.cdata = 0 }
            case .star, .underscore, .tilde:
                let end = runEnd(from: index)
                if let violation = countDelimiterRun(from: index, to: end) { return (0, violation) }
                index = end
                continue
            case .lessThan:
                if matches("<?", at: index) {
                    openers.instructions += 1
                    if openers.instructions > limits.inlineDepth { return (0, tooManyOpeners("'<?' without '?>' in one paragraph", at: index, cve: "CVE-2023-22483")) }
                } else if matches("<![CDATA[", at: index) {
                    openers.cdata += 1
                    if openers.cdata > limits.inlineDepth { return (0, tooManyOpeners("'<![CDATA[' without ']]>' in one paragraph", at: index, cve: "CVE-2023-22483")) }
                }
            case .questionMark where matches("?>", at: index):
                openers.instructions = 0
            case .lowercaseW where matches("www.", at: index), .colon where matches("://", at: index), .at:
                webAddressInWord = webAddressInWord || byte != .at
                linksInWord += 1
                if linksInWord > limits.autolinksPerWord {
                    return (0, violation(.autolinksPerWord, at: index,
                                         "\(linksInWord.grouped) web or email addresses ('www.', '://', '@') run together in one word",
                                         why: "cmark-gfm 0.29.0.gfm.6 scans the whole word for each of them (CVE-2023-22483)",
                                         fix: "separate them with spaces"))
                }
            case .pipe:
                pipes += 1
            default:
                break
            }
            index += 1
        }
        return (cells(pipes: pipes, from: start), nil)
    }

    /// A run of `*`, `_` or `~` opens (or closes) emphasis by cmark's flanking rules, from the
    /// characters either side; a closer cancels one pending opener of its kind.
    mutating func countDelimiterRun(from start: Int, to end: Int) -> MarkdownLimitViolation? {
        let character = bytes[start]
        let before = start > lineStart ? characterClass(endingAt: start) : .whitespace
        let after = end < lineEnd ? characterClass(startingAt: end) : .whitespace
        let leftFlanking = after != .whitespace && (after != .punctuation || before != .other)
        let rightFlanking = before != .whitespace && (before != .punctuation || after != .other)
        let canOpen = character == .underscore ? leftFlanking && (!rightFlanking || before == .punctuation) : leftFlanking
        let canClose = character == .underscore ? rightFlanking && (!leftFlanking || after == .punctuation) : rightFlanking
        guard canOpen || canClose else { return nil }
        let count: Int
        switch character {
        case .star: count = Self.count(&openers.stars, canOpen: canOpen, canClose: canClose)
        case .underscore: count = Self.count(&openers.underscores, canOpen: canOpen, canClose: canClose)
        default: count = countTildes(length: end - start, canOpen: canOpen, canClose: canClose)
        }
        guard count > limits.inlineDepth else { return nil }
        return tooManyOpeners("'\(Character(Unicode.Scalar(character)))' emphasis runs open at once in one paragraph", at: start, cve: "CVE-2023-22483")
    }

    /// A run that can close cancels a pending opener, as cmark matches it; one that can only
    /// open, or finds nothing to close, is pending itself. The count when it grew, else 0.
    static func count(_ pending: inout Int, canOpen: Bool, canClose: Bool) -> Int {
        if canClose, pending > 0 {
            pending -= 1
            return 0
        }
        guard canOpen else { return 0 }
        pending += 1
        return pending
    }

    /// `~` pairs only with `~` and `~~` only with `~~`; a closer facing only openers of the
    /// other length stays on the extension's stack (22483's `~e,z~~,z~~…`).
    mutating func countTildes(length: Int, canOpen: Bool, canClose: Bool) -> Int {
        let single = length == 1
        if canClose, single ? openers.tildes.single > 0 : openers.tildes.double > 0 {
            if single { openers.tildes.single -= 1 } else { openers.tildes.double -= 1 }
            return 0
        }
        if canOpen {
            if single { openers.tildes.single += 1 } else { openers.tildes.double += 1 }
        } else if openers.tildes.single + openers.tildes.double > 0 {
            openers.tildes.unmatched += 1
        } else {
            return 0
        }
        return openers.tildes.single + openers.tildes.double + openers.tildes.unmatched
    }

    func tooManyOpeners(_ what: String, at index: Int, cve: String) -> MarkdownLimitViolation {
        violation(.inlineDepth, at: index, "more than \(limits.inlineDepth.grouped) \(what)",
                  why: "cmark-gfm 0.29.0.gfm.6 rescans the pending ones for each new one, in time growing with the square of their number (\(cve))",
                  fix: "close them, escape them with '\\', or split the paragraph")
    }

    // MARK: Link reference definitions

    /// Follows `[label]: destination "title"` definitions at the start of a paragraph. Their
    /// size times the places that may use them bounds what cmark-gfm expands them to.
    mutating func readDefinitions(at start: Int) {
        var index = start
        switch definition {
        case .none:
            break
        case .destination(let begin, let line, let column):
            readDestination(at: index, start: begin, line: line, column: column)
            return
        case .title(let begin, let line, let column, let destinationEnd):
            index = skipSpaces(from: index, column: 0).index
            if index < lineEnd, let closer = titleCloser(bytes[index]) {
                readTitle(from: index + 1, closer: closer, start: begin, line: line, column: column, destinationEnd: destinationEnd)
                return
            }
            recordDefinition(start: begin, end: destinationEnd, line: line, column: column)
            definition = .none
            definitionMayStart = true
        case .inTitle(let begin, let line, let column, let destinationEnd, let closer):
            readTitle(from: index, closer: closer, start: begin, line: line, column: column, destinationEnd: destinationEnd)
            return
        }
        guard definitionMayStart, let labelEnd = definitionLabelEnd(at: index) else {
            definitionMayStart = false
            return
        }
        referenceUses -= 1   // the label's own `]`, which the inline scan counts
        readDestination(at: labelEnd, start: index, line: line, column: column(of: index))
    }

    mutating func readDestination(at start: Int, start begin: Int, line: Int, column: Int) {
        var index = skipSpaces(from: start, column: 0).index
        guard index < lineEnd else {
            definition = .destination(start: begin, line: line, column: column)
            return
        }
        if bytes[index] == .lessThan {
            while index < lineEnd, bytes[index] != .greaterThan { index += 1 }
            index = min(index + 1, lineEnd)
        } else {
            while index < lineEnd, bytes[index] != .space, bytes[index] != .tab { index += 1 }
        }
        let destinationEnd = index
        index = skipSpaces(from: index, column: 0).index
        if index == lineEnd {
            definition = .title(start: begin, line: line, column: column, destinationEnd: destinationEnd)
        } else if let closer = titleCloser(bytes[index]) {
            readTitle(from: index + 1, closer: closer, start: begin, line: line, column: column, destinationEnd: destinationEnd)
        } else {
            definition = .none   // text after the destination: not a definition
            definitionMayStart = false
        }
    }

    mutating func readTitle(from start: Int, closer: UInt8, start begin: Int, line: Int, column: Int, destinationEnd: Int) {
        var index = start
        while index < lineEnd {
            if bytes[index] == .backslash { index += 2; continue }
            if bytes[index] == closer {
                recordDefinition(start: begin, end: index + 1, line: line, column: column)
                definition = .none
                definitionMayStart = true
                return
            }
            index += 1
        }
        definition = .inTitle(start: begin, line: line, column: column, destinationEnd: destinationEnd, closer: closer)
    }

    mutating func recordDefinition(start: Int, end: Int, line: Int, column: Int) {
        let size = end - start
        if size > largestDefinition?.bytes ?? 0 { largestDefinition = (size, line, column) }
    }

    /// cmark-gfm 0.29.0.gfm.6 copies a definition into every link that uses it, so a long
    /// definition and many uses grow the page as their product (CVE-2023-22483).
    func referenceExpansion() -> MarkdownLimitViolation? {
        guard let largest = largestDefinition else { return nil }
        let (expanded, overflow) = largest.bytes.multipliedReportingOverflow(by: referenceUses)
        guard overflow || expanded > limits.bodyBytes else { return nil }
        return MarkdownLimitViolation(
            limit: .bodyBytes, line: largest.line, column: largest.column,
            message: "this link reference definition is \(largest.bytes.grouped) bytes long and the body has \(referenceUses.grouped) places that may use it ('[…]' without '(…)'), up to \(overflow ? "more than \(Int.max.grouped)" : expanded.grouped) bytes once expanded; the limit is \(limits.bodyBytes.grouped) bytes: cmark-gfm 0.29.0.gfm.6 copies a definition into every use (CVE-2023-22483); shorten the definition (a title may not run on for lines), or raise limits.\(MarkdownLimits.Limit.bodyBytes.rawValue) in site.yml")
    }

    // MARK: Recognising markers

    /// Quote markers at the start of the line, and where the text after the last one starts.
    func countQuotes() -> (Int, (index: Int, column: Int)) {
        var index = lineStart, column = 0, quotes = 0
        var after = (index: lineStart, column: 0)
        while true {
            (index, column) = skipSpaces(from: index, column: column)
            guard index < lineEnd, bytes[index] == .greaterThan else { return (quotes, after) }
            quotes += 1
            index += 1
            column += 1
            after = (index, column)
        }
    }

    /// Width of a list marker (`-`, `+`, `*`, `1.`, `1)`) at `index` that starts a list item
    /// here: one that may interrupt the open paragraph, and is not a thematic break.
    func listMarker(at index: Int) -> Int? {
        let byte = bytes[index]
        var end = index
        var orderedNumber: Int?
        if byte == .dash || byte == .plus || byte == .star {
            end = index + 1
        } else {
            var number = 0
            while end < lineEnd, end - index < 9, bytes[end].isASCIIDigit {
                number = number * 10 + Int(bytes[end] - .zero)
                end += 1
            }
            guard end > index, end < lineEnd, bytes[end] == .period || bytes[end] == .rightParenthesis else { return nil }
            orderedNumber = number
            end += 1
        }
        guard end == lineEnd || bytes[end] == .space || bytes[end] == .tab else { return nil }
        if byte != .plus, orderedNumber == nil, isThematicBreak(at: index) { return nil }
        if paragraphLines > 0 {
            // Only an item with text, and an ordered one only when it starts at 1, interrupts a
            // paragraph; otherwise the line continues it.
            let hasText = skipSpaces(from: end, column: 0).index < lineEnd
            guard hasText, orderedNumber == nil || orderedNumber == 1 else { return nil }
        }
        return end - index
    }

    /// After a list marker: where the item's text starts and its content column (the marker's
    /// end plus 1–4 spaces; 1 when the item is empty or starts with indented code).
    func itemContent(after index: Int, column: Int) -> (index: Int, column: Int) {
        let (next, nextColumn) = skipSpaces(from: index, column: column)
        if next == lineEnd || nextColumn - column > 4 {
            return (min(index + 1, lineEnd), column + 1)
        }
        return (next, nextColumn)
    }

    func headingLevel(at index: Int) -> Int? {
        var end = index
        while end < lineEnd, bytes[end] == .hash, end - index < 7 { end += 1 }
        let level = end - index
        guard (1...6).contains(level), end == lineEnd || bytes[end] == .space || bytes[end] == .tab else { return nil }
        return level
    }

    func isThematicBreak(at index: Int) -> Bool {
        let marker = bytes[index]
        guard marker == .dash || marker == .star || marker == .underscore else { return false }
        var count = 0
        for position in index..<lineEnd {
            let byte = bytes[position]
            if byte == marker { count += 1 } else if byte != .space && byte != .tab { return false }
        }
        return count >= 3
    }

    func isSetextUnderline(at index: Int) -> Bool {
        let marker = bytes[index]
        guard marker == .equals || marker == .dash else { return false }
        var position = index
        while position < lineEnd, bytes[position] == marker { position += 1 }
        return skipSpaces(from: position, column: 0).index == lineEnd
    }

    func fenceOpening(at index: Int) -> (marker: UInt8, length: Int)? {
        let marker = bytes[index]
        guard marker == .backtick || marker == .tilde else { return nil }
        let end = runEnd(from: index)
        guard end - index >= 3 else { return nil }
        if marker == .backtick, bytes[end..<lineEnd].contains(.backtick) { return nil }
        return (marker, end - index)
    }

    func isClosingFence(_ fence: Fence, at index: Int) -> Bool {
        guard bytes[index] == fence.marker else { return false }
        let end = runEnd(from: index)
        return end - index >= fence.length && skipSpaces(from: end, column: 0).index == lineEnd
    }

    /// Cells of a table delimiter row (`|---|:--:|`, `:-`, `-|-`), as cmark-gfm's table
    /// extension recognises one; nil for any other line (a line of only `-` is a heading
    /// underline or a thematic break).
    func delimiterRowCells(at start: Int) -> Int? {
        var index = start, cells = 0, pipeOrColon = false
        if bytes[index] == .pipe { index += 1; pipeOrColon = true }
        while true {
            index = skipSpaces(from: index, column: 0).index
            if index == lineEnd { break }
            if bytes[index] == .colon { index += 1; pipeOrColon = true }
            let dashes = index
            while index < lineEnd, bytes[index] == .dash { index += 1 }
            guard index > dashes else { return nil }
            if index < lineEnd, bytes[index] == .colon { index += 1; pipeOrColon = true }
            index = skipSpaces(from: index, column: 0).index
            cells += 1
            if index == lineEnd { break }
            guard bytes[index] == .pipe else { return nil }
            index += 1
            pipeOrColon = true
        }
        return cells > 0 && pipeOrColon ? cells : nil
    }

    /// `[label]:` at `index` (not a footnote's `[^…]:`): the index after the colon.
    func definitionLabelEnd(at index: Int) -> Int? {
        guard index + 1 < lineEnd, bytes[index] == .leftBracket, bytes[index + 1] != .caret else { return nil }
        var position = index + 1
        while position < lineEnd, position - index <= 1000 {
            switch bytes[position] {
            case .backslash: position += 2; continue
            case .leftBracket: return nil
            case .rightBracket:
                return position + 1 < lineEnd && bytes[position + 1] == .colon && position > index + 1 ? position + 2 : nil
            default: position += 1
            }
        }
        return nil
    }

    func titleCloser(_ byte: UInt8) -> UInt8? {
        switch byte {
        case .quote: .quote
        case .apostrophe: .apostrophe
        case .leftParenthesis: .rightParenthesis
        default: nil
        }
    }

    // MARK: Bytes

    /// Skips spaces and tabs, advancing a column that counts a tab to the next multiple of 4.
    func skipSpaces(from start: Int, column: Int) -> (index: Int, column: Int) {
        var index = start, column = column
        while index < lineEnd {
            if bytes[index] == .space { column += 1 } else if bytes[index] == .tab { column += 4 - column % 4 } else { break }
            index += 1
        }
        return (index, column)
    }

    func runEnd(from start: Int) -> Int {
        var end = start
        while end < lineEnd, bytes[end] == bytes[start] { end += 1 }
        return end
    }

    func matches(_ text: StaticString, at index: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= lineEnd else { return false }
        return (0..<count).allSatisfy { bytes[index + $0] == text.utf8Start[$0] }
    }

    /// Table cells of a line with `pipes` unescaped `|`: a leading and a trailing pipe add none.
    func cells(pipes: Int, from start: Int) -> Int {
        var last = lineEnd
        while last > start, bytes[last - 1] == .space || bytes[last - 1] == .tab { last -= 1 }
        let leading = bytes[start] == .pipe ? 1 : 0
        let trailing = last - 1 > start && bytes[last - 1] == .pipe && bytes[last - 2] != .backslash ? 1 : 0
        return pipes + 1 - leading - trailing
    }

    /// Index of the `|` that starts cell `count + 1` of the line (where a row crosses the limit).
    func nthPipe(_ count: Int, from start: Int) -> Int {
        var seen = bytes[start] == .pipe ? -1 : 0
        var index = start
        while index < lineEnd {
            if bytes[index] == .backslash { index += 2; continue }
            if bytes[index] == .pipe {
                seen += 1
                if seen == count { return index }
            }
            index += 1
        }
        return start
    }

    enum CharacterClass { case whitespace, punctuation, other }

    /// The class of the character that ends just before `index`, as cmark's flanking rules see it.
    func characterClass(endingAt index: Int) -> CharacterClass {
        var start = index - 1
        while start > lineStart, bytes[start] & 0xC0 == 0x80, index - start < 4 { start -= 1 }
        return characterClass(startingAt: start)
    }

    func characterClass(startingAt index: Int) -> CharacterClass {
        let byte = bytes[index]
        if byte < 0x80 {
            if byte == .space || byte == .tab || (0x0A...0x0D).contains(byte) { return .whitespace }
            return byte.isASCIIPunctuation ? .punctuation : .other
        }
        guard let scalar = decodeScalar(at: index) else { return .other }
        switch scalar.properties.generalCategory {
        case .spaceSeparator: return .whitespace
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation: return .punctuation
        default: return .other
        }
    }

    func decodeScalar(at index: Int) -> Unicode.Scalar? {
        let end = min(index + 4, lineEnd)
        var iterator = bytes[index..<end].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    // MARK: Positions and messages

    /// 1-based column of byte `index` on the current line, in Unicode scalars.
    func column(of index: Int) -> Int {
        var column = 1
        for position in lineStart..<min(index, bytes.count) where bytes[position] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    func violation(_ limit: MarkdownLimits.Limit, at index: Int, _ found: String, why: String, fix: String) -> MarkdownLimitViolation {
        MarkdownLimitViolation(
            limit: limit, line: line, column: column(of: index),
            message: "\(found); the limit is \(limits[limit].grouped): \(why); \(fix), or raise limits.\(limit.rawValue) in site.yml")
    }

    /// The position of the first byte past the limit, found by counting lines up to it.
    func bodyTooLarge() -> MarkdownLimitViolation {
        let offset = limits.bodyBytes
        var line = 1, lineStart = 0
        for index in 0..<offset where bytes[index] == .lineFeed {
            line += 1
            lineStart = index + 1
        }
        let column = 1 + bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count
        return MarkdownLimitViolation(
            limit: .bodyBytes, line: line, column: column,
            message: "this Markdown body is \(bytes.count.grouped) bytes long; the limit is \(limits.bodyBytes.grouped) bytes, so that one file cannot take the build's time or memory; split it into several pages, or raise limits.\(MarkdownLimits.Limit.bodyBytes.rawValue) in site.yml")
    }
}

extension Int {
    /// `1 row`, `1,200 rows`.
    func counting(_ noun: String) -> String { "\(grouped) \(noun)\(self == 1 ? "" : "s")" }

    /// `1234567` → `1,234,567`, for messages.
    var grouped: String {
        let digits = String(magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return self < 0 ? "-" + result : result
    }
}

extension UInt8 {
    static let tab: UInt8 = 0x09, lineFeed: UInt8 = 0x0A, carriageReturn: UInt8 = 0x0D, space: UInt8 = 0x20
    static let quote: UInt8 = 0x22, hash: UInt8 = 0x23, apostrophe: UInt8 = 0x27
    static let leftParenthesis: UInt8 = 0x28, rightParenthesis: UInt8 = 0x29, star: UInt8 = 0x2A, plus: UInt8 = 0x2B
    static let dash: UInt8 = 0x2D, period: UInt8 = 0x2E, zero: UInt8 = 0x30, colon: UInt8 = 0x3A
    static let lessThan: UInt8 = 0x3C, equals: UInt8 = 0x3D, greaterThan: UInt8 = 0x3E, questionMark: UInt8 = 0x3F
    static let at: UInt8 = 0x40, leftBracket: UInt8 = 0x5B, backslash: UInt8 = 0x5C, rightBracket: UInt8 = 0x5D
    static let caret: UInt8 = 0x5E, underscore: UInt8 = 0x5F, backtick: UInt8 = 0x60, lowercaseW: UInt8 = 0x77
    static let pipe: UInt8 = 0x7C, tilde: UInt8 = 0x7E

    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }

    /// CommonMark's ASCII punctuation: what a backslash escapes and flanking treats as punctuation.
    var isASCIIPunctuation: Bool {
        (0x21...0x2F).contains(self) || (0x3A...0x40).contains(self) || (0x5B...0x60).contains(self) || (0x7B...0x7E).contains(self)
    }
}
