/// The one place a finding's final severity is decided, applied to a build's diagnostics at its end:
///
/// 1. the severity the rule was reported with (each rule's default, listed in `Rules`);
/// 2. `strict` turns warnings into errors, never notes;
/// 3. unless `datedFindingsAreErrors` (`check`), a finding the build's day caused (a rule that
///    is `Rule.dateDriven`, unless the finding says `causedByDate: false`: a pay law that took
///    effect after the posting was posted) is at most a warning, naming `check`, so the daily
///    `build` always writes and closes expired postings; `check` (and `check --strict`) is where
///    they fail. A fault an edit made (a posting posted under the law it breaks) stops `build`;
/// 4. suppressions (`lint: {ignore: [...]}` in site.yml for the whole site, in front matter for
///    one file) drop findings of rules that are `suppressible`; others are always kept.
///
/// Applying a policy twice gives what applying it once does.
public struct SeverityPolicy: Sendable {
    public var strict: Bool
    /// Rule ids ignored everywhere (site.yml).
    public var ignoredEverywhere: Set<String>
    /// Rule ids ignored per file, by the path diagnostics use (`content/roles/x.md`).
    public var ignoredInFile: [String: Set<String>]
    /// `check`: date-driven findings keep their severity. `build` (false): they are at most warnings.
    public var datedFindingsAreErrors: Bool

    /// Said after a date-driven error that `build` reports as a warning: which `check` fails on it.
    public static func datedInBuild(_ rule: Rule) -> String {
        let check = rule.severity == .error ? "jobsite check" : "jobsite check --strict"
        return " (a warning in `build`, so the daily build still runs; an error in `\(check)`)"
    }

    public init(strict: Bool = false, ignoredEverywhere: Set<String> = [], ignoredInFile: [String: Set<String>] = [:],
                datedFindingsAreErrors: Bool = false) {
        self.strict = strict
        self.datedFindingsAreErrors = datedFindingsAreErrors
        self.ignoredEverywhere = ignoredEverywhere
        self.ignoredInFile = ignoredInFile
    }

    /// The diagnostics that remain, with their final severity, in the order given.
    public func apply(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.compactMap { diagnostic in
            guard !isSuppressed(diagnostic) else { return nil }
            var result = diagnostic
            if strict && result.severity == .warning { result.severity = .error }
            if !datedFindingsAreErrors, result.severity == .error, let rule = Rules.rule(result.rule),
               rule.dateDriven, result.causedByDate != false {
                result.severity = .warning
                let said = Self.datedInBuild(rule)
                if !result.message.hasSuffix(said) { result.message += said }
            }
            return result
        }
    }

    /// Whether the rule is ignored where the diagnostic is, and may be. A rule that is not in the
    /// catalog (a new one not listed yet) cannot be ignored, as an unknown id cannot be named.
    public func isSuppressed(_ diagnostic: Diagnostic) -> Bool {
        guard Rules.rule(diagnostic.rule)?.suppressible == true else { return false }
        if ignoredEverywhere.contains(diagnostic.rule) { return true }
        guard let file = diagnostic.location?.file else { return false }
        return ignoredInFile[file]?.contains(diagnostic.rule) == true
    }
}
