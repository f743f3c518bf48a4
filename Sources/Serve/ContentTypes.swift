/// The `Content-Type` a served file gets, from its extension.
///
/// A table rather than Hummingbird's `MediaType(fileExtension:)`: a preview must send exactly
/// what a static host would for the files a careers site has, text types with `charset=utf-8`
/// (jobsite writes UTF-8), and the table is what the tests pin.
public enum ContentTypes {
    /// Lowercased extension (no dot) → content type.
    public static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "webmanifest": "application/manifest+json; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "rss": "application/rss+xml; charset=utf-8",
        "atom": "application/atom+xml; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "svg": "image/svg+xml; charset=utf-8",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "ttf": "font/ttf",
        "otf": "font/otf",
        "pdf": "application/pdf",
        "mp4": "video/mp4",
        "webm": "video/webm",
        "wasm": "application/wasm",
        "map": "application/json; charset=utf-8",
    ]

    /// For files the table does not know: the browser must not guess (and run) their type.
    public static let fallback = "application/octet-stream"

    /// The content type of the file at `path` (`roles/index.html`, `fonts/inter.woff2`).
    public static func forPath(_ path: Substring) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
    }
}
