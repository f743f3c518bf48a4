import Foundation

/// A JSON value of structured data. Built from the typed model; encoded by `JSONEncoder`.
public enum JSONValue: Sendable, Hashable, Encodable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

/// Structured data (schema.org JSON-LD) as pages embed it.
public enum JSONLD {
    public typealias Object = [String: JSONValue]

    /// `object` as the text of a `<script type="application/ld+json">` element.
    ///
    /// Keys are sorted, so a build writes the same bytes every time. `<`, `>` and `&` are written
    /// as `\u003c`, `\u003e`, `\u0026`, so no text in the data (a title with `</script>`, an HTML
    /// description) can end the element or start a comment; U+2028 and U+2029, which JSON allows
    /// raw but older JavaScript parsers read as line ends, as `\u2028` and `\u2029`. These
    /// characters only occur inside JSON strings, where the escapes mean the same characters.
    public static func scriptText(_ object: Object) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings, whole numbers, booleans and finite amounts always encode; `{}` is never reached.
        let json = (try? encoder.encode(JSONValue.object(object))) ?? Data("{}".utf8)
        return escapedForScript(json)
    }

    /// One pass over the bytes; the characters to escape are ASCII or the three-byte UTF-8 forms
    /// E2 80 A8 and E2 80 A9, so no other character is touched.
    static func escapedForScript(_ json: Data) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 16)
        json.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x3C: out += escapes.lessThan
                case 0x3E: out += escapes.greaterThan
                case 0x26: out += escapes.ampersand
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    out += bytes[index + 2] == 0xA8 ? escapes.lineSeparator : escapes.paragraphSeparator
                    index += 2
                default: out.append(byte)
                }
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let escapes = (lessThan: Array(#"\u003c"#.utf8), greaterThan: Array(#"\u003e"#.utf8),
                                  ampersand: Array(#"\u0026"#.utf8), lineSeparator: Array(#"\u2028"#.utf8),
                                  paragraphSeparator: Array(#"\u2029"#.utf8))
}
