import Content
import Diagnostics
import Foundation

/// `jobsite new role|faq|ladder|page`: one new content file with every field filled in or
/// commented, written as a draft where the kind has drafts, so that nothing half-edited is
/// published by accident.
public enum NewContent {
    /// A new posting is open this many days (`valid_through`).
    public static let validityDays = 60
    /// File names made from titles are cut (at a hyphen) to stay readable in URLs.
    static let maximumNameLength = 60

    /// `content/roles/<slug of title>.md`. With `ladder` and `level` (both or neither), the
    /// posting sits on that ladder level and takes its pay band and typical experience; both must
    /// exist in the site at `root`.
    public static func role(title: String, ladder: String?, level: String?, site root: URL,
                            today: CalendarDate) -> (NewFile?, [Diagnostic]) {
        guard let slug = fileName(from: title) else { return (nil, [emptyName("title", title)]) }
        var placement: (ladder: Ladder, level: LadderLevel)?
        if ladder != nil || level != nil {
            switch findLevel(ladder: ladder, level: level, site: root) {
            case .success(let found): placement = found
            case .failure(let diagnostic): return (nil, [diagnostic])
            }
        }
        let text = RoleText(title: title, slug: slug, placement: placement, today: today).text
        return (NewFile(path: "\(SiteLayout.contentFolder)/roles/\(slug).md", text: text), [])
    }

    /// `content/faq/<slug of question>.md`.
    public static func faq(question: String) -> (NewFile?, [Diagnostic]) {
        guard let slug = fileName(from: question) else { return (nil, [emptyName("question", question)]) }
        let text = """
            ---
            question: \(question.yamlQuoted)
            # The position on the questions page, lower first; questions without it follow, by text.
            # order: 10
            # Words to group questions by, e.g. [hiring, pay].
            tags: []
            \(draftLine)
            ---

            The answer, in Markdown. Links may point at site paths, such as
            [the open roles](/roles/), or at content files, such as `../about.md`.

            """
        return (NewFile(path: "\(SiteLayout.contentFolder)/faq/\(slug).md", text: text), [])
    }

    /// `content/ladders/<id>.md`, with two levels and two competencies to rename and extend.
    /// `id` must already be a URL name (postings refer to it); otherwise the error suggests one.
    public static func ladder(id: String) -> (NewFile?, [Diagnostic]) {
        guard URLName.isValid(id) else {
            // An id, not a title: postings name the ladder by it, so it is not made from one silently.
            let suggestion = fileName(from: id) ?? ""
            return (nil, [.error("the ladder id '\(id)' cannot become a URL; use lowercase letters, digits and hyphens"
                                 + (suggestion.isEmpty ? "" : ", e.g. '\(suggestion)'"), at: nil, rule: "new.invalid-name")])
        }
        let title = heading(fromName: id) + " Ladder"
        let text = """
            ---
            title: \(title.yamlQuoted)
            summary: "What we expect at each level of this ladder, and what each level pays."
            # What every level is described by; each level says what it shows in each of them.
            competencies:
              - id: craft
                title: "Craft"
                description: "The skills of the job itself, and the quality of the work."
              - id: impact
                title: "Impact"
                description: "How far the work reaches: a task, a team, the whole company."
            # Pay zones, when pay differs by place: each covers countries (US), regions (US-CA) or
            # cities ("New York, US-NY", "Toronto, CA"), and each level gives a band per zone under
            # `bands:` instead of one `salary:`. A posting takes the band of its location's zone.
            # zones:
            #   - id: us
            #     title: "United States"
            #     covers: [US]
            #   - id: canada
            #     title: "Canada"
            #     covers: [CA]
            # The levels, lowest first. Postings name one with `ladder: \(id)` and `level: L1`.
            levels:
              - id: L1
                title: "Level 1"
                years: "0-2"
                # The level's pay band: currency a three-letter code, period HOUR, DAY, WEEK, MONTH or YEAR.
                # salary: {min: 60000, max: 80000, currency: USD, period: YEAR}
                # With zones, one band per zone:
                # bands:
                #   us: {min: 60000, max: 80000, currency: USD, period: YEAR}
                #   canada: {min: 70000, max: 90000, currency: CAD, period: YEAR}
                summary: "Does well-scoped work with guidance."
                # One text per competency, or a list of criteria; a criterion with an id can be
                # followed from level to level (the same id at a higher level is the same criterion, grown).
                expectations:
                  craft:
                    - id: care
                      text: "Does assigned work carefully and asks when unsure."
                    - "Learns the team's tools and conventions."
                  impact: "Completes tasks that move the team's goals forward."
              - id: L2
                title: "Level 2"
                years: "2+"
                # salary: {min: 75000, max: 100000, currency: USD, period: YEAR}
                summary: "Owns larger pieces of work with little direction."
                # A competency left out is inherited from the level below.
                expectations:
                  craft:
                    - id: care
                      text: "Chooses the right approach for a problem and explains why."
                  impact: "Delivers results the whole team relies on."
            ---

            An introduction to this ladder: who it is for, and how people move from one level to the next.

            """
        return (NewFile(path: "\(SiteLayout.contentFolder)/ladders/\(id).md", text: text), [])
    }

