import Foundation

/// The intrinsic size of a logo file, for the `<img>`'s `width` and `height`: an SVG's
/// `width`/`height` (in px or without a unit) or its `viewBox`, a PNG's IHDR size in pixels.
/// Other formats (and SVGs sized in %, em …) give nil: the site then states the size.
struct ImageSize: Hashable {
    var width: Double
    var height: Double

    /// How many bytes of a file are read: an SVG's root element and a PNG's header come first.
    static let prefixLength = 64 * 1024

    /// The size of the image whose first bytes are `bytes`, or nil when it is neither a PNG nor
    /// an SVG with a readable size.
    static func read(_ bytes: [UInt8]) -> ImageSize? {
        png(bytes) ?? svg(String(decoding: bytes.prefix(prefixLength), as: UTF8.self))
    }

    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// PNG: the signature, then the IHDR chunk (length, "IHDR", width, height as big-endian UInt32).
    static func png(_ bytes: [UInt8]) -> ImageSize? {
        guard bytes.count >= 24, Array(bytes[0..<8]) == pngSignature, Array(bytes[12..<16]) == Array("IHDR".utf8) else { return nil }
        func uint32(at offset: Int) -> Double {
            Double(bytes[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        }
        return sized(uint32(at: 16), uint32(at: 20))
    }

    /// SVG: the root element's `width` and `height` when both are absolute; otherwise its
    /// `viewBox`, scaled to the one that is.
    static func svg(_ text: String) -> ImageSize? {
        guard let attributes = rootAttributes(text) else { return nil }
        let width = attributes["width"].flatMap(pixels), height = attributes["height"].flatMap(pixels)
        let box = attributes["viewBox"].map { $0.split { $0 == " " || $0 == "," || $0.isWhitespace }.compactMap { Double($0) } }
        let boxSize = box.flatMap { $0.count == 4 ? sized($0[2], $0[3]) : nil }
        switch (width, height, boxSize) {
        case let (width?, height?, _): return sized(width, height)
        case let (width?, nil, box?): return sized(width, width * box.height / box.width)
        case let (nil, height?, box?): return sized(height * box.width / box.height, height)
        case let (_, _, box?): return box
        default: return nil
        }
    }

    /// `48`, `48px`, `48.5` → points in CSS pixels; `100%`, `3em`, `auto` → nil.
    static func pixels(_ value: String) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return Double(trimmed.hasSuffix("px") ? String(trimmed.dropLast(2)) : trimmed)
    }

    static func sized(_ width: Double, _ height: Double) -> ImageSize? {
        width.isFinite && height.isFinite && width > 0 && height > 0 ? ImageSize(width: width, height: height) : nil
    }

    /// The attributes of the first `<svg` element, outside comments; quoted values may hold `>`.
    static func rootAttributes(_ text: String) -> [String: String]? {
        var rest = text[...]
        while let open = rest.range(of: "<") {
            rest = rest[open.upperBound...]
            if rest.hasPrefix("!--") {
                guard let close = rest.range(of: "-->") else { return nil }
                rest = rest[close.upperBound...]
                continue
            }
            guard rest.hasPrefix("svg"), let after = rest.dropFirst(3).first, after.isWhitespace || after == ">" || after == "/" else { continue }
            return attributes(in: rest.dropFirst(3))
        }
        return nil
    }

    /// `name="value"` pairs up to the tag's closing `>`.
    static func attributes(in tag: Substring) -> [String: String] {
        var attributes: [String: String] = [:]
        var rest = tag
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard let first = rest.first, first != ">", first != "/" else { return attributes }
            let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }
            rest = rest.dropFirst(name.count).drop { $0.isWhitespace }
            guard rest.first == "=" else {
                if name.isEmpty { return attributes }
                continue
            }
            rest = rest.dropFirst().drop { $0.isWhitespace }
            guard let quote = rest.first, quote == "\"" || quote == "'" else { return attributes }
            rest = rest.dropFirst()
            let value = rest.prefix { $0 != quote }
            attributes[String(name)] = String(value)
            rest = rest.dropFirst(value.count + 1)
        }
    }
}
