import Content
import Site

extension ViewBuilder {
    /// The ladder page's pay chart and its JSON links.
    func addPayViews(to view: inout LadderView, _ ladder: Ladder) {
        let chart = PayChart.ladderCharts(ladder, words: words)
        view.payChart = chart.isEmpty ? nil : chart
        view.jsonPath = path(.ladderJSON(ladder.id))
        view.jsonTitle = words.text("ladderJSONTitle", ["ladder": ladder.title])
    }

    /// A posting's ranges against its level's bands: one figure per zone it has a range for
    /// (a range without a zone: the zones of its locations), where the band is paid in the same
    /// currency and period (the band check warns about the others). Nil when there is nothing
    /// to compare.
    func payBands(_ role: Role) -> String? {
        guard let placement = graph.placement(of: role) else { return nil }
        let figures = Self.comparisons(role, ladder: placement.ladder, level: placement.level).enumerated().map { index, pair in
            PayChart.postingBand(range: pair.range, band: pair.band, level: placement.level.id, zone: pair.zone?.title,
                                 words: words, id: "pay-band-\(index + 1)")
        }
        return figures.isEmpty ? nil : figures.joined(separator: "\n")
    }

    /// Each of the posting's ranges with the band it is held against, in the order written.
    static func comparisons(_ role: Role, ladder: Ladder, level: LadderLevel)
        -> [(range: SalaryRange, band: SalaryRange, zone: PayZone?)] {
        var result: [(range: SalaryRange, band: SalaryRange, zone: PayZone?)] = []
        for salary in role.payRanges {
            let zones: [PayZone?]
            if ladder.zones.isEmpty {
                zones = [nil]
            } else if let id = salary.zone {
                zones = ladder.zones.filter { $0.id == id }
            } else {
                var seen: Set<String> = []
                // The zones of its places that have no range of their own, as the band check reads it.
                zones = role.locations.compactMap { ladder.zone(covering: $0) }
                    .filter { role.payRange(inZone: $0.id) == salary && seen.insert($0.id).inserted }
            }
            for zone in zones {
                guard let band = ladder.band(of: level, in: zone), band.currency == salary.range.currency,
                      band.period == salary.range.period,
                      !result.contains(where: { $0.zone?.id == zone?.id && $0.range == salary.range }) else { continue }
                result.append((salary.range, band, zone))
            }
        }
        return result
    }
}