    /// A plain page at `path` (`benefits`, `teams/platform`, `content/benefits.md`), or from a
    /// title (`Life at Acme` → `content/life-at-acme.md`, titled as typed): each folder or file
    /// name that is not a URL name is made one as `role` makes one from a title. Refused when a
    /// name has no letters or digits, or the path is one of the generated sections.
    public static func page(path: String) -> (NewFile?, [Diagnostic]) {
        var relative = path.hasPrefix(SiteLayout.contentFolder + "/") ? String(path.dropFirst(SiteLayout.contentFolder.count + 1)) : path
        if relative.hasSuffix(".md") { relative.removeLast(3) }
        let written = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let names = written.map { URLName.isValid($0) ? $0 : fileName(from: $0) ?? "" }
        guard !relative.isEmpty, !names.contains("") else {
            // The argument to type instead: the names that could be made, in their URL form.
            let usable = names.filter { !$0.isEmpty }.joined(separator: "/")
            let hint = usable.isEmpty || ["roles", "ladders", "faq"].contains(usable) ? "" : ", e.g. '\(usable)'"
            return (nil, [.error("cannot make a page path from '\(path)': every folder and file name needs letters or digits\(hint)",
                                 at: nil, rule: "new.invalid-name")])
        }
        if let section = ["roles": "role", "ladders": "ladder", "faq": "faq"][names[0]] {
            return (nil, [.error("\(names[0])/ is for \(section == "faq" ? "FAQ entries" : section + "s"); use `jobsite new \(section)`, or choose another path for a page",
                                 at: nil, rule: "new.reserved-path")])
        }
        relative = names.joined(separator: "/")
        let title = relative == "index" ? "Welcome" : heading(fromName: written[written.count - 1])
        let text = """
            ---
            title: \(title.yamlQuoted)
            description: "One sentence for search engines and link previews."
            # The position in the top navigation; pages without `menu` are not listed there.
            # menu: 2
            \(draftLine)
            ---

            The page's text, in Markdown.

            """
        return (NewFile(path: "\(SiteLayout.contentFolder)/\(relative).md", text: text), [])
    }

    /// What a posting's dates do, said above them in new postings and the starter's (a test keeps
    /// the two the same): a closed posting is a note and a closed page, not a warning.
    static let datesComment = "# Dates are written YYYY-MM-DD. After valid_through the page says the position is closed."

    static let draftLine = "# A draft is published only with --drafts; remove this line when the page is ready.\ndraft: true"

    // MARK: Names

