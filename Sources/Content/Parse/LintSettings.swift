import Diagnostics
import Yams

/// `lint: {ignore: [rule-id, …]}`, in site.yml (the whole site) and in any content file's front
/// matter (that file only). Each id must be a rule of the catalog that may be ignored; otherwise
/// it is an error at the id, with the closest id.
enum LintSettings {
    static let key = "lint"
    /// The keys `lint:` takes in site.yml; a content file's front matter takes `ignore` only.
    static let siteKeys = ["ignore", "sections"]

    /// The ids of `lint.ignore` in `node` (the value of `lint:`), or none when absent. `allowed`
    /// are the keys `lint:` may have where it is written.
    static func ignored(_ node: Node?, sink: DiagnosticSink, allowed: [String] = ["ignore"]) -> Set<String> {
        guard let node, !node.isNull,
              let fields = Fields(node, path: key, describing: "lint settings", allowed: allowed, sink: sink),
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

    /// `lint.sections` of site.yml: `[{name, headings: [...], met_by: [salary | section id]}]`,
    /// or nil when absent (the built-in sections apply). Errors at the entry that is wrong; the
    /// other keys of `lint:` are checked by `ignored`.
    static func sections(_ node: Node?, sink: DiagnosticSink) -> [RequiredSection]? {
        guard case .mapping(let mapping)? = node,
              let value = mapping.first(where: { $0.key.scalar?.string == "sections" })?.value, !value.isNull else { return nil }
        guard case .sequence(let items) = value else {
            sink.error("'lint.sections' must be a list of {name, headings} entries, found \(value.kindDescription)",
                       at: value.mark, rule: "front-matter.type")
            return nil
        }
        return items.enumerated().compactMap { index, item in
            section(item, path: DataPath.item(index, in: "lint.sections"), sink: sink)
        }
    }

    private static func section(_ item: Node, path: String, sink: DiagnosticSink) -> RequiredSection? {
        guard let fields = Fields(item, path: path, describing: "a section every posting needs",
                                  allowed: ["name", "headings", "met_by"], sink: sink) else { return nil }
        let name = fields.string("name", required: true, why: "findings name the missing section by it")
        let headings = fields.stringList("headings", required: true)
        let metBy = fields.stringList("met_by") ?? []
        for id in metBy where id != "salary" && id.wholeMatch(of: #/[a-z0-9_]+/#) == nil {
            fields.valueError("met_by", "must list 'salary' or ids of postings.sections (such as benefits), found '\(id)'",
                              at: fields.node("met_by"))
        }
        guard let name, let headings else { return nil }
        return RequiredSection(name: name, headings: headings, metBy: metBy)
    }
}
