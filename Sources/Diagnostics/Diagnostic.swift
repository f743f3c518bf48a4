/// How bad a problem is. Errors stop the build from writing; warnings do not; notes say what
/// the build decided (a posting scheduled or closed by its dates) or observe without asking for
/// action, and even `--strict` leaves them alone.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
    case error
    case warning
    case note

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }
}

/// A point in a source file. `file` is the path as the user should see it (relative to the site
/// root where possible); `line` and `column` are 1-based, 0 meaning "not known".
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        switch (line, column) {
        case (0, _): file
        case (_, 0): "\(file):\(line)"
        default: "\(file):\(line):\(column)"
        }
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One problem found by any stage of the build.
///
/// Diagnostics are values, not exceptions: every stage returns the ones it found alongside its
/// result, so a build reports all problems at once and `check`-style tools can reuse the rules.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    /// A stable identifier of the rule that fired, e.g. `front-matter.unknown-key`.
    public var rule: String
    /// The fix as a value (`31/12/2026` → `2026-12-31`), for tools; shown in JSON and SARIF output
    /// only, since the text output's message already says it in words.
    public var suggestion: String?
    /// Whether the build's day, not an edit, made this finding fire, for a rule that is
    /// `Rule.dateDriven`: nil (the default) takes the rule's flag; a lint sets false when the
    /// fault was there from the start (a posting posted after the law it breaks took effect),
    /// so `build` fails on it as on any other error. See `SeverityPolicy`.
    public var causedByDate: Bool?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, rule: String,
                suggestion: String? = nil, causedByDate: Bool? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.rule = rule
        self.suggestion = suggestion
        self.causedByDate = causedByDate
    }

    public static func error(_ message: String, at location: SourceLocation?, rule: String) -> Diagnostic {
        Diagnostic(.error, message, at: location, rule: rule)
    }

    public static func warning(_ message: String, at location: SourceLocation?, rule: String) -> Diagnostic {
        Diagnostic(.warning, message, at: location, rule: rule)
    }

    public static func note(_ message: String, at location: SourceLocation?, rule: String) -> Diagnostic {
        Diagnostic(.note, message, at: location, rule: rule)
    }

    /// `file:line:column: error: message [rule]`, the shape compilers use, so editors can jump to it.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(rule)]"
    }
}

extension Sequence where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// A stable order for reporting: by file, line and column, then severity and text.
    /// Diagnostics without a location (site-wide problems) come first.
    public func sortedForReport() -> [Diagnostic] {
        sorted { a, b in
            switch (a.location, b.location) {
            case (nil, .some): return true
            case (.some, nil): return false
            case let (.some(la), .some(lb)) where la != lb: return la < lb
            default: return (a.severity, a.message, a.rule) < (b.severity, b.message, b.rule)
            }
        }
    }
}
