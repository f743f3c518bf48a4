import BuiltIn
import Content
import Diagnostics
import Foundation

/// `jobsite theme eject`: copies built-in theme files into a site, where they replace the
/// built-in ones and can be edited.
public enum ThemeEject {
    /// A built-in file and the name a user calls it by: a template by its name (`role`,
    /// `partials/role-card`), a strings file by `strings/<language>` (`strings/de`), a static
    /// file by its path (`static/style.css`).
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var file: BuiltInFile
    }

    public static let templates: [Entry] = DefaultTheme.templates.filter { $0.path.hasSuffix(".mustache") }.map {
        Entry(name: String($0.path.dropFirst(DefaultTheme.templatesPrefix.count).dropLast(".mustache".count)), file: $0)
    }

    /// The theme's words, one file per language; a site's copy overrides them key by key.
    public static let strings: [Entry] = DefaultTheme.templates.filter { StringsParser.languageName(of: $0.path) != nil }.map {
        Entry(name: String($0.path.dropFirst(DefaultTheme.templatesPrefix.count).dropLast(".yml".count)), file: $0)
    }

    public static let staticFiles: [Entry] = DefaultTheme.files
        .filter { $0.path.hasPrefix(DefaultTheme.staticPrefix) }
        .map { Entry(name: $0.path, file: $0) }

    /// The files `names` stand for: all templates when `names` is empty, plus every static file
    /// when `includeStatic`. A name may be a template name, a template path
    /// (`templates/role.mustache`) or a static path with or without `static/`. An unknown name is
    /// an error with the closest match.
    public static func select(_ names: [String], includeStatic: Bool) -> ([BuiltInFile], [Diagnostic]) {
        var chosen: [BuiltInFile] = names.isEmpty ? templates.map(\.file) : []
        var diagnostics: [Diagnostic] = []
        for name in names {
            if let entry = find(name) {
                chosen.append(entry.file)
            } else {
                let suggestion = closestMatch(to: name, in: (templates + strings + staticFiles).map(\.name)).map { " did you mean '\($0)'?" } ?? ""
                diagnostics.append(.error("the built-in theme has no template or static file '\(name)';\(suggestion) (`jobsite theme list` lists them)",
                                          at: nil, rule: "theme.unknown-name"))
            }
        }
        if includeStatic { chosen += staticFiles.map(\.file) }
        var seen: Set<String> = []
        return (chosen.filter { seen.insert($0.path).inserted }, diagnostics)
    }

    static func find(_ name: String) -> Entry? {
        let trimmed = [".mustache", ".yml"].first(where: name.hasSuffix).map { String(name.dropLast($0.count)) } ?? name
        let template = trimmed.hasPrefix(DefaultTheme.templatesPrefix) ? String(trimmed.dropFirst(DefaultTheme.templatesPrefix.count)) : trimmed
        if let entry = (templates + strings).first(where: { $0.name == template }) { return entry }
        let path = name.hasPrefix(DefaultTheme.staticPrefix) ? name : DefaultTheme.staticPrefix + name
        return staticFiles.first { $0.name == path }
    }

    /// Copies the selected files into the site at `root`, refusing (and writing nothing) when
    /// one exists. Returns the paths written.
    public static func eject(_ names: [String], includeStatic: Bool, into root: URL) -> (written: [String], [Diagnostic]) {
        let site = NewFiles.checkIsSite(root)
        let (files, unknown) = select(names, includeStatic: includeStatic)
        guard site.isEmpty, unknown.isEmpty else { return ([], site + unknown) }
        return NewFiles.write(files.map { NewFile(path: $0.path, bytes: $0.bytes) }, into: root,
                              hint: "Name only the templates you want, or move the existing ones away first.")
    }

    /// What the site's copies of `written` now do: templates and static files replace the theme's
    /// whole, a strings file overrides the theme's words key by key.
    public static func noteAfterEject(_ written: [String]) -> String {
        let stringsPaths = Set(strings.map(\.file.path))
        let (words, whole) = (written.filter(stringsPaths.contains), written.filter { !stringsPaths.contains($0) })
        var notes: [String] = []
        if !whole.isEmpty { notes.append("These files now replace the built-in ones; delete one to go back to the built-in version.") }
        if !words.isEmpty { notes.append("A strings file overrides the theme's words key by key; delete the keys you keep as they are.") }
        return notes.joined(separator: " ")
    }

    /// One line per built-in file: its name, and whether the site at `root` replaces it (a
    /// template or static file, whole) or overrides it key by key (a strings file).
    public static func list(site root: URL) -> [String] {
        let stringsNames = Set(strings.map(\.name))
        return (templates + strings + staticFiles).map { entry in
            guard NewFiles.exists(root.appendingPathComponent(entry.file.path)) else { return entry.name }
            let how = stringsNames.contains(entry.name) ? "overridden key by key by" : "replaced by"
            return "\(entry.name)  (\(how) \(entry.file.path))"
        }
    }
}
