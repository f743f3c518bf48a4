import Build
import Content
import Foundation
import TestSupport
import Testing

/// The ladder's JSON file, its pay chart and a posting's range against its band, as a build
/// writes them.
@Suite struct LadderOutputTests {
    static let site = FixtureSite("""
        -- site.yml --
        title: Fixture Careers
        base_url: https://careers.example.com/
        -- content/ladders/eng.md --
        ---
        title: "Eng <Ladder>"
        competencies:
          - {id: craft, title: Craft, description: "Code & tests"}
          - {id: impact, title: Impact}
        levels:
          - id: E1
            title: Engineer
            years: "0-2"
            salary: {min: 50000, max: 70000, currency: EUR, period: YEAR}
            expectations:
              craft: "Writes *tested* code, see [the guide](https://example.com/g)."
          - id: E2
            title: Senior Engineer
            salary: {min: 65000.5, max: 90000, currency: EUR, period: YEAR}
            expectations:
              craft: "Designs `services`."
              impact: Leads a project.
        ---
        Intro.
        -- content/roles/inside.md --
        ---
        title: Inside
        ladder: eng
        level: E2
        locations: [{country: DE}]
        remote: remote
        employment_type: FULL_TIME
        salary: {min: 70000, max: 85000, currency: EUR, period: YEAR}
        date_posted: 2026-11-01
        ---
        -- content/roles/dollars.md --
        ---
        title: Dollars
        ladder: eng
        level: E1
        locations: [{country: US}]
        remote: remote
        employment_type: FULL_TIME
        salary: {min: 70000, max: 85000, currency: USD, period: YEAR}
        date_posted: 2026-11-01
        ---
        -- content/roles/nowhere.md --
        ---
        title: Nowhere
        locations: [{country: DE}]
        remote: remote
        employment_type: FULL_TIME
        salary: {min: 70000, max: 85000, currency: EUR, period: YEAR}
        date_posted: 2026-11-01
        ---
        """)

    @Test func theLadderJSONHasStableIdsInheritanceAndBandsInFixedBytes() throws {
        let (report, folder) = try Self.site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(folder.read("public/ladders/eng.json") == #"""
            {
              "competencies" : [
                {
                  "description" : "Code & tests",
                  "id" : "craft",
                  "title" : "Craft"
                },
                {
                  "id" : "impact",
                  "title" : "Impact"
                }
              ],
              "id" : "eng",
              "json_url" : "https://careers.example.com/ladders/eng.json",
              "language" : "en",
              "levels" : [
                {
                  "bands" : [
                    {
                      "currency" : "EUR",
                      "max" : 70000,
                      "min" : 50000,
                      "period" : "YEAR",
                      "zone" : null
                    }
                  ],
                  "expectations" : [
                    {
                      "competency" : "craft",
                      "criteria" : [
                        {
                          "id" : null,
                          "plain_text" : "Writes tested code, see the guide.",
                          "text" : "Writes *tested* code, see [the guide](https://example.com/g)."
                        }
                      ],
                      "format" : "text"
                    }
                  ],
                  "id" : "E1",
                  "next" : [
                    "E2"
                  ],
                  "title" : "Engineer",
                  "url" : "https://careers.example.com/ladders/eng/e1/",
                  "years" : "0-2"
                },
                {
                  "bands" : [
                    {
                      "currency" : "EUR",
                      "max" : 90000,
                      "min" : 65000.5,
                      "period" : "YEAR",
                      "zone" : null
                    }
                  ],
                  "expectations" : [
                    {
                      "competency" : "craft",
                      "criteria" : [
                        {
                          "id" : null,
                          "plain_text" : "Designs services.",
                          "text" : "Designs `services`."
                        }
                      ],
                      "format" : "text"
                    },
                    {
                      "competency" : "impact",
                      "criteria" : [
                        {
                          "id" : null,
                          "plain_text" : "Leads a project.",
                          "text" : "Leads a project."
                        }
                      ],
                      "format" : "text"
                    }
                  ],
                  "id" : "E2",
                  "next" : [

                  ],
                  "previous" : "E1",
                  "title" : "Senior Engineer",
                  "url" : "https://careers.example.com/ladders/eng/e2/"
                }
              ],
              "title" : "Eng <Ladder>",
              "tracks" : [

              ],
              "url" : "https://careers.example.com/ladders/eng/",
              "version" : 1,
              "zones" : [

              ]
            }

            """#)
        #expect(try validateOutputs(folder.url.appendingPathComponent("public")) == [])
    }

    @Test func theLadderPageLinksItsJSONAndDrawsItsBands() throws {
        let (_, folder) = try Self.site.build()
        let page = try #require(folder.read("public/ladders/eng/index.html"))
        #expect(page.contains(#"<link rel="alternate" type="application/json" title="Eng &lt;Ladder&gt; as JSON" href="../../ladders/eng.json">"#))
        #expect(page.contains(#"<a href="../../ladders/eng.json" type="application/json" download>Download as JSON</a>"#))
        #expect(page.contains(#"<h2 id="pay-chart-heading">Pay by level</h2><figure class="pay-chart" id="pay-chart-1">"#))
        #expect(page.contains("<desc id=\"pay-chart-1-desc\">Pay bands by level, EUR per year. E1 Engineer: €50,000–€70,000. E2 Senior Engineer: €65,000.50–€90,000.</desc>"))
        // The table stays: it is the chart's alternative.
        #expect(page.contains(#"<table class="levels-table">"#))
    }

    @Test func aPostingShowsItsRangeAgainstItsBandOnlyWhenTheyCompare() throws {
        let (_, folder) = try Self.site.build()
        let inside = try #require(folder.read("public/roles/inside/index.html"))
        #expect(inside.contains(#"<div class="pay-bands"><figure class="pay-band" id="pay-band-1">"#))
        #expect(inside.contains("<figcaption>This role pays €70,000–€85,000 EUR per year; the E2 band is €65,000.50–€90,000 EUR per year.</figcaption>"))
        // Another currency than the band, or no ladder: nothing drawn.
        for slug in ["dollars", "nowhere"] {
            let page = try #require(folder.read("public/roles/\(slug)/index.html"))
            #expect(!page.contains("pay-band"), "\(slug)")
        }
    }
}
