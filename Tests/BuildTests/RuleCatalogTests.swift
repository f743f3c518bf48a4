import Diagnostics
import Foundation
import TestSupport
import Testing

/// Issue 17, part 1: one catalog of rules, equal to the ids the code reports and to the README.
@Suite("Rule catalog")
struct RuleCatalogTests {
    /// Every rule id written in Sources: the string literals shaped `area.name` on lines that
    /// pass a `rule:` (so `rule: cond ? "yaml.tag" : "yaml.alias"` counts both).
    static func idsUsedInSources() throws -> Set<String> {
        let sources = repositoryRoot.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var ids: Set<String> = []
        for case let url as URL in enumerator where url.pathExtension == "swift" && url.lastPathComponent != "Rules.swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") where line.contains("rule: ") {
                for match in line.matches(of: #/"([a-z0-9-]+(?:\.[a-z0-9-]+)+)"/#) { ids.insert(String(match.1)) }
            }
        }
        return ids
    }

    @Test func theCatalogHasExactlyTheRulesTheSourcesReport() throws {
        let used = try Self.idsUsedInSources()
        let catalog = Set(Rules.all.map(\.id))
        #expect(used.subtracting(catalog).sorted() == [], "reported in Sources but not in Rules.swift")
        #expect(catalog.subtracting(used).sorted() == [], "in Rules.swift but reported nowhere")
        #expect(used.contains("yaml.tag"), "an id chosen at run time is found too")
    }

    /// A rule id passed without the `rule:` label (`refuse(message, "output.not-jobsite")`) is
    /// still a rule: every string literal shaped `area.name` whose area is a rule area must be in
    /// the catalog, except the few that name a key or a file.
    @Test func everyIdShapedLiteralOfARuleAreaIsInTheCatalog() throws {
        let catalog = Set(Rules.all.map(\.id))
        let areas = Set(catalog.map { String($0.prefix { $0 != "." }) })
        let notRules: Set<String> = ["site.yml", "lint.sections", "theme.logo", "theme.favicon"]
        let sources = repositoryRoot.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var unknown: Set<String> = []
        for case let url as URL in enumerator where url.pathExtension == "swift" && url.lastPathComponent != "Rules.swift"
            && !url.path.contains("/BuiltIn/") {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: #/"([a-z0-9-]+)((?:\.[a-z0-9-]+)+)"/#) where areas.contains(String(match.1)) {
                let id = String(match.1) + String(match.2)
                if !catalog.contains(id) && !notRules.contains(id) { unknown.insert(id) }
            }
        }
        #expect(unknown.sorted() == [], "rule ids in Sources that the catalog lacks")
    }

    /// Issue 17's "done when": every rule has a test that triggers it. A test names the rule in a
    /// pinned line (`… [link.broken]`) or compares a finding's rule with its id (`"link.broken"`);
    /// this file and the explain tests do not count.
    @Test func everyRuleIsTriggeredByATest() throws {
        let tests = repositoryRoot.appendingPathComponent("Tests")
        let enumerator = try #require(FileManager.default.enumerator(at: tests, includingPropertiesForKeys: nil))
        var text = ""
        for case let url as URL in enumerator where url.pathExtension == "swift" && url.lastPathComponent != "RuleCatalogTests.swift" {
            text += try String(contentsOf: url, encoding: .utf8)
        }
        let untested = Rules.all.map(\.id).filter { !text.contains("[\($0)]") && !text.contains("\"\($0)\"") }
        #expect(untested == [], "rules no test triggers")
    }

    @Test func everyRuleHasAWellFormedIdAndAllItsText() {
        #expect(Set(Rules.all.map(\.id)).count == Rules.all.count)
        for rule in Rules.all {
            #expect(rule.id.wholeMatch(of: #/[a-z0-9-]+\.[a-z0-9.-]+/#) != nil, "\(rule.id)")
            #expect(rule.summary.hasSuffix(".") && !rule.explanation.isEmpty && !rule.fault.isEmpty && !rule.fix.isEmpty, "\(rule.id)")
            // Only errors that are judgments may be ignored; every warning and note may.
            if rule.severity != .error { #expect(rule.suppressible, "\(rule.id)") }
        }
        #expect(Rules.all.filter { $0.severity == .error && $0.suppressible }.map(\.id) == ["link.broken", "link.missing-anchor", "pay.range-required"])
    }

    @Test func theReadmeListsEveryRule() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- rules -->\n"))
        let end = try #require(readme.range(of: "\n<!-- /rules -->", range: start.upperBound..<readme.endIndex))
        let table = String(readme[start.upperBound..<end.lowerBound])
        if ProcessInfo.processInfo.environment["JOBSITE_UPDATE_GOLDEN"] == "1", table != Rules.markdownTable {
            // As the golden files: regenerate, then review `git diff README.md`.
            try (readme.replacingCharacters(in: start.upperBound..<end.lowerBound, with: Rules.markdownTable))
                .write(to: repositoryRoot.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
            return
        }
        #expect(table == Rules.markdownTable, "replace the README's table with:\n\(Rules.markdownTable)")
    }

    @Test func explainPrintsTheRuleWithItsExampleAndFix() throws {
        let run = try CommandLineTests.run(["explain", "yaml.tab-indent"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            yaml.tab-indent (error; cannot be ignored)
            A tab indents a line.

            YAML indents with spaces only.

            Fault:
              salary:
              \tmin: 1
            Fix:
              salary:
                min: 1

            """)
        let ignorable = try CommandLineTests.run(["explain", "pay.outside-band"])
        #expect(ignorable.stdout.hasPrefix("pay.outside-band (warning; can be ignored with lint: {ignore: [pay.outside-band]})\n"))
    }

    /// `lint.unknown-rule` says "`jobsite explain` lists the rules": without a rule it does.
    @Test func explainWithoutARuleListsEveryRuleOneLineEach() throws {
        let run = try CommandLineTests.run(["explain"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == Rules.all.count + 1 && lines.last == "")
        #expect(lines.dropLast().map { String($0.prefix { $0 != " " }) } == Rules.all.map(\.id))
        let tab = try #require(lines.first { $0.hasPrefix("yaml.tab-indent ") })
        #expect(tab.split(separator: " ", omittingEmptySubsequences: true).prefix(2) == ["yaml.tab-indent", "error"])
        #expect(tab.hasSuffix("  error    A tab indents a line."))
    }

    @Test func explainOfAnUnknownRuleSuggestsTheClosestAndExitsWith2() throws {
        let run = try CommandLineTests.run(["explain", "link.brokn"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "error: no rule 'link.brokn'; did you mean 'link.broken'? (`jobsite explain` lists them all)\n")
    }
}

@Suite("Severity policy")
struct SeverityPolicyTests {
    let found: [Diagnostic] = [
        .error("e", at: SourceLocation(file: "content/a.md", line: 1, column: 1), rule: "link.broken"),
        .warning("w", at: SourceLocation(file: "content/a.md", line: 2, column: 1), rule: "pay.outside-band"),
        Diagnostic(.note, "n", at: SourceLocation(file: "content/b.md", line: 3, column: 1), rule: "pay.outside-band"),
        .error("y", at: SourceLocation(file: "content/a.md", line: 4, column: 1), rule: "yaml.syntax"),
    ]

    @Test func strictMakesWarningsErrorsAndLeavesNotesAlone() {
        let applied = SeverityPolicy(strict: true).apply(found)
        #expect(applied.map(\.severity) == [.error, .error, .note, .error])
        #expect(SeverityPolicy().apply(found) == found)
        #expect(SeverityPolicy(strict: true).apply(applied) == applied, "applying twice changes nothing")
    }

    @Test func suppressionsDropOnlyIgnorableRulesWhereTheyApply() {
        let perFile = SeverityPolicy(ignoredInFile: ["content/a.md": ["pay.outside-band", "link.broken", "yaml.syntax"]])
        #expect(perFile.apply(found).map(\.message) == ["n", "y"], "content/b.md keeps its finding; yaml.syntax cannot be ignored")
        let everywhere = SeverityPolicy(strict: true, ignoredEverywhere: ["pay.outside-band"])
        #expect(everywhere.apply(found).map(\.message) == ["e", "y"])
        let unknown = Diagnostic.warning("u", at: nil, rule: "new.rule-of-another-branch")
        #expect(SeverityPolicy(ignoredEverywhere: ["new.rule-of-another-branch"]).apply([unknown]) == [unknown])
    }
}
