import CMarkGFM
import Foundation

/// The one place that owns cmark-gfm's process-wide state and the parse → use → free lifecycle.
///
/// cmark-gfm 0.29.0.gfm.6 has two pieces of global state that are not safe to touch from several
/// threads, and everything here exists to keep them safe while leaving the rest parallel:
/// - `cmark_gfm_core_extensions_ensure_registered()` guards itself with a plain (non-atomic)
///   flag, so it must run exactly once: it runs inside a `static let` initializer, which Swift
///   runs once, thread-safely.
/// - `cmark_parser_finish()` adds the inline extensions' special characters (`~` for
///   strikethrough, `w`/`:` for autolinks, …) to a global table and removes them again when it is
///   done. Two parsers finishing at once can remove each other's entries mid-parse, which silently
///   drops strikethrough and autolinks. That call is serialized, by `finishLock`; it is where
///   all inline parsing happens, so a large share of Markdown work runs one thread at a time
///   (feeding, the AST walks and HTML rendering stay parallel). (In this
///   version nothing else calls `cmark_manage_extensions_special_characters`; newer cmark-gfm
///   also calls it from the table extension while feeding, so revisit this on an upgrade.)
enum CMark {
    /// The GFM extensions every document gets. `footnotes` is not a syntax extension in this
    /// version (it is `CMARK_OPT_FOOTNOTES`), so it lives in `options(for:)`.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registered and looked up once per process, so a render only attaches five pointers:
    /// `cmark_find_syntax_extension` compares names along cmark's global registry list.
    private static let extensions: SyntaxExtensions = {
        cmark_gfm_core_extensions_ensure_registered()
        var found: [OpaquePointer] = []
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                found.append(ext)
            } else {
                // Only a broken libcmark-gfm-extensions install gets here; render without it
                // rather than crash a whole site build (the extension tests catch it).
                assertionFailure("cmark-gfm extension '\(name)' is not registered")
            }
        }
        return SyntaxExtensions(pointers: found)
    }()

    /// Serializes `cmark_parser_finish` (see the type's comment).
    private static let finishLock = NSLock()

    /// cmark option bits for parsing and rendering (the CLI uses the same set for both).
    static func options(for options: MarkdownOptions) -> Int32 {
        var bits = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
        if options.unsafeHTML { bits |= CMARK_OPT_UNSAFE }
        if options.smartPunctuation { bits |= CMARK_OPT_SMART }
        return Int32(bits)
    }

    /// Parses `source` and hands the document to `body`; the parser and the tree are freed when
    /// `body` returns. Returns nil only if cmark could not allocate a parser.
    ///
    /// `body` gets the root node and the parser's extension list, which `cmark_render_html` needs
    /// (the tag filter works only through it). Neither may escape `body`.
    static func withDocument<R>(
        _ source: UnsafeBufferPointer<UInt8>,
        options: Int32,
        _ body: (_ root: OpaquePointer, _ extensions: UnsafeMutablePointer<cmark_llist>?) -> R
    ) -> R? {
        guard let parser = cmark_parser_new(options) else { return nil }
        defer { cmark_parser_free(parser) }
        for ext in extensions.pointers {
            cmark_parser_attach_syntax_extension(parser, ext)
        }
        if let base = source.baseAddress, !source.isEmpty {
            // cmark takes an explicit length, so NUL bytes are input (it turns them into U+FFFD).
            base.withMemoryRebound(to: CChar.self, capacity: source.count) {
                cmark_parser_feed(parser, $0, source.count)
            }
        }
        let root: OpaquePointer? = finishLock.withLock { cmark_parser_finish(parser) }
        guard let root else { return nil }
        defer { cmark_node_free(root) }
        return body(root, cmark_parser_get_syntax_extensions(parser))
    }

    /// Renders a document to HTML and passes the bytes (without the trailing NUL) to `body`,
    /// freeing cmark's buffer afterwards.
    static func withHTML<R>(
        of root: OpaquePointer,
        options: Int32,
        extensions: UnsafeMutablePointer<cmark_llist>?,
        _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R {
        guard let html = cmark_render_html(root, options, extensions) else {
            return body(UnsafeBufferPointer(start: nil, count: 0))
        }
        defer { free(html) }
        let count = strlen(html)
        return html.withMemoryRebound(to: UInt8.self, capacity: count) {
            body(UnsafeBufferPointer(start: $0, count: count))
        }
    }

    /// Calls `visit` for every node of the tree under `root` (root included) on entry and exit.
    /// `visit` returns false to skip the children of the node it was given on entry. It may edit
    /// the current node's own fields (e.g. its URL) but not the shape of the tree.
    static func walk(_ root: OpaquePointer, _ visit: (_ node: OpaquePointer, _ entering: Bool) -> Bool) {
        guard let iter = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { return }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            if !visit(node, entering), entering {
                // Jump to this node's exit event: its subtree is skipped.
                cmark_iter_reset(iter, node, CMARK_EVENT_EXIT)
            }
        }
    }

    /// Whether `node` is a GFM table (an extension node type, so known by its name).
    static func isTable(_ node: OpaquePointer) -> Bool {
        cmark_node_get_type_string(node).map { strcmp($0, "table") == 0 } ?? false
    }

    /// Moves `table` into a custom block that prints the table frame around it. A custom block's
    /// text is printed as is in safe mode too, where raw HTML would be omitted.
    static func frameTable(_ table: OpaquePointer) {
        guard let frame = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(frame, "<div class=\"table-scroll\" tabindex=\"0\">")
        cmark_node_set_on_exit(frame, "</div>")
        guard cmark_node_insert_before(table, frame) == 1, cmark_node_append_child(frame, table) == 1 else {
            cmark_node_free(frame)  // left unframed rather than lost (not reached: a table's parent takes blocks)
            return
        }
    }

    /// A node's literal (text, code, HTML) as a String; "" when it has none.
    static func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}

/// The extension pointers found once at start-up. They point at cmark's global registry, which
/// lives as long as the process and is only read after registration, so sharing them is safe.
private struct SyntaxExtensions: @unchecked Sendable {
    let pointers: [OpaquePointer]
}
