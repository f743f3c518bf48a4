import Content
import Foundation
import Site
import Testing
@testable import Render

/// A ladder built as values: two levels, zones given by `zones` (id, title, currency, period,
/// L1 band, L2 band).
func payLadder(_ zones: [(id: String, title: String, currency: String, period: PayPeriod, l1: (Double, Double), l2: (Double, Double))],
               tracks: [LadderTrack] = []) -> Ladder {
    var l1 = LadderLevel(id: "L1", title: "Junior")
    var l2 = LadderLevel(id: "L2", title: "Senior")
    for zone in zones {
        l1.bands[zone.id] = SalaryRange(min: zone.l1.0, max: zone.l1.1, currency: zone.currency, period: zone.period)
        l2.bands[zone.id] = SalaryRange(min: zone.l2.0, max: zone.l2.1, currency: zone.currency, period: zone.period)
    }
    var ladder = Ladder(source: "content/ladders/eng.md", id: "eng", title: "Engineering Ladder", competencies: [],
                        levels: [l1, l2], body: MarkdownBody(text: "", firstLine: 1))
    ladder.zones = zones.map { PayZone(id: $0.id, title: $0.title, areas: [ZoneArea(country: "US")]) }
    ladder.tracks = tracks
    return ladder
}

let usZones = payLadder([
    ("us-high", "US high-cost", "USD", .YEAR, (100_000, 140_000), (130_000, 180_000)),
    ("us-other", "US other", "USD", .YEAR, (90_000, 120_000), (110_000, 150_000)),
])

