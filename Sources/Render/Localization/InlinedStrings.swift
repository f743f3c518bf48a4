import Content
import Mustache

extension Theme {
    /// The templates with the theme's texts of one language written in, for rendering pages in
    /// it. `{{t.applyForThisRole}}` looked up at render time walks the whole context stack for
    /// `t` (a card on the list of open roles is four levels deep) on every card of every page —
    /// a tenth of a large build. Written in once per language, it costs nothing per page.
    ///
    /// Only plain variable tags are written in (`{{t.key}}`, `{{{t.key}}}`, `{{&t.key}}`,
    /// `{{t.key.link}}` …), escaped exactly as swift-mustache escapes them; sections
    /// (`{{#t.key}}`), unknown keys and texts that contain `{{` or `}}` stay tags, resolved from
    /// the page's `t` as before, so the output is the same either way (a test renders both).
    func library(writingIn words: Localization) -> MustacheLibrary {
        var localized = MustacheLibrary()
        for (name, file) in files {
            let text = Self.writingIn(words.templateStrings, into: file.text)
            // The text parsed at load; a written-in text without braces cannot break it.
            guard let template = (try? MustacheTemplate(string: text)) ?? (try? MustacheTemplate(string: file.text)) else { continue }
            localized.register(template, named: name)
        }
        return localized
    }

    /// `text` with the `t.` variable tags it can resolve replaced by their texts.
    static func writingIn(_ strings: TemplateStrings, into text: String) -> String {
        // A template that changes its delimiters is read by rules this scan does not follow.
        guard !text.contains("{{=") else { return text }
        var result = ""
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            let triple = rest[open.upperBound...].hasPrefix("{")
            let closing = triple ? "}}}" : "}}"
            guard let close = rest[open.upperBound...].range(of: closing) else { break }
            let tag = rest[open.lowerBound..<close.upperBound]
            var inner = rest[open.upperBound..<close.lowerBound].dropFirst(triple ? 1 : 0).drop { $0 == " " }
            let unescaped = triple || inner.hasPrefix("&")
            if inner.hasPrefix("&") { inner = inner.dropFirst().drop { $0 == " " } }
            if let value = resolve(String(inner.reversed().drop { $0 == " " }.reversed()), in: strings),
               !value.contains("{{"), !value.contains("}}") {
                result += unescaped ? value : escaped(value)
            } else {
                result += tag
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The text `t.key`, `t.key.after.link` … names, or nil for anything else.
    static func resolve(_ name: String, in strings: TemplateStrings) -> String? {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts[0] == "t", var value = strings.child(named: parts[1]) else { return nil }
        for part in parts.dropFirst(2) {
            guard let text = value as? LocalizedText, let child = text.child(named: part) else { return nil }
            value = child
        }
        switch value {
        case let text as LocalizedText: return text.renderText
        case let text as String: return text
        default: return nil
        }
    }

    /// Escaped by swift-mustache itself, so a written-in text reads exactly as the tag would.
    static func escaped(_ text: String) -> String {
        (try? MustacheTemplate(string: "{{text}}").render(["text": text])) ?? text
    }
}
