import Content

/// The schema.org objects pages carry, built from the typed model and site settings (never
/// from the text templates show), so they follow Google's rules (`StructuredDataRules`) whatever
/// the theme says.
enum Markup {
    static let context = "https://schema.org"

    /// The hiring organization: `organization` of site.yml, or else the site's title.
    static func organization(_ config: SiteConfig, logo: String?, withContext: Bool = false) -> JSONLD.Object {
        var object: JSONLD.Object = ["@type": "Organization", "name": .string(config.organization?.name ?? config.title)]
        if withContext {
            object["@context"] = .string(context)
            object["url"] = .string(config.organization?.url ?? config.baseURL)
        } else if let url = config.organization?.url {
            object["sameAs"] = .string(url)
        }
        object["logo"] = logo.map(JSONValue.string)
        return object
    }

    /// What a posting's JobPosting markup is made of besides the posting and the site.
    struct PostingPage {
        /// The canonical URL of the posting's page.
        var url: String
        /// The description as the page shows it: body and sections, HTML.
        var descriptionHTML: String
        /// The benefits section as plain text, when the posting shows one.
        var benefits: String?
        /// Absolute URL of the organization's logo.
        var logo: String?
    }

    /// Google's JobPosting for one open posting. Fully remote postings get `jobLocationType`
    /// TELECOMMUTE and the places applicants may live in; hybrid and on-site ones their places,
    /// never `jobLocationType` (Google takes TELECOMMUTE only for jobs done entirely from home).
    static func jobPosting(_ role: Role, config: SiteConfig, page: PostingPage) -> JSONLD.Object {
        let organization = organization(config, logo: page.logo)
        var object: JSONLD.Object = [
            "@context": .string(context), "@type": "JobPosting",
            "title": .string(role.title),
            "description": .string(page.descriptionHTML),
            "datePosted": .string(role.datePosted.description),
            "hiringOrganization": .object(organization),
            "identifier": ["@type": "PropertyValue", "name": organization["name"]!, "value": .string(role.reqID ?? role.firstSlug)],
            "url": .string(page.url),
        ]
        object["employmentType"] = oneOrMany(role.employmentTypes.map { .string($0.rawValue) })
        object["validThrough"] = role.validThrough.map { .string($0.endOfDayUTC) }
        if role.remote == .remote {
            object["jobLocationType"] = "TELECOMMUTE"
            object["applicantLocationRequirements"] = oneOrMany(applicantAreas(role.locations))
        } else {
            object["jobLocation"] = oneOrMany(role.locations.map(place))
        }
        object["baseSalary"] = role.salary.map(monetaryAmount)
        object["directApply"] = role.directApply.map(JSONValue.bool)
        object["experienceRequirements"] = role.experienceYears.map { years in
            // Google's words for "none" (the page says "No experience required").
            years == 0 ? "no requirements" : ["@type": "OccupationalExperienceRequirements", "monthsOfExperience": .integer(years * 12)]
        }
        object["jobBenefits"] = page.benefits.map(JSONValue.string)
        return object
    }

    static func place(_ location: Location) -> JSONValue {
        var address: JSONLD.Object = ["@type": "PostalAddress", "addressCountry": .string(location.country)]
        address["addressLocality"] = location.city.map(JSONValue.string)
        address["addressRegion"] = location.region.map(JSONValue.string)
        return ["@type": "Place", "address": .object(address)]
    }

    /// Where applicants of a remote job may live: the region of a location that names one (a
    /// State), else its country; each once.
    static func applicantAreas(_ locations: [Location]) -> [JSONValue] {
        var seen: Set<String> = []
        return locations.compactMap { location in
            let area = location.region.map { ("State", $0) } ?? ("Country", location.country)
            guard seen.insert("\(area.0):\(area.1)").inserted else { return nil }
            return ["@type": .string(area.0), "name": .string(area.1)]
        }
    }

    static func monetaryAmount(_ salary: SalaryRange) -> JSONValue {
        var value: JSONLD.Object = ["@type": "QuantitativeValue", "unitText": .string(salary.period.rawValue)]
        if salary.min == salary.max {
            value["value"] = .number(salary.min)
        } else {
            value["minValue"] = .number(salary.min)
            value["maxValue"] = .number(salary.max)
        }
        return ["@type": "MonetaryAmount", "currency": .string(salary.currency), "value": .object(value)]
    }

    /// The trail from the home page to this one; every step names its page and links it.
    static func breadcrumbs(_ trail: [(name: String, url: String)]) -> JSONLD.Object {
        ["@context": .string(context), "@type": "BreadcrumbList",
         "itemListElement": .array(trail.enumerated().map { index, step in
             ["@type": "ListItem", "position": .integer(index + 1), "name": .string(step.name), "item": .string(step.url)]
         })]
    }

    /// The FAQ page's questions with their answers (HTML, as the page shows them).
    static func faqPage(_ entries: [(question: String, answerHTML: String)]) -> JSONLD.Object {
        ["@context": .string(context), "@type": "FAQPage",
         "mainEntity": .array(entries.map { entry in
             ["@type": "Question", "name": .string(entry.question),
              "acceptedAnswer": ["@type": "Answer", "text": .string(entry.answerHTML)]]
         })]
    }

    /// One value as itself, several as a list (both are valid JSON-LD; one reads better).
    static func oneOrMany(_ values: [JSONValue]) -> JSONValue {
        values.count == 1 ? values[0] : .array(values)
    }
}
