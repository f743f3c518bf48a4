/// What an output file is, as a web server announces it (`Content-Type` without parameters).
/// Every output carries one, so that checks made for one kind of file (anchors and ids are an
/// HTML matter) skip the others, and a host's configuration can be derived from the build.
public struct MediaType: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public static let html = MediaType(rawValue: "text/html")
    public static let css = MediaType(rawValue: "text/css")
    public static let plainText = MediaType(rawValue: "text/plain")
    public static let xml = MediaType(rawValue: "application/xml")
    public static let atom = MediaType(rawValue: "application/atom+xml")
    public static let json = MediaType(rawValue: "application/json")
    public static let svg = MediaType(rawValue: "image/svg+xml")
    public static let png = MediaType(rawValue: "image/png")
    public static let icon = MediaType(rawValue: "image/x-icon")
    public static let octetStream = MediaType(rawValue: "application/octet-stream")

    /// The type a static host gives a file by its name's extension; `application/octet-stream`
    /// for extensions it does not know. Generated files name their type themselves.
    public init(forPath path: String) {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { self = .octetStream; return }
        switch name[name.index(after: dot)...].lowercased() {
        case "html", "htm": self = .html
        case "css": self = .css
        case "txt": self = .plainText
        case "xml": self = .xml
        case "atom": self = .atom
        case "json": self = .json
        case "svg": self = .svg
        case "png": self = .png
        case "ico": self = .icon
        case "jpg", "jpeg": self = MediaType(rawValue: "image/jpeg")
        case "webp": self = MediaType(rawValue: "image/webp")
        case "js", "mjs": self = MediaType(rawValue: "text/javascript")
        case "pdf": self = MediaType(rawValue: "application/pdf")
        case "woff2": self = MediaType(rawValue: "font/woff2")
        default: self = .octetStream
        }
    }

    public var description: String { rawValue }
}
