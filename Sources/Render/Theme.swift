import Content
import Diagnostics
import Mustache
import Site

/// The site's templates over the built-in theme, parsed and checked: every template the build
/// renders exists, every partial a template includes exists, and syntax errors point at
/// `file:line:column`.
public struct Theme: Sendable {
    /// The page templates the build fills, one per kind of page in the route table; each must
    /// exist in `templates/` or the built-in theme.
    public static let pageTemplates = RouteKind.templates

    let library: MustacheLibrary
    /// The template files in use, by name: the site's and the built-in ones it does not replace.
    let files: [String: SourceFile]
    /// The names among `files` that do not parse or are on an include cycle: their tags are not
    /// read for fields (their errors are reported; the contexts they would be read in are not known).
    var unchecked: Set<String> = []

    /// Loads the site's templates (`templates/**/*.mustache`) over `builtIn`, one file at a time:
    /// a site template replaces the built-in template of the same name (`role`,
    /// `partials/role-card`), and a built-in template the site does not replace is used as is.
    /// Built-in files may carry a prefix before `templates/` in their paths, which diagnostics show
    /// (`(built-in)/templates/layout.mustache`). Returns nil with an error among the diagnostics.
    public static func load(_ files: [SourceFile], builtIn: [SourceFile] = []) -> (Theme?, [Diagnostic]) {
        let (theme, diagnostics) = read(files, builtIn: builtIn)
        return (diagnostics.hasErrors ? nil : theme, diagnostics)
    }

    /// The templates as `load` reads them, with their problems, but also when some of them have
    /// errors: for the checks (`checkFields`, `checkStrings`) that should report every problem of
    /// a build at once. Render only with the theme `load` returns.
    public static func read(_ files: [SourceFile], builtIn: [SourceFile] = []) -> (Theme, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var names: [String: SourceFile] = [:]
        var unchecked: Set<String> = []
        let siteNames = Set(files.map { name(of: $0.path) })
        for file in files + builtIn.filter({ !siteNames.contains(name(of: $0.path)) }) {
            let name = name(of: file.path)
            // Known even when it does not parse: its syntax error is reported, not its absence.
            names[name] = file
            do {
                library.register(try MustacheTemplate(string: file.text), named: name)
            } catch {
                unchecked.insert(name)
                diagnostics += syntaxErrors(error, in: file)
            }
        }
        var includes: [String: [Reference]] = [:]
        for (name, file) in names {
            includes[name] = partialReferences(in: file.text)
            for reference in includes[name]! where names[reference.name] == nil {
                diagnostics.append(.error("the partial '\(reference.name)' is neither in templates/ nor in the built-in theme; expected templates/\(reference.name).mustache",
                                          at: SourceLocation(file: file.path, line: reference.line, column: reference.column),
                                          rule: "template.missing-partial"))
            }
        }
        diagnostics += inclusionCycles(includes, files: names, onCycles: &unchecked)
        for name in pageTemplates where names[name] == nil {
            diagnostics.append(.error("missing template templates/\(name).mustache; the build renders it",
                                      at: SourceLocation(file: "templates/\(name).mustache"), rule: "template.missing"))
        }
        return (Theme(library: library, files: names, unchecked: unchecked), diagnostics)
    }

    /// Renders a page template; the theme was checked at load, so the template exists.
    /// `library` is one of `library(writingIn:)`, or the templates as written.
    func render(_ template: String, _ context: Any, with library: MustacheLibrary? = nil) -> String {
        guard let html = (library ?? self.library).render(context, withTemplate: template) else {
            preconditionFailure("templates/\(template).mustache was checked at load")
        }
        return html
    }

    /// `templates/partials/card.mustache` → `partials/card`; a built-in file's prefix is skipped.
    static func name(of path: String) -> String {
        let afterFolder = path.range(of: SiteLayout.templatesFolder + "/").map { path[$0.upperBound...] } ?? path[...]
        return String(afterFolder.hasSuffix(".mustache") ? afterFolder.dropLast(".mustache".count) : afterFolder)
    }

    typealias Reference = (name: String, line: Int, column: Int)

    /// A template that includes itself, directly or through others, would recurse until the
    /// stack overflows; each cycle is reported once, at the include that closes it.
    static func inclusionCycles(_ includes: [String: [Reference]], files: [String: SourceFile]) -> [Diagnostic] {
        var onCycles: Set<String> = []
        return inclusionCycles(includes, files: files, onCycles: &onCycles)
    }

    /// `inclusionCycles(_:files:)`, adding the templates on each cycle to `onCycles`.
    static func inclusionCycles(_ includes: [String: [Reference]], files: [String: SourceFile],
                                onCycles: inout Set<String>) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var finished: Set<String> = []
        var onPath: [String] = []
        var positionOnPath: [String: Int] = [:]  // a look-up, not a search along the path per include
        func visit(_ name: String) {
            positionOnPath[name] = onPath.count
            onPath.append(name)
            for reference in includes[name] ?? [] where includes[reference.name] != nil {
                WorkMeter.add(1)
                if let start = positionOnPath[reference.name] {
                    onCycles.formUnion(onPath[start...])
                    let cycle = (onPath[start...] + [reference.name]).joined(separator: " → ")
                    diagnostics.append(.error("templates include each other in a loop: \(cycle)",
                                              at: SourceLocation(file: files[name]!.path, line: reference.line, column: reference.column),
                                              rule: "template.include-cycle"))
                } else if !finished.contains(reference.name) {
                    visit(reference.name)
                }
            }
            onPath.removeLast()
            positionOnPath[name] = nil
            finished.insert(name)
        }
        for name in includes.keys.sorted() where !finished.contains(name) { visit(name) }
        return diagnostics
    }

    /// `{{> name}}` and `{{< name}}` tags with their positions. swift-mustache renders a missing
    /// partial as empty text, so the build looks for them itself.
    static func partialReferences(in text: String) -> [Reference] {
        tagOpenings(in: text).compactMap { opening in
            var tag = opening.inside.drop { $0 == " " }
            guard let kind = tag.first, kind == ">" || kind == "<" else { return nil }
            tag = tag.dropFirst().drop { $0 == " " }
            let name = tag.prefix { !$0.isWhitespace && $0 != "}" && $0 != "{" }
            // `{{>*name}}` is a dynamic partial: its name is only known when rendering.
            guard !name.isEmpty, !name.hasPrefix("*"), tag.dropFirst(name.count).drop(while: { $0 == " " }).hasPrefix("}}") else { return nil }
            return (String(name), opening.lineNumber, opening.column)
        }
    }

    /// Every `{{` of a template: its line and column (1-based, in Unicode scalars, as diagnostics
    /// count them), and the rest of the line after it.
    static func tagOpenings(in text: String) -> [(inside: Substring, lineNumber: Int, column: Int)] {
        var openings: [(inside: Substring, lineNumber: Int, column: Int)] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            // Columns are counted on from the previous tag: a minified template is one long line.
            var (counted, column) = (line.startIndex, 1)
            while let open = rest.range(of: "{{") {
                let step = line.unicodeScalars.distance(from: counted, to: open.lowerBound)
                WorkMeter.add(step)
                (column, counted) = (column + step, open.lowerBound)
                rest = rest[open.upperBound...]
                openings.append((rest, lineIndex + 1, column))
            }
        }
        return openings
    }
}
