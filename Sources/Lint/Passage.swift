import Content
import Diagnostics

/// One text of a posting that a candidate reads (its title, summary or body), scanned for prose,
/// with the way back from a position in it to the file's line and column.
struct Passage {
    var prose: ProseText
    var file: String
    /// The file's line of the text's first line, and the 1-based column of its first character.
    var firstLine: Int
    var firstColumn: Int
    /// Columns before the text on every later line (a body's `columnOffset`).
    var columnOffset: Int
    /// When the text's own positions are not known (a `|` block of YAML): every position is this.
    var pinned: SourceLocation?

    /// Where the character at `offset` of `prose` is in the file.
    func location(of offset: Int) -> SourceLocation {
        if let pinned { return pinned }
        let (line, column) = prose.position(of: offset)
        return SourceLocation(file: file, line: firstLine + line,
                              column: line == 0 ? firstColumn + column : columnOffset + column + 1)
    }
}

extension Passage {
    /// A section's Markdown where it is written (site.yml, a posting's front matter or a file
    /// under `content/_shared/`); nil for a file the build has not read.
    init?(section text: SectionText) {
        guard case .markdown(let body, let source) = text else { return nil }
        self.init(prose: ProseText(markdown: body.text), file: source, firstLine: body.firstLine,
                  firstColumn: body.columnOffset + 1, columnOffset: body.columnOffset)
    }
}

extension Role {
    /// Title, summary and body, in that order.
    var passages: [Passage] { passages(body: ProseText(markdown: body.text)) }

    /// The passages, with the body already read as prose.
    func passages(body prose: ProseText) -> [Passage] {
        var passages = [field("title", title)]
        if let summary { passages.append(field("summary", summary)) }
        passages.append(Passage(prose: prose, file: source, firstLine: body.firstLine,
                                firstColumn: body.columnOffset + 1, columnOffset: body.columnOffset))
        return passages
    }

    /// A front matter text: at its first character when RoleParser recorded it (`title.text`),
    /// else pinned at the field.
    private func field(_ key: String, _ text: String) -> Passage {
        let start = fieldLocations["\(key).text"]
        let pinned = start == nil ? (fieldLocations[key] ?? SourceLocation(file: source, line: 1, column: 1)) : nil
        return Passage(prose: ProseText(markdown: text), file: source, firstLine: start?.line ?? 1,
                       firstColumn: start?.column ?? 1, columnOffset: 0, pinned: pinned)
    }

    /// The texts the posting gives in place of shared sections (`sections: {benefits: …}`), by id.
    var ownSectionPassages: [Passage] {
        sections.sorted { $0.key < $1.key }.compactMap { _, choice in
            guard case .replaced(_, let text) = choice else { return nil }
            return Passage(section: text)
        }
    }

    /// Whether the posting is written in English (its own language, else the site's): the word
    /// lists of the wording lints are English.
    func isEnglish(site: SiteConfig) -> Bool {
        Lint.isEnglish(tag: language ?? site.language)
    }
}

/// Whether a language tag is English (`en`, `en-GB`, any case): the wording lists are English.
func isEnglish(tag: String) -> Bool {
    let language = tag.lowercased()
    return language == "en" || language.hasPrefix("en-")
}
