import Foundation

/// A file compiled into the binary: the default theme and the starter site travel inside the
/// `jobsite` executable, so a copied binary has them (a SwiftPM resource bundle would be a
/// folder beside the executable on Linux, and lost on copying).
public struct BuiltInFile: Sendable, Hashable {
    /// Relative, `/`-separated path: `templates/role.mustache`, `static/style.css`, `site.yml`.
    public var path: String
    /// The file's exact bytes.
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A text file as written in the generated sources (UTF-8, byte for byte).
    init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// A file the generator could not write as text. The generator wrote valid base64.
    init(path: String, base64: String) {
        guard let data = Data(base64Encoded: base64) else { preconditionFailure("invalid base64 for \(path) in generated sources") }
        self.init(path: path, bytes: Array(data))
    }

    /// The bytes as text; the built-in templates and starter files are UTF-8.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// The default theme: the repository's `templates/` and `static/`, compiled in
/// (`DefaultTheme+Files.swift`, written by `make theme`). A site's own file at the same path
/// replaces the built-in one.
public enum DefaultTheme {
    public static let templatesPrefix = "templates/"
    public static let staticPrefix = "static/"

    /// `templates/**` files, paths as in the repository (`templates/partials/role-card.mustache`).
    public static let templates: [BuiltInFile] = files.filter { $0.path.hasPrefix(templatesPrefix) }

    /// `static/**` files, paths relative to `static/` (`style.css`), as the build publishes them.
    public static let staticFiles: [BuiltInFile] = files.filter { $0.path.hasPrefix(staticPrefix) }
        .map { BuiltInFile(path: String($0.path.dropFirst(staticPrefix.count)), bytes: $0.bytes) }
}

/// The site `jobsite init` writes: the repository's `starter/`, compiled in
/// (`StarterSite+Files.swift`, written by `make theme`). Paths are relative to the new site's
/// root (`site.yml`, `content/roles/software-engineer.md`).
public enum StarterSite {}

/// Data files the build's checks read: the repository's `data/` (`data/pay-transparency.yml`),
/// compiled in (`BuiltInData+Files.swift`, written by `make theme`). Paths keep `data/`.
public enum BuiltInData {
    /// The file at `path` (`data/pay-transparency.yml`), or nil.
    public static func file(_ path: String) -> BuiltInFile? {
        files.first { $0.path == path }
    }
}

/// The word lists of the wording lints: `data/wording/` in `BuiltInData`.
public enum WordingData {
    /// The text of `data/wording/<name>` (`masculine-coded.txt`), or "" when there is no such file.
    public static func text(_ name: String) -> String {
        BuiltInData.file("data/wording/\(name)")?.text ?? ""
    }
}
