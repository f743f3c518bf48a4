import Content
import Diagnostics

/// The link stage's pay checks of one posting against its ladder: the zone ids of its ranges
/// exist (errors), and for each of its locations (for a remote posting, where people may live)
/// the range for that place lies inside its zone's band at the posting's level (warnings at the
/// range's line). When a range cannot be compared (no zone covers the place, the level has no
/// band there, the posting has no range for that zone, or the currency or period differ) a
/// warning says which and why; nothing is skipped silently. Each finding is reported once.
enum PayCheck {
    static func check(_ role: Role, ladder: Ladder, level: LadderLevel) -> [Diagnostic] {
        guard !role.salaries.isEmpty else { return [] }
        if let problems = zoneErrors(role, ladder: ladder) { return problems }
        var findings: [Diagnostic] = []
        func report(_ finding: Diagnostic) {
            if !findings.contains(finding) { findings.append(finding) }
        }
        guard !ladder.zones.isEmpty else {
            let pay = role.salaries[0]
            if let band = level.salary {
                compare(pay, band, role: role, ladder: ladder, level: level, zone: nil).map(report)
            } else if ladder.levels.contains(where: { $0.salary != nil }) {
                report(.warning("ladder '\(ladder.id)' gives level \(level.id) no band, so this pay range cannot be checked against one; add `salary:` to level \(level.id)",
                                at: pay.location, rule: "pay.no-band"))
            }
            return findings
        }
        for place in role.locations {
            guard let zone = ladder.zone(covering: place) else {
                report(.warning("no pay zone of ladder '\(ladder.id)' covers \(describe(place)), so the pay range cannot be checked against a band; add the place to a zone's `covers:`",
                                at: role.fieldLocations["salary"], rule: "pay.no-zone"))
                continue
            }
            guard let pay = role.payRange(inZone: zone.id) else {
                report(.warning("the posting gives no pay range for zone '\(zone.id)' (\(zone.title)), which covers \(describe(place)); add a range with `zone: \(zone.id)`",
                                at: role.fieldLocations["salary"], rule: "pay.no-zone"))
                continue
            }
            guard let band = level.bands[zone.id] else {
                report(.warning("ladder '\(ladder.id)' gives level \(level.id) no band in zone '\(zone.id)' (\(zone.title)), so the pay range for \(describe(place)) cannot be checked; add `bands: {\(zone.id): …}` to level \(level.id)",
                                at: pay.location, rule: "pay.no-band"))
                continue
            }
            compare(pay, band, role: role, ladder: ladder, level: level, zone: zone).map(report)
        }
        return findings
    }

    /// Errors when the ranges name zones the ladder does not have, or any zone on a ladder without zones.
    static func zoneErrors(_ role: Role, ladder: Ladder) -> [Diagnostic]? {
        let unknown = role.rangesWithUnknownZones(on: ladder)
        guard !unknown.isEmpty else { return nil }
        guard !ladder.zones.isEmpty else {
            return [.error("the pay ranges name zones, but ladder '\(ladder.id)' has no pay zones; give one range without `zone:`, or add `zones:` to the ladder",
                           at: unknown[0].location, rule: "pay.unknown-zone")]
        }
        let known = ladder.zones.map(\.id)
        return unknown.compactMap { pay in
            guard let zone = pay.zone else { return nil }
            let meant = closestMatch(to: zone, in: known)
            let hint = meant.map { "; did you mean '\($0)'?" } ?? "; its zones are \(known.joined(separator: ", "))"
            return Diagnostic(.error, "'\(zone)' is not a pay zone of ladder '\(ladder.id)'\(hint)",
                              at: pay.zoneLocation ?? pay.location, rule: "pay.unknown-zone", suggestion: meant)
        }
    }

    /// The finding for one range against one band: outside it, or not comparable.
    static func compare(_ pay: ZonedSalary, _ band: SalaryRange, role: Role, ladder: Ladder, level: LadderLevel,
                        zone: PayZone?) -> Diagnostic? {
        let range = pay.range
        let inZone = zone.map { " in zone '\($0.id)' (\($0.title))" } ?? ""
        var differences: [String] = []
        if range.currency != band.currency { differences.append("the currencies differ (\(range.currency), \(band.currency))") }
        if range.period != band.period { differences.append("the periods differ (\(range.period.rawValue), \(band.period.rawValue))") }
        guard differences.isEmpty else {
            return .warning("the pay range \(amounts(range)) \(range.currency) per \(range.period.rawValue) cannot be compared with the \(level.id) band \(amounts(band)) \(band.currency) per \(band.period.rawValue) of ladder '\(ladder.id)'\(inZone): \(listed(differences)); give the range in \(band.currency) per \(band.period.rawValue)\(zone != nil && range.currency != band.currency ? ", or add a zone for the place in its own currency" : "")",
                            at: pay.location, rule: "pay.band-mismatch")
        }
        guard range.min < band.min || range.max > band.max else { return nil }
        return .warning("the pay range \(amounts(range)) \(range.currency) lies outside the \(level.id) band \(amounts(band)) \(band.currency) of ladder '\(ladder.id)'\(inZone)",
                        at: pay.location, rule: "pay.outside-band")
    }

    static func amounts(_ range: SalaryRange) -> String { "\(range.min.plainNumber)–\(range.max.plainNumber)" }

    /// `New York, NY, US` as the posting writes it.
    static func describe(_ place: Location) -> String {
        [place.city, place.region, place.country].compactMap { $0 }.joined(separator: ", ")
    }
}
