import Content
import Diagnostics

// Every name a template's tags use must be a field of the data the template receives: swift-mustache
// renders an unknown name as nothing, so `{{role.titel}}` would blank every posting's title
// without a word. The data is known from the types: each view's `templateFields` table names its
// fields, and their key paths' value types tell what a section over a field holds.

/// What the names of one context resolve to.
enum TemplateScope {
    /// A view (its type, for telling contexts apart): its fields and their types.
    case fields(ObjectIdentifier, [String: Any.Type])
    /// A value without fields (a text, a number, a list of texts): names go on to outer contexts.
    case leaf
    /// Names that cannot be known here (the theme's strings, checked by `checkStrings`; a
    /// section that failed to resolve): anything resolves, so one mistake is reported once.
    case opaque

    /// The scope of a value of `type`, an optional unwrapped.
    init(_ type: Any.Type) {
        let type = unwrappedFieldType(type)
        if type == TemplateStrings.self {
            self = .opaque
        } else if let view = type as? any TemplateFields.Type {
            self = .fields(ObjectIdentifier(type), view.templateFieldTypes)
        } else {
            self = .leaf
        }
    }
}

/// `Optional<Wrapped>` as a type, for sections over optional fields.
protocol TemplateOptionalType { static var wrappedFieldType: Any.Type { get } }
extension Optional: TemplateOptionalType { static var wrappedFieldType: Any.Type { Wrapped.self } }

/// `Array<Element>` as a type: a section over a list renders once per element, in its context.
protocol TemplateListType { static var elementFieldType: Any.Type { get } }
extension Array: TemplateListType { static var elementFieldType: Any.Type { Element.self } }

func unwrappedFieldType(_ type: Any.Type) -> Any.Type {
    var type = type
    while let optional = type as? any TemplateOptionalType.Type { type = optional.wrappedFieldType }
    return type
}

extension TemplateFields {
    /// The default `templateFieldTypes`: each key path's value type.
    static var ownFieldTypes: [String: Any.Type] {
        templateFields.mapValues { type(of: $0).valueType }
    }
}

/// One tag as the field check reads it.
struct TemplateTag {
    enum Kind { case variable, section, invertedSection, close, block, parent, partial, comment, setDelimiter }
    var kind: Kind
    /// The name as written (`role.title`, `.summary`, `empty(locations)`).
    var name: String
    var line: Int
    /// The column of the name's first character.
    var column: Int
    /// The column of the tag's `{{`.
    var tagColumn: Int

    /// Reads the tag after a `{{` (`inside`: the rest of its line); nil when it is not finished on its line.
    init?(_ opening: (inside: Substring, lineNumber: Int, column: Int)) {
        let triple = opening.inside.hasPrefix("{")
        var rest = opening.inside.dropFirst(triple ? 1 : 0)
        let closing = triple ? "}}}" : "}}"
        guard let end = rest.range(of: closing) ?? (triple ? rest.range(of: "}}") : nil) else { return nil }
        rest = rest[..<end.lowerBound]
        let sigils: [Character: Kind] = ["#": .section, "^": .invertedSection, "/": .close, "$": .block, "<": .parent,
                                         ">": .partial, "!": .comment, "=": .setDelimiter, "&": .variable]
        var body = rest.drop { $0 == " " }
        kind = .variable
        if !triple, let first = body.first, let sigil = sigils[first] {
            kind = sigil
            body = body.dropFirst().drop { $0 == " " }
        }
        let name = body.prefix { !$0.isWhitespace }
        self.name = String(name)
        line = opening.lineNumber
        tagColumn = opening.column
        column = opening.column + 2 + opening.inside.unicodeScalars.distance(from: opening.inside.startIndex, to: name.startIndex)
    }

    /// `empty(locations)` → (`locations`, [`empty`]); `index()` → ("", [`index`]).
    var nameAndTransforms: (name: Substring, transforms: [Substring]) {
        var parts = name.split(separator: "(", omittingEmptySubsequences: false)
        let name = parts.removeLast().prefix { $0 != ")" }
        return (name, parts)
    }
}

