import Content
import Foundation

/// Pay drawn at build time as inline SVG, no script and no library: the ladder page's chart of
/// every level's band per zone, and a posting's range against its level's band.
///
/// Every text is in the page's language (money through Foundation's currency formats), escaped
/// for XML, and the SVG is `role="img"` named by its `<title>` and described by its `<desc>`,
/// which says in words what the bars show; the levels table stays the accessible alternative.
/// Coordinates are in a 360-unit-wide `viewBox` (the width of a phone's column, so labels keep
/// their size there) and the SVG scales to its container. Output is a function of the input:
/// the same ladder gives the same bytes.
enum PayChart {
    /// viewBox width; CSS makes it 100% of the column (up to a cap).
    static let width = 360.0
    static let fontSize = 11.0
    /// How many fills tell zones apart besides their position; zone 7 reuses zone 1's.
    static let patternCount = 6

    // MARK: The ladder page

    /// One `<figure>` per currency and period the ladder's bands use (amounts in different
    /// currencies or periods cannot share an axis); "" when no level has a band.
    /// `idPrefix` makes the ids of the SVG parts unique on the page (`pay-chart` → `pay-chart-1-title`).
    static func ladderCharts(_ ladder: Ladder, words: Localization, idPrefix: String = "pay-chart") -> String {
        let groups = bandGroups(ladder)
        return groups.enumerated().map { index, group in
            chart(group, ladder: ladder, words: words, id: "\(idPrefix)-\(index + 1)", split: groups.count > 1)
        }.joined(separator: "\n")
    }

    /// The bands of one currency and period: the zones that have one (nil: the ladder has no
    /// zones), and the levels that have one, in track order.
    struct BandGroup {
        var currency: String
        var period: PayPeriod
        var zones: [PayZone?]
        var rows: [(level: LadderLevel, bands: [SalaryRange?])]
    }

    static func bandGroups(_ ladder: Ladder) -> [BandGroup] {
        let levels = ladder.levelsInTrackOrder
        var keys: [String] = []
        var groups: [String: BandGroup] = [:]
        let zones: [PayZone?] = ladder.zones.isEmpty ? [nil] : ladder.zones
        for zone in zones {
            for level in levels {
                guard let band = ladder.band(of: level, in: zone) else { continue }
                let key = "\(band.currency) \(band.period.rawValue)"
                if groups[key] == nil {
                    keys.append(key)
                    groups[key] = BandGroup(currency: band.currency, period: band.period, zones: [], rows: [])
                }
                if !groups[key]!.zones.contains(zone) { groups[key]!.zones.append(zone) }
            }
        }
        return keys.map { key in
            var group = groups[key]!
            // Zones in the ladder's order, levels in track order; a band of another currency
            // or period is left out here (it is in that group's chart).
            group.zones.sort { zoneIndex($0, ladder) < zoneIndex($1, ladder) }
            group.rows = levels.compactMap { level in
                let bands = group.zones.map { zone in
                    ladder.band(of: level, in: zone).flatMap { $0.currency == group.currency && $0.period == group.period ? $0 : nil }
                }
                return bands.contains { $0 != nil } ? (level, bands) : nil
            }
            return group
        }
    }

    private static func zoneIndex(_ zone: PayZone?, _ ladder: Ladder) -> Int {
        zone.flatMap { zone in ladder.zones.firstIndex { $0.id == zone.id } } ?? -1
    }

    static let barHeight = 12.0, barGap = 3.0, rowPadding = 10.0, trackHeadingHeight = 18.0, top = 6.0

