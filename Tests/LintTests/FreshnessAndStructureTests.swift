import Build
import Content
import Diagnostics
import Foundation
@testable import Lint
import TestSupport
import Testing

@Suite("freshness: postings about to close or never closing")
struct FreshnessLintTests {
    static let site = FixtureSite("""
        -- content/roles/soon.md --
        ---
        title: Closes soon
        \(placeFrontMatter)
        date_posted: 2026-11-01
        valid_through: ⟨soon⟩2026-12-06
        ---
        Soon.
        -- content/roles/later.md --
        ---
        title: Closes later
        \(placeFrontMatter)
        date_posted: 2026-11-01
        valid_through: 2026-12-07
        ---
        Later.
        -- content/roles/never.md --
        ---
        title: Never closes
        \(placeFrontMatter)
        date_posted: ⟨posted⟩2026-11-01
        ---
        Never.
        -- content/roles/closed.md --
        ---
        title: Closed
        \(placeFrontMatter)
        date_posted: 2026-10-01
        valid_through: ⟨closed⟩2026-11-20
        ---
        Closed.
        """)

    @Test func warnsWithinFourteenDaysAndWithoutValidThroughNotAfterClosing() throws {
        // fixedToday is 2026-11-23: 12-06 is 13 days ahead, 12-07 is 14.
        let (build, _) = try Self.site.build(lints: Lints.all)
        let found = TestSupport.report(build.diagnostics).filter {
            $0.hasSuffix("[role.expires-soon]") || $0.hasSuffix("[role.missing-valid-through]") || $0.hasSuffix("[role.closed]")
        }
        #expect(found == [
            "\(Self.site.location("closed")): note: closed: this posting took applications until 2026-11-20 (valid_through); its page now says the position is closed [role.closed]",
            "\(Self.site.location("posted")): warning: the posting has no valid_through: Google's job search asks for the last day it takes applications, and without it the posting never closes; add valid_through: YYYY-MM-DD [role.missing-valid-through]",
            "\(Self.site.location("soon")): warning: the posting closes in 13 days (valid_through 2026-12-06); move valid_through later if the position is still open, or let it close [role.expires-soon]",
        ])
    }

    @Test func onItsLastDayAPostingClosesTodayAndTheNextDayIsOnlyClosed() throws {
        let (lastDay, _) = try Self.site.build(today: CalendarDate("2026-12-06")!, lints: Lints.all)
        #expect(lastDay.diagnostics.contains { $0.rule == "role.expires-soon" && $0.message.hasPrefix("the posting closes today") })
        let (after, _) = try Self.site.build(today: CalendarDate("2026-12-07")!, lints: Lints.all)
        #expect(after.diagnostics.filter { $0.rule == "role.expires-soon" }.map(\.location?.file) == ["content/roles/later.md"])
        #expect(after.succeeded, "date-driven findings never stop the build")
    }
}