    /// The URL name of a title, cut at a hyphen to `maximumNameLength`; nil when nothing is left.
    static func fileName(from text: String) -> String? {
        var name = URLName.suggested(from: text)
        if name.count > maximumNameLength {
            name = String(name.prefix(maximumNameLength))
            if let cut = name.lastIndex(of: "-") { name = String(name[..<cut]) }
        }
        return name.isEmpty ? nil : name
    }

    static func emptyName(_ what: String, _ text: String) -> Diagnostic {
        .error("cannot make a file name from the \(what) '\(text)'; it needs letters or digits", at: nil, rule: "new.invalid-name")
    }

    /// `platform-engineering` → `Platform engineering`, `Life at Acme` as it is.
    static func heading(fromName name: String) -> String {
        let words = name.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    // MARK: Ladders

    /// The ladder `ladder` of the site at `root` and its level `level`.
    static func findLevel(ladder: String?, level: String?, site root: URL) -> Result<(ladder: Ladder, level: LadderLevel), Diagnostic> {
        let ladders = siteLadders(root)
        let ids = ladders.map(\.id).sorted()
        guard let ladder else {
            return .failure(.error("--level needs --ladder: the ladder the level belongs to" + oneOf(ids), at: nil, rule: "new.ladder"))
        }
        guard let found = ladders.first(where: { $0.id == ladder }) else {
            let hint = closestMatch(to: ladder, in: ids).map { "; did you mean '\($0)'?" } ?? oneOf(ids)
            return .failure(.error("no ladder '\(ladder)' in content/ladders/\(hint)", at: nil, rule: "new.ladder"))
        }
        guard let parsed = found.parsed else {
            return .failure(.error("the ladder has errors; `jobsite build` lists them", at: SourceLocation(file: found.path), rule: "new.ladder"))
        }
        let levels = parsed.levels.map(\.id)
        guard let level else {
            return .failure(.error("--ladder needs --level: the level of the posting" + oneOf(levels), at: nil, rule: "new.ladder"))
        }
        guard let match = parsed.level(id: level) else {
            let hint = closestMatch(to: level, in: levels).map { "; did you mean '\($0)'?" } ?? oneOf(levels)
            return .failure(.error("the ladder '\(ladder)' has no level '\(level)'\(hint)", at: SourceLocation(file: found.path), rule: "new.ladder"))
        }
        return .success((parsed, match))
    }

    static func oneOf(_ names: [String]) -> String {
        names.isEmpty ? "" : " (one of \(names.joined(separator: ", ")))"
    }

    /// Every `content/ladders/*.md` file of the site, with its id and, when it validates, the ladder.
    static func siteLadders(_ root: URL) -> [(id: String, path: String, parsed: Ladder?)] {
        let folder = SiteLayout(root: root).contentURL.appendingPathComponent("ladders")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { SiteLayout.markdownStem(Substring($0)) != nil }.sorted()
        return names.map { name in
            let path = "\(SiteLayout.contentFolder)/ladders/\(name)"
            let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { [UInt8]($0) } ?? []
            var ladder: Ladder?
            if case .success(let file) = SourceFile.decode(path: path, bytes: bytes),
               case (.ladder(let parsed)?, _) = ContentParser.parse(file) {
                ladder = parsed
            }
            return (URLName.id(ofFile: path), path, ladder)
        }
    }
}

/// The text of a new posting.
struct RoleText {
    var title: String
    var slug: String
    var placement: (ladder: Ladder, level: LadderLevel)?
    var today: CalendarDate

