import Foundation

/// Where a site keeps its inputs, relative to the site root. One place, so that the loader,
/// the output guard and the documentation agree.
public struct SiteLayout: Sendable, Hashable {
    public var root: URL
    public static let configFile = "site.yml"
    public static let contentFolder = "content"
    public static let templatesFolder = "templates"
    public static let staticFolder = "static"
    public static let defaultOutputFolder = "public"

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public var configURL: URL { root.appendingPathComponent(Self.configFile) }
    public var contentURL: URL { root.appendingPathComponent(Self.contentFolder, isDirectory: true) }
    public var templatesURL: URL { root.appendingPathComponent(Self.templatesFolder, isDirectory: true) }
    public var staticURL: URL { root.appendingPathComponent(Self.staticFolder, isDirectory: true) }
    public var defaultOutputURL: URL { root.appendingPathComponent(Self.defaultOutputFolder, isDirectory: true) }

    /// The inputs an output folder must never replace, contain or sit inside. (The site root
    /// itself is not listed: `public/` normally lives inside it; an output folder equal to the
    /// root, or above it, contains `content/` and is refused for that.)
    public var protectedInputs: [URL] { [configURL, contentURL, templatesURL, staticURL] }
}
