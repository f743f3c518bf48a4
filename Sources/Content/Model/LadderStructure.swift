import Diagnostics
import Foundation

/// One criterion of an expectation: what a level shows in one competency, as one sentence or
/// short paragraph of inline Markdown (emphasis, code, links; no blocks).
public struct Criterion: Sendable, Hashable {
    /// The criterion's stable id (`id:`), unique within its level × competency cell; the same id
    /// at another level of the competency is the same criterion as it grows, so that compare
    /// pages, the ladder's JSON and later version diffs can say which criterion was added, changed
    /// or dropped. Nil when the criterion is written as plain text.
    public var id: String?
    /// Inline Markdown as written.
    public var text: String
    /// Where the criterion's text starts, for findings about it.
    public var location: SourceLocation?

    public init(id: String? = nil, text: String, location: SourceLocation? = nil) {
        self.id = id
        self.text = text
        self.location = location
    }
}

/// What one level expects in one competency: one text, or a list of criteria.
public struct Expectation: Sendable, Hashable {
    public var criteria: [Criterion]
    /// Written as a YAML list (shown as a list) rather than one text (shown as a paragraph).
    public var isList: Bool
    /// Where the expectation is written (its key under `expectations:`).
    public var location: SourceLocation?

    public init(criteria: [Criterion], isList: Bool, location: SourceLocation? = nil) {
        self.criteria = criteria
        self.isList = isList
        self.location = location
    }

    /// One text, as the ladder format has always allowed (`technical: "Writes clear code."`).
    public init(text: String, location: SourceLocation? = nil) {
        self.init(criteria: [Criterion(text: text, location: location)], isList: false, location: location)
    }
}

/// A track of a ladder (`tracks:`), such as individual contributor and manager: its levels share
/// the ladder's levels without a `track:` and continue with the levels that name it.
public struct LadderTrack: Sendable, Hashable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// A place a pay zone covers: a country (`US`), a region of it (`US-CA`, ISO 3166-2) or a city
/// in a region or country (`New York, US-NY`; `Toronto, CA`).
public struct ZoneArea: Sendable, Hashable {
    /// ISO 3166-1 alpha-2.
    public var country: String
    /// The subdivision code after the country (`CA` in `US-CA`), nil for the whole country.
    public var region: String?
    /// A city name as postings write it, nil for a whole country or region.
    public var city: String?

    public init(country: String, region: String? = nil, city: String? = nil) {
        self.country = country
        self.region = region
        self.city = city
    }
}

/// A pay zone of a ladder (`zones:`): where one set of bands applies. A level's band for the zone
/// carries its own currency and period.
public struct PayZone: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The places it covers, most specific match wins when zones overlap.
    public var areas: [ZoneArea]
    public var location: SourceLocation?

    public init(id: String, title: String, areas: [ZoneArea], location: SourceLocation? = nil) {
        self.id = id
        self.title = title
        self.areas = areas
        self.location = location
    }
}

/// A posting's pay for one zone of its ladder (`salary:` as a list with `zone:`), or its one
/// range when `zone` is nil.
public struct ZonedSalary: Sendable, Hashable {
    public var zone: String?
    public var range: SalaryRange
    /// Where this range is written, for band and pay-law findings at the salary line.
    public var location: SourceLocation?
    /// Where the `zone` value is written, for findings about the zone id itself (`pay.unknown-zone`).
    public var zoneLocation: SourceLocation?

    public init(zone: String? = nil, range: SalaryRange, location: SourceLocation? = nil, zoneLocation: SourceLocation? = nil) {
        self.zone = zone
        self.range = range
        self.location = location
        self.zoneLocation = zoneLocation
    }
}

/// An expectation as a level shows it after inheritance: written at `from`, which is the level
/// itself unless it left the competency out and inherits it from a level below.
public struct ResolvedExpectation: Sendable, Hashable {
    public var expectation: Expectation
    /// The id of the level that wrote it.
    public var from: String

