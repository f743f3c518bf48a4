import Diagnostics
import Yams

/// Reads the shared posting sections: `postings.sections` in site.yml, and a posting's own
/// `sections:` (its text for a section, or `false` to leave one out).
enum SectionParser {
    static let sharedKey = "postings.sections"

    /// `postings:` in site.yml: the sections every posting shows, in the order written.
    static func sharedSections(_ fields: Fields) -> [PostingSection] {
        guard let postings = fields.mapping("postings", describing: "settings for every posting", allowed: ["sections"]),
              let entries = entries(postings, "sections") else { return [] }
        var sections: [PostingSection] = []
        for (key, value) in entries {
            guard let id = sectionID(key, sink: fields.sink) else { continue }
            let path = "\(sharedKey).\(id)"
            guard let (title, text) = sectionText(value, path: path, sink: fields.sink) else { continue }
            guard title != nil || PostingSection.Known(rawValue: id) != nil else {
                let known = PostingSection.Known.allCases.map(\.rawValue)
                let hint = closestMatch(to: id, in: known).map { "did you mean '\($0)'? Or give" } ?? "give"
                fields.sink.error("'\(path)' is not one of the known sections (\(known.joined(separator: ", "))); \(hint) a section of your own a title: `\(id): {title: …, text: …}`",
                                  at: key.mark, rule: "front-matter.missing-field")
                continue
            }
            sections.append(PostingSection(id: id, title: title, text: text))
        }
        return sections
    }

    /// A posting's `sections:`, by section id; each key's position goes into `locations` as
    /// `sections.<id>`, for the check that site.yml has that section.
    static func overrides(_ fields: Fields, locations: inout [String: SourceLocation]) -> [String: SectionOverride] {
        guard let entries = entries(fields, "sections") else { return [:] }
        var overrides: [String: SectionOverride] = [:]
        for (key, value) in entries {
            guard let id = sectionID(key, sink: fields.sink) else { continue }
            locations["sections.\(id)"] = fields.sink.location(key.mark)
            if value.scalar?.style == .plain, case .success(let shown) = ScalarRule.boolean(value) {
                if !shown { overrides[id] = .omitted }
                continue
            }
            if let (title, text) = sectionText(value, path: "sections.\(id)", sink: fields.sink, booleanAllowed: true) {
                overrides[id] = .replaced(title: title, text: text)
            }
        }
        return overrides
    }

    /// The entries of the mapping at `key`, in the order written.
    private static func entries(_ fields: Fields, _ key: String) -> [(Node, Node)]? {
        guard let node = fields.node(key) else { return nil }
        guard case .mapping(let mapping) = node else {
            fields.typeError(key, expected: "a mapping of section ids to their text, such as `benefits: {file: content/_shared/benefits.md}`", found: node)
            return nil
        }
        return mapping.map { ($0.key, $0.value) }
    }

    /// `benefits`, `ai_screening`, `relocation`: lowercase letters, digits and `_`, from a letter.
    private static func sectionID(_ key: Node, sink: DiagnosticSink) -> String? {
        guard let id = key.scalar?.string, id.wholeMatch(of: #/[a-z][a-z0-9_]*/#) != nil else {
            sink.error("a section id must be lowercase letters, digits and _, such as benefits or ai_screening; found \(key.kindDescription)",
                       at: key.mark, rule: "front-matter.value")
            return nil
        }
        return id
    }

    /// A section's text: Markdown written as the value, or `{title, text}` or `{title, file}`.
    private static func sectionText(_ node: Node, path: String, sink: DiagnosticSink,
                                    booleanAllowed: Bool = false) -> (title: String?, text: SectionText)? {
        let expected = booleanAllowed
            ? "the section's own Markdown, {title, text} or {title, file}, or false to leave the section out"
            : "the section's Markdown, {title, text} or {title, file}"
        switch node {
        case .scalar(let scalar):
            if case .failure(let refusal) = ScalarRule.boolean(node), let fix = refusal.fix, scalar.style == .plain {
                // `eoe: no` means false; it would otherwise be published as the text "no".
                sink.error("'\(path)' must be \(expected), found \(node.kindDescription); \(fix)", at: node.mark, rule: "front-matter.type")
                return nil
            }
            guard let text = markdown(node, path: path, sink: sink) else { return nil }
            return (nil, text)
        case .mapping:
            guard let fields = Fields(node, path: path, describing: "a section", allowed: ["title", "text", "file"], sink: sink) else { return nil }
            let title = fields.string("title")
            let file = fields.string("file")
            if let textNode = fields.node("text") {
                if file != nil {
                    fields.valueError("file", "and 'text' are two texts for one section; keep one", at: fields.node("file"))
                    return nil
                }
                return markdown(textNode, path: fields.name("text"), sink: sink).map { (title, $0) }
            }
            guard let file else {
                sink.error("'\(path)' needs its Markdown: 'text' (written here) or 'file' (such as content/_shared/benefits.md)",
                           at: node.mark, rule: "front-matter.missing-field")
                return nil
            }
            guard isSharedFile(file) else {
                fields.valueError("file", "must be a Markdown file in a folder of content/ whose name starts with _ (such as content/_shared/benefits.md), which is not published as a page; found '\(file)'",
                                  at: fields.node("file"))
                return nil
            }
            return (title, .file(file, at: fields.location(of: "file")))
        default:
            sink.error("'\(path)' must be \(expected), found \(node.kindDescription)", at: node.mark, rule: "front-matter.type")
            return nil
        }
    }

    /// `content/_shared/benefits.md`: under content/, in (or named) `_…`, without `..`.
    static func isSharedFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count >= 3 && parts[0] == Substring(SiteLayout.contentFolder) && SiteLayout.isMarkdownFile(path)
            && ContentParser.isIncludedText(path) && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// The Markdown of a text value, placed where it stands in the file: a `|` block's text
    /// starts on the next line, indented; a quoted value one column after its quote.
    private static func markdown(_ node: Node, path: String, sink: DiagnosticSink) -> SectionText? {
        guard let scalar = node.scalar else {
            sink.error("'\(path)' must be Markdown text, found \(node.kindDescription)", at: node.mark, rule: "front-matter.type")
            return nil
        }
        guard !scalar.string.allSatisfy(\.isWhitespace) else {
            sink.error("'\(path)' is empty; write the section's text, or leave the section out", at: node.mark, rule: "front-matter.value")
            return nil
        }
        var line = node.mark?.line ?? 1, column = node.mark?.column ?? 1
        switch scalar.style {
        case .literal, .folded:
            column = sink.indentation(afterLine: line) + 1
            line += 1
        case .singleQuoted, .doubleQuoted:
            column += 1
        default:
            break
        }
        return .markdown(MarkdownBody(text: scalar.string, firstLine: line + sink.lineOffset, columnOffset: column - 1),
                         source: sink.file)
    }
}
