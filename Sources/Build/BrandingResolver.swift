import BuiltIn
import Content
import Diagnostics
import Foundation
import Render
import Site

/// Turns `site.yml`'s `theme:` (and `organization.logo`) into what pages show: every site path
/// it names must be a file of the site's `static/` or of the built-in theme, and the header logo
/// gets its display size.
enum BrandingResolver {
    /// Without `logo_width`/`logo_height`, a logo is shown at its file's size, scaled to fit a
    /// header between these heights (CSS pixels): a 1024×1024 PNG is not a 1024-pixel header.
    static let logoHeights = 16.0...48.0
    /// A logo whose size cannot be known is shown in the theme's old square box.
    static let fallbackLogoSide = 32

    static func resolve(_ config: SiteConfig, sources: SiteSources) -> (Branding, [Diagnostic]) {
        let files = SiteFiles(sources: sources)
        var diagnostics: [Diagnostic] = []
        let theme = config.theme
        let references: [(String, FileReference?)] = [
            ("organization.logo", config.organization?.logo), ("theme.logo", theme.logo),
            ("theme.favicon", theme.favicon), ("theme.social_image", theme.socialImage),
        ]
        for case let (key, reference?) in references {
            if let path = reference.sitePath, !files.contains(path) {
                // `/Logo.svg` for `static/logo.svg`: the file is there, under another spelling.
                let meant = closestPath(to: "/" + path, in: files.sitePaths)
                let fix = meant.map { "did you mean \($0)? Otherwise put" } ?? "put"
                diagnostics.append(Diagnostic(.error,
                    "'\(key)' \(reference.value) is neither in \(SiteLayout.staticFolder)/ nor in the built-in theme; \(fix) the file at \(SiteLayout.staticFolder)/\(path)",
                    at: reference.location, rule: "theme.missing-file", suggestion: meant))
            }
        }
        var branding = Branding(accentStyle: theme.accent?.customProperties)
        if let favicon = theme.favicon, let type = FaviconType(path: favicon.sitePath ?? "") {
            branding.favicon = favicon.value
            branding.faviconType = type
        }
        branding.socialImage = theme.socialImage.map { $0.sitePath == nil ? $0.value : config.baseURL + $0.value.dropFirst() }
        if let logo = theme.logo ?? config.organization?.logo {
            let intrinsic = logo.sitePath.flatMap(files.prefix).flatMap(ImageSize.read)
            let (size, problem) = displaySize(width: theme.logoWidth, height: theme.logoHeight, intrinsic: intrinsic)
            branding.logo = Branding.Logo(source: logo.value, width: size.width, height: size.height)
            if let problem, logo.sitePath.map(files.contains) ?? true {
                diagnostics.append(.warning("the header logo \(logo.value) \(problem); set theme.logo_width and theme.logo_height (CSS pixels) so the header shows it in its shape",
                                            at: logo.location, rule: "theme.logo-size"))
            }
        }
        return (branding, diagnostics)
    }

    /// The logo's size in CSS pixels: as given; one side given and the other from the file's
    /// aspect ratio; or the file's size fitted into `logoHeights`. Returns why it had to guess
    /// when the file's size is needed and unknown.
    static func displaySize(width: Int?, height: Int?, intrinsic: ImageSize?) -> ((width: Int, height: Int), String?) {
        func whole(_ value: Double) -> Int { max(1, Int(value.rounded())) }
        switch (width, height, intrinsic) {
        case let (width?, height?, _):
            return ((width, height), nil)
        case let (width?, nil, image?):
            return ((width, whole(Double(width) * image.height / image.width)), nil)
        case let (nil, height?, image?):
            return ((whole(Double(height) * image.width / image.height), height), nil)
        case let (nil, nil, image?):
            let scale = min(max(image.height, logoHeights.lowerBound), logoHeights.upperBound) / image.height
            return ((whole(image.width * scale), whole(image.height * scale)), nil)
        case (_, _, nil):
            return ((width ?? height ?? fallbackLogoSide, height ?? width ?? fallbackLogoSide),
                    "has no size jobsite can read (it reads SVG and PNG files in static/ or the theme)")
        }
    }
}

/// The files a site publishes at their output paths: the site's `static/` over the built-in theme's.
/// Paths are compared as links are (`URLText.comparable`: NFC), so `/logo-grün.svg` finds a file
/// whose name is stored decomposed.
struct SiteFiles {
    private let siteFiles: [String: URL]
    private let themePaths: Set<String>

    init(sources: SiteSources) {
        siteFiles = Dictionary(sources.staticFiles.map { (URLText.comparable($0.path, percentEncoded: false), $0.url) },
                               uniquingKeysWith: { first, _ in first })
        themePaths = Set(DefaultTheme.staticFiles.map { URLText.comparable($0.path, percentEncoded: false) })
    }

    /// Every file's site path (`/logo.svg`), the site's and the theme's, sorted.
    var sitePaths: [String] {
        Set(siteFiles.keys).union(themePaths).map { "/" + $0 }.sorted()
    }

    func contains(_ path: String) -> Bool {
        let key = URLText.comparable(path, percentEncoded: false)
        return siteFiles[key] != nil || themePaths.contains(key)
    }

    /// The first `ImageSize.prefixLength` bytes of the file at `path`, or nil when it is not
    /// there or cannot be read (the copy to the output reports that).
    func prefix(_ path: String) -> [UInt8]? {
        let path = URLText.comparable(path, percentEncoded: false)
        if let url = siteFiles[path] {
            guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
            defer { try? handle.close() }
            return (try? handle.read(upToCount: ImageSize.prefixLength)).map { Array($0) } ?? []
        }
        return DefaultTheme.staticFiles.first { URLText.comparable($0.path, percentEncoded: false) == path }.map { Array($0.bytes.prefix(ImageSize.prefixLength)) }
    }
}
