import Content
import Site

/// The views of a ladder's levels: expectations after inheritance, pay bands per zone, the level
/// and compare pages.
extension ViewBuilder {
    /// What `level` shows for `competency`: its own expectation, or the one it inherits, labelled
    /// `As at L2`; each criterion marked with its change in `changes` (by position) when given.
    func expectationView(_ ladder: Ladder, _ level: LadderLevel, _ competency: Competency, criteria: LadderCriteria,
                         on page: LadderCriteria.Page, changes: [CriterionChange?] = []) -> ExpectationView {
        guard let resolved = ladder.expectation(at: level, competency: competency.id) else {
            return ExpectationView(competencyID: competency.id, competency: competency.title, level: level.id, text: "",
                                   isList: false, criteria: [], inherited: nil, isMissing: true)
        }
        let html = criteria.html(level: resolved.from, competency: competency.id, on: page)
        let shown = html.enumerated().map { index, text in
            criterionView(text, index < changes.count ? changes[index] : nil)
        }
        return ExpectationView(competencyID: competency.id, competency: competency.title, level: level.id,
                               text: resolved.expectation.criteria.map(\.text).joined(separator: " "),
                               isList: resolved.expectation.isList,
                               criteria: shown,
                               inherited: resolved.from == level.id ? nil : words.text("inheritedFrom", ["level": resolved.from]),
                               isMissing: false)
    }

    func criterionView(_ html: String, _ change: CriterionChange?) -> CriterionView {
        CriterionView(html: html, change: change.map { words.text($0.key) }, changeClass: change?.cssClass)
    }

    /// The level's band in each zone, in the ladder's zone order; its one band without zones.
    func bands(_ ladder: Ladder, _ level: LadderLevel) -> [PayBandView] {
        guard !ladder.zones.isEmpty else { return level.salary.map { [PayBandView(zone: nil, pay: words.pay($0))] } ?? [] }
        return ladder.zones.compactMap { zone in level.bands[zone.id].map { PayBandView(zone: zone.title, pay: words.pay($0)) } }
    }

    func trackTitle(_ ladder: Ladder, _ level: LadderLevel) -> String? {
        level.track.map { id in ladder.tracks.first { $0.id == id }?.title ?? id }
    }

    func levelLink(_ ladder: Ladder, _ level: LadderLevel) -> LevelLink {
        LevelLink(id: level.id, title: level.title, path: path(.level(ladder.id, level.id)), track: trackTitle(ladder, level))
    }

    /// The compare page of two levels, whichever order they are given in.
    func compareLink(_ ladder: Ladder, _ one: LadderLevel, _ other: LadderLevel) -> CompareLink {
        let (lower, higher) = Self.ordered(ladder, one, other)
        return CompareLink(text: words.text("compareTitle", ["lower": lower.id, "higher": higher.id]),
                           path: path(.compare(ladder.id, lower.id, higher.id)))
    }

    /// The two levels in the ladder's order: the lower one (earlier in `levels`) first.
    static func ordered(_ ladder: Ladder, _ one: LadderLevel, _ other: LadderLevel) -> (LadderLevel, LadderLevel) {
        let first = ladder.levels.firstIndex { $0.id == one.id } ?? 0
        let second = ladder.levels.firstIndex { $0.id == other.id } ?? 0
        return first <= second ? (one, other) : (other, one)
    }

    /// The changes of each criterion from `lower` to `higher` in `competency`; nil when the
    /// higher level shows the very expectation the lower one does (both inherit it from one level).
    static func changes(_ ladder: Ladder, from lower: LadderLevel, to higher: LadderLevel,
                        in competency: Competency) -> (lower: [CriterionChange?], higher: [CriterionChange?])? {
        let before = ladder.expectation(at: lower, competency: competency.id)
        let after = ladder.expectation(at: higher, competency: competency.id)
        if before?.from == after?.from { return nil }
        let result = CriterionChange.compare(before?.expectation.criteria ?? [], after?.expectation.criteria ?? [])
        return result.lower.contains { $0 != nil } || result.higher.contains { $0 != nil } ? result : nil
    }

