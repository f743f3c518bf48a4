import Diagnostics

/// Consistency checks on one ladder, as warnings at the line: bands that do not rise with the
/// level, typical years that go backwards, a band in another currency or period than the rest
/// of its zone, and a competency some level has no expectation for, even after inheritance.
/// Pure: the findings are returned, in file order per check.
public enum LadderChecks {
    public static func check(_ ladder: Ladder) -> [Diagnostic] {
        unitFindings(ladder) + orderFindings(ladder) + expectationFindings(ladder)
    }

    /// The zones whose bands are compared: each zone id, or `nil` for the one band (`salary:`)
    /// of a ladder without zones.
    static func bandKeys(_ ladder: Ladder) -> [String?] {
        ladder.zones.isEmpty ? [nil] : ladder.zones.map(\.id)
    }

    static func band(of level: LadderLevel, zone: String?) -> SalaryRange? {
        zone.map { level.bands[$0] } ?? level.salary
    }

    static func bandLocation(of level: LadderLevel, zone: String?) -> SourceLocation? {
        level.fieldLocations[zone.map { "bands.\($0)" } ?? "salary"]
    }

    static func zoneName(_ zone: String?) -> String { zone.map { " in zone '\($0)'" } ?? "" }

    /// Each line of levels a person can climb: one per track (shared levels first), or the one
    /// line of a ladder without tracks.
    static func lines(_ ladder: Ladder) -> [[LadderLevel]] {
        ladder.tracks.isEmpty ? [ladder.levels] : ladder.tracks.map { ladder.levels(onTrack: $0.id) }
    }

    /// Bands of one zone in a currency or period other than most of that zone's bands (the
    /// first band's when there is a tie).
    static func unitFindings(_ ladder: Ladder) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for zone in bandKeys(ladder) {
            let banded = ladder.levels.compactMap { level in band(of: level, zone: zone).map { (level, $0) } }
            var counts: [String: Int] = [:]
            for (_, band) in banded { counts[unit(band), default: 0] += 1 }
            guard counts.count > 1, let usual = banded.map({ unit($0.1) }).max(by: { counts[$0]! < counts[$1]! }) else { continue }
            for (level, band) in banded where unit(band) != usual {
                findings.append(.warning("the \(level.id) band\(zoneName(zone)) is in \(unit(band)), the other bands of \(zone == nil ? "this ladder" : "the zone") in \(usual); write every band of a zone in one currency and period (a zone for another currency is a zone of its own)",
                                         at: bandLocation(of: level, zone: zone), rule: "ladder.band-unit"))
            }
        }
        return findings
    }

    static func unit(_ band: SalaryRange) -> String { "\(band.currency) per \(band.period.rawValue)" }

    /// Along each line: a band lower than the nearest band below it (same zone, same unit), and
    /// typical years lower than the level below. A shared level is reported once.
    static func orderFindings(_ ladder: Ladder) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var reported: Set<String> = []
        func report(_ key: String, _ finding: Diagnostic) {
            if reported.insert(key).inserted { findings.append(finding) }
        }
        for line in lines(ladder) {
            for zone in bandKeys(ladder) {
                var below: (LadderLevel, SalaryRange)?
                for level in line {
                    guard let band = band(of: level, zone: zone) else { continue }
                    if let (lower, lowerBand) = below, unit(lowerBand) == unit(band),
                       band.min < lowerBand.min || band.max < lowerBand.max {
                        report("band \(level.id) \(zone ?? "")", .warning(
                            "the \(level.id) band\(zoneName(zone)) \(band.min.plainNumber)–\(band.max.plainNumber) \(band.currency) is lower than the \(lower.id) band below it (\(lowerBand.min.plainNumber)–\(lowerBand.max.plainNumber)); a band's min and max should not fall as the level rises",
                            at: bandLocation(of: level, zone: zone), rule: "ladder.band-order"))
                    }
                    below = (level, band)
                }
            }
            var below: (LadderLevel, Int)?
            for level in line {
                guard let years = level.years, let start = firstYear(years) else { continue }
                if let (lower, lowerStart) = below, start < lowerStart {
                    report("years \(level.id)", .warning(
                        "typical years '\(years)' of \(level.id) start below the '\(lower.years ?? "")' of \(lower.id), the level below; typical years should not go backwards as the level rises",
                        at: level.fieldLocations["years"], rule: "ladder.years-order"))
                }
                below = (level, start)
            }
        }
        return findings
    }

    /// The first number of `0-2`, `8+` or `3`.
    static func firstYear(_ years: String) -> Int? {
        Int(years.prefix { $0.isNumber })
    }

    /// A competency that some level has no expectation for, after inheritance: the lowest
    /// levels of a line must write every competency.
    /// A ladder that writes no expectation at all lists its levels only (it has no matrix), and
    /// is not checked.
    static func expectationFindings(_ ladder: Ladder) -> [Diagnostic] {
        guard ladder.levels.contains(where: { !$0.expectations.isEmpty }) else { return [] }
        return ladder.competencies.compactMap { competency in
            let missing = ladder.levels.filter { ladder.expectation(at: $0, competency: competency.id) == nil }.map(\.id)
            guard !missing.isEmpty else { return nil }
            let levels = missing.count == 1 ? "level \(missing[0])" : "levels \(missing.joined(separator: ", "))"
            return .warning("competency '\(competency.id)' has no expectation at \(levels), not even one inherited from a level below; write it at \(missing[0])",
                            at: competency.location, rule: "ladder.missing-expectation")
        }
    }
}