extension Theme {
    /// The tags of a template in order, as far as they can be read: comments are skipped (a
    /// `{{` inside one is text), a tag not finished on its line is left out, and a set-delimiter
    /// tag is the last one, since the tags after it use other delimiters.
    static func tags(in text: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        var commentEnd = (line: 0, column: 0)
        for opening in tagOpenings(in: text) where (opening.lineNumber, opening.column) > commentEnd {
            if opening.inside.drop(while: { $0 == " " }).hasPrefix("!") {
                // A comment ends at the first `}}`, maybe lines later; any `{{` before it is text.
                commentEnd = end(ofCommentAt: opening, in: text)
                continue
            }
            guard let tag = TemplateTag(opening) else { continue }
            tags.append(tag)
            if tag.kind == .setDelimiter { break }
        }
        return tags
    }

    /// The line and column of the `}}` that closes the comment opened at `opening`.
    static func end(ofCommentAt opening: (inside: Substring, lineNumber: Int, column: Int), in text: String) -> (line: Int, column: Int) {
        if let close = opening.inside.range(of: "}}") {
            return (opening.lineNumber, opening.column + 2 + opening.inside.unicodeScalars.distance(from: opening.inside.startIndex, to: close.lowerBound))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in opening.lineNumber..<lines.count {
            if let close = lines[index].range(of: "}}") {
                return (index + 1, lines[index].unicodeScalars.distance(from: lines[index].startIndex, to: close.lowerBound) + 1)
            }
        }
        return (Int.max, 0)
    }

    /// A name that is not in the data its template receives, at its tag, with the closest name
    /// that is (`{{role.titel}}` → `role.title`). Page templates are read with a page's data
    /// (`PageContext`); a partial, or the parent of `{{<layout}}`, with the contexts of every tag
    /// that includes it. Templates no page renders are not read. A template that changes its
    /// delimiters (`{{=<% %>=}}`) is skipped from that tag on; one that does not parse or is on
    /// an include cycle (both reported by `load`) is not read.
    public func checkFields() -> [Diagnostic] {
        var checker = FieldChecker(files: files.filter { !unchecked.contains($0.key) })
        for name in Self.pageTemplates.sorted() where files[name] != nil {
            checker.check(name, stack: [FieldChecker.Frame(scope: TemplateScope(PageContext.self))])
        }
        return checker.diagnostics
    }
}

/// Walks templates with a stack of contexts, as Mustache renders them.
private struct FieldChecker {
    struct Frame: Hashable {
        /// nil: a section that keeps its context (over a `Bool`, an inverted one, a block).
        var scope: TemplateScope?
        static func == (a: Frame, b: Frame) -> Bool { a.key == b.key }
        func hash(into hasher: inout Hasher) { hasher.combine(key) }
        private var key: String {
            switch scope {
            case nil: "_"
            case .leaf?: "leaf"
            case .opaque?: "opaque"
            case .fields(let type, _)?: "\(type)"
            }
        }
    }

    let files: [String: SourceFile]
    private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<Diagnostic> = []
    /// Each template once per distinct stack it is read with. Templates on an include cycle are
    /// not in `files`: read with ever deeper stacks, they would overflow the process's stack.
    private var visitedNames: [String: Set<[Frame]>] = [:]

    init(files: [String: SourceFile]) { self.files = files }

    mutating func check(_ name: String, stack initial: [Frame]) {
        guard let file = files[name], visitedNames[name, default: []].insert(initial).inserted else { return }
        var stack = initial
        for tag in Theme.tags(in: file.text) {
            switch tag.kind {
            case .comment: continue
            case .setDelimiter: return
            case .close:
                if stack.count > initial.count { stack.removeLast() }
            case .partial:
                check(tag.name, stack: stack)
            case .parent:
                check(tag.name, stack: stack)
                stack.append(Frame(scope: nil))
            case .block:
                stack.append(Frame(scope: nil))
            case .variable:
                _ = resolve(tag, in: stack, file: file)
            case .invertedSection:
                _ = resolve(tag, in: stack, file: file)
                stack.append(Frame(scope: nil))
            case .section:
                stack.append(Frame(scope: sectionScope(resolve(tag, in: stack, file: file), tag: tag)))
            }
        }
    }

