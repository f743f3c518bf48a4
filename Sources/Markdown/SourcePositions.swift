import CMarkGFM
import Diagnostics
import Foundation  // memchr

/// Where a link or image starts in the Markdown source, for diagnostics.
///
/// cmark-gfm 0.29.0.gfm.6 records inline positions, but some come out wrong, the first two in
/// cases common in hard-wrapped prose:
/// - a link whose text spans lines gets the line of its closing `]` (the column is right);
/// - on a lazy continuation line (`> quote` followed by an unprefixed line, or the same in a list
///   item) the column is shifted by the width of the container's prefix the line does not have;
/// - extension autolinks are one column early (`www.…`) or have no position at all (`https://…`,
///   e-mail addresses), and can shift the `<https://…>` autolinks after them.
/// The text nodes inside a link carry the right line, and the source tells where the `[` really
/// is, so these are corrected here. Positions are only computed for links reported broken.
struct SourcePositions {
    private let source: UnsafeBufferPointer<UInt8>
    /// Byte offset where each line starts; cmark ends lines at `\n`, `\r\n` or `\r`.
    private let lineStarts: [Int]
    /// Where the last autolink found by its text ended; see `find(_:near:line:)`.
    private var autolinkCursor = -1
    /// The last column counted: on `line`, `scalars` characters precede byte `offset`.
    private var columnCursor = (line: 0, offset: 0, scalars: 0)

    init(_ source: UnsafeBufferPointer<UInt8>) {
        self.source = source
        var starts = [0]
        if let base = source.baseAddress, memchr(base, Int32(UInt8(ascii: "\r")), source.count) == nil {
            // The usual case, only `\n`: let memchr find them.
            var from = 0
            while from < source.count, let found = memchr(base + from, Int32(UInt8(ascii: "\n")), source.count - from) {
                from = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(from)
            }
        } else {
            var i = 0
            while i < source.count {
                let byte = source[i]
                i += 1
                if byte == UInt8(ascii: "\r"), i < source.count, source[i] == UInt8(ascii: "\n") { i += 1 }
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { starts.append(i) }
            }
        }
        lineStarts = starts
    }

    /// The 1-based line and column (in Unicode scalars) of a link's `[`, an image's `!`, or an
    /// autolink's first character (`<` or the URL itself). (0, 0) if it cannot be found.
    mutating func start(ofLink node: OpaquePointer) -> (line: Int, column: Int) {
        let reportedLine = Int(cmark_node_get_start_line(node))
        let reportedColumn = Int(cmark_node_get_start_column(node))
        let isImage = cmark_node_get_type(node) == CMARK_NODE_IMAGE
        var line = 0
        var byteColumn = 0
        if reportedLine > 0, reportedColumn > 0 {
            line = min(reportedLine, lineFromContent(of: node, reportedLine: reportedLine))
            byteColumn = reportedColumn
        }
        if line > 0, byteIs(opener: isImage, line: line, byteColumn: byteColumn) {
            // cmark got it right: the common case.
        } else if let text = autolinkText(node) {
            if let offset = find(text, near: node, line: line) {
                (line, byteColumn) = position(ofOffset: offset)
            }
        } else if line > 0, let found = lastOpener(isImage: isImage, line: line, atOrBefore: byteColumn) {
            byteColumn = found
        }
        guard line > 0 else { return (0, 0) }
        return (line, scalarColumn(line: line, byteColumn: byteColumn))
    }

    /// The 1-based line and column (in Unicode scalars) of a raw HTML node's `<`: where cmark
    /// says, or else the first `<` of the node's text at or after cmark's column on its line (a
    /// lazy continuation line shifts inline columns, as for links). (0, 0) if it has no position.
    mutating func start(ofHTML node: OpaquePointer, literal: String) -> (line: Int, column: Int) {
        let line = Int(cmark_node_get_start_line(node))
        var byteColumn = Int(cmark_node_get_start_column(node))
        guard line > 0, line <= lineStarts.count, byteColumn > 0 else { return (0, 0) }
        let bytes = lineBytes(line)
        let head = Array(literal.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.prefix { $0 != UInt8(ascii: "\n") }.prefix(16))
        func fits(_ head: [UInt8], at offset: Int) -> Bool {
            offset >= 0 && offset + head.count <= source.count && self.matches(head, at: offset)
        }
        if !fits(head, at: bytes.lowerBound + byteColumn - 1) {
            let start = bytes.lowerBound + min(byteColumn - 1, bytes.count)
            let from = (bytes.lowerBound..<bytes.upperBound).contains(start) ? start : bytes.lowerBound
            if let found = ((from..<bytes.upperBound).first { fits(head, at: $0) }
                            ?? (bytes.lowerBound..<from).first { fits(head, at: $0) }) {
                byteColumn = found - bytes.lowerBound + 1
            }
        }
        return (line, scalarColumn(line: line, byteColumn: byteColumn))
    }

