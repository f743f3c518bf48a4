import Content
import Diagnostics
import Foundation
import Site

/// `jobs.json`: every open listed posting as typed values, for aggregators and the site's own
/// search. The schema is `schemas/jobs.schema.json` in the repository; `version` is its major
/// version, raised only when a field changes meaning or goes away (new fields keep it).
struct JobsJSONGenerator: OutputGenerator {
    static let version = 1

    struct Document: Encodable {
        var version: Int
        var site: Site
        var jobs: [Job]
    }

    struct Site: Encodable {
        var title: String
        var url: String
        var language: String
        var organization: Organization?
    }

    struct Organization: Encodable {
        var name: String
        var url: String?
    }

    struct Job: Encodable {
        struct Reference: Encodable { var id: String; var title: String }
        struct Place: Encodable { var city: String?; var region: String?; var country: String }
        struct Pay: Encodable { var min: Double; var max: Double; var currency: String; var period: String }
        /// One range of `salaries`: `zone` is the id of a pay zone of the posting's ladder, absent
        /// for a posting's one range.
        struct ZonedPay: Encodable {
            var zone: String?; var min: Double; var max: Double; var currency: String; var period: String
        }

        var id: String
        var url: String
        var title: String
        var summary: String?
        var department: String?
        var ladder: Reference?
        var level: Reference?
        var employment_types: [String]
        var workplace: String
        var locations: [Place]
        var salary: Pay?
        var salaries: [ZonedPay]
        var experience_years: Int?
        var skills: [String]
        var date_posted: String
        var valid_through: String?
        var apply_url: String?
        var description_html: String
    }

    func generate(_ route: Route, _ input: GeneratorInput) -> (text: String, diagnostics: [Diagnostic]) {
        let config = input.graph.config
        let document = Document(
            version: Self.version,
            site: Site(title: config.title, url: config.baseURL, language: config.language,
                       organization: config.organization.map { Organization(name: $0.name, url: $0.url) }),
            jobs: input.graph.listedRoles.map { job($0, input) })
        return (OutputGenerators.json(document), [])
    }

    /// Every range of the posting.
    func salaries(_ role: Role) -> [Job.ZonedPay] {
        role.payRanges.map { .init(zone: $0.zone, min: $0.range.min, max: $0.range.max, currency: $0.range.currency,
                                  period: $0.range.period.rawValue) }
    }

    func job(_ role: Role, _ input: GeneratorInput) -> Job {
        let placement = input.graph.placement(of: role)
        return Job(
            id: role.firstSlug, url: input.absoluteURL(.role(role.slug)), title: role.title, summary: role.summary,
            department: role.department,
            ladder: placement.map { .init(id: $0.ladder.id, title: $0.ladder.title) },
            level: placement.map { .init(id: $0.level.id, title: $0.level.title) },
            employment_types: role.employmentTypes.map(\.rawValue), workplace: role.remote.rawValue,
            locations: role.locations.map { .init(city: $0.city, region: $0.region, country: $0.country) },
            salary: role.salary.map { .init(min: $0.min, max: $0.max, currency: $0.currency, period: $0.period.rawValue) },
            salaries: salaries(role),
            experience_years: role.experienceYears, skills: role.skills, date_posted: role.datePosted.description,
            valid_through: role.validThrough?.description, apply_url: role.applyURL,
            description_html: input.roleBodies[role.source] ?? "")
    }
}
