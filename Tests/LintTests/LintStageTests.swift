import Content
import Diagnostics
import Lint
import Site
import Testing

@Suite("lint stage: every lint runs over the linked site")
struct LintStageTests {
    struct Counting: SiteLint {
        func findings(in context: LintContext) -> [Diagnostic] {
            context.graph.roles.map { .warning("seen \($0.slug) on \(context.today)", at: SourceLocation(file: $0.source), rule: "test.seen") }
        }
    }

    @Test func runsEachLintOverTheOpenPostings() {
        let role = Role(source: "content/roles/a.md", slug: "a", title: "A", locations: [Location(country: "DE")],
                        remote: .onsite, employmentTypes: [.FULL_TIME], datePosted: CalendarDate("2026-01-01")!,
                        body: MarkdownBody(text: "", firstLine: 1))
        let graph = SiteGraph(config: SiteConfig(title: "T", baseURL: "https://x.test/"), roles: [role], ladders: [], faqs: [], pages: [],
                              homeIntro: nil, urlsBySource: [:])
        let found = Lints.run(LintContext(graph: graph, today: CalendarDate("2026-11-30")!), lints: [Counting(), Counting()])
        #expect(found.map(\.message) == ["seen a on 2026-11-30", "seen a on 2026-11-30"])
    }
}