    /// The link's first line, judged from its first text node (whose line cmark gets right) less
    /// the line breaks before it; for `[\nfoo](x)` the `[` is on the line above `foo`.
    private func lineFromContent(of node: OpaquePointer, reportedLine: Int) -> Int {
        var breaks = 0
        var line: Int?
        CMark.walk(node) { child, entering in
            guard entering, line == nil else { return false }
            if child == node { return true }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                breaks += 1
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                let childLine = Int(cmark_node_get_start_line(child))
                if childLine > 0 { line = childLine - breaks }
            default:
                break
            }
            return true
        }
        return max(1, line ?? (reportedLine - breaks))
    }

    /// The visible text of an autolink (`<https://example.com>`, bare `www.example.com`,
    /// `https://…` or `me@example.com`): a link whose only text is (the end of) its destination.
    /// cmark-gfm places the bare kinds one column early or not at all, so they are looked up by
    /// their text instead.
    private func autolinkText(_ node: OpaquePointer) -> [UInt8]? {
        guard cmark_node_get_type(node) == CMARK_NODE_LINK,
              let child = cmark_node_first_child(node), cmark_node_next(child) == nil,
              cmark_node_get_type(child) == CMARK_NODE_TEXT,
              let url = cmark_node_get_url(node).map({ String(cString: $0) })
        else { return nil }
        let text = CMark.literal(of: child)
        return !text.isEmpty && url.hasSuffix(text) ? Array(text.utf8) : nil
    }

    /// The byte offset of `text` in the source: on `line` if known, else within the nearest
    /// enclosing block that has a position. The search starts after the autolink found last, so
    /// repeated URLs map to successive occurrences. An opening `<` or `[` right before the text
    /// is where the link starts.
    private mutating func find(_ text: [UInt8], near node: OpaquePointer, line: Int) -> Int? {
        var region: Range<Int>
        if line > 0 {
            region = lineBytes(line)
        } else {
            var ancestor = cmark_node_parent(node)
            while let block = ancestor, cmark_node_get_start_line(block) <= 0 {
                ancestor = cmark_node_parent(block)
            }
            guard let block = ancestor else { return nil }
            let first = lineBytes(Int(cmark_node_get_start_line(block)))
            let last = lineBytes(max(Int(cmark_node_get_end_line(block)), Int(cmark_node_get_start_line(block))))
            region = first.lowerBound..<max(first.upperBound, last.upperBound)
        }
        if region.contains(autolinkCursor) { region = autolinkCursor..<region.upperBound }
        var offset = region.lowerBound
        while offset + text.count <= region.upperBound {
            if source[offset] == text[0], matches(text, at: offset) {
                autolinkCursor = offset + text.count
                if offset > 0, source[offset - 1] == UInt8(ascii: "<") || source[offset - 1] == UInt8(ascii: "[") {
                    return offset - 1
                }
                return offset
            }
            offset += 1
        }
        return nil
    }

    private func matches(_ text: [UInt8], at offset: Int) -> Bool {
        for k in 0..<text.count where source[offset + k] != text[k] { return false }
        return true
    }

    /// 1-based line and byte column of a byte offset.
    private func position(ofOffset offset: Int) -> (line: Int, byteColumn: Int) {
        // The last line start at or before `offset` (binary search: lineStarts is sorted).
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    private func lineBytes(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return source.count..<source.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : source.count
        while end > start, source[end - 1] == UInt8(ascii: "\n") || source[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return start..<end
    }

    private func byteIs(opener isImage: Bool, line: Int, byteColumn: Int) -> Bool {
        let bytes = lineBytes(line)
        let offset = bytes.lowerBound + byteColumn - 1
        guard bytes.contains(offset) else { return false }
        return isImage ? source[offset] == UInt8(ascii: "!") : source[offset] == UInt8(ascii: "[")
            || source[offset] == UInt8(ascii: "<")
    }

    /// The nearest `[` (or `![` for images) at or before `byteColumn` on `line`.
    private func lastOpener(isImage: Bool, line: Int, atOrBefore byteColumn: Int) -> Int? {
        let bytes = lineBytes(line)
        var offset = min(bytes.lowerBound + byteColumn - 1, bytes.upperBound - 1)
        while offset >= bytes.lowerBound {
            if isImage {
                if source[offset] == UInt8(ascii: "!"), offset + 1 < bytes.upperBound,
                   source[offset + 1] == UInt8(ascii: "[") {
                    return offset - bytes.lowerBound + 1
                }
            } else if source[offset] == UInt8(ascii: "[") {
                return offset - bytes.lowerBound + 1
            }
            offset -= 1
        }
        return nil
    }

    /// cmark's columns count bytes; diagnostics count characters (as the YAML front matter's do).
    /// Counting resumes from the previous link when it stood earlier on the same line, so many
    /// links on one long line (a table row, a minified paragraph) are counted in one pass.
    private mutating func scalarColumn(line: Int, byteColumn: Int) -> Int {
        let bytes = lineBytes(line)
        let end = min(bytes.lowerBound + byteColumn - 1, bytes.upperBound)
        guard end > bytes.lowerBound else { return byteColumn }
        var (start, scalars) = (bytes.lowerBound, 0)
        if columnCursor.line == line, columnCursor.offset <= end {
            (start, scalars) = (columnCursor.offset, columnCursor.scalars)
        }
        for offset in start..<end where source[offset] & 0xC0 != 0x80 {
            scalars += 1
        }
        WorkMeter.add(end - start)
        columnCursor = (line, end, scalars)
        return scalars + 1
    }
}
