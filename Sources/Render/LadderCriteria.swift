import Content
import Diagnostics
import Site

/// Every criterion of one ladder rendered from its inline Markdown, once per build: a ladder's
/// compare pages grow as n² in its levels, and each shows the same criteria, so none of them
/// renders Markdown again. A criterion is written in the ladder file, so its links are read from
/// the ladder page's URL (`#scope` is the ladder page's anchor, `l2/` its level page) on every
/// page; written relative to the page, they then depend only on how deep it lies, so a
/// criterion is rendered once for each depth (the ladder page, level pages, compare pages).
struct LadderCriteria: Sendable {
    /// The page shapes a criterion appears on, which differ in depth.
    enum Page: CaseIterable, Sendable { case ladder, level, compare }

    /// HTML per criterion, by page shape, then by the writing level's id and the competency id.
    private var html: [Page: [Key: [String]]] = [:]
    /// The criteria as rendered for the ladder page, whose broken links are reported (once).
    private(set) var ladderPageRenders: [MarkdownBodies.Rendered] = []
    /// The criteria's links with a `#fragment`, as written on a page of each shape: level and
    /// compare pages carry them, so that the anchor check finds them at their line in the ladder
    /// file (the same finding as the ladder page's, which the build reports once).
    private(set) var anchorLinks: [Page: [AnchorLink]] = [:]

    struct Key: Hashable, Sendable {
        var level: String
        var competency: String
    }

    init(_ ladder: Ladder, bodies: MarkdownBodies) {
        let first = ladder.levels.first?.id ?? ""
        let second = ladder.levels.dropFirst().first?.id ?? first
        let paths: [Page: SitePath] = [.ladder: .ladder(ladder.id), .level: .level(ladder.id, first),
                                       .compare: .compare(ladder.id, first, second)]
        for page in Page.allCases {
            var table: [Key: [String]] = [:]
            for level in ladder.levels {
                for (competency, expectation) in level.expectations {
                    table[Key(level: level.id, competency: competency)] = expectation.criteria.map { criterion in
                        let rendered = bodies.render(Self.body(criterion, in: expectation, ladder: ladder), source: ladder.source,
                                                     on: paths[page]!, readFrom: .ladder(ladder.id))
                        if page == .ladder { ladderPageRenders.append(rendered) }
                        anchorLinks[page, default: []] += rendered.anchorLinks
                        return Self.inline(rendered.html)
                    }
                }
            }
            html[page] = table
        }
    }

    /// The HTML of each criterion `level` writes for `competency`, for a page of shape `page`.
    func html(level: String, competency: String, on page: Page) -> [String] {
        html[page]?[Key(level: level, competency: competency)] ?? []
    }

    /// A criterion as a Markdown body placed where its text is written, so a broken link in it
    /// is reported at its line.
    static func body(_ criterion: Criterion, in expectation: Expectation, ladder: Ladder) -> MarkdownBody {
        let location = criterion.location ?? expectation.location
        return MarkdownBody(text: criterion.text, firstLine: location?.line ?? 1, columnOffset: max(0, (location?.column ?? 1) - 1))
    }

    /// One paragraph without its `<p>`, so a criterion sits inline in a list item, a cell or a
    /// sentence; anything else (a criterion that makes blocks) stays as cmark-gfm wrote it.
    static func inline(_ html: String) -> String {
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>\n") else { return html }
        let inner = html.dropFirst(3).dropLast(5)
        return inner.contains("<p>") || inner.contains("</p>") ? html : String(inner)
    }
}

/// What happened to a criterion from one level to a higher one.
enum CriterionChange: Equatable, Sendable {
    case new, changed, dropped

    var key: String {
        switch self {
        case .new: "changeNew"
        case .changed: "changeChanged"
        case .dropped: "changeDropped"
        }
    }

    var cssClass: String {
        switch self {
        case .new: "new"
        case .changed: "changed"
        case .dropped: "dropped"
        }
    }

    /// The change of each criterion of `lower` (only `.dropped` or nil) and of `higher` (`.new`,
    /// `.changed` or nil), whichever levels the two expectations were written at (two tracks'
    /// levels inherit from a shared one). Criteria are paired by id where both cells have that
    /// id, then the rest by their text, so a criterion with an id on one side and the same text
    /// without one on the other is the same criterion. A pair with the same text is unchanged,
    /// with another text changed; a criterion left unpaired is new (higher) or dropped (lower).
    /// One unpaired text without an id on both sides (the ladder format's plain
    /// `competency: "…"`) is that text changed, not one text dropped and another new.
    static func compare(_ lower: [Criterion], _ higher: [Criterion]) -> (lower: [CriterionChange?], higher: [CriterionChange?]) {
        let sharedIDs = Set(lower.compactMap(\.id)).intersection(higher.compactMap(\.id))
        let lowerTextByID = Dictionary(lower.compactMap { c in c.id.map { ($0, c.text) } }, uniquingKeysWith: { first, _ in first })
        // Texts left for pairing by text: those of criteria not paired by id.
        func unpairedTexts(_ side: [Criterion]) -> Set<String> {
            Set(side.filter { $0.id.map { !sharedIDs.contains($0) } ?? true }.map(\.text))
        }
        let lowerTexts = unpairedTexts(lower), higherTexts = unpairedTexts(higher)
        var higherChanges: [CriterionChange?] = higher.map { criterion in
            if let id = criterion.id, sharedIDs.contains(id) { return lowerTextByID[id] == criterion.text ? nil : .changed }
            return lowerTexts.contains(criterion.text) ? nil : .new
        }
        var lowerChanges: [CriterionChange?] = lower.map { criterion in
            if let id = criterion.id, sharedIDs.contains(id) { return nil }
            return higherTexts.contains(criterion.text) ? nil : .dropped
        }
        if lower.count == 1, higher.count == 1, lower[0].id == nil, higher[0].id == nil, lowerChanges[0] != nil {
            (lowerChanges, higherChanges) = ([nil], [.changed])
        }
        return (lowerChanges, higherChanges)
    }
}
