import Content
import Diagnostics
import Foundation

/// The day a build is for: its "now", which decides what is published (scheduled postings),
/// what is closed and what is removed. The command line sets it; the build never reads the clock.
public enum BuildDay {
    /// `--now YYYY-MM-DD` if given, else `SOURCE_DATE_EPOCH` (seconds since 1970-01-01 UTC, the
    /// reproducible-builds convention; empty counts as unset), else the UTC day of `clock`.
    /// A malformed value is an error: a preview for the wrong day would be worse than none.
    public static func resolve(now: String?, environment: [String: String], clock: Date) -> Result<CalendarDate, Diagnostic> {
        if let now {
            guard let day = CalendarDate(now) else {
                return .failure(.error("--now must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '\(now)'",
                                       at: nil, rule: "options.now"))
            }
            return .success(day)
        }
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
