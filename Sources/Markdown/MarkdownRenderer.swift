import CMarkGFM

/// Markdown → HTML with cmark-gfm: GFM tables, strikethrough, autolinks, tag filter, task lists
/// and footnotes; GitHub-style heading ids; link rewriting through a caller-supplied resolver.
///
/// Pure and thread-safe: call it from as many threads as you like. Without heading ids, framed
/// tables, labelled task items and rewritten links the HTML is exactly what the `cmark-gfm` CLI prints with
/// `-e footnotes -e table -e strikethrough -e autolink -e tagfilter -e tasklist` and the
/// matching `--unsafe` / `--smart` flags.
public enum MarkdownRenderer {
    /// Renders `markdown` to HTML.
    ///
    /// `resolveLink` is called with the destination of every link and image node (autolinks
    /// included), in document order (footnote definitions come last, in the order they are
    /// referenced, as they are rendered). `.replace(url)` rewrites the destination; `.broken`
    /// keeps it and records a `BrokenLink` at the node's start. Links whose final destination
    /// has a `#fragment` are listed in `fragmentLinks` with their positions.
    public static func render(
        _ markdown: String,
        options: MarkdownOptions = .init(),
        resolveLink: (@Sendable (String) -> LinkResolution)? = nil
    ) -> RenderedMarkdown {
        var markdown = markdown
        return markdown.withUTF8 { render($0, options: options, resolveLink: resolveLink) }
    }

    /// The visible text of `markdown` on one line, for summaries and meta descriptions: text,
    /// code spans and code blocks, with raw HTML, images and footnotes left out and every run of
    /// whitespace (including block boundaries) collapsed to one space.
    public static func plainText(_ markdown: String, options: MarkdownOptions = .init()) -> String {
        var markdown = markdown
        let text = markdown.withUTF8 { source in
            CMark.withDocument(source, options: CMark.options(for: options)) { root, _ in
                var text = ""
                CMark.walk(root) { node, entering in
                    let type = cmark_node_get_type(node)
                    guard entering else {
                        if type.rawValue & nodeKindMask == blockKind { text += " " }
                        return true
                    }
                    switch type {
                    case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                        text += CMark.literal(of: node)
                    case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                        text += " "
                    case CMARK_NODE_HTML_INLINE, CMARK_NODE_HTML_BLOCK, CMARK_NODE_IMAGE,
                         CMARK_NODE_FOOTNOTE_REFERENCE, CMARK_NODE_FOOTNOTE_DEFINITION:
                        return false
                    default:
                        break
                    }
                    return true
                }
                return text
            }
        }
        return collapsingWhitespace(text ?? "")
    }

    private static func render(
        _ source: UnsafeBufferPointer<UInt8>,
        options: MarkdownOptions,
        resolveLink: (@Sendable (String) -> LinkResolution)?
    ) -> RenderedMarkdown {
        let cmarkOptions = CMark.options(for: options)
        let rendered = CMark.withDocument(source, options: cmarkOptions) { root, extensions in
            // One walk collects the headings and resolves links. Headings get their markers only
            // after it, because the tree must not change shape while it is being iterated.
            var headingNodes: [OpaquePointer] = [], tableNodes: [OpaquePointer] = [], htmlNodes: [OpaquePointer] = []
            var taskLabels: [String] = []
            var rewriter = resolveLink.map { LinkRewriter(source: source, resolve: $0) }
            CMark.walk(root) { node, entering in
                guard entering else { return true }
                switch cmark_node_get_type(node) {
                case CMARK_NODE_HEADING:
                    headingNodes.append(node)
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    rewriter?.visit(node)
                case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                    if !options.unsafeHTML { htmlNodes.append(node) }
                case CMARK_NODE_ITEM:
                    if options.labeledTaskItems, TaskItemLabels.isTaskItem(node) { taskLabels.append(TaskItemLabels.label(of: node)) }
                default:
                    if options.framedTables, CMark.isTable(node) { tableNodes.append(node) }
                }
                return true
            }
            tableNodes.forEach(CMark.frameTable)

            var ids = UniqueIDs()
            let headings = headingNodes.map { node in
                let text = HeadingIDs.plainText(of: node)
                let slug = HeadingIDs.slug(text)
                return Heading(
                    level: Int(cmark_node_get_heading_level(node)),
                    text: text,
                    id: ids.unique(slug.isEmpty ? "section" : slug)  // no usable text
                )
            }

            var html: String
            if options.headingIDs, !headings.isEmpty {
                let marker = HeadingIDs.Marker(avoiding: source)
                HeadingIDs.insertMarkers(into: headingNodes, marker: marker)
                html = CMark.withHTML(of: root, options: cmarkOptions, extensions: extensions) {
                    HeadingIDs.applyIDs(headings.map(\.id), markedBy: marker, in: $0)
                }
            } else {
                html = CMark.withHTML(of: root, options: cmarkOptions, extensions: extensions) {
                    String(decoding: $0, as: UTF8.self)
                }
            }
            if !taskLabels.isEmpty { html = TaskItemLabels.apply(taskLabels, to: html) }
            return RenderedMarkdown(html: html, headings: headings, brokenLinks: rewriter?.brokenLinks ?? [],
                                    fragmentLinks: rewriter?.fragmentLinks ?? [], notedLinks: rewriter?.notedLinks ?? [],
                                    omittedHTML: omitted(htmlNodes, in: source))
        }
        return rendered ?? RenderedMarkdown(html: "")
    }
}

extension MarkdownRenderer {
    /// The elements safe mode drops, with their positions (computed only when there are some).
    fileprivate static func omitted(_ nodes: [OpaquePointer], in source: UnsafeBufferPointer<UInt8>) -> [OmittedHTML] {
        guard !nodes.isEmpty else { return [] }
        var positions = SourcePositions(source)
        return nodes.compactMap { node in
            let literal = CMark.literal(of: node)
            guard let tag = OmittedHTML.openedTag(in: literal) else { return nil }
            let start = positions.start(ofHTML: node, literal: literal)
            return OmittedHTML(tag: tag, line: start.line, column: start.column)
        }
    }
}

/// cmark node types carry their kind in the top bits: 0x8000 block, 0xC000 inline.
private let nodeKindMask: UInt32 = 0xC000
private let blockKind: UInt32 = 0x8000

private func collapsingWhitespace(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
        if scalar.properties.isWhitespace {
            pendingSpace = !result.isEmpty
        } else {
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
    }
    return String(result)
}