    /// What a section over a value of `type` renders in: a list's element, an optional's value;
    /// a `Bool` keeps the context; a transform's result is a flag, a count or a text, except
    /// `first`/`last` of a list.
    private func sectionScope(_ type: Any.Type??, tag: TemplateTag) -> TemplateScope? {
        guard case let type?? = type else { return .opaque }
        var value = unwrappedFieldType(type)
        let transforms = tag.nameAndTransforms.transforms
        if let outer = transforms.first {
            guard transforms.count == 1, outer == "first" || outer == "last",
                  let list = value as? any TemplateListType.Type else { return .leaf }
            value = list.elementFieldType
        } else if let list = value as? any TemplateListType.Type {
            value = list.elementFieldType
        }
        return unwrappedFieldType(value) == Bool.self ? nil : TemplateScope(value)
    }

    /// The type a tag's name has in `stack`; `.some(nil)` when it resolves to something unknown
    /// (the strings, `.`), nil after reporting a name that is not there.
    private mutating func resolve(_ tag: TemplateTag, in stack: [Frame], file: SourceFile) -> Any.Type?? {
        let (name, _) = tag.nameAndTransforms
        if name.isEmpty || name == "." { return .some(nil) }
        let onlyInnermost = name.hasPrefix(".")
        let segments = name.split(separator: ".", omittingEmptySubsequences: false).dropFirst(onlyInnermost ? 1 : 0)
        guard let head = segments.first, !head.isEmpty else { return .some(nil) }
        var frames = stack.reversed().filter { $0.scope != nil }
        if onlyInnermost { frames = Array(frames.prefix(1)) }
        var type: Any.Type?
        var visible: [String] = []
        search: for frame in frames {
            switch frame.scope! {
            case .opaque: return .some(nil)
            case .leaf: continue
            case .fields(_, let fields):
                if let found = fields[String(head)] { type = found; break search }
                visible += fields.keys
            }
        }
        guard var current = type else {
            report(tag, file: file, unknown: head, position: 0, segments: Array(segments), candidates: visible,
                   of: onlyInnermost ? "the current context" : "the data this template receives")
            return nil
        }
        for (index, segment) in segments.enumerated().dropFirst() {
            switch TemplateScope(current) {
            case .opaque: return .some(nil)
            case .leaf:
                report(tag, file: file, unknown: segment, position: index, segments: Array(segments), candidates: [],
                       of: "'\(segments.prefix(index).joined(separator: "."))', which has no fields")
                return nil
            case .fields(_, let fields):
                guard let found = fields[String(segment)] else {
                    report(tag, file: file, unknown: segment, position: index, segments: Array(segments),
                           candidates: Array(fields.keys), of: "'\(segments.prefix(index).joined(separator: "."))'")
                    return nil
                }
                current = found
            }
        }
        return .some(current)
    }

    private mutating func report(_ tag: TemplateTag, file: SourceFile, unknown segment: Substring, position: Int,
                                 segments: [Substring], candidates: [String], of owner: String) {
        let match = closestMatch(to: String(segment), in: candidates.sorted())
        let prefix = tag.name.hasPrefix(".") ? "." : ""
        let suggestion = match.map { match in
            prefix + segments.enumerated().map { $0.offset == position ? match : String($0.element) }.joined(separator: ".")
        }
        let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "; the fields each template receives are listed in the README (Templates)"
        var diagnostic = Diagnostic.error(
            "'\(tag.name)' renders as nothing: '\(segment)' is not a field of \(owner)\(hint)",
            at: SourceLocation(file: file.path, line: tag.line, column: tag.column), rule: "template.unknown-field")
        diagnostic.suggestion = suggestion.map { tag.name.replacingOccurrences(of: String(tag.nameAndTransforms.name), with: $0) }
        if seen.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }
}
