import Build
import Content
import Diagnostics
import Foundation
import TestSupport
import Testing

/// The build's "now": `--now`, else `SOURCE_DATE_EPOCH`, else the UTC day of the clock.
@Suite struct BuildDayTests {
    static let clock = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18T…Z

    func day(_ now: String?, _ environment: [String: String] = [:]) -> String {
        switch BuildDay.resolve(now: now, environment: environment, clock: Self.clock) {
        case .success(let day): day.description
        case .failure(let problem): problem.description
        }
    }

    @Test func nowWinsOverTheEnvironmentWhichWinsOverTheClock() {
        #expect(day(nil) == "2026-11-18")
        #expect(day(nil, ["SOURCE_DATE_EPOCH": "1767225600"]) == "2026-01-01")
        #expect(day(nil, ["SOURCE_DATE_EPOCH": "1767225599"]) == "2025-12-31", "the last second of a day is that day")
        #expect(day(nil, ["SOURCE_DATE_EPOCH": ""]) == "2026-11-18", "empty counts as unset")
        #expect(day("2030-02-28", ["SOURCE_DATE_EPOCH": "1767225600"]) == "2030-02-28")
    }

    @Test func malformedValuesAreErrorsThatSayWhatToWrite() {
        #expect(day("2026-13-01") == "error: --now must be a day that exists, found '2026-13-01': there is no month 13 [options.now]")
        #expect(day(nil, ["SOURCE_DATE_EPOCH": "tomorrow"])
            == "error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC (e.g. 1767225600), found 'tomorrow' [options.source-date-epoch]")
        #expect(day(nil, ["SOURCE_DATE_EPOCH": "-5"]).hasPrefix("error: SOURCE_DATE_EPOCH"))
    }

    @Test func dayArithmeticCrossesMonthsYearsAndLeapDays() {
        let pairs = [("2026-01-31", 1, "2026-02-01"), ("2028-02-28", 1, "2028-02-29"), ("2026-12-31", 1, "2027-01-01"),
                     ("2026-03-01", -1, "2026-02-28"), ("2026-11-01", 30, "2026-12-01"), ("1970-01-01", 0, "1970-01-01")]
        for (start, days, end) in pairs {
            #expect(CalendarDate(start)!.adding(days: days).description == end)
        }
        #expect(CalendarDate("1970-01-01")!.daysSinceEpoch == 0)
        #expect(CalendarDate("2000-03-01")!.daysSinceEpoch == 11_017)
    }

    @Test func theCommandLineBuildsAsOnTheDayGiven() throws {
        let folder = try TemporaryFolder()
        let output = folder.url.appendingPathComponent("out")
        let site = fixturesFolder.appendingPathComponent("basic").path
        let later = try CommandLineTests.run(["build", "--source", site, "--output", output.path, "--now", "2099-01-01"])
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stderr.contains("note: closed: this posting took applications until"))
        let bad = try CommandLineTests.run(["build", "--source", site, "--output", output.path, "--now", "01/02/2026"])
        #expect(bad.status == 2, "a usage error")
        #expect(bad.stderr.hasPrefix("Error: --now must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '01/02/2026'; write 2026-02-01 if it means 1 February, or 2026-01-02 if it means 2 January [options.now]\nUsage: jobsite build"), "\(bad.stderr)")
    }

    @Test("--now of build and check says what to write, as front matter dates do", arguments: [
        ("31/12/2026", "; write 2026-12-31", "2026-12-31"),
        ("2026-1-5", "; write 2026-01-05", "2026-01-05"),
        ("5 Jan 2026", "; write 2026-01-05", "2026-01-05"),
        ("03/04/2026", "; write 2026-04-03 if it means 3 April, or 2026-03-04 if it means 4 March", nil),
        ("garbage", "", nil),
    ] as [(String, String, String?)])
    func aDateNotWrittenISOGetsTheISOSuggestion(now: String, advice: String, suggestion: String?) throws {
        let message = "--now must be a date written YYYY-MM-DD (e.g. 2026-05-01), found '\(now)'\(advice)"
        guard case .failure(let problem) = BuildDay.parse(now: now) else {
            Issue.record("'\(now)' was read as a date")
            return
        }
        #expect(problem.description == "error: \(message) [options.now]")
        #expect(problem.suggestion == suggestion)

        let site = fixturesFolder.appendingPathComponent("basic").path
        let check = try CommandLineTests.run(["check", "--source", site, "--now", now])
        #expect(check.status == 2, "a usage error")
        #expect(check.stderr.hasPrefix("Error: \(message) [options.now]\nUsage: jobsite check"), "\(check.stderr)")
        let folder = try TemporaryFolder()
        let build = try CommandLineTests.run(["build", "--source", site, "--output", folder.url.path, "--now", now])
        #expect(build.status == 2, "a usage error, as for check and serve")
        #expect(build.stderr.hasPrefix("Error: \(message) [options.now]\nUsage: jobsite build"), "\(build.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty, "nothing was written")
    }
}