@Suite struct PayChartTests {
    @Test func oneChartWithTitleDescriptionAndLegendWiredForScreenReaders() {
        let html = PayChart.ladderCharts(usZones, words: english)
        #expect(html.components(separatedBy: "<figure").count == 2, "one currency and period: one chart")
        #expect(html.contains(#"<svg class="pay-chart-svg" role="img" aria-labelledby="pay-chart-1-title" aria-describedby="pay-chart-1-desc" viewBox="0 0 360 "#))
        #expect(html.contains(#"<title id="pay-chart-1-title">Pay bands by level, USD per year</title>"#))
        #expect(html.contains("""
            <desc id="pay-chart-1-desc">Pay bands by level, USD per year. L1 Junior: US high-cost $100,000–$140,000; \
            US other $90,000–$120,000. L2 Senior: US high-cost $130,000–$180,000; US other $110,000–$150,000.</desc>
            """))
        // The legend names the zones in the order of the bars, each with its own fill.
        #expect(html.contains(#"<ol class="pay-chart-legend" aria-labelledby="pay-chart-1-legend">"#))
        #expect(html.contains(#"<rect class="pay-bar pay-bar-0" x="0.5" y="0.5" width="23" height="11"/></svg> US high-cost</li>"#))
        #expect(html.contains(#"<rect class="pay-bar pay-bar-1" x="0.5" y="0.5" width="23" height="11" fill="url(#pay-chart-1-p1)"/></svg> US other</li>"#))
        #expect(html.contains(#"<pattern id="pay-chart-1-p1" "#))
    }

    @Test func theAxisHasRoundTicksFormattedForTheLanguage() {
        let en = PayChart.ladderCharts(usZones, words: english)
        let enTicks = tickLabels(en)
        #expect(enTicks == ["$80K", "$100K", "$120K", "$140K", "$160K", "$180K"])
        #expect(en.contains(#"text-anchor="end">USD per year</text>"#))
        // German amounts are longer ("100.000 $"): fewer ticks, so the labels do not overlap.
        let de = PayChart.ladderCharts(usZones, words: words("de"))
        #expect(tickLabels(de) == ["50.000\u{A0}$", "100.000\u{A0}$", "150.000\u{A0}$", "200.000\u{A0}$"])
        #expect(de.contains(#"<title id="pay-chart-1-title">Gehaltsbänder nach Stufe, USD pro Jahr</title>"#))
        #expect(de.contains("L1 Junior: US high-cost 100.000–140.000\u{A0}$; US other 90.000–120.000\u{A0}$."))
    }

    /// The bars sit where the axis puts their amounts: $80K at x 34 (after the level labels),
    /// $180K at 341.5 (the last label's half width from the edge).
    @Test func barsSpanTheirBandOnTheAxis() {
        let html = PayChart.ladderCharts(usZones, words: english)
        let axis = PayChart.Axis.fitting(low: 90_000, high: 180_000, from: 34, to: 354, label: { english.compactMoney($0, "USD") })
        #expect((axis.from, axis.to, axis.low, axis.high) == (34, 341.5, 80_000, 180_000))
        // L1 in US high-cost: $100,000–$140,000 → x 95.5 to 218.5; first bar of the first row.
        #expect(html.contains(#"<rect class="pay-bar pay-bar-0" x="95.5" y="11" width="123" height="12"><title>L1 · US high-cost: $100,000–$140,000</title></rect>"#))
        // L1 in US other, the second bar of the row (15 lower), patterned.
        #expect(html.contains(#"<rect class="pay-bar pay-bar-1" x="64.8" y="26" width="92.3" height="12" fill="url(#pay-chart-1-p1)">"#))
    }

    @Test func userTextIsEscapedEverywhere() {
        let ladder = payLadder([("odd", #"R&D <"EU"> 'x'"#, "USD", .YEAR, (1, 2), (3, 4))])
        let html = PayChart.ladderCharts(ladder, words: english)
        #expect(!html.contains(#"<"EU">"#))
        #expect(html.contains("R&amp;D &lt;&quot;EU&quot;&gt; &apos;x&apos;</li>"))
        #expect(html.contains("<title>L1 · R&amp;D &lt;&quot;EU&quot;&gt; &apos;x&apos;: $1–$2</title>"))
        #expect(html.contains("L1 Junior: R&amp;D &lt;&quot;EU&quot;&gt; &apos;x&apos; $1–$2"))
    }

    @Test func currenciesAndPeriodsThatCannotShareAnAxisGetAChartEach() {
        let ladder = payLadder([
            ("us", "US", "USD", .YEAR, (100_000, 140_000), (130_000, 180_000)),
            ("eu", "EU", "EUR", .YEAR, (60_000, 80_000), (75_000, 95_000)),
            ("contract", "Contract", "USD", .HOUR, (50, 70), (65, 90)),
        ])
        let html = PayChart.ladderCharts(ladder, words: english)
        let titles = html.components(separatedBy: "-title\">").dropFirst().map { $0.prefix { $0 != "<" } }
        #expect(titles == ["Pay bands by level, USD per year", "Pay bands by level, EUR per year", "Pay bands by level, USD per hour"])
        #expect(html.components(separatedBy: "Zones paid in another currency or per another period are in a chart of their own.").count == 4)
        #expect(html.contains(#"<desc id="pay-chart-2-desc">Pay bands by level, EUR per year. Zones paid"#))
        #expect(html.contains("L2 Senior: EU €75,000–€95,000.</desc>"))
        #expect(tickLabels(html).contains("$50") && tickLabels(html).contains("€60K"))
        #expect(words("de").payUnit("EUR", .MONTH) == "EUR pro Monat")
    }

    @Test func aLadderWithoutZonesHasOneBarPerLevelAndNoLegend() {
        var ladder = payLadder([])
        ladder.levels[0].salary = SalaryRange(min: 50, max: 60, currency: "GBP", period: .HOUR)
        let html = PayChart.ladderCharts(ladder, words: english)
        #expect(html.contains("L1 Junior: £50–£60.</desc>"))
        #expect(!html.contains("L2"), "a level without a band has no row")
        #expect(!html.contains("pay-chart-legend"))
        #expect(PayChart.ladderCharts(payLadder([]), words: english) == "", "no band, no chart")
    }

    @Test func tracksKeepTheirLevelsTogetherUnderTheirTitle() {
        var ladder = payLadder([("us", "US", "USD", .YEAR, (100, 200), (200, 300))],
                               tracks: [LadderTrack(id: "ic", title: "Individual contributor"), LadderTrack(id: "mgr", title: "Manager")])
        var m1 = LadderLevel(id: "M1", title: "Manager", track: "mgr")
        m1.bands["us"] = SalaryRange(min: 250, max: 350, currency: "USD", period: .YEAR)
        var l2 = ladder.levels[1]
        l2.track = "ic"
        ladder.levels = [ladder.levels[0], m1, l2]  // written interleaved
        #expect(ladder.levelsInTrackOrder.map(\.id) == ["L1", "L2", "M1"])
        let html = PayChart.ladderCharts(ladder, words: english)
        let order = ["L1 Junior", "Individual contributor", "L2 Senior", "Manager</text>", "M1 Manager"].map { html.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil })
    }

    @Test func aPostingsRangeIsDrawnAgainstItsBand() {
        let band = SalaryRange(min: 100_000, max: 140_000, currency: "USD", period: .YEAR)
        let range = SalaryRange(min: 110_000, max: 130_000, currency: "USD", period: .YEAR)
        let html = PayChart.postingBand(range: range, band: band, level: "L1", zone: "US & <Canada>", words: english, id: "pay-band-1")
        #expect(html.contains(#"<svg class="pay-band-svg" role="img" aria-labelledby="pay-band-1-title" aria-describedby="pay-band-1-desc""#))
        #expect(html.contains(#"<title id="pay-band-1-title">This role&apos;s pay against the L1 band in US &amp; &lt;Canada&gt;</title>"#))
        #expect(html.contains("<figcaption>This role pays $110,000–$130,000 USD per year; the L1 band in US &amp; &lt;Canada&gt; is $100,000–$140,000 USD per year.</figcaption>"))
        // The band spans 100K–140K on an axis from 98K to 142K: the role's bar lies inside it.
        #expect(html.contains(#"<rect class="pay-band-band" x="21.8" y="22" width="316.4" height="18"/>"#))
        #expect(html.contains(#"<rect class="pay-band-role" x="100.9" y="27" width="158.2" height="8"/>"#))
    }

    @Test func aPostingIsComparedInEveryZoneItHasARangeForInTheSameCurrencyAndPeriod() {
        var ladder = usZones
        ladder.zones.append(PayZone(id: "eu", title: "EU", areas: [ZoneArea(country: "DE")]))
        ladder.zones[0].areas = [ZoneArea(country: "US", region: "CA")]
        ladder.levels[0].bands["eu"] = SalaryRange(min: 60_000, max: 80_000, currency: "EUR", period: .YEAR)
        let usd = SalaryRange(min: 110_000, max: 130_000, currency: "USD", period: .YEAR)
        let eur = SalaryRange(min: 65_000, max: 75_000, currency: "EUR", period: .YEAR)
        func role(_ salaries: [ZonedSalary], salary: SalaryRange? = nil, at locations: [Location]) -> Role {
            var role = Role(source: "content/roles/x.md", slug: "x", title: "X", ladder: "eng", level: "L1", locations: locations,
                            remote: .remote, employmentTypes: [.FULL_TIME], salary: salary ?? salaries.first?.range,
                            datePosted: CalendarDate(year: 2026, month: 11, day: 1)!, body: MarkdownBody(text: "", firstLine: 1))
            role.salaries = salaries
            return role
        }
        let level = ladder.levels[0]
        let zoned = role([ZonedSalary(zone: "us-high", range: usd), ZonedSalary(zone: "eu", range: eur)], at: [Location(country: "US")])
        #expect(ViewBuilder.comparisons(zoned, ladder: ladder, level: level).map { $0.zone?.id } == ["us-high", "eu"])
        // One range, no zone: the zones of its locations (California is high-cost, Texas other).
        let one = role([], salary: usd, at: [Location(region: "CA", country: "US"), Location(region: "TX", country: "US"), Location(country: "DE")])
        #expect(ViewBuilder.comparisons(one, ladder: ladder, level: level).map { $0.zone?.id } == ["us-high", "us-other"],
                "the EU band is in euros: not drawn against dollars")
        #expect(ViewBuilder.comparisons(role([], salary: nil, at: [Location(country: "US")]), ladder: ladder, level: level).isEmpty)
        let hourly = SalaryRange(min: 50, max: 60, currency: "USD", period: .HOUR)
        #expect(ViewBuilder.comparisons(role([ZonedSalary(zone: "us-high", range: hourly)], at: []), ladder: ladder, level: level).isEmpty)
    }

    @Test func coordinatesAreWrittenTheSameOnEveryMachine() {
        #expect([0, 1, 1.25, 95.5, -3.04, 341.5, 1e6].map(PayChart.n) == ["0", "1", "1.3", "95.5", "-3", "341.5", "1000000"])
        #expect([18_000, 22_500, 0.3, 7, 0].map(PayChart.Axis.niceStep) == [20_000, 25_000, 0.5, 10, 1])
    }

    func tickLabels(_ html: String) -> [String] {
        html.components(separatedBy: #"<text class="pay-chart-tick" "#).dropFirst().map { part in
            let text = part.drop { $0 != ">" }.dropFirst()
            return String(text.prefix { $0 != "<" })
        }
    }
}
