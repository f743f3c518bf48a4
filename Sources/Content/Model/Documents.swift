import Diagnostics

/// A job posting: `content/roles/<slug>.md`.
public struct Role: Sendable, Hashable {
    public var source: String
    /// The posting's path below /roles/: `backend-engineer`, or `eng/backend-engineer` for
    /// `content/roles/eng/backend-engineer.md` (folders are kept; `slug:` renames the last part).
    public var slug: String
    public var title: String
    public var ladder: String?
    public var level: String?
    public var department: String?
    public var locations: [Location]
    public var remote: WorkplaceType
    public var employmentTypes: [EmploymentType]
    /// The posting's one pay range, or with ranges per zone the first of them (structured data
    /// and cards that show one range use it).
    public var salary: SalaryRange?
    /// Every pay range as written: one without a zone, or one per pay zone of its ladder
    /// (`salary:` as a list of ranges with `zone:`). Empty when the posting gives no pay.
    public var salaries: [ZonedSalary] = []
    public var experienceYears: Int?
    public var skills: [String]
    public var datePosted: CalendarDate
    public var validThrough: CalendarDate?
    public var applyURL: String?
    public var summary: String?
    public var draft: Bool
    /// The posting's own language tag (canonical, `de-DE`) when it differs from the site's:
    /// its page is written in it. Nil: the site's language.
    public var language: String?
    /// The ATS requisition id (`req_id`); structured data falls back to the slug.
    public var reqID: String?
    /// `direct_apply`: whether `apply_url` starts the application itself; nil when not said.
    public var directApply: Bool?
    /// `unlisted: true`: the page is published, but no list, feed, sitemap or index shows it.
    public var unlisted: Bool
    /// The posting's own choices for the shared sections of site.yml, by section id.
    public var sections: [String: SectionOverride]
    public var body: MarkdownBody
    /// Positions of fields that later stages check against other documents; only fields
    /// written in the file have one. A section override's key is at `sections.<id>`.
    public var fieldLocations: [String: SourceLocation]
    /// Old URLs that redirect here.
    public var aliases: [Alias] = []

    public init(source: String, slug: String, title: String, ladder: String? = nil, level: String? = nil,
                department: String? = nil, locations: [Location], remote: WorkplaceType,
                employmentTypes: [EmploymentType], salary: SalaryRange? = nil, experienceYears: Int? = nil,
                skills: [String] = [], datePosted: CalendarDate, validThrough: CalendarDate? = nil,
                applyURL: String? = nil, summary: String? = nil, draft: Bool = false, language: String? = nil,
                reqID: String? = nil,
                directApply: Bool? = nil, unlisted: Bool = false, sections: [String: SectionOverride] = [:],
                body: MarkdownBody, fieldLocations: [String: SourceLocation] = [:]) {
        self.source = source
        self.slug = slug
        self.title = title
        self.ladder = ladder
        self.level = level
        self.department = department
        self.locations = locations
        self.remote = remote
        self.employmentTypes = employmentTypes
        self.salary = salary
        self.experienceYears = experienceYears
        self.skills = skills
        self.datePosted = datePosted
        self.validThrough = validThrough
        self.applyURL = applyURL
        self.summary = summary
        self.draft = draft
        self.language = language
        self.reqID = reqID
        self.directApply = directApply
        self.unlisted = unlisted
        self.sections = sections
        self.body = body
        self.fieldLocations = fieldLocations
    }
}

/// A competency a ladder measures at every level (e.g. "Technical skill").
public struct Competency: Sendable, Hashable {
    public var id: String
    public var title: String
    public var description: String?
    /// Where the competency is written (its list item), for findings about it.
    public var location: SourceLocation?

    public init(id: String, title: String, description: String? = nil) {
        self.id = id
        self.title = title
        self.description = description
    }
}