@Suite("structure: the sections candidates look for")
struct StructureLintTests {
    @Test func oneWarningPerMissingSectionAtTheFirstBodyLine() throws {
        let site = FixtureSite("""
            -- content/roles/bare.md --
            ---
            title: Bare
            \(openFrontMatter)
            ---


            ⟨body⟩We build software.

            ### Responsibilities and `impact`
            -- content/roles/full.md --
            ---
            title: Full
            \(openFrontMatter)
            ---
            Was du tun wirst
            ================

            ## Dein Profil

            # Pay and *benefits*
            """)
        let (build, _) = try site.build(lints: Lints.all)
        #expect(lines(build, rule: "role.missing-section").filter { $0.hasPrefix("content/roles/bare.md") } == [
            "\(site.location("body")): warning: the posting has no 'Benefits' section, which candidates look for; add a heading such as 'Benefits', 'Perks', 'What we offer' [role.missing-section]",
            "\(site.location("body")): warning: the posting has no 'Pay' section, which candidates look for; add a heading such as 'Pay', 'Compensation', 'Salary' [role.missing-section]",
            "\(site.location("body")): warning: the posting has no 'What we look for' section, which candidates look for; add a heading such as 'What we look for', 'What we're looking for', 'What we are looking for' [role.missing-section]",
        ])
        // "Was du tun wirst" is no built-in phrase: only the German profile, pay and benefits are found.
        #expect(build.diagnostics.filter { $0.rule == "role.missing-section" && $0.location?.file == "content/roles/full.md" }
            .map(\.message) == ["the posting has no 'What you will do' section, which candidates look for; add a heading such as 'What you'll do', 'What you will do', 'What you'll be doing'"])
    }

    @Test func salaryAndTheSharedBenefitsSectionCount() throws {
        let site = FixtureSite("""
            -- site.yml --
            \(FixtureSite.defaultConfig)
            postings:
              sections:
                benefits: "30 days of leave."
            -- content/roles/a.md --
            ---
            title: A
            \(quietFrontMatter)
            ---
            ## What you'll do
            ## Requirements
            -- content/roles/b.md --
            ---
            title: B
            \(quietFrontMatter)
            sections: {benefits: false}
            ---
            ## What you’ll do
            ## Requirements
            """)
        let (build, _) = try site.build(lints: Lints.all)
        #expect(build.diagnostics.filter { $0.rule == "role.missing-section" }.map { "\($0.location!.file): \($0.message.prefix(41))" }
            == ["content/roles/b.md: the posting has no 'Benefits' section, wh"])
    }

    @Test func siteYmlReplacesTheSectionsAndIsCheckedStrictly() throws {
        let site = FixtureSite("""
            -- site.yml --
            \(FixtureSite.defaultConfig)
            lint:
              sections:
                - name: Mission
                  headings: [Our mission, Mission]
                - {name: Pay, headings: [Salary], met_by: [salary]}
            -- content/roles/a.md --
            ---
            title: A
            \(quietFrontMatter)
            ---
            ⟨body⟩Hello.
            -- content/roles/b.md --
            ---
            title: B
            \(quietFrontMatter)
            ---
            ## The mission
            """)
        let (build, _) = try site.build(lints: Lints.all)
        #expect(lines(build, rule: "role.missing-section") == [
            "\(site.location("body")): warning: the posting has no 'Mission' section, which candidates look for; add a heading such as 'Our mission', 'Mission' [role.missing-section]",
        ])

        let wrong = FixtureSite("""
            -- site.yml --
            \(FixtureSite.defaultConfig)
            lint:
              sections:
                - name: Mission
                  heading: [Mission]
                - {name: Pay, headings: [Salary], met_by: ⟨metby⟩[Salary]}
            -- content/roles/a.md --
            ---
            title: A
            lint: {⟨key⟩sections: []}
            \(quietFrontMatter)
            ---
            """)
        let (failed, _) = try wrong.build(lints: Lints.all)
        #expect(TestSupport.report(failed.diagnostics).filter { $0.contains("error:") } == [
            "\(wrong.location("key")): error: unknown key 'lint.sections' in lint settings; expected one of: ignore [front-matter.unknown-key]",
            "site.yml:8:7: error: unknown key 'lint.sections[0].heading' in a section every posting needs; did you mean 'headings'? [front-matter.unknown-key]",
            "site.yml:7:7: error: missing required field 'lint.sections[0].headings' [front-matter.missing-field]",
            "\(wrong.location("metby")): error: 'lint.sections[1].met_by' must list 'salary' or ids of postings.sections (such as benefits), found 'Salary' [front-matter.value]",
        ].sorted())
    }

    @Test func anEmptyListChecksNoSectionAndTheRuleCanBeIgnored() throws {
        let empty = try FixtureSite("""
            -- site.yml --
            \(FixtureSite.defaultConfig)
            lint: {sections: []}
            -- content/roles/a.md --
            ---
            title: A
            \(quietFrontMatter)
            ---
            Hello.
            """).build(lints: Lints.all).0
        #expect(!empty.diagnostics.contains { $0.rule == "role.missing-section" })
        let ignored = try FixtureSite("""
            -- content/roles/a.md --
            ---
            title: A
            lint: {ignore: [role.missing-section, role.missing-valid-through, role.expires-soon]}
            \(placeFrontMatter)
            date_posted: 2026-11-01
            valid_through: 2026-11-24
            ---
            Hello.
            -- content/roles/b.md --
            ---
            title: B
            lint: {ignore: [role.missing-valid-through]}
            \(placeFrontMatter)
            date_posted: 2026-11-01
            ---
            ## What you will do
            ## Requirements
            ## Pay and benefits
            """).build(lints: Lints.all).0
        #expect(ignored.diagnostics.filter { $0.rule.hasPrefix("role.") }.isEmpty)
    }
}
