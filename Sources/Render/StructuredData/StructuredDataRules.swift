import Diagnostics
import Foundation
import Diagnostics

/// Google's rules for the structured data jobsite publishes, written as data: for each schema.org
/// type, its properties, whether Google requires or recommends them, and the values it accepts.
/// From Google Search Central's JobPosting, Breadcrumb, FAQ and Organization documentation
/// (developers.google.com/search/docs/appearance/structured-data/job-posting, …) and schema.org.
///
/// `validate` checks a parsed JSON-LD object against the table; the tests run it over every
/// posting of every fixture site and of the sample site. A property that is not in the table
/// is a problem too, so nothing reaches a page without a rule.
public enum StructuredDataRules {
    /// How much Google wants a property.
    public enum Need: Sendable, Equatable {
        case required
        /// Required unless the object has the other property (`jobLocation` unless `jobLocationType`).
        case requiredUnless(String)
        /// Required when the object has the other property.
        case requiredWith(String)
        case recommended
        case optional
    }

    /// What a value may be.
    public enum Value: Sendable, Equatable {
        /// A string with something in it other than white space.
        case text
        /// HTML text (Google reads `description` as HTML).
        case html
        /// ISO 8601 date `2026-05-01`, or a date and time as `dateTime`.
        case date
        /// ISO 8601 date and time with an explicit zone: `2026-05-01T23:59:59Z`, `…+02:00`.
        case dateTime
        /// An absolute http(s) URL.
        case url
        case number
        case wholeNumber
        case boolean
        /// Exactly one of these strings.
        case oneOf([String])
        /// A string matching this regular expression as a whole.
        case pattern(String)
        /// An object whose `@type` is one of these (and which obeys that type's rules).
        case object([String])
    }

    public struct Property: Sendable {
        public var name: String
        public var need: Need
        /// The value must be one of these.
        public var values: [Value]
        /// Whether a list of such values is allowed too.
        public var list: Bool

        public init(_ name: String, _ need: Need, _ values: [Value], list: Bool = false) {
            self.name = name
            self.need = need
            self.values = values
            self.list = list
        }
    }

    /// The types a page may carry at its top level (each with `@context`).
    public static let topLevelTypes: Set<String> = ["JobPosting", "BreadcrumbList", "FAQPage", "Organization"]

