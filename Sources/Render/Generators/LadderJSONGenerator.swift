import Content
import Diagnostics
import Foundation
import Markdown
import Site

/// `/ladders/<id>.json`: one ladder as typed values for HR tools — its competencies, tracks, pay
/// zones and levels, each level with its expectations after inheritance and its bands. The schema
/// is `schemas/ladder.schema.json`; `version` is its major version, raised only when a field
/// changes meaning or goes away. Ids are the ones the ladder file writes (level, competency,
/// track, zone and criterion ids), so a tool can follow a level or criterion across versions.
/// Keys are sorted and lists keep the file's order: the same ladder gives the same bytes.
struct LadderJSONGenerator: OutputGenerator {
    static let version = 1

    struct Document: Encodable {
        var version: Int
        var id: String
        var title: String
        var summary: String?
        var url: String
        var json_url: String
        var language: String
        var competencies: [Competency]
        var tracks: [Track]
        var zones: [Zone]
        var levels: [Level]
    }

    struct Competency: Encodable { var id: String; var title: String; var description: String? }
    struct Track: Encodable { var id: String; var title: String }
    struct Zone: Encodable {
        struct Area: Encodable { var country: String; var region: String?; var city: String? }
        var id: String
        var title: String
        var areas: [Area]
    }

    struct Level: Encodable {
        var id: String
        var title: String
        var url: String
        var track: String?
        var years: String?
        var summary: String?
        var previous: String?
        var next: [String]
        var expectations: [Expectation]
        var bands: [Band]
    }

    struct Expectation: Encodable {
        var competency: String
        /// The level that writes it, when this level leaves the competency out.
        var inherited_from: String?
        /// `text` (one paragraph) or `list` (criteria as a list), as the ladder writes it.
        var format: String
        var criteria: [Criterion]
    }

    /// `id` is always present (null for a criterion without one), so tools can tell "no id"
    /// from a field they do not know.
    struct Criterion: Encodable {
        var id: String?
        var text: String
        var plain_text: String

        enum CodingKeys: String, CodingKey { case id, text, plain_text }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(text, forKey: .text)
            try container.encode(plain_text, forKey: .plain_text)
        }
    }

    /// `zone` is null for a ladder without zones (one band per level).
    struct Band: Encodable {
        var zone: String?
        var min: Double
        var max: Double
        var currency: String
        var period: String

        enum CodingKeys: String, CodingKey { case zone, min, max, currency, period }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(zone, forKey: .zone)
            try container.encode(min, forKey: .min)
            try container.encode(max, forKey: .max)
            try container.encode(currency, forKey: .currency)
            try container.encode(period, forKey: .period)
        }
    }

    func generate(_ route: Route, _ input: GeneratorInput) -> (text: String, diagnostics: [Diagnostic]) {
        guard case .ladder(let ladder)? = route.document else {
            preconditionFailure("a ladder JSON route without its ladder: \(route.path)")
        }
        let options = MarkdownOptions(unsafeHTML: input.graph.config.markdown.unsafeHTML,
                                      smartPunctuation: input.graph.config.markdown.smartPunctuation)
        return (OutputGenerators.json(document(ladder, input, options: options)), [])
    }

    func document(_ ladder: Ladder, _ input: GeneratorInput, options: MarkdownOptions) -> Document {
        let page = input.absoluteURL(.ladder(ladder.id))
        return Document(
            version: Self.version, id: ladder.id, title: ladder.title, summary: ladder.summary, url: page,
            json_url: input.absoluteURL(.ladderJSON(ladder.id)), language: input.graph.config.language,
            competencies: ladder.competencies.map { .init(id: $0.id, title: $0.title, description: $0.description) },
            tracks: ladder.tracks.map { .init(id: $0.id, title: $0.title) },
            zones: ladder.zones.map { zone in
                .init(id: zone.id, title: zone.title, areas: zone.areas.map { .init(country: $0.country, region: $0.region, city: $0.city) })
            },
            levels: ladder.levels.map { level($0, of: ladder, input: input, options: options) })
    }

    func level(_ level: LadderLevel, of ladder: Ladder, input: GeneratorInput, options: MarkdownOptions) -> Level {
        let expectations = ladder.competencies.compactMap { competency -> Expectation? in
            guard let resolved = ladder.expectation(at: level, competency: competency.id) else { return nil }
            return Expectation(
                competency: competency.id, inherited_from: resolved.from == level.id ? nil : resolved.from,
                format: resolved.expectation.isList ? "list" : "text",
                criteria: resolved.expectation.criteria.map {
                    .init(id: $0.id, text: $0.text, plain_text: MarkdownRenderer.plainText($0.text, options: options))
                })
        }
        return Level(id: level.id, title: level.title, url: input.absoluteURL(.level(ladder.id, level.id)), track: level.track,
                     years: level.years, summary: level.summary, previous: ladder.previousLevel(of: level)?.id,
                     next: ladder.nextLevels(of: level).map(\.id), expectations: expectations,
                     bands: ladder.bands(of: level).map {
                         Band(zone: $0.zone?.id, min: $0.range.min, max: $0.range.max, currency: $0.range.currency,
                              period: $0.range.period.rawValue)
                     })
    }
}
