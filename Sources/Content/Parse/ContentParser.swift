import Foundation
import Diagnostics
import Yams

/// The validate stage for one content file: front matter → a typed, checked `Document`.
///
/// It looks at one file only (cross-file checks such as "this ladder level exists" belong to the
/// link stage), so files can be parsed in parallel and cached by content.
public enum ContentParser {
    /// What a file under `content/` is, decided by its folder.
    public enum Kind: String, Sendable {
        case role, ladder, faq, page
    }

    public static func kind(of path: String) -> Kind {
        let parts = path.split(separator: "/")
        guard parts.count >= 3, parts[0] == Substring(SiteLayout.contentFolder) else { return .page }
        switch parts[1] {
        case "roles": return .role
        case "ladders": return .ladder
        case "faq": return .faq
        default: return .page
        }
    }

    /// A file in a folder (or with a name) starting with `_`, such as `content/_shared/benefits.md`:
    /// text that site.yml or postings include (shared posting sections), not a page of its own.
    public static func isIncludedText(_ path: String) -> Bool {
        path.split(separator: "/").dropFirst().contains { $0.hasPrefix("_") }
    }

    /// The `slug:` a file's front matter sets, read line by line without YAML: for a file that
    /// failed, whose URL links elsewhere must still be recognised. Nil unless a top-level
    /// `slug:` line holds a valid URL name (quotes allowed).
    public static func writtenSlug(in text: String) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        guard lines.next()?.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        while let line = lines.next(), line.trimmingCharacters(in: .whitespaces) != "---" {
            guard line.hasPrefix("slug:") else { continue }
            var value = line.dropFirst("slug:".count).trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            return URLName.isValid(value) ? value : nil
        }
        return nil
    }

    public static func parse(_ file: SourceFile) -> (Document?, [Diagnostic]) {
        let (document, diagnostics, _) = parseWithLint(file)
        return (document, diagnostics)
    }

    /// `parse`, and the rule ids the file's `lint: {ignore: [...]}` turns off for this file (read
    /// even when the file has errors, as long as its YAML could be read).
    public static func parseWithLint(_ file: SourceFile) -> (Document?, [Diagnostic], Set<String>) {
        if let misplaced = misplacedInSubfolder(file.path) { return (nil, [misplaced], []) }
        let split: FrontMatterDocument
        switch FrontMatterDocument.split(file) {
        case .success(let document): split = document
        case .failure(let diagnostic): return (nil, [diagnostic], [])
        }
        let sink = DiagnosticSink(file: file.path, yamlFirstLine: split.yamlFirstLine)
        let root = composeYAML(split.yaml, sink: sink) ?? (sink.hasErrors ? nil : Node.mapping(Node.Mapping([])))
        guard let root else { return (nil, sink.diagnostics, []) }
        let ignored = LintSettings.ignored(LintSettings.node(in: root), sink: sink)
        let body = MarkdownBody(text: split.body, firstLine: split.bodyFirstLine)
        let document: Document?
        switch kind(of: file.path) {
        case .role: document = RoleParser.parse(root, path: file.path, body: body, sink: sink).map(Document.role)
        case .ladder: document = LadderParser.parse(root, path: file.path, body: body, sink: sink).map(Document.ladder)
        case .faq: document = parseFAQ(root, path: file.path, body: body, sink: sink).map(Document.faq)
        case .page: document = parsePage(root, path: file.path, body: body, sink: sink).map(Document.page)
        }
        return (sink.hasErrors ? nil : document, sink.diagnostics, ignored)
    }

    /// Ladders and FAQ entries live directly in their folder: a ladder's id is its file name
    /// (what postings name in `ladder:`) and every FAQ entry is an anchor on the one /faq/ page,
    /// so a subfolder has no place in either. (Postings keep theirs in the URL; see `URLName`.)
    static func misplacedInSubfolder(_ path: String) -> Diagnostic? {
        let parts = path.split(separator: "/")
        guard parts.count > 3 else { return nil }
        let why: String
        switch kind(of: path) {
        case .ladder: why = "a ladder's id is its file name, which postings name in `ladder:`"
        case .faq: why = "every entry is a question on the one /faq/ page"
        case .role, .page: return nil
        }
        let folder = "\(parts[0])/\(parts[1])"
        return .error("\(folder)/ is read without its subfolders: \(why); move this file to \(folder)/\(parts[parts.count - 1])",
                      at: SourceLocation(file: path), rule: "content.subfolder")
    }

    static func parseFAQ(_ root: Node, path: String, body: MarkdownBody, sink: DiagnosticSink) -> FAQEntry? {
        guard let fields = Fields(root, path: "", describing: "an FAQ entry",
                                  allowed: ["question", "order", "tags", "draft", "aliases", LintSettings.key], sink: sink) else { return nil }
        let question = fields.string("question", required: true, why: "an FAQ entry is a question and its answer")
        let order = fields.int("order")
        let tags = fields.stringList("tags") ?? []
        let draft = fields.bool("draft") ?? false
        let aliases = fields.aliases()
        guard let slug = URLName.fromFileName(path, sink: sink), let question else { return nil }
        var entry = FAQEntry(source: path, slug: slug, question: question, order: order, tags: tags,
                             draft: draft, body: body)
        entry.aliases = aliases
        return entry
    }

    static func parsePage(_ root: Node, path: String, body: MarkdownBody, sink: DiagnosticSink) -> Page? {
        guard let fields = Fields(root, path: "", describing: "a page",
                                  allowed: ["title", "description", "menu", "draft", "language", "aliases", LintSettings.key], sink: sink) else { return nil }
        let title = fields.string("title", required: true, why: "it is the page's heading and browser title")
        let description = fields.string("description")
        let menu = fields.int("menu")
        let draft = fields.bool("draft") ?? false
        let language = fields.languageTag("language")
        let aliases = fields.aliases()
        guard let pagePath = URLName.pagePath(path, sink: sink), let title else { return nil }
        var page = Page(source: path, path: pagePath, title: title, description: description, menu: menu,
                        draft: draft, language: language, languageLocation: language.map { _ in fields.location(of: "language") },
                        body: body)
        page.aliases = aliases
        return page
    }
}

