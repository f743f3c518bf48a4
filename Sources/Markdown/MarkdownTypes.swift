/// How Markdown is turned into HTML. The GFM extensions (tables, strikethrough, autolinks,
/// tag filter, task lists) and footnotes are always on; these are the choices a site makes.
public struct MarkdownOptions: Sendable, Hashable {
    /// Pass raw HTML and `javascript:`-style URLs through. Off by default: cmark then replaces raw
    /// HTML with `<!-- raw HTML omitted -->` and empties dangerous link destinations.
    public var unsafeHTML: Bool
    /// Curly quotes, en/em dashes and ellipses (`CMARK_OPT_SMART`).
    public var smartPunctuation: Bool
    /// Give every `<h1>`…`<h6>` a GitHub-style `id` so headings can be linked to.
    public var headingIDs: Bool
    /// Put every GFM table in `<div class="table-scroll" tabindex="0">…</div>`: a frame the theme
    /// lets a wide table scroll in, which keyboard users can reach and scroll (a scrolling region
    /// without focusable content is an accessibility error). Off: cmark's own `<table>`.
    public var framedTables: Bool
    /// Give every task-list checkbox (`- [x] Sign the offer`) an `aria-label` with its item's text
    /// (`Sign the offer`): cmark's box has no accessible name. Off: cmark's own `<input>`.
    public var labeledTaskItems: Bool

    public init(unsafeHTML: Bool = false, smartPunctuation: Bool = true, headingIDs: Bool = true,
                framedTables: Bool = false, labeledTaskItems: Bool = false) {
        self.unsafeHTML = unsafeHTML
        self.smartPunctuation = smartPunctuation
        self.headingIDs = headingIDs
        self.framedTables = framedTables
        self.labeledTaskItems = labeledTaskItems
    }
}

/// What the caller's link resolver decided for one link or image destination.
public enum LinkResolution: Sendable, Equatable {
    /// Leave the destination as written.
    case keep
    /// Write this destination instead (e.g. `jobs/engineer.md` → `/jobs/engineer/`).
    case replace(String)
    /// Leave the destination as written, but report it in `RenderedMarkdown.brokenLinks`.
    case broken
    /// Write this destination (which may be the one written), and list the link in
    /// `RenderedMarkdown.notedLinks`: it works, but the caller has something to say about it.
    case replaceNoting(String)
}

/// One heading of a rendered document, in document order.
public struct Heading: Sendable, Hashable {
    /// 1…6.
    public var level: Int
    /// The heading's plain text: text and code spans, no markup (line breaks become spaces).
    public var text: String
    /// The anchor id, unique within the document. Present even when `headingIDs` is off, but then
    /// the HTML has no matching `id` attribute.
    public var id: String

    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

/// A link or image and where it starts in the Markdown source.
public struct LocatedLink: Sendable, Hashable {
    /// For a broken link the destination as written; for a link with a fragment, the
    /// destination written into the page (the resolver's replacement, before cmark's escaping).
    public var destination: String
    /// 1-based line in the Markdown text that was rendered (callers add their front-matter offset).
    public var line: Int
    /// 1-based column of the link's `[` (or the image's `!`), counted in Unicode scalars.
    public var column: Int
    /// The destination as the author wrote it (cmark's reading: entities and backslash escapes
    /// decoded), which messages quote: `about.md#pay`, not the `../about/#pay` it became.
    public var written: String

    public init(destination: String, line: Int, column: Int, written: String? = nil) {
        self.destination = destination
        self.line = line
        self.column = column
        self.written = written ?? destination
    }
}

/// A link or image whose destination the resolver reported as `.broken`.
public typealias BrokenLink = LocatedLink

/// Raw HTML that safe mode left out of the page (`<!-- raw HTML omitted -->`), where it starts.
public struct OmittedHTML: Sendable, Hashable {
    /// The opening tag's name as written (`div`, `span`).
    public var tag: String
    /// 1-based line and column (Unicode scalars) of its `<` in the Markdown text that was rendered.
    public var line: Int
    public var column: Int

    public init(tag: String, line: Int, column: Int) {
        self.tag = tag
        self.line = line
        self.column = column
    }

    /// The element an HTML node's text opens (`<div class="x">…` → `div`), or nil for what
    /// hides nothing readers would see (comments, declarations) and for closing tags, whose
    /// opening tag is reported.
    static func openedTag(in literal: String) -> String? {
        let text = literal.drop { $0 == " " || $0 == "\t" }
        guard text.hasPrefix("<") else { return nil }
        let name = text.dropFirst().prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        guard let first = name.first, first.isLetter else { return nil }
        return String(name)
    }
}

/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    public var headings: [Heading]
    /// In the order the resolver saw the links.
    public var brokenLinks: [BrokenLink]
    /// Every link or image not reported broken whose destination (as written into the page) has
    /// a `#`, in the order the resolver saw them: the anchor check on finished pages reports a
    /// missing anchor at the link. Only collected when a resolver is given.
    public var fragmentLinks: [LocatedLink]
    /// Raw HTML elements safe mode dropped (empty when `unsafeHTML` is on), in document order.
    public var omittedHTML: [OmittedHTML]
    /// The links the resolver answered with `.replaceNoting`, in order, `destination` the one written into the page.
    public var notedLinks: [LocatedLink]

    public init(html: String, headings: [Heading] = [], brokenLinks: [BrokenLink] = [],
                fragmentLinks: [LocatedLink] = [], notedLinks: [LocatedLink] = [], omittedHTML: [OmittedHTML] = []) {
        self.html = html
        self.headings = headings
        self.brokenLinks = brokenLinks
        self.fragmentLinks = fragmentLinks
        self.omittedHTML = omittedHTML
        self.notedLinks = notedLinks
    }
}
