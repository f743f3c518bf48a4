import Content
import Diagnostics

/// Where a posting stands on the day of the build. Decided from the build's "now" (`--now`,
/// `SOURCE_DATE_EPOCH` or the UTC day), never from the clock inside the build, so a daily
/// rebuild publishes, closes and removes postings on time and the same day gives the same site.
public enum PostingState: Sendable, Hashable {
    /// Published: on its page, in lists, the sitemap, feeds and `jobs.json`.
    case open
    /// `date_posted` is after today: nothing of it is published yet.
    case scheduled(from: CalendarDate)
    /// Past `valid_through`: its page says "This position is closed" (noindex, no Apply button,
    /// no JobPosting markup); it is in no list, sitemap or feed.
    case closed(lastDay: CalendarDate)
    /// Closed for longer than `closed_postings.keep_days`: no page; its URL answers with the 404 page.
    case removed(lastDay: CalendarDate)

    /// The state of `role` on `today`. A posting is open through the whole of its `valid_through`
    /// day and closed from the next; with `keepDays` its closed page stays that many days more.
    public static func of(_ role: Role, today: CalendarDate, keepDays: Int?) -> PostingState {
        if role.datePosted > today { return .scheduled(from: role.datePosted) }
        guard let lastDay = role.validThrough, lastDay < today else { return .open }
        if let keepDays, lastDay.adding(days: keepDays) < today { return .removed(lastDay: lastDay) }
        return .closed(lastDay: lastDay)
    }

    /// Whether the posting has a page of its own today (open or closed).
    public var hasPage: Bool {
        switch self {
        case .open, .closed: true
        case .scheduled, .removed: false
        }
    }
}

public enum Lifecycle {
    /// The moment an open posting leaves search results: the end of its `valid_through` day in
    /// UTC (the day the daily build counts in; the same moment as JobPosting's `validThrough`),
    /// written as Google's robots `unavailable_after` accepts it — ISO 8601 with an explicit time
    /// zone — so a site that is not rebuilt still leaves the index on time, and not a day early:
    /// `2026-12-31T23:59:59Z`.
    public static func unavailableAfter(_ lastDay: CalendarDate) -> String {
        lastDay.endOfDayUTC
    }

    /// The note a build gives about a posting that is not open today. Never an error or a
    /// warning: what the date decides must not stop the daily build.
    static func note(for role: Role, _ state: PostingState, keepDays: Int?) -> Diagnostic? {
        switch state {
        case .open:
            return nil
        case .scheduled(let day):
            return .note("scheduled: this posting is published from \(day) (date_posted); until then it has no page and is in no list, feed or sitemap",
                         at: role.fieldLocations["date_posted"], rule: "role.scheduled")
        case .closed(let lastDay):
            let removal = keepDays.map { "; the page is removed after \(lastDay.adding(days: $0)) (closed_postings.keep_days: \($0))" } ?? ""
            return .note("closed: this posting took applications until \(lastDay) (valid_through); its page now says the position is closed\(removal)",
                         at: role.fieldLocations["valid_through"], rule: "role.closed")
        case .removed(let lastDay):
            return .note("removed: this posting closed after \(lastDay) (valid_through) and its page was kept \(keepDays ?? 0) days (closed_postings.keep_days); its URL now answers with the 404 page, and the file can be deleted",
                         at: role.fieldLocations["valid_through"], rule: "role.removed")
        }
    }
}
