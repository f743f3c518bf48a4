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
struct LocalizedText: MustacheCustomRenderable, MustacheParent, Sendable {
    /// The text split at its brackets: text, link, text, link, … text (always an odd count).
    let segments: [String]
    /// Where this text starts in `segments` (`after` is the same segments further on).
    let start: Int
    /// The text from `start` on, brackets removed.
    let renderText: String

    init(_ text: String) {
        var segments: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            segments.append(String(rest[..<open]))
            segments.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        segments.append(String(rest))
        self.init(segments: segments, start: 0)
    }

    init(segments: [String], start: Int) {
        self.segments = segments
        self.start = start
        self.renderText = segments[min(start, segments.count)...].joined()
    }

    var before: String { start < segments.count ? segments[start] : "" }
    var link: String? { start + 1 < segments.count ? segments[start + 1] : nil }
    var after: LocalizedText? { link == nil ? nil : LocalizedText(segments: segments, start: start + 2) }

    /// An empty text is false in a section, so a template can leave out what a site blanked.
    var isNull: Bool { renderText.isEmpty }

    func child(named name: String) -> Any? {
        switch name {
        case "before": before
        case "link": link ?? ""
        case "after": after ?? LocalizedText(segments: segments, start: segments.count)
        default: nil
        }
    }
}