/// Names that become parts of URLs and output paths. They are restricted to lowercase letters,
/// digits and single hyphens, which keeps URLs clean and makes `../` tricks impossible.
public enum URLName {
    public static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
            && !name.hasPrefix("-") && !name.hasSuffix("-") && !name.contains("--")
    }

    /// A file name made URL-friendly: lowercase, spaces and underscores become hyphens.
    public static func slugify(_ name: String) -> String {
        var result = ""
        for character in name.lowercased() {
            if character == " " || character == "_" || character == "-" {
                if !result.isEmpty && !result.hasSuffix("-") { result.append("-") }
            } else {
                result.append(character)
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// The id or slug a content file gets from its name (`content/ladders/Backend.md` → `backend`).
    public static func id(ofFile path: String) -> String {
        slugify(fileStem(path))
    }

    /// The file name without its Markdown extension, whichever it is (`.md`, `.MD`, `.markdown`).
    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? Substring(path)
        return String(SiteLayout.markdownStem(name) ?? name)
    }

    /// A posting's folders below `content/roles/`, which its URL keeps (`content/roles/eng/x.md`
    /// → `eng`, published at /roles/eng/x/); "" for a posting directly in the folder. Each
    /// folder name must be URL-safe, as a page's are.
    static func roleFolders(_ path: String, sink: DiagnosticSink) -> String? {
        let folders = path.split(separator: "/").dropFirst(2).dropLast().map { String($0) }
        return urlPath(folders, of: path, naming: "the folder path", sink: sink)
    }

    static func fromFileName(_ path: String, sink: DiagnosticSink) -> String? {
        let stem = fileStem(path)
        let slug = slugify(stem)
        guard isValid(slug) else {
            sink.append(.error("the file name '\(stem)' cannot become a URL; use lowercase letters, digits and hyphens\(renameAdvice(for: path))",
                               at: SourceLocation(file: path, line: 1, column: 1), rule: "content.file-name"))
            return nil
        }
        return slug
    }

    /// `content/teams/platform.md` → `teams/platform`; every folder name must be URL-safe too.
    static func pagePath(_ path: String, sink: DiagnosticSink) -> String? {
        var parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 2 else { return nil }
        parts.removeFirst()
        parts[parts.count - 1] = fileStem(parts[parts.count - 1])
        return urlPath(parts, of: path, naming: "the path", sink: sink)
    }

    /// Folder and file names made URL-friendly and joined by `/`; nil, with an error at the
    /// file, when one of them cannot become part of a URL.
    static func urlPath(_ names: [String], of path: String, naming what: String, sink: DiagnosticSink) -> String? {
        let slugs = names.map(slugify)
        guard slugs.allSatisfy(isValid) else {
            sink.append(.error("\(what) '\(names.joined(separator: "/"))' cannot become a URL; use lowercase letters, digits and hyphens in folder and file names\(renameAdvice(for: path))",
                               at: SourceLocation(file: path, line: 1, column: 1), rule: "content.file-name"))
            return nil
        }
        return slugs.joined(separator: "/")
    }
}
