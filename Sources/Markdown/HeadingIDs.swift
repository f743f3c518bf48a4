import CMarkGFM
import Diagnostics
import Foundation  // memchr, NFC

/// GitHub-style heading anchors: the slug rules, de-duplication, and getting `id="…"` into
/// cmark's HTML without re-implementing its heading renderer.
///
/// cmark has no hook for heading attributes, so each heading gets a CMARK_NODE_CUSTOM_INLINE
/// first child whose `on_enter` is a marker that cannot occur anywhere else in the output; the
/// HTML renderer prints it right after `<hN>`, and one pass over the bytes then turns
/// `<hN>` + marker into `<hN id="…">`. Everything else in the output is cmark's own, byte for byte.
enum HeadingIDs {
    /// `## Hello, World!` → `hello-world`: lowercased; letters, marks, numbers, `-` and `_` kept
    /// (any script); spaces become `-`; everything else (punctuation, symbols, emoji) is dropped.
    /// Marks are kept so that decomposed accents and Indic vowel signs stay part of their word,
    /// and the result is NFC: a heading typed decomposed (`Vergu\u{308}tung`) gets the id a link
    /// typed composed (`#vergütung`) names, since browsers compare ids code point by code point.
    static func slug(_ text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                // Fast path: no Unicode property look-ups for the common case.
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): slug.append(byte + 0x20)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "_"):
                    slug.append(byte)
                case UInt8(ascii: " "): slug.append(UInt8(ascii: "-"))
                default: break
                }
                continue
            }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .nonspacingMark, .spacingMark, .enclosingMark,
                 .decimalNumber, .letterNumber, .otherNumber:
                slug.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            default:
                break
            }
        }
        let id = String(decoding: slug, as: UTF8.self)
        return slug.contains(where: { $0 >= 0x80 }) ? id.precomposedStringWithCanonicalMapping : id
    }

    /// The plain text of a heading: text and code spans, line breaks as spaces. Images (their alt
    /// text is not visible text), raw HTML and footnote references are left out, as GitHub does.
    /// `imageAlt`: an image counts as its alt text (as in an accessible name).
    static func plainText(of heading: OpaquePointer, imageAlt: Bool = false) -> String {
        var text = ""
        CMark.walk(heading) { node, entering in
            guard entering else { return true }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += CMark.literal(of: node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            case CMARK_NODE_IMAGE:
                return imageAlt
            case CMARK_NODE_HTML_INLINE, CMARK_NODE_FOOTNOTE_REFERENCE:
                return false
            default:
                break
            }
            return true
        }
        return text
    }

    /// The marker put after `<hN>`: `prefix` + heading index + `>`.
    ///
    /// It starts with `<`, which cmark escapes everywhere except in raw HTML, and raw HTML is
    /// copied from the input line by line; the marker has no spaces or line breaks, so it can
    /// only appear in the output where we put it if the input contains the prefix itself. The
    /// prefix is therefore chosen so that it does not.
    struct Marker {
        let prefix: [UInt8]

        /// The first of `<jobsite-heading:`, `<jobsite-heading-1:`, `<jobsite-heading-2:` … that
        /// `input` does not contain, found in one pass: every occurrence of `<jobsite-heading`
        /// marks the candidate it spells as taken (a search per candidate would be quadratic in
        /// an input that spells many of them).
        init(avoiding input: UnsafeBufferPointer<UInt8>) {
            let stem = Array("<jobsite-heading".utf8)
            var taken: Set<Int> = []
            var i = 0
            while let open = firstIndex(of: stem[0], in: input, from: i) {
                i = open + 1
                guard hasPrefix(input, stem, at: open) else { continue }
                var j = open + stem.count
                if j < input.count, input[j] == UInt8(ascii: ":") {
                    taken.insert(0)
                } else if j < input.count, input[j] == UInt8(ascii: "-") {
                    // `-<digits>:`; at most 18 digits, more than any count of candidates needs.
                    j += 1
                    var number = 0, digits = 0
                    while j < input.count, digits < 18, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(input[j]) {
                        number = number * 10 + Int(input[j] - UInt8(ascii: "0"))
                        j += 1
                        digits += 1
                    }
                    if digits > 0, j < input.count, input[j] == UInt8(ascii: ":") { taken.insert(number) }
                }
                i = max(i, j)
            }
            WorkMeter.add(input.count)  // one forward pass: `i` only grows
            let attempt = (0...).first { !taken.contains($0) }!
            prefix = Array((attempt == 0 ? "<jobsite-heading:" : "<jobsite-heading-\(attempt):").utf8)
        }

        func marker(for index: Int) -> String {
            String(decoding: prefix, as: UTF8.self) + "\(index)>"
        }
    }

    /// Puts a marker in front of each heading's content. `headings[i]` gets marker `i`.
    static func insertMarkers(into headings: [OpaquePointer], marker: Marker) {
        for (index, heading) in headings.enumerated() {
            guard let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { continue }
            let placed = cmark_node_set_on_enter(node, marker.marker(for: index)) != 0
                && cmark_node_prepend_child(heading, node) != 0
            if !placed { cmark_node_free(node) }
        }
    }

    /// Replaces every `<hN>` + marker `i` in `html` with `<hN id="ids[i]">`, in one pass.
    /// A marker found anywhere else (which the marker's construction rules out) is just removed.
    static func applyIDs(_ ids: [String], markedBy marker: Marker, in html: UnsafeBufferPointer<UInt8>) -> String {
        let attributes = ids.map { Array(" id=\"\(escapeAttribute($0))\"".utf8) }
        let capacity = html.count + attributes.reduce(0) { $0 + $1.count }
        let prefix = marker.prefix
        return String(unsafeUninitializedCapacity: max(capacity, 1)) { out in
            var written = 0
            func emit(_ bytes: some Collection<UInt8>) {
                let end = UnsafeMutableBufferPointer(rebasing: out[written...]).initialize(fromContentsOf: bytes)
                written += end
            }
            var copied = 0  // html[..<copied] is already in `out`
            var i = 0
            while let open = firstIndex(of: UInt8(ascii: "<"), in: html, from: i) {
                i = open
                guard hasPrefix(html, prefix, at: i) else {
                    i += 1
                    continue
                }
                // Parse the heading index and the closing `>`.
                var j = i + prefix.count
                var index = 0
                var digits = 0
                while j < html.count, html[j] >= UInt8(ascii: "0"), html[j] <= UInt8(ascii: "9"), digits < 9 {
                    index = index * 10 + Int(html[j] - UInt8(ascii: "0"))
                    j += 1
                    digits += 1
                }
                guard digits > 0, j < html.count, html[j] == UInt8(ascii: ">") else {
                    i += 1
                    continue
                }
                let markerEnd = j + 1
                if index < attributes.count, isHeadingOpenTag(html, endingAt: i) {
                    // Copy up to, not including, the `>` of `<hN>`; then ` id="…">`.
                    emit(html[copied..<(i - 1)])
                    emit(attributes[index])
                    emit(CollectionOfOne(UInt8(ascii: ">")))
                } else {
                    emit(html[copied..<i])
                }
                copied = markerEnd
                i = markerEnd
            }
            emit(html[copied..<html.count])
            return written
        }
    }

    /// Whether `html[..<end]` ends with `<h1>` … `<h6>`.
    private static func isHeadingOpenTag(_ html: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Bool {
        guard end >= 4 else { return false }
        return html[end - 4] == UInt8(ascii: "<") && html[end - 3] == UInt8(ascii: "h")
            && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(html[end - 2])
            && html[end - 1] == UInt8(ascii: ">")
    }

    /// `&`, `<`, `>` and `"` escaped for an attribute value, as cmark escapes them. Ids only ever
    /// hold letters, marks, numbers, `-` and `_`, but escaping is cheaper than relying on that;
    /// task-item labels are any text.
    static func escapeAttribute(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else {
            return value
        }
        var escaped = ""
        for character in value.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}

private func hasPrefix(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], at start: Int) -> Bool {
    guard haystack.count - start >= needle.count else { return false }
    for k in 0..<needle.count where haystack[start + k] != needle[k] {
        return false
    }
    return true
}

/// The first index at or after `start` holding `byte` (memchr: vectorized in libc).
private func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard start < buffer.count, let base = buffer.baseAddress else { return nil }
    guard let found = memchr(base + start, Int32(byte), buffer.count - start) else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
}

/// Hands out unique ids within one page: `intro`, `intro-1`, `intro-2`, … (from `firstSuffix`).
/// A suffix that would clash with an id already taken (say a heading literally titled
/// "Intro 1") is skipped, so ids are always unique. Each name remembers its next suffix, so n
/// equal names cost O(n) in all, not O(n²).
public struct UniqueIDs: Sendable {
    private var taken: Set<String> = []
    private var nextSuffix: [String: Int] = [:]
    private let firstSuffix: Int

    public init(firstSuffix: Int = 1) {
        self.firstSuffix = firstSuffix
    }

    public mutating func unique(_ base: String) -> String {
        if taken.insert(base).inserted { return base }
        var n = nextSuffix[base, default: firstSuffix]
        var attempts = 1
        while !taken.insert("\(base)-\(n)").inserted {
            n += 1
            attempts += 1
        }
        WorkMeter.add(attempts)
        nextSuffix[base] = n + 1
        return "\(base)-\(n)"
    }
}