    func levelPageView(_ ladder: Ladder, _ level: LadderLevel, criteria: LadderCriteria) -> LevelPageView {
        let atLevel = graph.roles(ladder: ladder.id, level: level.id)
        let roles = atLevel.prefix(Self.summaryLimit).map(card)
        let changes = ladder.nextLevels(of: level).map { next in
            let marked: [ExpectationView] = ladder.competencies.compactMap { competency in
                guard let change = Self.changes(ladder, from: level, to: next, in: competency) else { return nil }
                var view = expectationView(ladder, next, competency, criteria: criteria, on: .level, changes: change.higher)
                let dropped = zip(expectationView(ladder, level, competency, criteria: criteria, on: .level).criteria, change.lower)
                    .filter { $0.1 != nil }.map { criterionView($0.0.html, $0.1) }
                view.criteria = view.criteria.filter { $0.change != nil } + dropped
                view.isList = true
                return view
            }
            return NextLevelChanges(level: levelLink(ladder, next), heading: words.text("whatChangesAt", ["level": next.id]),
                                    changes: marked, hasChanges: !marked.isEmpty, compare: compareLink(ladder, level, next))
        }
        return LevelPageView(
            ladderTitle: ladder.title, ladderPath: path(.ladder(ladder.id)), id: level.id, title: level.title,
            track: trackTitle(ladder, level), yearsText: level.years.map { words.text("typicalExperience", ["years": $0]) },
            summary: level.summary, expectationsHeading: words.text("levelExpectations", ["level": level.id]),
            expectations: ladder.competencies.map { expectationView(ladder, level, $0, criteria: criteria, on: .level) },
            bands: bands(ladder, level), rolesHeading: words.text("rolesAtLevel", ["level": level.id]),
            roles: Array(roles), hasRoles: !roles.isEmpty, hasMoreRoles: atLevel.count > roles.count,
            moreRolesText: words.count("moreRolesAtLevel", atLevel.count - roles.count, ["level": level.id]),
            previous: ladder.previousLevel(of: level).map { levelLink(ladder, $0) },
            next: ladder.nextLevels(of: level).map { levelLink(ladder, $0) }, changes: changes,
            comparisons: ladder.levels.filter { $0.id != level.id }.map { compareLink(ladder, level, $0) },
            compareHeading: words.text("compareWith", ["level": level.id]))
    }

    func compareView(_ ladder: Ladder, _ lower: LadderLevel, _ higher: LadderLevel, criteria: LadderCriteria) -> CompareView {
        let rows = ladder.competencies.map { competency in
            let change = Self.changes(ladder, from: lower, to: higher, in: competency)
            let changed = change != nil
            return CompareRow(competency: competency.title,
                              lower: expectationView(ladder, lower, competency, criteria: criteria, on: .compare,
                                                     changes: change?.lower ?? []),
                              higher: expectationView(ladder, higher, competency, criteria: criteria, on: .compare,
                                                      changes: change?.higher ?? []),
                              status: words.text(changed ? "changeChanged" : "changeSame"), changed: changed)
        }
        let lowerBands = bands(ladder, lower), higherBands = bands(ladder, higher)
        let zones: [String?] = ladder.zones.isEmpty ? [nil] : ladder.zones.map(\.title)
        let compared = zones.compactMap { zone -> CompareBand? in
            let low = lowerBands.first { $0.zone == zone }?.pay, high = higherBands.first { $0.zone == zone }?.pay
            return low == nil && high == nil ? nil : CompareBand(zone: zone, lower: low, higher: high)
        }
        let title = words.text("compareTitle", ["lower": lower.id, "higher": higher.id])
        return CompareView(ladderTitle: ladder.title, ladderPath: path(.ladder(ladder.id)), title: title,
                           caption: words.text("compareCaption", ["lower": lower.id, "higher": higher.id]),
                           lower: levelLink(ladder, lower), higher: levelLink(ladder, higher),
                           lowerYears: lower.years, higherYears: higher.years, bands: compared, rows: rows)
    }
}