    var text: String {
        """
        ---
        title: \(title.yamlQuoted)
        # The page is published at /roles/\(slug)/ (from the file name); `slug` chooses another address.
        # slug: \(slug)
        \(ladderLines)
        # Postings are grouped by department on the home page and the roles page.
        department: "Department"
        # Where the job is: one entry per place. `country` is a two-letter code (US, DE, GB …);
        # `city` and `region` are optional.
        locations:
          - city: "City"
            country: US
        # onsite, hybrid or remote
        remote: onsite
        # FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM or OTHER, or a list of them
        employment_type: FULL_TIME
        # The pay range: currency a three-letter code, period HOUR, DAY, WEEK, MONTH or YEAR.
        \(salaryLines)
        \(experienceLine)
        # Shown as tags.
        # skills: ["SQL", "Customer empathy"]
        \(NewContent.datesComment)
        date_posted: \(today)
        valid_through: \(today.adding(days: NewContent.validityDays))
        # Where the Apply button leads: an https address or a mailto: address.
        apply_url: "mailto:jobs@example.com"
        # true when apply_url starts the application itself, with no account to create first.
        # direct_apply: true
        # The requisition id in your applicant tracking system, shown as "Job ID".
        # req_id: "REQ-123"
        summary: "One or two sentences about the role, shown in lists and search results."
        # Your own text for a shared section of site.yml (postings.sections), or false to leave it out.
        # sections: {eoe: false}
        # true publishes the page for those you send its link to, outside every list and search engine.
        # unlisted: true
        \(NewContent.draftLine)
        ---

        ## About the team

        Who the team is and what it works on.

        ## What you will do

        - The work of a typical week.

        ## What we look for

        - The experience and skills the role needs.
        \(paySection)
        """
    }

    /// Without a pay band to fill `salary` from (one band, or a band in some zone), a section that
    /// asks for the pay: candidates look for it (`role.missing-section`), and pay transparency laws
    /// require it in many places.
    var paySection: String {
        guard salaryLines.hasPrefix("# salary:") else { return "" }
        return "\n## Pay\n\n- The pay range, and any bonus or equity (or give `salary` above and remove this section).\n"
    }

    var ladderLines: String {
        guard let placement else {
            return "# The career ladder and level of the role: a file in content/ladders/ and one of its levels.\n# ladder: engineering\n# level: L2"
        }
        return "# The career ladder and level of the role; the pay should lie inside the level's band.\nladder: \(placement.ladder.id)\nlevel: \(placement.level.id)"
    }

    var salaryLines: String {
        if let placement, !placement.ladder.zones.isEmpty {
            return zonedSalaryLines(placement.ladder, placement.level)
        }
        guard let band = placement?.level.salary else {
            return "# salary: {min: 60000, max: 80000, currency: USD, period: YEAR}"
        }
        return "salary: {min: \(band.min.plainNumber), max: \(band.max.plainNumber), currency: \(band.currency), period: \(band.period.rawValue)}"
    }

    /// One range per zone of the ladder, each the level's band there (a zone without a band at
    /// the level is left as a comment to fill in): a remote posting open in every zone states the
    /// range of each place. Remove the zones the posting is not open in.
    func zonedSalaryLines(_ ladder: Ladder, _ level: LadderLevel) -> String {
        var lines = ["# One range per pay zone of the ladder: keep only the zones the posting is open in (its locations) and delete the others.", "salary:"]
        for zone in ladder.zones {
            guard let band = level.bands[zone.id] else {
                lines.append("  # \(zone.id): level \(level.id) has no band in \(zone.title); add a range here if the posting is open there")
                continue
            }
            lines.append("  - {zone: \(zone.id), min: \(band.min.plainNumber), max: \(band.max.plainNumber), currency: \(band.currency), period: \(band.period.rawValue)}")
        }
        if !lines.contains(where: { $0.hasPrefix("  - ") }) {
            return "# salary: [{zone: \(ladder.zones[0].id), min: 60000, max: 80000, currency: USD, period: YEAR}]"
        }
        return lines.joined(separator: "\n")
    }

    /// The level's typical years (`2-5`, `8+`) give the minimum experience.
    var experienceLine: String {
        let years = placement?.level.years.flatMap { Int($0.prefix { $0.isASCII && $0.isNumber }) }
        return years.map { "experience_years: \($0)" } ?? "# The minimum years of experience.\n# experience_years: 2"
    }
}
