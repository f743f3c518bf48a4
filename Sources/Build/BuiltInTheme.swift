import BuiltIn
import Content
import Diagnostics
import Output

/// The default theme compiled into jobsite, as the build uses it under a site's own files.
///
/// Lookup, one file at a time: a site's `templates/<name>.mustache` replaces the built-in
/// template `<name>` (partials too: `templates/partials/role-card.mustache`), and a site's
/// `static/<path>` replaces the theme's file at `<path>`; everything the site does not replace
/// comes from the built-in theme.
enum BuiltInTheme {
    /// How diagnostics name a built-in file: it is not in the site, but `jobsite theme eject`
    /// puts a copy at the path after the prefix.
    static let label = "(built-in)/"

    /// The built-in templates as sources for `Theme.load`, paths prefixed with `label`.
    static let templates: [SourceFile] = DefaultTheme.templates
        .filter { $0.path.hasSuffix(".mustache") }
        .map { SourceFile(path: label + $0.path, text: $0.text) }

    /// The theme's words, `templates/strings/<language>.yml`, parsed once; the problems found in
    /// them (none, as a test checks, unless the theme is being edited).
    static let strings: (files: [ThemeStrings], diagnostics: [Diagnostic]) = {
        let parsed = DefaultTheme.templates
            .filter { StringsParser.languageName(of: $0.path) != nil }
            .map { StringsParser.parse(SourceFile(path: label + $0.path, text: $0.text)) }
        return (parsed.compactMap(\.0), parsed.flatMap(\.1))
    }()

    /// The theme's static files the site does not replace, paths relative to `static/`.
    static func staticFiles(notIn sources: SiteSources) -> [BuiltInFile] {
        let own = Set(sources.staticFiles.map(\.path))
        return DefaultTheme.staticFiles.filter { !own.contains($0.path) }
    }

    /// Those files as output files, published byte for byte like the site's static files.
    static func outputFiles(notIn sources: SiteSources) -> [OutputFile] {
        staticFiles(notIn: sources).map {
            OutputFile(path: $0.path, contents: $0.bytes,
                       origin: SourceLocation(file: label + DefaultTheme.staticPrefix + $0.path))
        }
    }
}
