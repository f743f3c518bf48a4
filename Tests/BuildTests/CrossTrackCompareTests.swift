import Foundation
import TestSupport
import Testing

/// What compare pages and "What changes at" sections mark on a ladder whose tracks split after
/// a shared level: a criterion both cells hold is unchanged, whichever level each cell inherits
/// it from; the marks of both pages come from one comparison.
@Suite struct CrossTrackCompareTests {
    /// E1 and E2 shared, then E3 (individual contributor) and M1 (manager).
    /// Craft has ids (E3 grows `design` and restates `tests` without its id); Impact is a list
    /// without ids (E3 drops "Writes the docs.", M1 keeps it and adds one); People is one text
    /// (E3 inherits it from E2, M1 writes the same text again).
    static let site = FixtureSite("""
        -- content/ladders/eng.md --
        ---
        title: Engineering
        competencies:
          - {id: craft, title: Craft}
          - {id: impact, title: Impact}
          - {id: people, title: People}
        tracks:
          - {id: ic, title: Individual contributor}
          - {id: manager, title: Engineering manager}
        levels:
          - id: E1
            title: Engineer I
            expectations:
              craft: [{id: tests, text: "Writes tested code."}]
              impact: ["Ships tasks."]
              people: "Asks for help."
          - id: E2
            title: Engineer II
            expectations:
              craft:
                - {id: tests, text: "Writes tested code."}
                - {id: design, text: "Designs a feature."}
              impact: ["Ships features.", "Writes the docs."]
              people: "Helps new hires."
          - id: E3
            title: Senior Engineer
            track: ic
            expectations:
              craft:
                - {id: design, text: "Designs across services."}
                - "Writes tested code."
              impact: ["Ships features."]
          - id: M1
            title: Engineering Manager
            track: manager
            expectations:
              impact: ["Ships features.", "Writes the docs.", "Runs the roadmap."]
              people: "Helps new hires."
        ---
        """)

    @Test func acrossTracksACriterionBothCellsHoldIsUnchangedWhereverEachInheritsIt() throws {
        let (report, folder) = try Self.site.build()
        #expect(report.diagnostics.isEmpty, "\(TestSupport.report(report.diagnostics))")
        let html = try #require(folder.read("public/ladders/eng/compare/e3-vs-m1/index.html"))
        #expect(Self.rows(html) == [
            // `tests`: E3 restates it without its id, M1 inherits it from E2 with it; `design` grew on E3.
            "Craft Changed | Designs across services. · Writes tested code. | As at E2 Writes tested code. · Changed Designs a feature.",
            // Dropped on one track only: new at M1 next to E3, as is what M1 adds.
            "Impact Changed | Ships features. | Ships features. · New Writes the docs. · New Runs the roadmap.",
            // E3 inherits it from E2, M1 writes it again: the same text.
            "People Unchanged | As at E2 Helps new hires. | Helps new hires.",
        ])
    }

    @Test func onOneTrackTheSameComparisonMarksGrownRestatedAndDroppedCriteria() throws {
        let (_, folder) = try Self.site.build()
        let html = try #require(folder.read("public/ladders/eng/compare/e2-vs-e3/index.html"))
        #expect(Self.rows(html) == [
            "Craft Changed | Writes tested code. · Designs a feature. | Changed Designs across services. · Writes tested code.",
            "Impact Changed | Ships features. · Dropped Writes the docs. | Ships features.",
            "People Unchanged | Helps new hires. | As at E2 Helps new hires.",
        ])
        let shared = try #require(folder.read("public/ladders/eng/compare/e1-vs-e2/index.html"))
        #expect(Self.rows(shared) == [
            "Craft Changed | Writes tested code. | Writes tested code. · New Designs a feature.",
            "Impact Changed | Dropped Ships tasks. | New Ships features. · New Writes the docs.",
            "People Changed | Asks for help. | Changed Helps new hires.",
        ])
    }

    @Test func whatChangesAtTheNextLevelsUsesTheComparisonOfTheComparePages() throws {
        let (_, folder) = try Self.site.build()
        let html = try #require(folder.read("public/ladders/eng/e2/index.html"))
        #expect(Self.changes(html, at: "E3") == ["Craft: Changed Designs across services.", "Impact: Dropped Writes the docs."])
        // Craft is M1's as at E2 and People the same text: only Impact changes.
        #expect(Self.changes(html, at: "M1") == ["Impact: New Runs the roadmap."])
    }

    // MARK: - Reading the pages

    /// Each competency row of a compare page: `Competency Status | lower cell | higher cell`,
    /// each cell its inherited label and criteria (` · ` between them) with their marks, as text.
    static func rows(_ html: String) -> [String] {
        pieces(of: html, between: "<tr", and: "</tr>").filter { $0.contains("row-status") }.map { row in
            let heading = text(pieces(of: row, between: "<th", and: "</th>")[0])
            let cells = pieces(of: row, between: "<td>", and: "</td>").map(cell)
            return ([heading] + cells).joined(separator: " | ")
        }
    }

    /// The criteria a level page's "What changes at `level`" section lists, as `Competency: marked text`.
    static func changes(_ html: String, at level: String) -> [String] {
        guard let section = pieces(of: html, between: #"aria-labelledby="changes-\#(level)""#, and: "</section>").first else {
            return ["no section for \(level)"]
        }
        return pieces(of: section, between: "<div>", and: "</div>\n").flatMap { entry in
            let competency = text(pieces(of: entry, between: "<dt>", and: "</dt>")[0])
            return pieces(of: entry, between: "<li", and: "</li>").map { "\(competency): \(text($0))" }
        }
    }

    private static func cell(_ html: String) -> String {
        let inherited = pieces(of: html, between: #"<span class="inherited">"#, and: "</span>").map(text)
        let criteria = pieces(of: html, between: "<li", and: "</li>") + pieces(of: html, between: #"<div class="criterion"#, and: "</div>")
        return (inherited.map { $0 + " " }.joined()) + criteria.map(text).joined(separator: " · ")
    }

    private static func pieces(of html: String, between start: String, and end: String) -> [String] {
        html.components(separatedBy: start).dropFirst().compactMap { $0.components(separatedBy: end).first }
    }

    /// Tags dropped, spaces collapsed; the rest of a start tag a piece begins with (`scope="row">`) too.
    private static func text(_ html: String) -> String {
        let rest = html.firstIndex(of: ">").flatMap { end in (html.firstIndex(of: "<") ?? html.endIndex) > end ? end : nil }
        let afterTag = rest.map { String(html[html.index(after: $0)...]) } ?? html
        let plain = afterTag.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        return plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
