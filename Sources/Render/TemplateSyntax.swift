import Content
import Diagnostics
import Mustache

// swift-mustache reports a section error where its parser stopped: at the end of the template
// for a section never closed, at the closing tag for one closed by the wrong name. The place to
// edit is usually where the section opened, which its error does not carry; so for these two
// errors the build follows the sections itself, tag by tag, and names the section and the fix.

extension Theme {
    /// The `template.syntax` errors of a template swift-mustache did not parse: a section error
    /// at the section's opening tag (or at a closing tag that closes nothing), anything else where
    /// the parser stopped.
    static func syntaxErrors(_ error: any Error, in file: SourceFile) -> [Diagnostic] {
        guard let error = error as? MustacheTemplate.ParserError else {
            return [.error("template syntax: \(error)", at: SourceLocation(file: file.path), rule: "template.syntax")]
        }
        switch error.error {
        case MustacheTemplate.Error.expectedSectionEnd, MustacheTemplate.Error.sectionCloseNameIncorrect:
            let found = sectionErrors(in: file)
            if !found.isEmpty { return found }
        default:
            break
        }
        // Also where the tags cannot be followed (a tag split over lines, changed delimiters).
        return [.error("template syntax: \(describe(error.error))",
                       at: SourceLocation(file: file.path, line: error.context.lineNumber, column: error.context.columnNumber),
                       rule: "template.syntax")]
    }

    /// The first closing tag that does not close the innermost open section, as an error at the
    /// place to edit; else every section still open at the end. Empty when the sections balance,
    /// or when the delimiters change before the problem.
    static func sectionErrors(in file: SourceFile) -> [Diagnostic] {
        let tags = tags(in: file.text)
        var open: [TemplateTag] = []
        for (index, tag) in tags.enumerated() {
            switch tag.kind {
            case .setDelimiter:
                return []
            case .section, .invertedSection, .block, .parent:
                open.append(tag)
            case .close where open.last?.name == tag.name:
                open.removeLast()
            case .close:
                return [misplacedClose(tag, open: open, after: tags[(index + 1)...], file: file)]
            case .variable, .partial, .comment:
                continue
            }
        }
        return open.map { section in
            error("\(describe(section)) opened here is never closed; add {{/\(section.name)}} where the section ends", at: section, in: file)
        }
    }

    /// `close` does not close the innermost open section (`open.last`): either it closes an outer
    /// one, so the sections inside are never closed; or the rest of the template balances
    /// without it, so it is a stray close; or it is the innermost section's close misspelt.
    private static func misplacedClose(_ close: TemplateTag, open: [TemplateTag], after rest: ArraySlice<TemplateTag>,
                                       file: SourceFile) -> Diagnostic {
        let closeTag = "{{/\(close.name)}}"
        let closeAt = "\(close.line):\(close.tagColumn)"
        if let outer = open.lastIndex(where: { $0.name == close.name }) {
            let section = open[outer + 1]
            return error("\(describe(section)) opened here is never closed; add {{/\(section.name)}} before \(closeTag) at \(closeAt)",
                         at: section, in: file)
        }
        guard let section = open.last, !balances(rest, open: open) else {
            return error("\(closeTag) closes no open section; remove it, or open the section before it with {{#\(close.name)}}",
                         at: close, in: file)
        }
        return error("\(describe(section)) opened here is closed by \(closeTag) at \(closeAt); expected {{/\(section.name)}}",
                     at: section, in: file)
    }

    /// Whether `tags` close exactly the sections `open` with none left over.
    private static func balances(_ tags: ArraySlice<TemplateTag>, open: [TemplateTag]) -> Bool {
        var names = open.map(\.name)
        for tag in tags {
            switch tag.kind {
            case .section, .invertedSection, .block, .parent: names.append(tag.name)
            case .close: guard names.popLast() == tag.name else { return false }
            default: continue
            }
        }
        return names.isEmpty
    }

    /// `section 'roles'`, `inverted section 'pay'`, `block 'main'`, `parent template 'layout'`.
    private static func describe(_ section: TemplateTag) -> String {
        let kind = switch section.kind {
        case .invertedSection: "inverted section"
        case .block: "block"
        case .parent: "parent template"
        default: "section"
        }
        return "\(kind) '\(section.name)'"
    }

    private static func error(_ message: String, at tag: TemplateTag, in file: SourceFile) -> Diagnostic {
        .error(message, at: SourceLocation(file: file.path, line: tag.line, column: tag.tagColumn), rule: "template.syntax")
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a closing tag does not match the open section"
        case MustacheTemplate.Error.unfinishedName: "a tag is not finished; expected `}}`"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed; expected `{{/name}}`"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid set-delimiter tag"
        default: "\(error)"
        }
    }
}
