import Content
import Diagnostics
import Site

/// What a lint reads: the linked site (open postings only: a posting the lifecycle closed is not
/// a finding) and the build's day, so that date-driven rules (a pay law's effective date,
/// freshness) give the same findings for the same `--now`.
public struct LintContext: Sendable {
    public var graph: SiteGraph
    public var today: CalendarDate
    /// Each open posting's body read as prose, by source: made once, on every core, by
    /// `Lints.run` for the lints that read it (wording, structure); empty when a lint runs alone.
    var bodies: [String: ProseText] = [:]

    /// The posting's body as prose: made once per build when the lint stage runs.
    func body(of role: Role) -> ProseText {
        bodies[role.source] ?? ProseText(markdown: role.body.text)
    }

    public init(graph: SiteGraph, today: CalendarDate) {
        self.graph = graph
        self.today = today
    }
}

/// One check over the linked site that is about what a posting says rather than whether the site
/// can be built: pay transparency, wording, freshness, structure. Each finding comes from a rule
/// in `Rules` (id, default severity); `SeverityPolicy` decides the final severity afterwards.
public protocol SiteLint: Sendable {
    /// Findings for the whole site, in any order (the build sorts them for report).
    func findings(in context: LintContext) -> [Diagnostic]
}

/// The lint stage: every `SiteLint`, run after the link stage by both `build` and `check`, so the
/// two report the same findings.
public enum Lints {
    /// Every lint, in the order they run. Add a new lint here.
    public static let all: [any SiteLint] = [
        BodyLint(),
        PayTransparencyLint(),
        // wording, freshness, structure (issue 17, items 4–6)
        WordingLint(), FreshnessLint(), StructureLint(),
    ]

    /// The findings of every lint over the site.
    public static func run(_ context: LintContext, lints: [any SiteLint] = all) -> [Diagnostic] {
        guard !lints.isEmpty else { return [] }
        var context = context
        let read = context.graph.roles.parallelMap { ($0.source, ProseText(markdown: $0.body.text)) }
        context.bodies = Dictionary(read, uniquingKeysWith: { first, _ in first })
        return lints.flatMap { $0.findings(in: context) }
    }
}
