import Foundation

/// Structured data (schema.org JSON-LD) as pages embed it.
public enum JSONLD {
    /// A JSON-LD object: `String`, `Int`, `Double`, `Bool`, arrays and nested objects.
    public typealias Object = [String: Any]

    /// `object` as the text of a `<script type="application/ld+json">` element.
    ///
    /// Keys are sorted, so a build writes the same bytes every time. `<`, `>` and `&` are written
    /// as `\u003c`, `\u003e`, `\u0026`, so no text in the data (a title with `</script>`, an HTML
    /// description) can end the element or start a comment; U+2028 and U+2029, which JSON allows
    /// raw but older JavaScript parsers read as line ends, as `\u2028` and `\u2029`. These
    /// characters only occur inside JSON strings, where the escapes mean the same characters.
    public static func scriptText(_ object: Object) -> String {
        // Only an object holding a non-JSON value (NaN, a custom type) fails; the build never makes one.
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        var escaped = ""
        escaped.reserveCapacity(data.count + 64)
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            switch scalar {
            case "<": escaped += "\\u003c"
            case ">": escaped += "\\u003e"
            case "&": escaped += "\\u0026"
            case "\u{2028}": escaped += "\\u2028"
            case "\u{2029}": escaped += "\\u2029"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
