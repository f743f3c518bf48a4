import Diagnostics
import TestSupport
import Testing

@testable import Content

@Suite("Career ladders")
struct LadderTests {
    static let path = "content/ladders/backend.md"

    /// Lines: 5–9 competencies, 11 level L1 (years on 13, expectations on 21–22),
    /// 23 level L2 (years on 25), 26 level L3 (years on 28), body on 30.
    static let ladder = """
        ---
        title: Backend Ladder
        summary: From first job to principal.
        competencies:
          - id: technical
            title: Technical craft
            description: Code and systems.
          - id: delivery
            title: Delivery
        levels:
          - id: L1
            title: Junior
            years: 0-2
            salary:
              min: 50000
              max: 70000
              currency: EUR
              period: YEAR
            summary: Learns.
            expectations:
              technical: Writes tested code.
              delivery: Finishes tasks.
          - id: L2
            title: Mid
            years: 3
          - id: L3
            title: Senior
            years: 8+
        ---
        Intro
        """

    func ladder(replacing old: String, with new: String) -> String {
        precondition(Self.ladder.contains(old))
        return Self.ladder.replacingOccurrences(of: old, with: new)
    }

    func diagnostics(_ text: String) -> [String] {
        report(parse(Self.path, text).diagnostics)
    }

    @Test("competencies and levels are read in order, with the id from the file name")
    func ladderParses() throws {
        let (document, diagnostics) = parse(Self.path, Self.ladder)
        #expect(diagnostics.isEmpty)
        let ladder = try #require(document?.ladder)
        #expect(ladder.id == "backend")
        #expect(ladder.title == "Backend Ladder")
        #expect(ladder.summary == "From first job to principal.")
        #expect(ladder.competencies.map { [$0.id, $0.title, $0.description] } == [
            ["technical", "Technical craft", "Code and systems."], ["delivery", "Delivery", nil],
        ])
        #expect(ladder.competencies.map(\.location?.description) == ["\(Self.path):5:5", "\(Self.path):8:5"])
        #expect(ladder.levels.map(\.id) == ["L1", "L2", "L3"])
        #expect(ladder.levels.map(\.years) == ["0-2", "3", "8+"])
        let junior = try #require(ladder.levels.first)
        #expect(junior.title == "Junior")
        #expect(junior.salary == SalaryRange(min: 50000, max: 70000, currency: "EUR", period: .YEAR))
        #expect(junior.summary == "Learns.")
        #expect(junior.expectations.mapValues { $0.criteria.map(\.text) } == ["technical": ["Writes tested code."], "delivery": ["Finishes tasks."]])
        #expect(ladder.levels[1].expectations.isEmpty)
        #expect(ladder.body == MarkdownBody(text: "Intro", firstLine: 30))
    }

    @Test("years may be a range, an open end or a single number", arguments: ["0-2", "8+", "3", "10 - 12", "2–4", "\"5-8\""])
    func yearsAccepted(years: String) throws {
        let (document, diagnostics) = parse(Self.path, ladder(replacing: "years: 0-2", with: "years: \(years)"))
        // L2's "3" is below some of these: that is the order check's finding, not a reading problem.
        #expect(diagnostics.filter { $0.rule != "ladder.years-order" }.isEmpty)
        #expect(document?.ladder?.levels.first?.years == years.replacingOccurrences(of: "\"", with: ""))
    }

    @Test("years in words or out of shape are rejected at the value", arguments: ["two", "1-", "100", "-3", "3 years"])
    func yearsRejected(years: String) {
        #expect(diagnostics(ladder(replacing: "years: 0-2", with: "years: \(years)")) == [
            "\(Self.path):13:12: error: 'levels[0].years' must look like \"0-2\", \"8+\" or \"3\", found '\(years)' [front-matter.value]",
        ])
    }

    @Test("two levels with the same id are reported at the second")
    func duplicateLevelID() {
        #expect(diagnostics(ladder(replacing: "  - id: L2", with: "  - id: L1")) == [
            "\(Self.path):23:9: error: 'levels[1].id' 'L1' is used by another level of this ladder [front-matter.value]",
        ])
    }

    @Test("two competencies with the same id are reported at the second, and only there")
    func duplicateCompetencyID() {
        let found = diagnostics(ladder(replacing: "  - id: delivery", with: "  - id: technical"))
        #expect(found.first
            == "\(Self.path):8:9: error: 'competencies[1].id' 'technical' is used by another competency of this ladder [front-matter.value]")
        // The broken list is not used to check expectations, so no follow-on errors.
        #expect(found.count == 1)
    }

    @Test("an expectation for an unknown competency suggests the closest one")
    func unknownCompetencyInExpectations() {
        #expect(diagnostics(ladder(replacing: "technical: Writes", with: "technicl: Writes")) == [
            "\(Self.path):21:7: error: unknown key 'levels[0].expectations.technicl' in expectations by competency id; did you mean 'technical'? [front-matter.unknown-key]",
        ])
        // The key meant is the suggestion too (JSON and SARIF output); none when nothing is close.
        #expect(parse(Self.path, ladder(replacing: "technical: Writes", with: "technicl: Writes")).diagnostics.map(\.suggestion) == ["technical"])
        #expect(parse(Self.path, ladder(replacing: "technical: Writes", with: "zzzzzzzz: Writes")).diagnostics.map(\.suggestion) == [nil])
    }

    @Test("ids may use letters, digits, - and _ only")
    func invalidLevelID() {
        #expect(diagnostics(ladder(replacing: "  - id: L3", with: "  - id: senior engineer")) == [
            "\(Self.path):26:9: error: 'levels[2].id' must use only letters, digits, '-' and '_', found 'senior engineer' [front-matter.value]",
        ])
    }

    @Test("a level without a title is reported at the level")
    func levelWithoutTitle() {
        #expect(diagnostics(ladder(replacing: "    title: Mid\n", with: "")) == [
            "\(Self.path):23:5: error: missing required field 'levels[1].title' [front-matter.missing-field]",
        ])
    }

    @Test("a ladder without competencies is incomplete")
    func missingCompetencies() {
        let text = """
            ---
            title: Backend Ladder
            levels:
              - id: L1
                title: Junior
            ---
            """
        #expect(diagnostics(text) == [
            "\(Self.path):2:1: error: missing required field 'competencies' (the skills every level is described by) [front-matter.missing-field]",
        ])
    }

    @Test("a missing title does not turn every expectation into an unknown key")
    func noFollowOnErrors() {
        // Fixed in LadderParser.readCompetencies: it used to give up whenever the *file* had an
        // error, after which every expectation was "unknown ... expected one of: " (empty list).
        #expect(diagnostics(ladder(replacing: "title: Backend Ladder\n", with: "")) == [
            "\(Self.path):2:1: error: missing required field 'title' (it is the ladder's heading) [front-matter.missing-field]",
        ])
    }
}
