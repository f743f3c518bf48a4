import Diagnostics
import Foundation

/// The three shapes of `jobsite check`'s report. Each is deterministic: the same diagnostics give
/// the same bytes (sorted for report, JSON keys sorted).
public enum CheckReport {
    /// `file:line:column: severity: message [rule]` per finding, then `2 errors, 1 warning, 0 notes`.
    public static func text(_ diagnostics: [Diagnostic]) -> String {
        let sorted = diagnostics.sortedForReport()
        return sorted.map { "\($0.description)\n" }.joined() + summary(sorted) + "\n"
    }

    /// `N errors, N warnings, N notes` (singular for one).
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        [Severity.error, .warning, .note].map { severity in
            let count = diagnostics.count { $0.severity == severity }
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }.joined(separator: ", ")
    }

    /// A JSON array of {file, line, column, severity, rule, message, suggestion}; every key is
    /// always there, `null` when not known (a site-wide finding has no file; 0 line or column
    /// means unknown).
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        // Foundation prints an empty pretty array on two lines; `[]` says "no findings" plainly.
        diagnostics.isEmpty ? "[]\n" : encode(diagnostics.sortedForReport().map(JSONFinding.init))
    }

    /// A SARIF 2.1.0 log with one run: the tool (jobsite, its version, every rule of the catalog)
    /// and one result per finding. The suggestion, when there is one, follows the message as
    /// `(suggestion: …)`.
    ///
    /// - Parameter siteRoot: the site folder the findings' paths are relative to. When given,
    ///   each location names it as its base (`uriBaseId: SRCROOT`) and the run maps `SRCROOT` to
    ///   its absolute `file:` URI (`originalUriBaseIds`), so a viewer finds the files of a site
    ///   that is not at the root of its repository.
    public static func sarif(_ diagnostics: [Diagnostic], version: String, siteRoot: URL? = nil) -> String {
        let rules = Rules.all
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let base = siteRoot.map { SARIF.ArtifactLocation(uri: SARIF.folderURI($0), uriBaseId: nil) }
        let log = SARIF.Log(runs: [SARIF.Run(
            tool: .init(driver: .init(name: "jobsite", version: version,
                                      rules: rules.map(SARIF.ReportingDescriptor.init))),
            originalUriBaseIds: base.map { [SARIF.sourceRoot: $0] },
            results: diagnostics.sortedForReport().map {
                SARIF.Result($0, ruleIndex: index[$0.rule], uriBaseId: base == nil ? nil : SARIF.sourceRoot)
            })])
        return encode(log)
    }

    private static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain structs of strings and numbers cannot fail.
        return String(decoding: try! encoder.encode(value), as: UTF8.self) + "\n"
    }
}

private func known(_ number: Int?) -> Int? { number.flatMap { $0 > 0 ? $0 : nil } }

/// One finding in the JSON report; `encode` writes `null` for what is not known.
private struct JSONFinding: Encodable {
    let diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    enum CodingKeys: String, CodingKey { case file, line, column, severity, rule, message, suggestion }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(diagnostic.location?.file, forKey: .file)
        try container.encode(known(diagnostic.location?.line), forKey: .line)
        try container.encode(known(diagnostic.location?.column), forKey: .column)
        try container.encode(diagnostic.severity.rawValue, forKey: .severity)
        try container.encode(diagnostic.rule, forKey: .rule)
        try container.encode(diagnostic.message, forKey: .message)
        try container.encode(diagnostic.suggestion, forKey: .suggestion)
    }
}

/// The part of SARIF 2.1.0 the report uses (names as in the specification).
private enum SARIF {
    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }

    /// The base id of every location: the site root (the name GitHub's and Microsoft's tools use).
    static let sourceRoot = "SRCROOT"

    /// An absolute `file:` URI of a folder, ending in `/` as SARIF asks of a base.
    static func folderURI(_ folder: URL) -> String {
        let uri = folder.standardizedFileURL.absoluteURL.absoluteString
        return uri.hasSuffix("/") ? uri : uri + "/"
    }

    struct Run: Encodable {
        let tool: Tool
        let originalUriBaseIds: [String: ArtifactLocation]?
        let results: [Result]
    }

    struct Tool: Encodable {
        let driver: Driver
    }

    struct Driver: Encodable {
        let name: String
        let version: String
        let rules: [ReportingDescriptor]
    }

    struct Text: Encodable {
        let text: String
    }

    struct ReportingDescriptor: Encodable {
        let id: String
        let shortDescription: Text
        let fullDescription: Text
        let help: Text
        let defaultConfiguration: Configuration

        init(_ rule: Rule) {
            id = rule.id
            shortDescription = Text(text: rule.summary)
            fullDescription = Text(text: rule.explanation)
            help = Text(text: rule.explained)
            defaultConfiguration = Configuration(level: rule.severity.rawValue)
        }
    }

    struct Configuration: Encodable {
        let level: String
    }

    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int?
        let level: String
        let message: Text
        let locations: [Location]?

        init(_ diagnostic: Diagnostic, ruleIndex: Int?, uriBaseId: String?) {
            ruleId = diagnostic.rule
            self.ruleIndex = ruleIndex
            level = diagnostic.severity.rawValue
            message = Text(text: diagnostic.message + (diagnostic.suggestion.map { " (suggestion: \($0))" } ?? ""))
            locations = diagnostic.location.map { [Location($0, uriBaseId: uriBaseId)] }
        }
    }

    struct Location: Encodable {
        let physicalLocation: PhysicalLocation

        init(_ location: SourceLocation, uriBaseId: String?) {
            // A URI reference: a path relative to the site root, percent-encoded (spaces, '#', …).
            let uri = location.file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? location.file
            let region = known(location.line).map { Region(startLine: $0, startColumn: known(location.column)) }
            physicalLocation = PhysicalLocation(artifactLocation: ArtifactLocation(uri: uri, uriBaseId: uriBaseId), region: region)
        }
    }

    struct PhysicalLocation: Encodable {
        let artifactLocation: ArtifactLocation
        let region: Region?
    }

    struct ArtifactLocation: Encodable {
        let uri: String
        let uriBaseId: String?
    }

    struct Region: Encodable {
        let startLine: Int
        let startColumn: Int?
    }
}
