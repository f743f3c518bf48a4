import Build
import Diagnostics
import Foundation
import Render

/// The JSON-LD objects of a page, parsed back from its `<script type="application/ld+json">`
/// elements in page order (an element that does not parse gives an entry with `@type` `(invalid)`).
public func jsonLD(in html: String) -> [[String: Any]] {
    let open = "<script type=\"application/ld+json\">", close = "</script>"
    var objects: [[String: Any]] = []
    var rest = html[...]
    while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
        let text = rest[start.upperBound..<end.lowerBound]
        let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        objects.append(parsed ?? ["@type": "(invalid)", "text": String(text)])
        rest = rest[end.upperBound...]
    }
    return objects
}

/// The page's JSON-LD objects of one `@type`.
public func jsonLD(_ type: String, in html: String) -> [[String: Any]] {
    jsonLD(in: html).filter { $0["@type"] as? String == type }
}

/// Every way the structured data of the HTML pages in `output` breaks Google's rules
/// (`StructuredDataRules`), as errors at the page (`roles/x/index.html`) with the rule
/// `test.structured-data`. Missing recommended properties are not problems.
public func structuredDataProblems(inOutput output: URL) -> [Diagnostic] {
    guard let files = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil) else { return [] }
    let prefix = output.standardizedFileURL.path + "/"
    var problems: [Diagnostic] = []
    for case let url as URL in files where url.pathExtension == "html" {
        let page = String(url.standardizedFileURL.path.dropFirst(prefix.count))
        let html = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        for object in jsonLD(in: html) {
            for problem in StructuredDataRules.validate(object) where !problem.isRecommendation {
                problems.append(.error(problem.description, at: SourceLocation(file: page), rule: "test.structured-data"))
            }
        }
    }
    return problems
}

extension BuildReport {
    /// This report with the structured-data problems of the site written to `output`, so every
    /// test that expects a clean build also checks every page's JSON-LD against Google's rules.
    public func checkingStructuredData(in output: URL) -> BuildReport {
        guard succeeded else { return self }
        var report = self
        report.diagnostics += structuredDataProblems(inOutput: output)
        return report
    }
}
