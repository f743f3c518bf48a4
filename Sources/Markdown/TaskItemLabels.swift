import CMarkGFM
import Foundation  // strcmp

/// Accessible names for GFM task-list checkboxes.
///
/// cmark-gfm writes a task item's box as `<input type="checkbox" disabled="" />`, which has no
/// name: a screen reader says "checkbox, checked" and axe-core reports a form field without a
/// label. The item's own text is the box's name (as a `<label>` around it would give), so each
/// box gets `aria-label="<the item's text>"`, in whatever language the item is written; the box
/// still tells its state. Nothing else of cmark's output changes.
enum TaskItemLabels {
    /// The two boxes the tasklist extension writes, without their closing ` />`.
    private static let boxes = ["<input type=\"checkbox\" disabled=\"\"", "<input type=\"checkbox\" checked=\"\" disabled=\"\""]

    /// Whether `node` is a list item the tasklist extension owns (`- [x] …`).
    static func isTaskItem(_ node: OpaquePointer) -> Bool {
        cmark_node_get_type_string(node).map { strcmp($0, "tasklist") == 0 } ?? false
    }

    /// The plain text of an item's first block (its own line, not a nested list), an image as
    /// its alt text. Empty (no box name) only for an item of raw HTML or images without alt text.
    static func label(of item: OpaquePointer) -> String {
        cmark_node_first_child(item).map { HeadingIDs.plainText(of: $0, imageAlt: true) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// `html` with the boxes named by `labels`, in document order. The boxes are found by their
    /// text, so when the page spells one itself (raw HTML in unsafe mode) and the count differs
    /// from the items', no box is named rather than a box named after another item.
    static func apply(_ labels: [String], to html: String) -> String {
        var found: [Range<String.Index>] = []
        var rest = html.startIndex
        while let box = nextBox(in: html, from: rest) {
            found.append(box)
            rest = box.upperBound
        }
        guard found.count == labels.count else { return html }
        var labelled = ""
        labelled.reserveCapacity(html.utf8.count + labels.reduce(0) { $0 + $1.utf8.count + 14 })
        var copied = html.startIndex
        for (box, label) in zip(found, labels) where !label.isEmpty {
            labelled += html[copied..<box.upperBound]
            labelled += " aria-label=\"\(HeadingIDs.escapeAttribute(label))\""
            copied = box.upperBound
        }
        labelled += html[copied...]
        return labelled
    }

    /// The first box at or after `start`, up to and without its ` />`.
    private static func nextBox(in html: String, from start: String.Index) -> Range<String.Index>? {
        var start = start
        while let open = html.range(of: "<input type=\"checkbox\" ", range: start..<html.endIndex) {
            for box in boxes {
                if let end = html.index(open.lowerBound, offsetBy: box.utf8.count, limitedBy: html.endIndex),
                   html[open.lowerBound..<end] == box, html[end...].hasPrefix(" />") {
                    return open.lowerBound..<end
                }
            }
            start = open.upperBound
        }
        return nil
    }
}
