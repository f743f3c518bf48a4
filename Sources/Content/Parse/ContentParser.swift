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

    public static func parse(_ file: SourceFile) -> (Document?, [Diagnostic]) {
        let split: FrontMatterDocument
        switch FrontMatterDocument.split(file) {
        case .success(let document): split = document
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let sink = DiagnosticSink(file: file.path, yamlFirstLine: split.yamlFirstLine)
        let root = composeYAML(split.yaml, sink: sink) ?? (sink.hasErrors ? nil : Node.mapping(Node.Mapping([])))
        guard let root else { return (nil, sink.diagnostics) }
        let body = MarkdownBody(text: split.body, firstLine: split.bodyFirstLine)
        let document: Document?
        switch kind(of: file.path) {
        case .role: document = RoleParser.parse(root, path: file.path, body: body, sink: sink).map(Document.role)
        case .ladder: document = LadderParser.parse(root, path: file.path, body: body, sink: sink).map(Document.ladder)
        case .faq: document = parseFAQ(root, path: file.path, body: body, sink: sink).map(Document.faq)
        case .page: document = parsePage(root, path: file.path, body: body, sink: sink).map(Document.page)
        }
        return (sink.hasErrors ? nil : document, sink.diagnostics)
    }

    static func parseFAQ(_ root: Node, path: String, body: MarkdownBody, sink: DiagnosticSink) -> FAQEntry? {
        guard let fields = Fields(root, path: "", describing: "an FAQ entry",
                                  allowed: ["question", "order", "tags", "draft", "aliases"], sink: sink) else { return nil }
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
                                  allowed: ["title", "description", "menu", "draft", "aliases"], sink: sink) else { return nil }
        let title = fields.string("title", required: true, why: "it is the page's heading and browser title")
        let description = fields.string("description")
        let menu = fields.int("menu")
        let draft = fields.bool("draft") ?? false
        let aliases = fields.aliases()
        guard let pagePath = URLName.pagePath(path, sink: sink), let title else { return nil }
        var page = Page(source: path, path: pagePath, title: title, description: description, menu: menu,
                        draft: draft, body: body)
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

    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
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
        let slugs = parts.map(slugify)
        guard slugs.allSatisfy(isValid) else {
            sink.append(.error("the path '\(parts.joined(separator: "/"))' cannot become a URL; use lowercase letters, digits and hyphens in folder and file names\(renameAdvice(for: path))",
                               at: SourceLocation(file: path, line: 1, column: 1), rule: "content.file-name"))
            return nil
        }
        return slugs.joined(separator: "/")
    }
}
