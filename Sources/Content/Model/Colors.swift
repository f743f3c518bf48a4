import Foundation

/// A colour as CSS writes it in hex (`#1d5ba8`): the site's accent and the shades derived from it.
///
/// Only this type's `description` ever reaches a stylesheet, so whatever `site.yml` says, the CSS
/// the build writes holds nothing but `#` and six hex digits.
public struct HexColor: Sendable, Hashable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#RRGGBB` or `#RGB` (hex digits in any case); nil for anything else, named colours
    /// and `rgb()` included.
    public init?(css text: String) {
        guard text.first == "#", text.utf8.count == 4 || text.utf8.count == 7,
              text.dropFirst().allSatisfy(\.isHexDigit), text.allSatisfy(\.isASCII) else { return nil }
        var digits = Array(text.utf8.dropFirst())
        if digits.count == 3 { digits = digits.flatMap { [$0, $0] } }
        func byte(_ index: Int) -> UInt8 { UInt8(String(decoding: digits[index...index + 1], as: UTF8.self), radix: 16)! }
        self.init(red: byte(0), green: byte(2), blue: byte(4))
    }

    /// `#1d5ba8`: lowercase, six digits.
    public var description: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// WCAG 2 relative luminance: 0 for black, 1 for white.
    public var relativeLuminance: Double {
        let (r, g, b) = linearRGB
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    /// The WCAG 2 contrast ratio of two colours, from 1 (same luminance) to 21 (black on white).
    /// AA asks 4.5 for body text, links included.
    public func contrast(with other: HexColor) -> Double {
        let (a, b) = (relativeLuminance, other.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Linear-light sRGB components, 0…1.
    var linearRGB: (Double, Double, Double) {
        func linear(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return (linear(red), linear(green), linear(blue))
    }
}

/// A colour in OKLCH, the perceptual space the shades are derived in: changing `lightness` keeps
/// the hue a reader sees, which HSL does not (HSL's "lighter blue" drifts towards purple).
public struct OKLCH: Sendable, Hashable {
    /// 0 (black) … 1 (white).
    public var lightness: Double
    /// 0 (grey) … about 0.37 for the most saturated sRGB colours.
    public var chroma: Double
    /// Degrees, 0 ..< 360.
    public var hue: Double

    public init(lightness: Double, chroma: Double, hue: Double) {
        self.lightness = lightness
        self.chroma = chroma
        self.hue = hue
    }

    public init(_ color: HexColor) {
        let (r, g, b) = color.linearRGB
        let l = cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b)
        let m = cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b)
        let s = cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b)
        let labL = 0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s
        let labA = 1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s
        let labB = 0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s
        let hue = atan2(labB, labA) * 180 / .pi
        self.init(lightness: labL, chroma: (labA * labA + labB * labB).squareRoot(), hue: hue < 0 ? hue + 360 : hue)
    }

    /// Linear sRGB of this colour; components outside 0…1 mean it is outside sRGB.
    var linearRGB: (Double, Double, Double) {
        let radians = hue * .pi / 180
        let (a, b) = (chroma * cos(radians), chroma * sin(radians))
        let l = pow(lightness + 0.3963377774 * a + 0.2158037573 * b, 3)
        let m = pow(lightness - 0.1055613458 * a - 0.0638541728 * b, 3)
        let s = pow(lightness - 0.0894841775 * a - 1.2914855480 * b, 3)
        return (4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
                -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
                -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s)
    }

    var isInSRGB: Bool {
        let (r, g, b) = linearRGB
        return [r, g, b].allSatisfy { (-0.0001...1.0001).contains($0) }
    }

    /// The nearest sRGB colour of the same lightness and hue: chroma is reduced until the colour
    /// fits (a light, saturated blue does not exist in sRGB), then rounded to hex.
    public var hexColor: HexColor {
        var fitted = self
        fitted.lightness = min(max(lightness, 0), 1)
        if !fitted.isInSRGB {
            var (low, high) = (0.0, fitted.chroma)
            for _ in 0..<24 {
                fitted.chroma = (low + high) / 2
                if fitted.isInSRGB { low = fitted.chroma } else { high = fitted.chroma }
            }
            fitted.chroma = low
        }
        let (r, g, b) = fitted.linearRGB
        func channel(_ linear: Double) -> UInt8 {
            let c = min(max(linear, 0), 1)
            let encoded = c <= 0.0031308 ? 12.92 * c : 1.055 * pow(c, 1 / 2.4) - 0.055
            return UInt8((encoded * 255).rounded())
        }
        return HexColor(red: channel(r), green: channel(g), blue: channel(b))
    }
}
