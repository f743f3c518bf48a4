import Content
import Site

// The values of the ladder's level and compare pages, and of the parts of the ladder page they
// share (expectations with their criteria, pay bands per zone).

/// One criterion as a page shows it: its HTML (inline when it is one paragraph) and, where two
/// levels are compared, what happened to it (`New`, `Changed`, `Dropped`; nil when unchanged).
struct CriterionView {
    var html: String
    var change: String?
    /// `new`, `changed` or `dropped`, for the theme's styling (the text says it too).
    var changeClass: String?
}

/// What a level expects in one competency, after inheritance.
struct ExpectationView {
    var competencyID: String
    var competency: String
    /// The id of the level it is shown at.
    var level: String
    /// The criteria's Markdown as written, joined by spaces (empty when missing): the one text
    /// templates written before criteria lists show.
    var text: String
    /// Written as a list of criteria (shown as `<ul>`) rather than one text.
    var isList: Bool
    var criteria: [CriterionView]
    /// `As at L2` when the level leaves the competency out and inherits it; nil when it writes it.
    var inherited: String?
    /// No level up to this one writes the competency.
    var isMissing: Bool
}

/// A level's band in one pay zone (`zone` nil for a ladder without zones).
struct PayBandView {
    var zone: String?
    var pay: String
}

/// A link to a level's page.
struct LevelLink {
    var id: String
    var title: String
    var path: String
    /// The title of the level's track, when it is on one.
    var track: String?
}

/// A link to a compare page: `L2 and L3 compared`.
struct CompareLink {
    var text: String
    var path: String
}

/// The competencies whose expectation differs between a level and one of its next levels.
struct NextLevelChanges {
    var level: LevelLink
    /// `What changes at L4`.
    var heading: String
    var changes: [ExpectationView]
    var hasChanges: Bool
    var compare: CompareLink
}

/// A level's own page: `/ladders/<id>/<level>/`.
struct LevelPageView {
    var ladderTitle: String
    var ladderPath: String
    var id: String
    var title: String
    var track: String?
    var yearsText: String?
    var summary: String?
    var expectationsHeading: String
    var expectations: [ExpectationView]
    var bands: [PayBandView]
    var rolesHeading: String
    var roles: [RoleCard]
    var hasRoles: Bool
    var hasMoreRoles: Bool
    var moreRolesText: String
    var previous: LevelLink?
    var next: [LevelLink]
    var changes: [NextLevelChanges]
    /// A compare page with every other level of the ladder, in ladder order.
    var comparisons: [CompareLink]
    /// `Compare L3 with:`.
    var compareHeading: String
}

/// One row of a compare page: a competency at both levels, with what changed marked.
struct CompareRow {
    var competency: String
    var lower: ExpectationView
    var higher: ExpectationView
    /// `Changed` or `Unchanged`, in words: the marker never rests on colour alone.
    var status: String
    var changed: Bool
}

/// A pay zone's band at both levels of a compare page.
struct CompareBand {
    var zone: String?
    var lower: String?
    var higher: String?
}

/// Two levels side by side: `/ladders/<id>/compare/<lower>-vs-<higher>/`.
struct CompareView {
    var ladderTitle: String
    var ladderPath: String
    /// `L2 and L3 compared`.
    var title: String
    var caption: String
    var lower: LevelLink
    var higher: LevelLink
    var lowerYears: String?
    var higherYears: String?
    var bands: [CompareBand]
    var rows: [CompareRow]
}