/// One level of a ladder.
public struct LadderLevel: Sendable, Hashable {
    public var id: String
    public var title: String
    /// As written, e.g. `0-2` or `8+`.
    public var years: String?
    /// The level's band for a ladder without zones.
    public var salary: SalaryRange?
    /// The level's band per pay zone, by zone id (`bands:`), for a ladder with `zones:`.
    public var bands: [String: SalaryRange] = [:]
    public var summary: String?
    /// What the level writes itself, by competency id. A competency it leaves out is inherited
    /// from the level below (`Ladder.expectation(at:competency:)`).
    public var expectations: [String: Expectation]
    /// The track this level belongs to (`track:`); nil for a level every track shares.
    public var track: String?
    /// Where the level's fields are written (`id`, `years`, `salary`, `bands.<zone>`, …), for
    /// consistency findings at the line.
    public var fieldLocations: [String: SourceLocation] = [:]

    public init(id: String, title: String, years: String? = nil, salary: SalaryRange? = nil,
                summary: String? = nil, expectations: [String: Expectation] = [:], track: String? = nil) {
        self.id = id
        self.title = title
        self.years = years
        self.salary = salary
        self.summary = summary
        self.expectations = expectations
        self.track = track
    }
}

/// A career ladder: `content/ladders/<id>.md`.
public struct Ladder: Sendable, Hashable {
    public var source: String
    public var id: String
    public var title: String
    public var summary: String?
    public var competencies: [Competency]
    public var levels: [LadderLevel]
    /// The ladder's tracks (`tracks:`), empty for a single line of levels.
    public var tracks: [LadderTrack] = []
    /// Its pay zones (`zones:`), empty when every level has one band (`salary:`).
    public var zones: [PayZone] = []
    public var body: MarkdownBody
    /// Old URLs that redirect here.
    public var aliases: [Alias] = []

    public func level(id: String) -> LadderLevel? {
        levels.first { $0.id == id }
    }

    public init(source: String, id: String, title: String, summary: String? = nil,
                competencies: [Competency], levels: [LadderLevel], body: MarkdownBody) {
        self.source = source
        self.id = id
        self.title = title
        self.summary = summary
        self.competencies = competencies
        self.levels = levels
        self.body = body
    }
}

/// One question and its answer: `content/faq/<slug>.md`.
public struct FAQEntry: Sendable, Hashable {
    public var source: String
    public var slug: String
    public var question: String
    public var order: Int?
    public var tags: [String]
    public var draft: Bool
    public var body: MarkdownBody
    /// Old URLs that redirect to the entry on the FAQ page.
    public var aliases: [Alias] = []

    public init(source: String, slug: String, question: String, order: Int? = nil, tags: [String] = [],
                draft: Bool = false, body: MarkdownBody) {
        self.source = source
        self.slug = slug
        self.question = question
        self.order = order
        self.tags = tags
        self.draft = draft
        self.body = body
    }
}

/// Any other Markdown file: a plain page such as `content/about.md`.
public struct Page: Sendable, Hashable {
    public var source: String
    /// Path below `content/` without the `.md` extension (`about`, `teams/platform`, `teams/index`).
    public var path: String
    public var title: String
    public var description: String?
    /// Position in the top navigation; pages without one are not in the menu.
    public var menu: Int?
    public var draft: Bool
    /// The page's own language tag (canonical), as for `Role.language`.
    public var language: String?
    /// Where the front matter sets `language`, for messages about it.
    public var languageLocation: SourceLocation?
    public var body: MarkdownBody
    /// Old URLs that redirect here.
    public var aliases: [Alias] = []

    public init(source: String, path: String, title: String, description: String? = nil, menu: Int? = nil,
                draft: Bool = false, language: String? = nil, languageLocation: SourceLocation? = nil,
                body: MarkdownBody) {
        self.source = source
        self.path = path
        self.title = title
        self.description = description
        self.menu = menu
        self.draft = draft
        self.language = language
        self.languageLocation = languageLocation
        self.body = body
    }
}