    public static let payUnits = ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"]
    public static let employmentTypes = ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN",
                                         "VOLUNTEER", "PER_DIEM", "OTHER"]

    /// The rules, by `@type`.
    public static let types: [String: [Property]] = [
        "JobPosting": [
            Property("@context", .required, [.oneOf(["https://schema.org"])]),
            Property("title", .required, [.text]),
            Property("description", .required, [.html]),
            Property("datePosted", .required, [.date]),
            Property("hiringOrganization", .required, [.object(["Organization"])]),
            Property("jobLocation", .requiredUnless("jobLocationType"), [.object(["Place"])], list: true),
            // Required when the posting has an end date; jobsite writes it whenever valid_through is set.
            Property("validThrough", .recommended, [.dateTime]),
            Property("employmentType", .recommended, [.oneOf(employmentTypes)], list: true),
            Property("applicantLocationRequirements", .requiredWith("jobLocationType"), [.object(["Country", "State"])], list: true),
            Property("jobLocationType", .optional, [.oneOf(["TELECOMMUTE"])]),
            Property("baseSalary", .recommended, [.object(["MonetaryAmount"])]),
            Property("directApply", .recommended, [.boolean]),
            Property("identifier", .recommended, [.object(["PropertyValue"])]),
            Property("experienceRequirements", .optional,
                     [.object(["OccupationalExperienceRequirements"]), .oneOf(["no requirements"])]),
            Property("jobBenefits", .optional, [.text]),
            Property("url", .optional, [.url]),
        ],
        "Organization": [
            Property("@context", .optional, [.oneOf(["https://schema.org"])]),
            Property("name", .required, [.text]),
            Property("sameAs", .recommended, [.url]),
            Property("url", .optional, [.url]),
            Property("logo", .recommended, [.url]),
        ],
        "Place": [
            Property("address", .required, [.object(["PostalAddress"])]),
        ],
        "PostalAddress": [
            Property("addressCountry", .required, [.pattern("[A-Z]{2}")]),
            Property("addressLocality", .recommended, [.text]),
            Property("addressRegion", .recommended, [.text]),
        ],
        "Country": [Property("name", .required, [.text])],
        "State": [Property("name", .required, [.text])],
        "MonetaryAmount": [
            Property("currency", .required, [.pattern("[A-Z]{3}")]),
            Property("value", .required, [.object(["QuantitativeValue"])]),
        ],
        "QuantitativeValue": [
            Property("unitText", .required, [.oneOf(payUnits)]),
            Property("value", .requiredUnless("minValue"), [.number]),
            Property("minValue", .requiredWith("maxValue"), [.number]),
            Property("maxValue", .requiredWith("minValue"), [.number]),
        ],
        "PropertyValue": [
            Property("name", .required, [.text]),
            Property("value", .required, [.text]),
        ],
        "OccupationalExperienceRequirements": [
            Property("monthsOfExperience", .required, [.wholeNumber]),
        ],
        "BreadcrumbList": [
            Property("@context", .required, [.oneOf(["https://schema.org"])]),
            Property("itemListElement", .required, [.object(["ListItem"])], list: true),
        ],
        "ListItem": [
            Property("position", .required, [.wholeNumber]),
            Property("name", .required, [.text]),
            // Google: required except on the last item; jobsite links every step.
            Property("item", .required, [.url]),
        ],
        "FAQPage": [
            Property("@context", .required, [.oneOf(["https://schema.org"])]),
            Property("mainEntity", .required, [.object(["Question"])], list: true),
        ],
        "Question": [
            Property("name", .required, [.text]),
            Property("acceptedAnswer", .required, [.object(["Answer"])]),
        ],
        "Answer": [
            Property("text", .required, [.html]),
        ],
    ]

    /// One way an object breaks the rules, at a path such as `JobPosting.baseSalary.value.unitText`.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var message: String
        /// A recommended property that is missing: allowed, but worth knowing.
        public var isRecommendation: Bool

        public var description: String { "\(path): \(message)" }
    }

    /// Every problem of a top-level object (parsed JSON: dictionaries, arrays, strings, numbers).
    public static func validate(_ value: Any) -> [Problem] {
        guard let object = value as? [String: Any], let type = object["@type"] as? String else {
            return [Problem(path: "(top)", message: "is not an object with an @type", isRecommendation: false)]
        }
        guard topLevelTypes.contains(type) else {
            return [Problem(path: type, message: "is not a type a page carries on its own", isRecommendation: false)]
        }
        return check(object, type: type, path: type)
    }

    private static func check(_ object: [String: Any], type: String, path: String) -> [Problem] {
        guard let properties = types[type] else {
            return [Problem(path: path, message: "has the type \(type), which has no rules", isRecommendation: false)]
        }
        var problems: [Problem] = []
        let known = Set(properties.map(\.name) + ["@type"])
        for name in object.keys.sorted() where !known.contains(name) {
            problems.append(Problem(path: "\(path).\(name)", message: "is not a property of \(type) in the rules", isRecommendation: false))
        }
        for property in properties {
            let at = "\(path).\(property.name)"
            guard let value = object[property.name] else {
                if let message = missing(property.need, in: object) {
                    problems.append(Problem(path: at, message: message, isRecommendation: property.need == .recommended))
                }
                continue
            }
            let items: [Any]
            if let list = value as? [Any] {
                guard property.list else {
                    problems.append(Problem(path: at, message: "must be one value, not a list", isRecommendation: false))
                    continue
                }
                if list.isEmpty { problems.append(Problem(path: at, message: "is an empty list", isRecommendation: false)) }
                items = list
            } else {
                items = [value]
            }
            for (index, item) in items.enumerated() {
                problems += checkValue(item, allowed: property.values, path: items.count > 1 ? DataPath.item(index, in: at) : at)
            }
        }
        return problems
    }

    /// Why a missing property is a problem, or nil when it may be missing.
    private static func missing(_ need: Need, in object: [String: Any]) -> String? {
        switch need {
        case .required: "is required"
        case .requiredUnless(let other) where object[other] == nil: "is required (unless \(other) is given)"
        case .requiredWith(let other) where object[other] != nil: "is required with \(other)"
        case .recommended: "is recommended"
        default: nil
        }
    }

    private static func checkValue(_ value: Any, allowed: [Value], path: String) -> [Problem] {
        var reasons: [String] = []
        for rule in allowed {
            switch matches(value, rule, path: path) {
            case .success(let nested): return nested
            case .failure(let reason): reasons.append(reason.text)
            }
        }
        return [Problem(path: path, message: reasons.joined(separator: "; or "), isRecommendation: false)]
    }

    private struct Mismatch: Error { var text: String }

    /// Whether `value` is a `rule`; an object that is returns its own problems.
    private static func matches(_ value: Any, _ rule: Value, path: String) -> Result<[Problem], Mismatch> {
        let string = value as? String
        func expect(_ ok: Bool, _ what: String) -> Result<[Problem], Mismatch> {
            ok ? .success([]) : .failure(Mismatch(text: "must be \(what), found \(describe(value))"))
        }
        switch rule {
        case .text, .html:
            return expect(string.map { !$0.allSatisfy(\.isWhitespace) } ?? false, rule == .html ? "HTML text" : "text")
        case .date:
            return expect(string.map { whole($0, #"\d{4}-\d{2}-\d{2}"#) || isDateTime($0) } ?? false, "an ISO 8601 date")
        case .dateTime:
            return expect(string.map(isDateTime) ?? false, "an ISO 8601 date and time with its zone (2026-05-01T23:59:59Z)")
        case .url:
            return expect(string.map { whole($0, #"https?://[^\s/?#]+[^\s]*"#) } ?? false, "an absolute http(s) URL")
        case .number:
            return expect(isNumber(value), "a number")
        case .wholeNumber:
            return expect(isNumber(value) && (value as? NSNumber).map { $0.doubleValue.rounded() == $0.doubleValue } == true, "a whole number")
        case .boolean:
            return expect(isBoolean(value), "true or false")
        case .oneOf(let words):
            return expect(string.map(words.contains) ?? false, "one of \(words.joined(separator: ", "))")
        case .pattern(let pattern):
            return expect(string.map { whole($0, pattern) } ?? false, "text matching \(pattern)")
        case .object(let allowedTypes):
            guard let object = value as? [String: Any], let type = object["@type"] as? String, allowedTypes.contains(type) else {
                return .failure(Mismatch(text: "must be an object of type \(listed(allowedTypes, "or")), found \(describe(value))"))
            }
            return .success(check(object, type: type, path: path))
        }
    }

    private static func whole(_ text: String, _ pattern: String) -> Bool {
        text.range(of: "^(?:\(pattern))$", options: .regularExpression) != nil
    }

    private static func isDateTime(_ text: String) -> Bool {
        whole(text, #"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})"#)
    }

    /// JSON booleans parse as NSNumbers of the C type `char` ("c"); Swift's `Bool` bridges to one.
    private static func isBoolean(_ value: Any) -> Bool {
        (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
    }

    private static func isNumber(_ value: Any) -> Bool {
        value is NSNumber && !isBoolean(value) && !(value is String)
    }

    private static func describe(_ value: Any) -> String {
        switch value {
        case let string as String: "'\(string.prefix(60))'"
        case let object as [String: Any]: "an object of type \(object["@type"] as? String ?? "(none)")"
        case is [Any]: "a list"
        default: isBoolean(value) ? "\(value as? Bool ?? false)" : "\(value)"
        }
    }
}
