import Content
import Diagnostics
import TestSupport
import Testing

@testable import Site

/// Kind 4 of issue 12: linking looks ladders, levels and failed files up; it does not search
/// through all of them for each posting.
@Suite("Linking grows linearly with the site")
struct LinkerWorkTests {
    static func documents(_ n: Int) -> (documents: [Document], unavailable: Set<String>) {
        let ladders = (0..<n).map { index in
            Document.ladder(Ladder(source: "content/ladders/l\(index).md", id: "l\(index)", title: "L\(index)", competencies: [],
                                   levels: (1...3).map { LadderLevel(id: "L\($0)", title: "Level \($0)") }, body: emptyBody))
        }
        let roles = (0..<n).map { index in
            // Half on a ladder that exists, half on one whose file failed validation.
            Document.role(Role(source: "content/roles/r\(index).md", slug: "r\(index)", title: "R", ladder: index.isMultiple(of: 2) ? "l\(index)" : "broken\(index)",
                               level: "L2", locations: [Location(country: "DE")], remote: .remote, employmentTypes: [.FULL_TIME],
                               datePosted: day("2026-05-01"), body: emptyBody))
        }
        return (ladders + roles, Set((0..<n).map { "content/ladders/broken\($0).md" }))
    }

    @Test func postingsOnLaddersThatExistOrFailedCostALookupEach() {
        let (documents, unavailable) = Self.documents(4)
        let (graph, diagnostics) = Linker.link(config: site, documents: documents, unavailable: unavailable,
                                               options: LinkOptions(today: day("2026-05-15")))
        #expect(diagnostics.isEmpty, "a posting on a failed ladder gets no follow-on error")
        #expect(graph.placement(of: graph.roles.first { $0.slug == "r2" }!)?.level.title == "Level 2")
        #expect(graph.roles(ladder: "l2", level: "L2").map(\.slug) == ["r2"])
        let growth = workGrowth(from: 300) { n in
            let (documents, unavailable) = Self.documents(n)
            _ = Linker.link(config: site, documents: documents, unavailable: unavailable, options: LinkOptions(today: day("2026-05-15")))
        }
        #expect(growth < linearGrowth)
    }
}
