import Content
import Mustache

/// The theme's texts as templates see them: `{{t.applyForThisRole}}`. Only texts without
/// placeholders are here; texts with a count or a name in them reach templates formatted, as
/// fields of the views (`roleCountText`). A name that is not a text renders as nothing (the
/// build reports `t.<name>` tags that name none).
struct TemplateStrings: MustacheParent, Sendable {
    let texts: [String: LocalizedText]

    init(_ strings: [String: ThemeString.Value]) {
        var texts: [String: LocalizedText] = [:]
        for (key, value) in strings {
            if case .text(let text) = value, ThemeString.placeholders(in: text).isEmpty {
                texts[key] = LocalizedText(text)
            }
        }
        self.texts = texts
    }

    func child(named name: String) -> Any? {
        texts[name]
    }
}

/// One text of the theme. A part in square brackets marks the words a template makes a link:
/// `Our [career ladders] show how we hire.` renders as the sentence without brackets, and
/// `before`, `link` and `after` give its three parts, so a translation keeps the whole sentence
/// in its own word order while the template keeps the markup:
///
/// ```mustache
/// {{t.noOpenRoles.before}}<a href="…">{{t.noOpenRoles.link}}</a>{{t.noOpenRoles.after}}
/// ```
///
/// `after` is itself such a text, so a second link is `after.link` (with `after.before`,
/// `after.after`).
final class LocalizedText: MustacheCustomRenderable, MustacheParent, Sendable {
    /// The whole text, brackets removed.
    let renderText: String
    let before: String
    let link: String?
    let after: LocalizedText?

    init(_ text: String) {
        if let open = text.firstIndex(of: "["), let close = text[open...].firstIndex(of: "]") {
            before = String(text[..<open])
            link = String(text[text.index(after: open)..<close])
            after = LocalizedText(String(text[text.index(after: close)...]))
        } else {
            before = text
            link = nil
            after = nil
        }
        renderText = before + (link ?? "") + (after?.renderText ?? "")
    }

    /// An empty text is false in a section, so a template can leave out what a site blanked.
    var isNull: Bool { renderText.isEmpty }

    func child(named name: String) -> Any? {
        switch name {
        case "before": before
        case "link": link ?? ""
        case "after": after ?? LocalizedText("")
        default: nil
        }
    }
}
