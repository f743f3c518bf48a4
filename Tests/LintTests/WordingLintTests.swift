import Build
import BuiltIn
import Content
import Diagnostics
import Foundation
@testable import Lint
import TestSupport
import Testing

/// The report lines of one rule, as a user sees them.
func lines(_ report: BuildReport, rule: String) -> [String] {
    TestSupport.report(report.diagnostics).filter { $0.hasSuffix("[\(rule)]") }
}

/// A posting's front matter that no lint but the one under test reports: valid_through far
/// ahead, pay given, the benefits section shared.
let quietFrontMatter = """
    \(openFrontMatter)
    salary: {min: 60000, max: 70000, currency: EUR, period: YEAR}
    """

/// Where and how a posting's job is, the least a posting needs besides title and dates.
let placeFrontMatter = """
    locations: [{country: DE}]
    remote: remote
    employment_type: FULL_TIME
    """

/// `placeFrontMatter`, posted before `fixedToday` and open long after it.
let openFrontMatter = """
    \(placeFrontMatter)
    date_posted: 2026-11-01
    valid_through: 2027-03-01
    """

@Suite("wording: coded words and exclusionary phrases")
struct WordingLintTests {
    @Test func aMasculineCodedPostingGetsOneNoteAtItsFirstCodedWord() throws {
        let site = FixtureSite("""
            -- content/roles/a.md --
            ---
            title: Backend Engineer
            \(quietFrontMatter)
            ---
            We want an ⟨first⟩ambitious engineer to lead our
            competitive, challenging projects and lead reviews.

            You will support the team.
            -- content/roles/b.md --
            ---
            title: Support Engineer
            \(quietFrontMatter)
            ---
            An ambitious team that is supportive, kind and honest with each other.
            """)
        let (build, _) = try site.build(lints: Lints.all)
        #expect(lines(build, rule: "wording.masculine-coded") == [
            "\(site.location("first")): note: the posting's wording is masculine-coded (5 masculine-coded words against 1 feminine-coded), "
                + "which makes a job less appealing to women (Gaucher, Friesen & Kay 2011): ambitious (line 10), lead (lines 10, 11), "
                + "competitive (line 11), challenging (line 11); feminine-coded: support (line 13) [wording.masculine-coded]",
        ])
    }

    @Test func stemsMatchFromTheStartOfAWordOnly() throws {
        // "mislead" holds "lead" but does not start with it; "leadership" does.
        let site = FixtureSite("""
            -- content/roles/a.md --
            ---
            title: Engineer
            \(quietFrontMatter)
            ---
            Nothing here should mislead you, and nothing is misleading.
            -- content/roles/b.md --
            ---
            title: Engineer
            \(quietFrontMatter)
            ---
            Grow into ⟨word⟩leadership.
            """)
        let (build, _) = try site.build(lints: Lints.all)
        #expect(lines(build, rule: "wording.masculine-coded") == [
            "\(site.location("word")): note: the posting's wording is masculine-coded (1 masculine-coded word against 0 feminine-coded), "
                + "which makes a job less appealing to women (Gaucher, Friesen & Kay 2011): leadership (line 10); feminine-coded: none [wording.masculine-coded]",
        ])
    }

    @Test func wholeWordEntriesDoNotMatchLongerWords() {
        let lists = WordingLint()
        let passage = "Act actively, objectively and decidedly."
        #expect(codedWords(lists, passage).isEmpty)
        #expect(codedWords(lists, "Be active, objective and decisive; decide.") == ["active", "objective", "decisive", "decide"])
        #expect(codedWords(lists, "A self-reliant, team-leading co-lead.") == ["self-reliant", "leading", "lead"])
    }

    @Test func codeLinksAndURLsAreNotRead() throws {
        let site = FixtureSite("""
            -- content/roles/a.md --
            ---
            title: Engineer
            \(quietFrontMatter)
            ---
            Run `competitive --dominant` and [our docs](https://example.com/leader/ambitious "lead").
            See https://www.example.com/rockstar-ninja and <https://guru.example.com/> or write to lead@example.com.
            <!-- lead ambitious -->

            ```
            rockstar aggressive leader
            ```

                indented code: rockstar leader

            [ref]: https://example.com/ninja
            """)
        let (build, _) = try site.build(lints: Lints.all)
        #expect(lines(build, rule: "wording.masculine-coded") == [])
        #expect(lines(build, rule: "wording.exclusionary") == [])
    }

    @Test func anExclusionaryPhraseIsAWarningWithItsAlternative() throws {
        let site = FixtureSite("""
            -- content/roles/a.md --
            ---
            title: ⟨title⟩Rockstar Engineer
            summary: "For a ⟨summary⟩digital native."
            \(quietFrontMatter)
            ---
            We are a ⟨young⟩young and
              dynamic team of ⟨guys⟩Guys. Not guyswork, not young  and dynamic.
            """)
        let (build, _) = try site.build(lints: Lints.all)
        #expect(lines(build, rule: "wording.exclusionary") == [
            "\(site.location("title")): warning: 'Rockstar' is exclusionary wording: reads as a young, male in-group and says nothing about the work; write 'expert' instead [wording.exclusionary]",
            "\(site.location("summary")): warning: 'digital native' is exclusionary wording: a generation, not a skill: asks for an age; write 'comfortable with digital tools' instead [wording.exclusionary]",
            "\(site.location("young")): warning: 'young and dynamic' is exclusionary wording: asks for an age, which age discrimination law forbids; write 'motivated' instead [wording.exclusionary]",
            "\(site.location("guys")): warning: 'Guys' is exclusionary wording: addresses men only; write 'everyone' instead [wording.exclusionary]",
        ])
        let rockstar = build.diagnostics.first { $0.rule == "wording.exclusionary" }
        #expect(rockstar?.suggestion == "expert")
    }

    /// Shared sections are shown on every posting: a phrase in one is one warning where it is
    /// written (site.yml, a `|` block, a file under content/_shared/, a posting's own text).
    @Test func sharedAndOwnSectionTextsAreReadOncePerText() throws {
        let site = FixtureSite("""
            -- site.yml --
            \(FixtureSite.defaultConfig)
            postings:
              sections:
                company: "We are a ⟨quoted⟩rockstar company."
                benefits:
                  file: content/_shared/benefits.md
                eoe:
                  title: Equal opportunity
                  text: |
                    Everyone is welcome,
                    even ⟨block⟩guys.
            -- content/_shared/benefits.md --
            ## Perks

            Perks for ⟨file⟩digital natives and everyone else.
            -- content/roles/a.md --
            ---
            title: Engineer
            \(quietFrontMatter)
            sections:
              eoe: "A ⟨own⟩young and dynamic place."
            ---
            We build.
            -- content/roles/b.md --
            ---
            title: Designer
            \(quietFrontMatter)
            ---
            We design.
            """)
        let (build, _) = try site.build(lints: Lints.all)
        #expect(lines(build, rule: "wording.exclusionary").map { $0.prefix { $0 != " " } } == [
            "\(site.location("file")):", "\(site.location("own")):", "\(site.location("quoted")):", "\(site.location("block")):",
        ].map { Substring($0) })

        let german = site.with("site.yml", site.files["site.yml"]! + "\nlanguage: de\n")
        let (quiet, _) = try german.build(lints: Lints.all)
        #expect(lines(quiet, rule: "wording.exclusionary").isEmpty, "a German site's shared text is not read with English lists")
    }

    @Test func postingsInOtherLanguagesAreNotReadWithTheEnglishLists() throws {
        let site = FixtureSite("""
            -- content/roles/a.md --
            ---
            title: Rockstar
            language: de
            \(quietFrontMatter)
            ---
            Ein ambitious leader.
            """)
        let (build, _) = try site.build(lints: Lints.all)
        #expect(build.diagnostics.filter { $0.rule.hasPrefix("wording.") }.isEmpty)
    }

    @Test func wordingRulesCanBeIgnoredPerFileAndPerSite() throws {
        let posting = """
            ---
            title: Rockstar Engineer
            lint: {ignore: [wording.exclusionary, wording.masculine-coded]}
            \(quietFrontMatter)
            ---
            An ambitious leader.
            """
        let perFile = try FixtureSite("-- content/roles/a.md --\n" + posting).build(lints: Lints.all).0
        #expect(perFile.diagnostics.filter { $0.rule.hasPrefix("wording.") }.isEmpty)
        let perSite = try FixtureSite("""
            -- site.yml --
            \(FixtureSite.defaultConfig)
            lint: {ignore: [wording.exclusionary, wording.masculine-coded]}
            -- content/roles/a.md --
            ---
            title: Rockstar Engineer
            \(quietFrontMatter)
            ---
            An ambitious leader.
            """).build(lints: Lints.all).0
        #expect(perSite.diagnostics.filter { $0.rule.hasPrefix("wording.") }.isEmpty)
    }

    @Test func theDataFilesAreWellFormedAndCompiledIn() throws {
        for name in ["masculine-coded.txt", "feminine-coded.txt", "exclusionary.txt"] {
            let onDisk = try String(contentsOf: repositoryRoot.appendingPathComponent("data/wording/\(name)"), encoding: .utf8)
            #expect(WordingData.text(name) == onDisk, "data/wording/\(name) changed; run `make theme`")
            #expect(onDisk.hasPrefix("#"), "\(name) starts with its source")
        }
        let exclusionary = WordingData.text("exclusionary.txt").split(separator: "\n")
            .filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(exclusionary.count >= 30)
        for line in exclusionary {
            #expect(line.split(separator: "|", omittingEmptySubsequences: false).count == 3, "not 'phrase | alternative | why': \(line)")
        }
        let gaucher = WordingData.text("masculine-coded.txt") + WordingData.text("feminine-coded.txt")
        let entries = gaucher.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        #expect(entries.count == 42 + 40)
        #expect(entries.allSatisfy { $0.wholeMatch(of: #/[a-z-]+\*?/#) != nil })
    }
}

/// The coded words `lint` finds in one line of prose, lowercased.
private func codedWords(_ lint: WordingLint, _ text: String) -> [String] {
    let passage = Passage(prose: ProseText(markdown: text), file: "", firstLine: 1, firstColumn: 1, columnOffset: 0)
    return lint.codedWords(in: passage).map(\.word)
}
