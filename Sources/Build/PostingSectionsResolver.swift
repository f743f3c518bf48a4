import Content
import Diagnostics
import Markdown

/// Reads the files shared posting sections name (`file: content/_shared/benefits.md`) and checks
/// each posting's `sections:` against site.yml's: a posting can only replace or leave out a
/// section that site.yml defines.
enum PostingSectionsResolver {
    /// `files`: the content files that are included text (`ContentParser.isIncludedText`).
    static func resolve(_ config: SiteConfig, _ documents: [Document], files: [SourceFile]) -> (SiteConfig, [Document], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let texts = Dictionary(files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        func read(_ text: SectionText, key: String) -> SectionText {
            guard case .file(let path, let location) = text else { return text }
            guard let file = texts[path] else {
                let hint = closestPath(to: path, in: files.map(\.path)).map { "; did you mean \($0)?" } ?? ""
                diagnostics.append(.error("'\(key).file' names \(path), which does not exist\(hint)", at: location, rule: "section.missing-file"))
                return text
            }
            return .markdown(MarkdownBody(text: file.text, firstLine: 1), source: file.path)
        }

        var config = config
        for index in config.postingSections.indices {
            let section = config.postingSections[index]
            config.postingSections[index].text = read(section.text, key: "postings.sections.\(section.id)")
        }
        let ids = config.postingSections.map(\.id)
        let documents = documents.map { document -> Document in
            guard case .role(var role) = document, !role.sections.isEmpty else { return document }
            for id in role.sections.keys.sorted() {
                guard ids.contains(id) else {
                    diagnostics.append(unknownSection(id, known: ids, at: role.fieldLocations["sections.\(id)"]))
                    role.sections[id] = nil
                    continue
                }
                if case .replaced(let title, let text) = role.sections[id] {
                    role.sections[id] = .replaced(title: title, text: read(text, key: "sections.\(id)"))
                }
            }
            return .role(role)
        }
        return (config, documents, diagnostics)
    }

    /// Leaves out every section text past a Markdown limit (an error at the line and column where
    /// it crosses it), so that cmark-gfm never sees it: site.yml's sections and postings' own.
    static func refusingOverLimits(_ config: SiteConfig, _ documents: [Document], limits: MarkdownLimits,
                                   into diagnostics: inout [Diagnostic]) -> (SiteConfig, [Document]) {
        func refused(_ text: SectionText, _ diagnostics: inout [Diagnostic]) -> Bool {
            guard case .markdown(let body, let source) = text,
                  let refusal = limits.diagnostic(checking: body.text, file: source, firstLine: body.firstLine) else { return false }
            if !diagnostics.contains(refusal) { diagnostics.append(refusal) }
            return true
        }
        var config = config
        config.postingSections.removeAll { refused($0.text, &diagnostics) }
        let documents = documents.map { document -> Document in
            guard case .role(var role) = document, !role.sections.isEmpty else { return document }
            for (id, choice) in role.sections {
                if case .replaced(_, let text) = choice, refused(text, &diagnostics) { role.sections[id] = .omitted }
            }
            return .role(role)
        }
        return (config, documents)
    }

    static func unknownSection(_ id: String, known: [String], at location: SourceLocation?) -> Diagnostic {
        let hint = known.isEmpty
            ? "site.yml defines none; add it under postings.sections, or write the text into the posting's description"
            : "site.yml's postings.sections has \(listed(known))"
                + (closestMatch(to: id, in: known).map { "; did you mean '\($0)'?" } ?? "")
        return .error("'sections.\(id)' is not a shared section: \(hint)", at: location, rule: "section.unknown")
    }
}
