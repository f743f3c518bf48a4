import Diagnostics
import Foundation

/// A file under `static/`, published byte for byte at the same relative path.
public struct StaticFile: Sendable, Hashable {
    /// Path relative to `static/`, '/'-separated.
    public var path: String
    public var url: URL

    public init(path: String, url: URL) {
        self.path = path
        self.url = url
    }
}

/// Everything the build reads from disk, read once. Later stages get the text of every
/// Markdown file and template from here; only static files are read again, when the write
/// stage copies them byte for byte.
public struct SiteSources: Sendable {
    public var layout: SiteLayout
    public var config: SourceFile?
    /// `content/**/*.md`, sorted by path.
    public var content: [SourceFile]
    /// `templates/**/*.mustache`, sorted by path.
    public var templates: [SourceFile]
    /// `templates/strings/*.yml`: the theme's words in the site's own wording, sorted by path.
    public var strings: [SourceFile]
    /// `static/**`, sorted by path.
    public var staticFiles: [StaticFile]

    public init(layout: SiteLayout, config: SourceFile?, content: [SourceFile],
                templates: [SourceFile], strings: [SourceFile] = [], staticFiles: [StaticFile]) {
        self.layout = layout
        self.config = config
        self.content = content
        self.templates = templates
        self.strings = strings
        self.staticFiles = staticFiles
    }
}

/// The load stage: reads a site folder into `SiteSources`.
public enum SourceLoader {
    public static func load(root: URL) -> (SiteSources, [Diagnostic]) {
        let layout = SiteLayout(root: root)
        // A mistyped --source is one finding about the folder, not two about what is not in it.
        if let missing = missingRoot(layout.root) {
            return (SiteSources(layout: layout, config: nil, content: [], templates: [], staticFiles: []), [missing])
        }
        var diagnostics: [Diagnostic] = []
        // A symbolic link may point anywhere inside the site's input folders, but not elsewhere
        // in the site (`.git/`, `.env`) or outside it: a build must never publish those.
        let inputFolders = [layout.contentURL, layout.templatesURL, layout.staticURL]
            .map { $0.resolvingSymlinksInPath().path }

        var config: SourceFile?
        if FileManager.default.fileExists(atPath: layout.configURL.path) {
            config = read(layout.configURL, as: SiteLayout.configFile,
                          expected: "site settings, at least `title:` and `base_url:`", into: &diagnostics)
        } else {
            diagnostics.append(.error(
                "no \(SiteLayout.configFile) in \(layout.root.path); expected the site settings there (see README: site.yml)",
                at: SourceLocation(file: SiteLayout.configFile), rule: "site.missing-config"))
        }

        let contentEntries = listFiles(in: layout.contentURL, prefix: SiteLayout.contentFolder,
                                       allowedTargets: inputFolders, diagnostics: &diagnostics)
        if contentEntries == nil {
            diagnostics.append(.error("no \(SiteLayout.contentFolder)/ folder in \(layout.root.path)",
                                      at: SourceLocation(file: SiteLayout.contentFolder), rule: "site.missing-content"))
        }
        let content = (contentEntries ?? []).compactMap { entry -> SourceFile? in
            guard SiteLayout.isMarkdownFile(entry.path) else {
                diagnostics.append(notContent(entry.path))
                return nil
            }
            return read(entry.url, as: entry.path, into: &diagnostics)
        }

        let templateEntries = listFiles(in: layout.templatesURL, prefix: SiteLayout.templatesFolder,
                                        allowedTargets: inputFolders, diagnostics: &diagnostics)
        // No templates/ is fine: the built-in theme is used. A file in its place is a mistake.
        if templateEntries == nil, FileManager.default.fileExists(atPath: layout.templatesURL.path) {
            diagnostics.append(.error("\(SiteLayout.templatesFolder) is a file; expected a folder of Mustache templates that replace the built-in theme's (or nothing, to use the built-in theme as is)",
                                      at: SourceLocation(file: SiteLayout.templatesFolder), rule: "site.not-a-folder"))
        }
        let templates = (templateEntries ?? [])
            .filter { $0.path.hasSuffix(".mustache") }
            .compactMap { read($0.url, as: $0.path, expected: nil, into: &diagnostics) }
        let strings = (templateEntries ?? [])
            .filter { StringsParser.languageName(of: $0.path) != nil }
            .compactMap { read($0.url, as: $0.path, expected: nil, into: &diagnostics) }

        let staticPrefix = SiteLayout.staticFolder + "/"
        // static/ is published as is, hidden files included (`.well-known/`, `.nojekyll`).
        let staticFiles = (listFiles(in: layout.staticURL, prefix: SiteLayout.staticFolder, includeHidden: true,
                                     allowedTargets: inputFolders, diagnostics: &diagnostics) ?? [])
            .map { StaticFile(path: String($0.path.dropFirst(staticPrefix.count)), url: $0.url) }

        let sources = SiteSources(layout: layout, config: config, content: content,
                                  templates: templates, strings: strings, staticFiles: staticFiles)
        return (sources, diagnostics)
    }

