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

    /// What makes a file under `content/` a content file: its extension, in any case
    /// (`about.md`, `data-engineer.MD`, `sre.markdown`).
    public static let markdownExtensions = ["md", "markdown"]

    /// A file name without its Markdown extension (`Data-Engineer.MD` → `Data-Engineer`), or nil
    /// when the name does not end in one.
    public static func markdownStem(_ name: Substring) -> Substring? {
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex,
              markdownExtensions.contains(name[name.index(after: dot)...].lowercased()) else { return nil }
        return name[..<dot]
    }

    /// Whether a path ends in a Markdown file name (`content/roles/x.MD`, `../faq/pay.md`).
    public static func isMarkdownFile(_ path: String) -> Bool {
        markdownStem(path.split(separator: "/").last ?? "") != nil
    }

    /// Files that editors and operating systems leave behind, never part of a site and never
    /// mentioned: backups (`x.md~`), Vim swap files (`.x.md.swp`, `.swo`), Emacs autosaves and
    /// locks (`#x.md#`, `.#x.md`), Vim's write probe (`4913`, created and deleted on every save
    /// in a folder), `.DS_Store`, `Thumbs.db`, and version control folders.
    public static func isLitter(_ name: String) -> Bool {
        [".DS_Store", "Thumbs.db", ".git", ".svn", ".hg", "4913"].contains(name)
            || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swo") || name.hasPrefix(".#")
            || (name.count > 1 && name.hasPrefix("#") && name.hasSuffix("#"))
    }

    /// The inputs an output folder must never replace, contain or sit inside. (The site root
    /// itself is not listed: `public/` normally lives inside it; an output folder equal to the
    /// root, or above it, contains `content/` and is refused for that.)
    public var protectedInputs: [URL] { [configURL, contentURL, templatesURL, staticURL] }
}
