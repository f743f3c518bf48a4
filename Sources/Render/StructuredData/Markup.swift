import Content

/// The schema.org objects pages carry, built from the typed model and site settings (never
/// from the text templates show), so they follow Google's rules (`StructuredDataRules`) whatever
/// the theme says.
enum Markup {
    static let context = "https://schema.org"

    /// The hiring organization: `organization` of site.yml, or else the site's title.
    static func organization(_ config: SiteConfig, logo: String?, withContext: Bool = false) -> JSONLD.Object {
        var object: JSONLD.Object = ["@type": "Organization", "name": config.organization?.name ?? config.title]
        if withContext {
            object["@context"] = context
            object["url"] = config.organization?.url ?? config.baseURL
        } else if let url = config.organization?.url {
            object["sameAs"] = url
        }
        if let logo { object["logo"] = logo }
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
            "@context": context, "@type": "JobPosting",
            "title": role.title,
            "description": page.descriptionHTML,
            "datePosted": role.datePosted.description,
            "hiringOrganization": organization,
            "identifier": ["@type": "PropertyValue", "name": organization["name"]!, "value": role.reqID ?? role.slug],
            "url": page.url,
        ]
        let types = role.employmentTypes.map(\.rawValue)
        object["employmentType"] = types.count == 1 ? types[0] : types
        object["validThrough"] = role.validThrough?.endOfDayUTC
        if role.remote == .remote {
            object["jobLocationType"] = "TELECOMMUTE"
            object["applicantLocationRequirements"] = oneOrMany(applicantAreas(role.locations))
        } else {
            object["jobLocation"] = oneOrMany(role.locations.map(place))
        }
        object["baseSalary"] = role.salary.map(monetaryAmount)
        object["directApply"] = role.directApply
        object["experienceRequirements"] = role.experienceYears.map { years -> Any in
            // Google's words for "none" (the page says "No experience required").
            years == 0 ? "no requirements" : ["@type": "OccupationalExperienceRequirements", "monthsOfExperience": years * 12]
        }
        object["jobBenefits"] = page.benefits
        return object
    }

    static func place(_ location: Location) -> JSONLD.Object {
        var address: JSONLD.Object = ["@type": "PostalAddress", "addressCountry": location.country]
        address["addressLocality"] = location.city
        address["addressRegion"] = location.region
        return ["@type": "Place", "address": address]
    }

    /// Where applicants of a remote job may live: the region of a location that names one (a
    /// State), else its country; each once.
    static func applicantAreas(_ locations: [Location]) -> [JSONLD.Object] {
        var seen: Set<String> = []
        return locations.compactMap { location in
            let area = location.region.map { ("State", $0) } ?? ("Country", location.country)
            guard seen.insert("\(area.0):\(area.1)").inserted else { return nil }
            return ["@type": area.0, "name": area.1]
        }
    }

    static func monetaryAmount(_ salary: SalaryRange) -> JSONLD.Object {
        var value: JSONLD.Object = ["@type": "QuantitativeValue", "unitText": salary.period.rawValue]
        if salary.min == salary.max {
            value["value"] = salary.min
        } else {
            value["minValue"] = salary.min
            value["maxValue"] = salary.max
        }
        return ["@type": "MonetaryAmount", "currency": salary.currency, "value": value]
    }

    /// The trail from the home page to this one; every step names its page and links it.
    static func breadcrumbs(_ trail: [(name: String, url: String)]) -> JSONLD.Object {
        ["@context": context, "@type": "BreadcrumbList",
         "itemListElement": trail.enumerated().map { index, step -> JSONLD.Object in
             ["@type": "ListItem", "position": index + 1, "name": step.name, "item": step.url]
         }]
    }

    /// The FAQ page's questions with their answers (HTML, as the page shows them).
    static func faqPage(_ entries: [(question: String, answerHTML: String)]) -> JSONLD.Object {
        ["@context": context, "@type": "FAQPage",
         "mainEntity": entries.map { entry -> JSONLD.Object in
             ["@type": "Question", "name": entry.question,
              "acceptedAnswer": ["@type": "Answer", "text": entry.answerHTML] as JSONLD.Object]
         }]
    }

    /// One value as itself, several as a list (both are valid JSON-LD; one reads better).
    static func oneOrMany(_ values: [JSONLD.Object]) -> Any {
        values.count == 1 ? values[0] : values
    }
}