    /// Any file in `content/` but Markdown and litter is a warning: nothing disappears unsaid.
    static func notContent(_ path: String) -> Diagnostic {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.firstIndex(of: ".").map { String(name[..<$0]) }.flatMap { $0.isEmpty ? nil : $0 } ?? name
        return .warning("not content: only .md and .markdown files in \(SiteLayout.contentFolder)/ are read, so this file is not published; rename it to \(stem).md if it is a page or posting, or move it to \(SiteLayout.staticFolder)/ to publish it as it is",
                        at: SourceLocation(file: path), rule: "content.not-markdown")
    }

    /// The site folder itself is missing or a file: an error that names it (`--source` is
    /// mistyped more often than a site lacks both site.yml and content/).
    public static func missingRoot(_ root: URL) -> Diagnostic? {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder)
        guard !exists || !isFolder.boolValue else { return nil }
        let what = exists ? "\(root.path) is a file, not a folder" : "the folder \(root.path) does not exist"
        return .error("\(what); pass --source the site's folder (the one with \(SiteLayout.configFile) and \(SiteLayout.contentFolder)/), "
                      + "or start a site with `jobsite init`", at: nil, rule: "site.missing-folder")
    }

    /// `file.unreadable` for a file that could not be read, saying why: no such file, a folder,
    /// no permission, or the disk.
    /// - Parameters:
    ///   - url: the file as it was read.
    ///   - path: the file as findings name it (relative to the site root, or as typed).
    public static func unreadable(_ url: URL, shownAs path: String) -> Diagnostic {
        var isFolder: ObjCBool = false
        let why = if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) {
            "there is no such file"
        } else if isFolder.boolValue {
            "it is a folder; pass a file"
        } else if !FileManager.default.isReadableFile(atPath: url.path) {
            "permission denied; make it readable (chmod u+r)"
        } else {
            "the disk refused the read"
        }
        return .error("cannot read this file: \(why)", at: SourceLocation(file: path), rule: "file.unreadable")
    }

    private static func read(_ url: URL, as path: String, expected: String? = "Markdown with a `---` front matter block",
                             into diagnostics: inout [Diagnostic]) -> SourceFile? {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            diagnostics.append(unreadable(url, shownAs: path))
            return nil
        }
        switch SourceFile.decode(path: path, bytes: [UInt8](data), expected: expected) {
        case .success(let file): return file
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    /// Regular files below `folder` (nil when the folder does not exist), sorted by path.
    /// Hidden files are skipped unless asked for. A symlink is followed only when its target
    /// lies inside one of `allowedTargets`; any other is an error, so a build never publishes
    /// a file from elsewhere.
    static func listFiles(in folder: URL, prefix: String, includeHidden: Bool = false, allowedTargets: [String],
                          diagnostics: inout [Diagnostic]) -> [(path: String, url: URL)]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
              isDirectory.boolValue else { return nil }
        var found: [(path: String, url: URL)] = []
        let walker = Walker(includeHidden: includeHidden, allowedTargets: allowedTargets)
        walker.walk(folder, relative: prefix, found: &found, diagnostics: &diagnostics)
        return found.sorted { $0.path < $1.path }
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}

private struct Walker {
    let includeHidden: Bool
    let allowedTargets: [String]

    func walk(_ folder: URL, relative: String, found: inout [(path: String, url: URL)], diagnostics: inout [Diagnostic]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where (includeHidden || !name.hasPrefix(".")) && !SiteLayout.isLitter(name) {
            let url = folder.appendingPathComponent(name)
            let path = relative + "/" + name
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
            let type = attributes?[.type] as? FileAttributeType
            if type == .typeSymbolicLink {
                let target = url.resolvingSymlinksInPath().path
                guard allowedTargets.contains(where: { SourceLoader.isInside(target, $0) }) else {
                    diagnostics.append(.error("symbolic link to \(target), outside the site's content/, templates/ and static/ folders; it is not followed",
                                              at: SourceLocation(file: path), rule: "file.symlink-outside"))
                    continue
                }
                var targetIsDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: target, isDirectory: &targetIsDirectory) else {
                    diagnostics.append(.error("broken symbolic link", at: SourceLocation(file: path), rule: "file.symlink-broken"))
                    continue
                }
                if targetIsDirectory.boolValue {
                    diagnostics.append(.warning("symbolic link to a folder; not followed",
                                                at: SourceLocation(file: path), rule: "file.symlink-folder"))
                } else {
                    found.append((path, url))
                }
            } else if type == .typeDirectory {
                walk(url, relative: path, found: &found, diagnostics: &diagnostics)
            } else if type == .typeRegular {
                found.append((path, url))
            }
        }
    }

}
