import Content
import Diagnostics

/// Open postings that are about to close or never close (README: Freshness). Date-driven: each
/// finding is a warning ahead of a date, never an error of the day itself, and a posting the
/// lifecycle closed is not looked at (the link stage already notes it, `role.closed`), so the
/// daily build can always close what expired.
public struct FreshnessLint: SiteLint {
    /// A posting that closes within this many days of the build's day is reported.
    public static let warningDays = 14

    public init() {}

    public func findings(in context: LintContext) -> [Diagnostic] {
        context.graph.roles.compactMap { finding(for: $0, today: context.today) }
    }

    func finding(for role: Role, today: CalendarDate) -> Diagnostic? {
        guard let validThrough = role.validThrough else {
            let at = role.fieldLocations["date_posted"] ?? SourceLocation(file: role.source, line: 1, column: 1)
            return .warning("the posting has no valid_through: Google's job search asks for the last day it takes applications, "
                            + "and without it the posting never closes; add valid_through: YYYY-MM-DD",
                            at: at, rule: "role.missing-valid-through")
        }
        let days = validThrough.daysSinceEpoch - today.daysSinceEpoch
        guard days >= 0, days < Self.warningDays else { return nil }
        let when = switch days {
        case 0: "today"
        case 1: "tomorrow"
        default: "in \(days) days"
        }
        let at = role.fieldLocations["valid_through"] ?? SourceLocation(file: role.source, line: 1, column: 1)
        return .warning("the posting closes \(when) (valid_through \(validThrough)); move valid_through later if the "
                        + "position is still open, or let it close", at: at, rule: "role.expires-soon")
    }
}
