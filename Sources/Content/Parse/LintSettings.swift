import Diagnostics
import Yams

/// `lint: {ignore: [rule-id, …]}`, in site.yml (the whole site) and in any content file's front
/// matter (that file only). Each id must be a rule of the catalog that may be ignored; otherwise
/// it is an error at the id, with the closest id.
enum LintSettings {
    static let key = "lint"

    /// The ids of `lint.ignore` in `node` (the value of `lint:`), or none when absent.
    static func ignored(_ node: Node?, sink: DiagnosticSink) -> Set<String> {
        guard let node, !node.isNull,
              let fields = Fields(node, path: key, describing: "lint settings", allowed: ["ignore"], sink: sink),
              let items = fields.list("ignore", allowSingle: true) else { return [] }
        var ids: Set<String> = []
        for item in items {
            guard let id = item.scalar?.string else {
                fields.typeError("ignore", expected: "a list of rule ids such as [link.broken]", found: item)
                continue
            }
            guard let rule = Rules.rule(id) else {
                let hint = Rules.suggestion(for: id).map { "; did you mean '\($0)'?" } ?? ""
                sink.append(Diagnostic(.error, "unknown rule '\(id)' in lint.ignore\(hint) (`jobsite explain` lists the rules)",
                                       at: sink.location(item.mark), rule: "lint.unknown-rule",
                                       suggestion: Rules.suggestion(for: id)))
                continue
            }
            guard rule.suppressible else {
                sink.error("'\(id)' cannot be ignored: it guards the build's correctness; fix what it reports instead",
                           at: item.mark, rule: "lint.not-suppressible")
                continue
            }
            ids.insert(id)
        }
        return ids
    }

    /// The value of `lint:` in a front matter mapping, without reading its other keys.
    static func node(in root: Node) -> Node? {
        guard case .mapping(let mapping) = root else { return nil }
        return mapping.first { $0.key.scalar?.string == key }?.value
    }
}
