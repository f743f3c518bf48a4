import Content
import Diagnostics
import Foundation

/// The day a build is for: its "now", which decides what is published (scheduled postings),
/// what is closed and what is removed. The command line sets it; the build never reads the clock.
public enum BuildDay {
    /// The day `--now` names, or an `options.now` error that says what to write (as front matter
    /// dates do: `31/12/2026` → `write 2026-12-31`, with that date as the suggestion). Every
    /// command's `--now` is read here, so they accept and refuse the same texts.
    public static func parse(now: String) -> Result<CalendarDate, Diagnostic> {
        CalendarDate.reading(now).mapError { refusal in
            Diagnostic(.error, "--now \(refusal.problem)", at: nil, rule: "options.now", suggestion: refusal.suggestion)
        }
    }

    /// `--now YYYY-MM-DD` if given, else `SOURCE_DATE_EPOCH` (seconds since 1970-01-01 UTC, the
    /// reproducible-builds convention; empty counts as unset), else the UTC day of `clock`.
    /// A malformed value is an error: a preview for the wrong day would be worse than none.
    public static func resolve(now: String?, environment: [String: String], clock: Date) -> Result<CalendarDate, Diagnostic> {
        if let now { return parse(now: now) }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard epoch.allSatisfy({ $0.isASCII && $0.isNumber }), let seconds = Int64(epoch),
                  let day = CalendarDate(secondsSinceEpoch: seconds) else {
                return .failure(.error("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC (e.g. 1767225600), found '\(epoch)'",
                                       at: nil, rule: "options.source-date-epoch"))
            }
            return .success(day)
        }
        return .success(CalendarDate(utc: clock))
    }
}
