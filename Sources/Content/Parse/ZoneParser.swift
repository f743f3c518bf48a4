import Diagnostics
import Foundation
import Yams

/// Reads a ladder's pay zones: `zones: [{id, title, covers: [...]}]`, where each entry of
/// `covers` is a country (`US`), a region of one (`US-CA`) or a city with its country or region
/// (`Toronto, CA`; `New York, US-NY`).
enum ZoneParser {
    static let expectedShape = "a country code (US), a region (US-CA) or a city with its country or region (\"New York, US-NY\", \"Toronto, CA\")"

    /// Empty when the ladder has no `zones:`; nil when the list has problems (bands are then
    /// not checked against it).
    static func readZones(_ fields: Fields) -> [PayZone]? {
        guard let nodes = fields.list("zones") else { return fields.node("zones") == nil ? [] : nil }
        let problemsBefore = fields.sink.diagnostics.count
        var zones: [PayZone] = []
        for (index, node) in nodes.enumerated() {
            guard let item = Fields(node, path: DataPath.item(index, in: "zones"), describing: "a pay zone",
                                    allowed: ["id", "title", "covers"], sink: fields.sink) else { continue }
            let id = LadderParser.readIdentifier(item, what: "zone")
            let title = item.string("title", required: true, why: "pages and pay texts name the zone by it")
            let areas = readCovers(item)
            guard let id, let title, let areas else { continue }
            guard !zones.contains(where: { $0.id == id }) else {
                item.valueError("id", "'\(id)' is used by another zone of this ladder", at: item.node("id"))
                continue
            }
            zones.append(PayZone(id: id, title: title, areas: areas, location: fields.sink.location(node.mark)))
        }
        return fields.sink.diagnostics.count > problemsBefore ? nil : zones
    }

    static func readCovers(_ item: Fields) -> [ZoneArea]? {
        guard let nodes = item.list("covers", required: true, why: "the places whose postings take the zone's bands",
                                    allowSingle: true) else { return nil }
        var areas: [ZoneArea] = []
        for (index, node) in nodes.enumerated() {
            let name = DataPath.item(index, in: item.name("covers"))
            guard let text = node.scalar?.string.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                item.sink.error("'\(name)' must be \(expectedShape), found \(node.kindDescription)", at: node.mark, rule: "front-matter.type")
                continue
            }
            switch area(text) {
            case .success(let area): areas.append(area)
            case .failure(let problem): item.sink.error("'\(name)' \(problem.message)", at: node.mark, rule: "front-matter.value")
            }
        }
        return areas.count == nodes.count ? areas : nil
    }

    struct Problem: Error { let message: String }

    /// `US`, `US-CA`, `New York, US-NY` or `Toronto, CA`.
    static func area(_ text: String) -> Result<ZoneArea, Problem> {
        var city: String?
        var place = text
        if let comma = text.lastIndex(of: ",") {
            city = text[..<comma].trimmingCharacters(in: .whitespaces)
            place = text[text.index(after: comma)...].trimmingCharacters(in: .whitespaces)
            if city?.isEmpty ?? true { return .failure(Problem(message: "must be \(expectedShape), found '\(text)'")) }
        }
        let parts = place.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let country = parts[0]
        let region = parts.count > 1 ? parts[1] : nil
        let codeShape = country.count == 2 && country.allSatisfy { $0.isASCII && $0.isLetter }
        let regionShape = region.map { (1...3).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } } ?? true
        guard codeShape, regionShape else {
            return .failure(Problem(message: "must be \(expectedShape), found '\(text)'"))
        }
        guard country == country.uppercased(), region == region?.uppercased() else {
            return .failure(Problem(message: "writes codes in capitals: '\(city.map { "\($0), " } ?? "")\(place.uppercased())', found '\(text)'"))
        }
        // The list a posting's `country` is checked against, so every zone can match a posting.
        guard ISOCodes.isCountry(country) else {
            return .failure(Problem(message: "names no country: '\(country)' is not an ISO 3166-1 code (such as US, CA, DE or GB), found '\(text)'"))
        }
        return .success(ZoneArea(country: country, region: region, city: city))
    }
}
