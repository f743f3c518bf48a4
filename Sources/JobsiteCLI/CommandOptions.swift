import ArgumentParser
import Build
import Content
import Foundation

/// The day a command builds or checks on, read the same way by `build`, `check` and `serve`:
/// `--now`, else `SOURCE_DATE_EPOCH` (not for `serve`, which passes no environment), else
/// today in UTC. A bad value is a usage error, exit status 2, with the words front matter dates
/// get (`--now must be a date written YYYY-MM-DD …; write 2026-12-31 [options.now]`).
enum BuildDayOption {
    static func day(now: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> CalendarDate {
        switch BuildDay.resolve(now: now, environment: environment, clock: Date()) {
        case .success(let day): return day
        case .failure(let problem): throw ValidationError("\(problem.message) [\(problem.rule)]")
        }
    }
}

/// `--base-url` of `build` and `serve`, checked as `base_url` in site.yml is (`BaseURL`); a bad
/// one is a usage error, exit status 2, like a bad `--now`.
enum BaseURLOption {
    static func validate(_ url: String?) throws {
        guard let url, let refusal = BaseURL.refusal(of: url) else { return }
        throw ValidationError("--base-url \(refusal.problem) [options.base-url]")
    }
}
