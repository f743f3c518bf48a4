import ArgumentParser
import Build
import Content
import Diagnostics
import Foundation

/// `jobsite check`: every stage of the build, nothing written; the findings as text, JSON or SARIF.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site without writing anything; report every finding.",
        discussion: """
            Runs every stage of the build (the output folder is never touched) and prints each \
            finding as file:line:column: severity: message [rule], sorted, then a count; or as \
            JSON or SARIF 2.1.0 (--format) on standard output. Exit status: 0 without errors \
            (warnings and notes allowed), 1 with errors, 2 for a usage error. `jobsite explain \
            RULE` says what a rule finds and how to fix it.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    @Option(name: .long, help: ArgumentHelp("The site root.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: "How to print the findings: text, json or sarif.")
    var format: Format = .text

    @Flag(name: .long, help: "Make warnings errors (notes stay notes).")
    var strict = false

    @Flag(name: .long, help: "Also check documents marked draft: true as published.")
    var drafts = false

    @Option(name: .long, help: ArgumentHelp("Check as on this day (default: SOURCE_DATE_EPOCH if set, else today in UTC), as `build` would build.",
                                            valueName: "yyyy-mm-dd"))
    var now: String?

    /// The day `build` would build on, from the same options and environment, so `check` judges
    /// the site `build` writes.
    func validate() throws { _ = try BuildDayOption.day(now: now) }

    func run() throws {
        let today = try BuildDayOption.day(now: now)
        var options = BuildOptions(source: URL(fileURLWithPath: source, isDirectory: true), includeDrafts: drafts,
                                   today: today)
        options.strict = strict
        let diagnostics = SiteBuilder.check(options)
        let report = switch format {
        case .text: CheckReport.text(diagnostics)
        case .json: CheckReport.json(diagnostics)
        case .sarif: CheckReport.sarif(diagnostics, version: jobsiteVersion, siteRoot: options.source)
        }
        FileHandle.standardOutput.write(Data(report.utf8))
        if diagnostics.hasErrors { throw ExitCode.failure }
    }
}

/// `jobsite explain RULE`: what a rule finds, its default severity, an example and the fix;
/// `jobsite explain` alone lists every rule, one line each.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: what it finds, an example, and the fix; without a rule, list them all.",
        discussion: "The rule is the id in brackets at the end of a finding, e.g. link.broken.")

    @Argument(help: ArgumentHelp("A rule id, e.g. link.broken; leave it out to list every rule.", valueName: "rule"))
    var rule: String?

    func run() throws {
        guard let rule else {
            FileHandle.standardOutput.write(Data(Rules.listing.utf8))
            return
        }
        guard let found = Rules.rule(rule) else {
            let hint = Rules.suggestion(for: rule).map { "; did you mean '\($0)'?" } ?? ""
            FileHandle.standardError.write(Data("error: no rule '\(rule)'\(hint) (`jobsite explain` lists them all)\n".utf8))
            throw ExitCode(2)
        }
        FileHandle.standardOutput.write(Data(found.explained.utf8))
    }
}