    public init(expectation: Expectation, from: String) {
        self.expectation = expectation
        self.from = from
    }
}

extension Ladder {
    /// The levels of one track in order, lowest first: the shared levels (no `track:`), then the
    /// track's own. With no tracks (or `track` nil) the shared levels only.
    public func levels(onTrack track: String?) -> [LadderLevel] {
        levels.filter { $0.track == nil || $0.track == track }
    }

    /// The level below `level` on its track (nil for the first level).
    public func previousLevel(of level: LadderLevel) -> LadderLevel? {
        let line = levels(onTrack: level.track)
        guard let index = line.firstIndex(where: { $0.id == level.id }), index > 0 else { return nil }
        return line[index - 1]
    }

    /// The levels directly above `level`: one on a single track, one per track where the tracks
    /// split (the last shared level is followed by each track's first level).
    public func nextLevels(of level: LadderLevel) -> [LadderLevel] {
        if level.track != nil {
            let line = levels(onTrack: level.track)
            guard let index = line.firstIndex(where: { $0.id == level.id }), index + 1 < line.count else { return [] }
            return [line[index + 1]]
        }
        let shared = levels(onTrack: nil)
        if let index = shared.firstIndex(where: { $0.id == level.id }), index + 1 < shared.count {
            return [shared[index + 1]]
        }
        return tracks.compactMap { track in levels.first { $0.track == track.id } }
    }

    /// What `level` expects in `competency` after inheritance: its own expectation, or the
    /// nearest one below it on its track. Nil when no level up to it writes one.
    public func expectation(at level: LadderLevel, competency: String) -> ResolvedExpectation? {
        var current: LadderLevel? = level
        while let step = current {
            if let written = step.expectations[competency] {
                return ResolvedExpectation(expectation: written, from: step.id)
            }
            current = previousLevel(of: step)
        }
        return nil
    }

    /// The zone that covers a posting location: a city match beats a region match beats a
    /// country match; nil when no zone covers it.
    public func zone(covering location: Location) -> PayZone? {
        func rank(_ area: ZoneArea) -> Int? {
            guard area.country.uppercased() == location.country.uppercased() else { return nil }
            if let region = area.region, region.uppercased() != location.region?.uppercased() { return nil }
            if let city = area.city {
                guard let posted = location.city,
                      city.compare(posted, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame else { return nil }
                return 3
            }
            return area.region == nil ? 1 : 2
        }
        var best: (zone: PayZone, rank: Int)?
        for zone in zones {
            guard let top = zone.areas.compactMap(rank).max() else { continue }
            if top > (best?.rank ?? 0) { best = (zone, top) }
        }
        return best?.zone
    }
}

extension Role {
    /// Every pay range of the posting: `salaries`, or for a Role made in code with only
    /// `salary`, that one range without a zone. Empty when the posting gives no pay.
    public var payRanges: [ZonedSalary] {
        salaries.isEmpty ? salary.map { [ZonedSalary(range: $0)] } ?? [] : salaries
    }

    /// The range that applies in a pay zone (nil: a place no zone covers): the zone's own range,
    /// else the posting's range without a zone; nil when it has neither. The band check, the
    /// pay-law lint and the posting's pay graphic all ask this, so they agree on which range a
    /// candidate in a place is shown.
    public func payRange(inZone zone: String?) -> ZonedSalary? {
        let ranges = payRanges
        return zone.flatMap { id in ranges.first { $0.zone == id } } ?? ranges.first { $0.zone == nil }
    }

    /// The ranges whose `zone:` the ladder does not have (every range with a zone, on a ladder
    /// without zones), in the order written. The band check reports them (`pay.unknown-zone`);
    /// while any is left, which range applies where cannot be told.
    public func rangesWithUnknownZones(on ladder: Ladder) -> [ZonedSalary] {
        payRanges.filter { pay in pay.zone.map { id in !ladder.zones.contains { $0.id == id } } ?? false }
    }
}
