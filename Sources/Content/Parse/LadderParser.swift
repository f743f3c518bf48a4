import Diagnostics
import Yams

/// Reads and checks the front matter of a career ladder.
enum LadderParser {
    static func parse(_ root: Node, path: String, body: MarkdownBody, sink: DiagnosticSink) -> Ladder? {
        guard let fields = Fields(root, path: "", describing: "a career ladder",
                                  allowed: ["title", "summary", "competencies", "levels", "aliases", LintSettings.key], sink: sink) else { return nil }
        let title = fields.string("title", required: true, why: "it is the ladder's heading")
        let summary = fields.string("summary")
        let competencies = readCompetencies(fields)
        let levels = readLevels(fields, competencies: competencies)
        let aliases = fields.aliases()
        guard let id = URLName.fromFileName(path, sink: sink), let title, let competencies, let levels else { return nil }
        var ladder = Ladder(source: path, id: id, title: title, summary: summary, competencies: competencies,
                            levels: levels, body: body)
        ladder.aliases = aliases
        return ladder
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    static func readIdentifier(_ item: Fields, what: String) -> String? {
        guard let id = item.string("id", required: true, why: "other documents refer to the \(what) by it") else { return nil }
        guard isIdentifier(id) else {
            item.valueError("id", "must use only letters, digits, '-' and '_', found '\(id)'", at: item.node("id"))
            return nil
        }
        return id
    }

    static func readCompetencies(_ fields: Fields) -> [Competency]? {
        guard let nodes = fields.list("competencies", required: true,
                                      why: "the skills every level is described by") else { return nil }
        // Only this list's own problems make it unusable: an unrelated error elsewhere in the
        // file must not hide the competencies and make every expectation an "unknown key".
        let problemsBefore = fields.sink.diagnostics.count
        var competencies: [Competency] = []
        var seen: Set<String> = []
        for (index, node) in nodes.enumerated() {
            guard let item = Fields(node, path: "competencies[\(index + 1)]", describing: "a competency",
                                    allowed: ["id", "title", "description"], sink: fields.sink) else { continue }
            let id = readIdentifier(item, what: "competency")
            let title = item.string("title", required: true)
            let description = item.string("description")
            guard let id, let title else { continue }
            guard seen.insert(id).inserted else {
                item.valueError("id", "'\(id)' is used by another competency of this ladder", at: item.node("id"))
                continue
            }
            competencies.append(Competency(id: id, title: title, description: description))
        }
        return fields.sink.diagnostics.count > problemsBefore ? nil : competencies
    }

    /// `competencies` is nil when that list had problems: expectations are then not checked
    /// against it, rather than each being reported as an unknown competency.
    static func readLevels(_ fields: Fields, competencies: [Competency]?) -> [LadderLevel]? {
        guard let nodes = fields.list("levels", required: true, why: "a ladder is a list of levels") else { return nil }
        var levels: [LadderLevel] = []
        var seen: Set<String> = []
        for (index, node) in nodes.enumerated() {
            guard let item = Fields(node, path: "levels[\(index + 1)]", describing: "a ladder level",
                                    allowed: ["id", "title", "years", "salary", "summary", "expectations"],
                                    sink: fields.sink) else { continue }
            let id = readIdentifier(item, what: "level")
            let title = item.string("title", required: true)
            let years = readYears(item)
            let salary = RoleParser.readSalary(item.mapping("salary", describing: "a pay band",
                                                            allowed: ["min", "max", "currency", "period"]))
            let summary = item.string("summary")
            let expectations = readExpectations(item, competencies: competencies)
            guard let id, let title else { continue }
            guard seen.insert(id).inserted else {
                item.valueError("id", "'\(id)' is used by another level of this ladder", at: item.node("id"))
                continue
            }
            levels.append(LadderLevel(id: id, title: title, years: years, salary: salary, summary: summary,
                                      expectations: expectations))
        }
        return fields.sink.hasErrors ? nil : levels
    }

    /// `0-2`, `8+` or a single number of years.
    static func readYears(_ item: Fields) -> String? {
        guard let node = item.node("years") else { return nil }
        guard let text = node.scalar?.string.trimmingCharacters(in: .whitespaces) else {
            item.typeError("years", expected: "text like \"0-2\" or \"8+\"", found: node)
            return nil
        }
        let pattern = #/^\d{1,2}(\s*[-–]\s*\d{1,2}|\+)?$/#
        guard text.wholeMatch(of: pattern) != nil else {
            item.valueError("years", "must look like \"0-2\", \"8+\" or \"3\", found '\(text)'", at: node)
            return nil
        }
        return text
    }

    static func readExpectations(_ item: Fields, competencies: [Competency]?) -> [String: Expectation] {
        guard let ids = competencies?.map(\.id) else { return [:] }
        guard let map = item.mapping("expectations", describing: "expectations by competency id", allowed: ids) else {
            return [:]
        }
        var expectations: [String: Expectation] = [:]
        for id in ids {
            if let text = map.string(id) { expectations[id] = Expectation(text: text) }
        }
        return expectations
    }
}