    static func chart(_ group: BandGroup, ladder: Ladder, words: Localization, id: String, split: Bool) -> String {
        let amounts = group.rows.flatMap { $0.bands.compactMap { $0 } }.flatMap { [$0.min, $0.max] }
        let unit = words.payUnit(group.currency, group.period)
        let labelWidth = min(max(group.rows.map { textWidth($0.level.id) }.max() ?? 0, 24) + 10, 100)
        let axis = Axis.fitting(low: amounts.min() ?? 0, high: amounts.max() ?? 0, from: labelWidth, to: width - 6,
                                label: { words.compactMoney($0, group.currency) })
        var body: [String] = []
        var y = top
        var track: String?? = .none
        let rowHeight = Double(group.zones.count) * barHeight + Double(group.zones.count - 1) * barGap + rowPadding
        for (level, bands) in group.rows {
            if !ladder.tracks.isEmpty, track != .some(level.track) {
                track = .some(level.track)
                if let trackID = level.track, let title = ladder.tracks.first(where: { $0.id == trackID })?.title {
                    body.append(#"<text class="pay-chart-track" x="\#(n(labelWidth))" y="\#(n(y + 12))">\#(XMLText.escaped(title))</text>"#)
                    y += trackHeadingHeight
                }
            }
            body.append(#"<text class="pay-chart-level" x="0" y="\#(n(y + rowHeight / 2 + 4))">\#(XMLText.escaped(level.id))</text>"#)
            for (index, band) in bands.enumerated() {
                guard let band else { continue }
                let barY = y + rowPadding / 2 + Double(index) * (barHeight + barGap)
                let x = axis.x(band.min), w = max(axis.x(band.max) - x, 2)
                let name = [level.id, group.zones[index]?.title].compactMap { $0 }.joined(separator: " · ")
                body.append(#"<rect class="pay-bar pay-bar-\#(index % patternCount)" x="\#(n(x))" y="\#(n(barY))" width="\#(n(w))" height="\#(n(barHeight))"\#(fill(index, id))><title>\#(XMLText.escaped(name + ": " + words.moneyRange(band)))</title></rect>"#)
            }
            y += rowHeight
        }
        let height = y + 34
        let title = words.text("payChartTitle", ["unit": unit])
        let description = chartDescription(group, words: words, split: split)
        let grid = axis.ticks.map { #"<line class="pay-chart-grid" x1="\#(n(axis.x($0)))" y1="\#(n(top))" x2="\#(n(axis.x($0)))" y2="\#(n(y))"/>"# }
        let labels = axis.ticks.map { #"<text class="pay-chart-tick" x="\#(n(axis.x($0)))" y="\#(n(y + 15))" text-anchor="middle">\#(XMLText.escaped(axis.label($0)))</text>"# }
        let svg = [
            #"<svg class="pay-chart-svg" role="img" aria-labelledby="\#(id)-title" aria-describedby="\#(id)-desc" viewBox="0 0 \#(n(width)) \#(n(height))" width="100%" font-size="\#(n(fontSize))">"#,
            #"<title id="\#(id)-title">\#(XMLText.escaped(title))</title>"#,
            #"<desc id="\#(id)-desc">\#(XMLText.escaped(description))</desc>"#,
            patterns(count: group.zones.count, id: id),
        ] + grid + [#"<line class="pay-chart-axis" x1="\#(n(axis.from))" y1="\#(n(y))" x2="\#(n(axis.to))" y2="\#(n(y))"/>"#]
            + body + labels
            + [#"<text class="pay-chart-unit" x="\#(n(axis.to))" y="\#(n(y + 30))" text-anchor="end">\#(XMLText.escaped(unit))</text>"#, "</svg>"]
        return #"<figure class="pay-chart" id="\#(id)">"# + "\n" + svg.filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
            + legend(group.zones, id: id, words: words) + "</figure>"
    }

    /// "L1 Junior Engineer: US high-cost $100,000–$150,000; EU €70,000–€90,000. L2 …", after a
    /// sentence saying what the chart shows and, when the ladder needs several, why.
    static func chartDescription(_ group: BandGroup, words: Localization, split: Bool) -> String {
        let levels = group.rows.map { level, bands in
            let shown = bands.enumerated().compactMap { index, band in
                band.map { band in
                    group.zones[index].map { words.text("payChartZoneBand", ["zone": $0.title, "range": words.moneyRange(band)]) }
                        ?? words.moneyRange(band)
                }
            }
            return words.text("payChartLevel", ["level": "\(level.id) \(level.title)", "bands": shown.joined(separator: "; ")])
        }
        let intro = words.text("payChartTitle", ["unit": words.payUnit(group.currency, group.period)]) + "."
        return ([intro] + (split ? [words.text("payChartSplit")] : []) + [levels.joined(separator: ". ") + "."]).joined(separator: " ")
    }

    /// `fill="url(#…)"` for a zone drawn with a pattern; the first zone is solid (from CSS).
    static func fill(_ index: Int, _ id: String) -> String {
        index % patternCount == 0 ? "" : #" fill="url(#\#(id)-p\#(index % patternCount))""#
    }

    /// The patterns of the zones after the first: hatched, dotted, crossed, striped, open. Their
    /// colours come from CSS custom properties, so they follow light and dark mode.
    static func patterns(count: Int, id: String) -> String {
        let shapes = [
            "", // solid
            #"<path class="pay-ink" d="M0 6L6 0M-1 1L1 -1M5 7L7 5"/>"#,
            #"<circle class="pay-dot" cx="3" cy="3" r="1.4"/>"#,
            #"<path class="pay-ink" d="M0 6L6 0M0 0L6 6"/>"#,
            #"<path class="pay-ink" d="M0 1.5H6M0 4.5H6"/>"#,
            "", // open: background only
        ]
        let used = (1..<min(max(count, 1), patternCount)).map { index in
            #"<pattern id="\#(id)-p\#(index)" width="6" height="6" patternUnits="userSpaceOnUse"><rect class="pay-paper" width="6" height="6"/>\#(shapes[index])</pattern>"#
        }
        return used.isEmpty ? "" : "<defs>" + used.joined() + "</defs>"
    }

    /// The zones in the order their bars are drawn within each level, each with its fill: a zone
    /// is told by its name, its position and its pattern, never by colour alone.
    static func legend(_ zones: [PayZone?], id: String, words: Localization) -> String {
        let named = zones.enumerated().compactMap { index, zone in zone.map { (index, $0) } }
        guard !named.isEmpty else { return "" }
        let items = named.map { index, zone in
            #"<li><svg class="pay-chart-swatch" viewBox="0 0 24 12" width="24" height="12" aria-hidden="true"><rect class="pay-bar pay-bar-\#(index % patternCount)" x="0.5" y="0.5" width="23" height="11"\#(fill(index, id))/></svg> \#(XMLText.escaped(zone.title))</li>"#
        }
        return #"<p class="pay-chart-legend-label" id="\#(id)-legend">\#(XMLText.escaped(words.text("payChartLegend")))</p>"# + "\n"
            + #"<ol class="pay-chart-legend" aria-labelledby="\#(id)-legend">"# + "\n" + items.joined(separator: "\n") + "\n</ol>\n"
    }

    // MARK: A posting

    /// A posting's range against its level's band in one zone (nil: the ladder has no zones):
    /// a `<figure>` with the graphic and a sentence saying the same.
    static func postingBand(range: SalaryRange, band: SalaryRange, level: String, zone: String?, words: Localization,
                            id: String) -> String {
        let bandName = zone.map { words.text("payBandOfLevelInZone", ["level": level, "zone": $0]) }
            ?? words.text("payBandOfLevel", ["level": level])
        let sentence = words.text("postingPayAgainstBand", ["pay": words.pay(range), "name": bandName, "band": words.pay(band)])
        let axis = Axis.fitting(low: min(range.min, band.min), high: max(range.max, band.max), from: 6, to: width - 6,
                                label: { words.compactMoney($0, band.currency) }, plain: true)
        let thisRole = words.text("payThisRole")
        let legendY = 12.0, barY = 22.0
        let bandX = axis.x(band.min), bandW = max(axis.x(band.max) - bandX, 2)
        let roleX = axis.x(range.min), roleW = max(axis.x(range.max) - roleX, 2)
        let secondLegend = 6 + 16 + textWidth(thisRole) + 16
        let svg = [
            #"<svg class="pay-band-svg" role="img" aria-labelledby="\#(id)-title" aria-describedby="\#(id)-desc" viewBox="0 0 \#(n(width)) 66" width="100%" font-size="\#(n(fontSize))">"#,
            #"<title id="\#(id)-title">\#(XMLText.escaped(words.text("payAgainstBandTitle", ["name": bandName])))</title>"#,
            #"<desc id="\#(id)-desc">\#(XMLText.escaped(sentence))</desc>"#,
            #"<rect class="pay-band-role" x="6" y="\#(n(legendY - 8))" width="12" height="8"/>"#,
            #"<text x="22" y="\#(n(legendY))">\#(XMLText.escaped(thisRole))</text>"#,
            #"<rect class="pay-band-band" x="\#(n(secondLegend))" y="\#(n(legendY - 8))" width="12" height="8"/>"#,
            #"<text x="\#(n(secondLegend + 16))" y="\#(n(legendY))">\#(XMLText.escaped(bandName))</text>"#,
            #"<rect class="pay-band-band" x="\#(n(bandX))" y="\#(n(barY))" width="\#(n(bandW))" height="18"/>"#,
            #"<rect class="pay-band-role" x="\#(n(roleX))" y="\#(n(barY + 5))" width="\#(n(roleW))" height="8"/>"#,
            #"<text class="pay-chart-tick" x="\#(n(bandX))" y="\#(n(barY + 34))" text-anchor="\#(bandX < 40 ? "start" : "middle")">\#(XMLText.escaped(words.compactMoney(band.min, band.currency)))</text>"#,
            #"<text class="pay-chart-tick" x="\#(n(bandX + bandW))" y="\#(n(barY + 34))" text-anchor="\#(bandX + bandW > width - 40 ? "end" : "middle")">\#(XMLText.escaped(words.compactMoney(band.max, band.currency)))</text>"#,
            "</svg>",
        ]
        return #"<figure class="pay-band" id="\#(id)">"# + "\n" + svg.joined(separator: "\n") + "\n"
            + "<figcaption>\(XMLText.escaped(sentence))</figcaption>\n</figure>"
    }

    // MARK: Geometry

    /// A linear axis from `low` to `high` on round amounts ("nice" steps of 1, 2, 2.5 or 5 times
    /// a power of ten), with as many ticks (2 to 6) as leave room between their labels.
    struct Axis {
        var ticks: [Double]
        var low: Double, high: Double
        var from: Double, to: Double
        var label: (Double) -> String

        func x(_ amount: Double) -> Double {
            high == low ? (from + to) / 2 : from + (amount - low) / (high - low) * (to - from)
        }

        /// `plain`: no ticks, the span padded by a twentieth on each side (the posting graphic).
        static func fitting(low: Double, high: Double, from: Double, to: Double, label: @escaping (Double) -> String,
                            plain: Bool = false) -> Axis {
            if plain {
                let pad = max((high - low) / 20, high * 0.01, 1)
                return Axis(ticks: [], low: max(low - pad, 0), high: high + pad, from: from, to: to, label: label)
            }
            var best: Axis?
            for count in stride(from: 6, through: 2, by: -1) {
                let step = niceStep((high - low) / Double(count - 1))
                let first = (low / step).rounded(.down), last = (high / step).rounded(.up)
                let ticks = stride(from: first, through: max(last, first + 1), by: 1).map { ($0 * step * 100).rounded() / 100 }
                // Half the first and last labels hang outside the plot: keep them in the picture.
                let widest = ticks.map { textWidth(label($0)) }.max() ?? 0
                let inset = (textWidth(label(ticks.first!)) / 2 - from + 2, textWidth(label(ticks.last!)) / 2 - (width - to) + 2)
                let axis = Axis(ticks: ticks, low: ticks.first!, high: ticks.last!, from: from + max(inset.0, 0),
                                to: to - max(inset.1, 0), label: label)
                best = axis
                if (axis.to - axis.from) / Double(max(ticks.count - 1, 1)) >= widest + 8 { break }
            }
            return best!
        }

        /// The round step nearest above `raw`: 1, 2, 2.5 or 5 × 10ⁿ (cents at least).
        static func niceStep(_ raw: Double) -> Double {
            guard raw > 0, raw.isFinite else { return 1 }
            let power = pow(10, (log10(raw)).rounded(.down))
            let step = [1, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= raw * 0.999 } ?? 10 * power
            return max(step, 0.01)
        }
    }

    /// A width estimate for a label in the chart's font: SVG text cannot be measured at build
    /// time, and an average glyph is about 0.6 em (digits and Latin letters in system-ui).
    static func textWidth(_ text: String) -> Double {
        Double(text.count) * fontSize * 0.6
    }

    /// A coordinate with at most one decimal, without a trailing ".0": locale-free, so every
    /// machine writes the same bytes.
    static func n(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let whole = abs(tenths) / 10, fraction = abs(tenths) % 10
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}

extension Ladder {
    /// The levels in the order a chart or list shows them: the shared levels, then each track's
    /// own levels, track by track (the file may interleave them).
    var levelsInTrackOrder: [LadderLevel] {
        guard !tracks.isEmpty else { return levels }
        let shared = levels.filter { $0.track == nil }
        let known = Set(tracks.map(\.id))
        let byTrack = tracks.flatMap { track in levels.filter { $0.track == track.id } }
        return shared + byTrack + levels.filter { $0.track.map { !known.contains($0) } ?? false }
    }

    /// A level's band in a zone; `zone` nil is the one band of a ladder without zones.
    func band(of level: LadderLevel, in zone: PayZone?) -> SalaryRange? {
        guard let zone else { return zones.isEmpty ? level.salary : nil }
        return level.bands[zone.id]
    }

    /// A level's bands in the ladder's zone order; its one band (zone nil) on a ladder without zones.
    func bands(of level: LadderLevel) -> [(zone: PayZone?, range: SalaryRange)] {
        if zones.isEmpty { return level.salary.map { [(nil, $0)] } ?? [] }
        return zones.compactMap { zone in level.bands[zone.id].map { (zone, $0) } }
    }
}

extension Localization {
    /// `$120K`, `120.000 €`, `1,2 Mio. $`: CLDR's short compact currency form, for axis labels
    /// (up to three significant digits, so a tick at 42.5 is not shown as 42).
    func compactMoney(_ amount: Double, _ currency: String) -> String {
        let style = FloatingPointFormatStyle<Double>.Currency(code: currency, locale: locale)
            .notation(.compactName).precision(.significantDigits(1...3))
        return amount.formatted(style)
    }

    /// What an axis measures: `USD per year` (en), `EUR pro Jahr` (de): the period's pay phrase
    /// without the amounts, with the currency code when the phrase leaves it out.
    func payUnit(_ currency: String, _ period: PayPeriod) -> String {
        let phrase = payPhrases[period]?.withCode ?? "{range} {currency}"
        let unit = fill(phrase, ["range": "", "currency": currency]).trimmingCharacters(in: .whitespaces)
        return unit.contains(currency) ? unit : currency + " " + unit
    }
}