/// A parsed content file of any kind.
public enum Document: Sendable, Hashable {
    case role(Role)
    case ladder(Ladder)
    case faq(FAQEntry)
    case page(Page)

    public var source: String {
        switch self {
        case .role(let role): role.source
        case .ladder(let ladder): ladder.source
        case .faq(let faq): faq.source
        case .page(let page): page.source
        }
    }

    /// The Markdown body: a posting's description, a ladder's introduction, an FAQ answer, a page.
    public var body: MarkdownBody {
        switch self {
        case .role(let role): role.body
        case .ladder(let ladder): ladder.body
        case .faq(let faq): faq.body
        case .page(let page): page.body
        }
    }

    /// Its title as pages show it (an FAQ entry's question).
    public var title: String {
        switch self {
        case .role(let role): role.title
        case .ladder(let ladder): ladder.title
        case .faq(let faq): faq.question
        case .page(let page): page.title
        }
    }

    /// Old URLs that redirect to it (`aliases:`).
    public var aliases: [Alias] {
        switch self {
        case .role(let role): role.aliases
        case .ladder(let ladder): ladder.aliases
        case .faq(let faq): faq.aliases
        case .page(let page): page.aliases
        }
    }

    /// Whether it is marked `draft: true` (ladders have no drafts).
    public var isDraft: Bool {
        switch self {
        case .role(let role): role.draft
        case .ladder: false
        case .faq(let faq): faq.draft
        case .page(let page): page.draft
        }
    }
}

/// An old URL of a document (`aliases: [/old/path/]`): the build writes a redirect page there,
/// so links to a renamed posting or page keep working.
public struct Alias: Sendable, Hashable {
    /// A site path, checked and normalised: `/old/path/` (served as `old/path/index.html`) or
    /// `/old/page.html`.
    public var path: String
    /// Where it is written, for a collision reported at the alias.
    public var location: SourceLocation

    public init(_ path: String, at location: SourceLocation) {
        self.path = path
        self.location = location
    }

    /// `text` as an alias path (`/old/path` becomes `/old/path/`), or why it cannot be one.
    /// Old URLs are written as site paths of ASCII letters, digits and `-._~`; a file name must
    /// end in `.html` or `.htm`, since a redirect page is HTML.
    public static func normalized(_ text: String) -> Result<String, AliasProblem> {
        guard text.hasPrefix("/"), !text.hasPrefix("//") else { return .failure(.notASitePath) }
        if text.contains("?") || text.contains("#") { return .failure(.queryOrFragment) }
        guard text.unicodeScalars.allSatisfy({ $0.isASCII && (allowed.contains($0) || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }) else {
            return .failure(.character)
        }
        let segments = text.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        let inner = text.hasSuffix("/") ? segments.dropLast() : segments[...]
        guard text == "/" || inner.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") }) else { return .failure(.segment) }
        guard let last = inner.last, !text.hasSuffix("/") else { return .success(text) }
        guard last.contains(".") else { return .success(text + "/") }
        let lowered = last.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") ? .success(text) : .failure(.notHTML)
    }

    private static let allowed: Set<Unicode.Scalar> = ["/", "-", ".", "_", "~"]
}

/// Why a text is not an alias path; the description is the message's ending.
public enum AliasProblem: Error, Sendable, Hashable, CustomStringConvertible {
    case notASitePath, queryOrFragment, character, segment, notHTML

    public var description: String {
        switch self {
        case .notASitePath: "must be the old URL's path on this site, starting with one '/', such as /jobs/old-title/"
        case .queryOrFragment: "must be a path without ?query or #fragment, such as /jobs/old-title/"
        case .character: "may only use ASCII letters, digits, '-', '.', '_' and '~' between its slashes"
        case .segment: "must not have an empty folder name ('//') or one starting with '.'"
        case .notHTML: "names a file that is not HTML; a redirect page can only stand at /old/path/ or /old/page.html (other files are redirected by the web server's configuration)"
        }
    }
}
