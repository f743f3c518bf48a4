import CMarkGFM

/// Applies the caller's link resolver to link and image nodes before rendering, so that
/// rewritten destinations go through cmark's own URL escaping and safe-mode checks.
struct LinkRewriter {
    let resolve: @Sendable (String) -> LinkResolution
    /// Built on the first link that needs a position only: most documents have none.
    private var positions: SourcePositions?
    private let source: UnsafeBufferPointer<UInt8>
    private(set) var brokenLinks: [BrokenLink] = []
    /// Links whose destination, once resolved, has a `#fragment` (see `RenderedMarkdown`).
    private(set) var fragmentLinks: [LocatedLink] = []
    private(set) var notedLinks: [LocatedLink] = []

    init(source: UnsafeBufferPointer<UInt8>, resolve: @escaping @Sendable (String) -> LinkResolution) {
        self.source = source
        self.resolve = resolve
    }

    /// Resolves one CMARK_NODE_LINK or CMARK_NODE_IMAGE (autolinks included).
    mutating func visit(_ node: OpaquePointer) {
        let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        var written = destination
        switch resolve(destination) {
        case .keep:
            break
        case .replace(let url):
            // cmark copies the string. A NUL inside `url` would cut it short there, which is
            // also what any C consumer of the URL would see.
            _ = cmark_node_set_url(node, url)
            written = url
        case .replaceNoting(let url):
            if url != destination { _ = cmark_node_set_url(node, url) }
            written = url
            notedLinks.append(located(node, url, as: destination))
        case .broken:
            brokenLinks.append(located(node, destination))
            return
        }
        if written.utf8.contains(UInt8(ascii: "#")) {
            fragmentLinks.append(located(node, written, as: destination))
        }
    }

    private mutating func located(_ node: OpaquePointer, _ destination: String, as written: String? = nil) -> LocatedLink {
        if positions == nil { positions = SourcePositions(source) }
        let start = positions?.start(ofLink: node) ?? (line: 0, column: 0)
        return LocatedLink(destination: destination, line: start.line, column: start.column, written: written)
    }
}
