/// One rule of the build: what a diagnostic with its id means, how bad it is by default, and how
/// to fix it. `jobsite explain ID` prints it; the README's rule table is generated from `Rules.all`.
public struct Rule: Sendable, Hashable {
    /// Lowercase `area.name` (letters, digits, `.` and `-`), e.g. `link.broken`.
    public let id: String
    /// The severity a finding of this rule has before `--strict` (see `SeverityPolicy`).
    public let severity: Severity
    /// Whether `lint: {ignore: [id]}` may drop its findings. Errors that guard correctness (the
    /// YAML could not be read, a required value is missing, the output would be unsafe or
    /// incomplete) are not: ignoring them would publish a site with a value silently dropped.
    public let suppressible: Bool
    /// One line: what the rule finds.
    public let summary: String
    /// Why it matters, in a sentence or two.
    public let explanation: String
    /// An example of the fault, as written in a file…
    public let fault: String
    /// …and the same example fixed.
    public let fix: String
    /// Whether findings depend on the build's day (a pay law's effective date): `build` reports
    /// them at most as warnings, so the daily build still closes expired postings; `check`
    /// reports them with their own severity (see `SeverityPolicy`).
    public var dateDriven = false

    /// Text for `jobsite explain`: the id and severity, the summary, the explanation, then the
    /// example of the fault and its fix, each indented by two spaces.
    public var explained: String {
        let suppression = suppressible ? "can be ignored with lint: {ignore: [\(id)]}" : "cannot be ignored"
        let dated = dateDriven ? "; date-driven: a warning in build when the date, not an edit, made it fire; \(severity.rawValue) in check" : ""
        return """
            \(id) (\(severity.rawValue); \(suppression)\(dated))
            \(summary)

            \(explanation)

            Fault:
            \(indented(fault))
            Fix:
            \(indented(fix))

            """
    }

    private func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }.joined(separator: "\n")
    }
}

/// The rule catalog: one `Rule` per id the build uses. A test keeps it equal to the ids written in
/// Sources and to the README's rule table.
public enum Rules {
    /// Every rule, sorted by id.
    public static let all: [Rule] = catalog.sorted { $0.id < $1.id }

    private static let byID: [String: Rule] = Dictionary(uniqueKeysWithValues: catalog.map { ($0.id, $0) })

    /// The rule with this id, or nil.
    public static func rule(_ id: String) -> Rule? { byID[id] }

    /// Text for `jobsite explain` without a rule: one line per rule of `all` (sorted by id),
    /// `id  severity  summary`, the columns padded so the summaries line up; ends with a newline.
    public static var listing: String {
        let idWidth = all.map(\.id.count).max() ?? 0
        let severityWidth = all.map(\.severity.rawValue.count).max() ?? 0
        return all.map { rule in
            rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                + rule.severity.rawValue.padding(toLength: severityWidth, withPad: " ", startingAt: 0) + "  " + rule.summary + "\n"
        }.joined()
    }

    /// The closest known id to a mistyped one (`link.brokn` → `link.broken`), or nil.
    public static func suggestion(for id: String) -> String? {
        closestMatch(to: id, in: all.map(\.id))
    }

    /// The README's rule table: `| id | severity | ignorable | summary |`, one row per rule.
    public static var markdownTable: String {
        var lines = ["| rule | default | can be ignored | finds |", "|---|---|---|---|"]
        for rule in all {
            lines.append("| `\(rule.id)` | \(rule.severity.rawValue) | \(rule.suppressible ? "yes" : "no") | \(rule.summary) |")
        }
        return lines.joined(separator: "\n")
    }
}

private func error(_ id: String, suppressible: Bool = false, _ summary: String, _ explanation: String,
                   fault: String, fix: String) -> Rule {
    Rule(id: id, severity: .error, suppressible: suppressible, summary: summary, explanation: explanation, fault: fault, fix: fix)
}

private func warning(_ id: String, _ summary: String, _ explanation: String, fault: String, fix: String) -> Rule {
    Rule(id: id, severity: .warning, suppressible: true, summary: summary, explanation: explanation, fault: fault, fix: fix)
}

private func note(_ id: String, _ summary: String, _ explanation: String, fault: String, fix: String) -> Rule {
    Rule(id: id, severity: .note, suppressible: true, summary: summary, explanation: explanation, fault: fault, fix: fix)
}

/// The same rule, marked date-driven (see `Rule.dateDriven`).
private func dated(_ rule: Rule) -> Rule {
    var rule = rule
    rule.dateDriven = true
    return rule
}

private let catalog: [Rule] = [
    // content/
    error("content.file-name", "A content file's name cannot become a URL.",
          "A posting, FAQ entry or page is published at a URL made from its file name, which may hold lowercase letters, digits and hyphens only.",
          fault: "content/roles/Senior Engineer!.md", fix: "content/roles/senior-engineer.md"),
    warning("content.not-markdown", "A file in content/ that is not Markdown is not read.",
            "Only .md and .markdown files in content/ are content; anything else there is skipped.",
            fault: "content/roles/backend.txt", fix: "content/roles/backend.md (or move the file to static/)"),
    error("content.subfolder", "A ladder or FAQ entry in a subfolder.",
          "content/ladders/ and content/faq/ are read without subfolders: a ladder's id is its file name, and every FAQ entry is on the one /faq/ page.",
          fault: "content/faq/benefits/leave.md", fix: "content/faq/leave.md"),
    // files
    error("file.binary", "A text file holds a NUL byte.", "Content, templates and settings must be UTF-8 text; a NUL byte means a binary file landed in the wrong folder.",
          fault: "content/roles/photo.md (a JPEG renamed)", fix: "move the picture to static/ and link it from the posting"),
    error("file.empty", "A file that must hold something is empty.", "An empty content file or site.yml has none of the required fields.",
          fault: "content/faq/leave.md (0 bytes)", fix: "---\nquestion: How much leave do I get?\n---\n30 days a year."),
    error("file.encoding", "A text file is not valid UTF-8.", "jobsite reads UTF-8 only; text saved as Latin-1 or UTF-16 would show as garbage.",
          fault: "Gehalt: 60.000 \\xE4 (a Latin-1 byte)", fix: "save the file as UTF-8 in your editor"),
    error("file.exists", "`new` would overwrite a file.", "`jobsite new` never overwrites a file; nothing is written.",
          fault: "jobsite new role Backend  (content/roles/backend.md exists)", fix: "jobsite new role \"Backend (Berlin)\""),
    error("file.symlink-broken", "A symbolic link points at nothing.", "The link's target was moved or deleted, so the file cannot be read.",
          fault: "static/logo.svg -> ../assets/logo.svg (missing)", fix: "point the link at an existing file, or copy the file in"),
    warning("file.symlink-folder", "A symbolic link to a folder is not followed.",
            "Following links to folders could read files outside the site or loop; the link is skipped.",
            fault: "static/img -> /srv/images", fix: "copy the pictures into static/img/"),
    error("file.symlink-outside", "A symbolic link leads outside the site.", "A site is built from its own folders only, so a build reads nothing it was not given.",
          fault: "content/roles/x.md -> /etc/passwd", fix: "copy the file into the site"),
    error("file.unreadable", "A file cannot be read.", "The file does not exist (a path given to `render`), is a folder, or its permissions or the disk refused the read.",
          fault: "content/roles/x.md (mode 000)", fix: "chmod u+r content/roles/x.md"),
    error("file.unwritable", "`new` or `init` cannot write a file.", "The folder's permissions or the disk refused the write.",
          fault: "content/ is read-only", fix: "chmod u+w content"),
    // front matter
    error("front-matter.missing", "A content file does not start with front matter.", "Every content file starts with a `---` line, its YAML fields and another `---` line.",
          fault: "# Backend Engineer\nWe are hiring.", fix: "---\ntitle: Backend Engineer\n---\nWe are hiring."),
    error("front-matter.missing-field", "A required field is missing or empty.", "The page cannot be built without it (a posting needs a title, a ladder level a name, …).",
          fault: "---\nlocation: Berlin\n---", fix: "---\ntitle: Backend Engineer\nlocation: Berlin\n---"),
    error("front-matter.type", "A field has the wrong kind of value.", "A field that takes a list, a mapping or a text got another kind of value, which the build cannot use.",
          fault: "tags: {remote: yes}", fix: "tags: [remote]"),
    error("front-matter.unclosed", "The front matter is never closed.", "Without a closing `---` line the whole file would be read as YAML.",
          fault: "---\ntitle: Backend Engineer\nWe are hiring.", fix: "---\ntitle: Backend Engineer\n---\nWe are hiring."),
    error("front-matter.unknown-key", "A key the content kind does not have (often a typo).", "An unknown key would be silently dropped, so it is an error with the closest known key.",
          fault: "titel: Backend Engineer", fix: "title: Backend Engineer"),
    error("front-matter.value", "A field's value is not allowed.", "The value has the right kind but is out of range or badly written (a date, a colour, a URL, a choice).",
          fault: "posted: 31/12/2026", fix: "posted: 2026-12-31"),
    // html and links
    warning("html.duplicate-id", "Two elements of a page share an id.", "Links to #id then land on the first one only.",
            fault: "## Benefits\n…\n## Benefits", fix: "## Benefits\n…\n## Benefits in Berlin"),
    error("link.broken", suppressible: true, "A link points at no page or file of the site.",
          "The link would lead readers to a 404. The message names the page meant when one is close (/role/ → /roles/) and says when the target is a draft. Ignore it for paths another application serves on the same host.",
          fault: "[our ladder](/ladder/engineering/)", fix: "[our ladder](/ladders/engineering/)"),
    error("link.duplicate-url", "Two documents would be published at the same URL.", "One page would overwrite the other.",
          fault: "content/about.md and content/about/index.md", fix: "rename one of them"),
    error("link.missing-anchor", suppressible: true, "A link's #fragment is not an id on the page it points at.",
          "The link opens the page but not the section it names.",
          fault: "[pay](/roles/backend/#salary)", fix: "[pay](/roles/backend/#pay)"),
    error("link.reserved-url", "A page would be published at a URL the site uses itself.", "The URL belongs to a generated page (/roles/, /faq/, …), which would be overwritten.",
          fault: "content/faq.md", fix: "content/faq/<question>.md for FAQ entries, or another name for the page"),
    error("link.unknown-ladder", "A posting names a ladder that does not exist.", "`ladder:` must be the file name of a ladder in content/ladders/.",
          fault: "ladder: engineeering", fix: "ladder: engineering"),
    error("link.unknown-level", "A posting names a level its ladder does not have.", "`level:` must be the id of a level of the posting's ladder.",
          fault: "level: l7", fix: "level: l5"),
    // languages and strings
    warning("language.fallback", "The theme has no words in a page's language.", "Its buttons and labels show in English.",
            fault: "language: pt", fix: "add templates/strings/pt.yml with the theme's words in Portuguese"),
    error("markdown.limit", "Markdown past a limit that keeps the build fast.", "Some Markdown (deep nesting, huge tables) would stall the renderer; the file is refused.",
          fault: "a list nested 1,000 levels deep", fix: "flatten it, or raise limits.<name> in site.yml"),
    warning("markdown.raw-html-omitted", "Raw HTML in Markdown that safe mode leaves out.",
            "By default raw HTML is not published (cmark-gfm's safe mode writes `<!-- raw HTML omitted -->`), and a block such as a pasted <div> takes the text inside it along.",
            fault: "<div class=\"benefits\">\n30 days of leave\n</div>", fix: "## Benefits\n\n30 days of leave\n\n(or markdown: {unsafe_html: true} in site.yml, for HTML you trust)"),
    // scaffolding
    error("init.not-a-folder", "`init` was given a file.", "`jobsite init DIR` starts a site in a folder.",
          fault: "jobsite init README.md", fix: "jobsite init careers"),
    error("init.not-empty", "`init` was given a folder with files.", "`init` never overwrites anything; --force adds only the missing starter files.",
          fault: "jobsite init .   (in a folder with files)", fix: "jobsite init careers   (or jobsite init --force .)"),
    error("new.invalid-name", "`new` cannot make a URL name.", "A new file's name must become a URL of lowercase letters, digits and hyphens.",
          fault: "jobsite new ladder \"!!!\"", fix: "jobsite new ladder engineering"),
    error("new.ladder", "`new role --ladder/--level` names a ladder or level that does not exist.", "The posting takes its pay band from the level, so both must exist.",
          fault: "jobsite new role Backend --ladder engneering --level l3", fix: "jobsite new role Backend --ladder engineering --level l3"),
    error("new.reserved-path", "`new page` into a folder of another kind.", "content/roles/, ladders/ and faq/ hold postings, ladders and FAQ entries.",
          fault: "jobsite new page roles/intro", fix: "jobsite new page teams/intro"),
    error("options.base-url", "--base-url is not a usable base URL.", "It is checked as base_url in site.yml is: an absolute http(s) URL without ?query, #fragment or an empty path segment (//).",
          fault: "--base-url example.com", fix: "--base-url https://example.com/careers/"),
    // output
    error("output.collision", "Two outputs would be written at the same path.", "One file would overwrite another (a page and a static file, or two static files).",
          fault: "static/roles/index.html and content/roles/", fix: "remove or rename the static file"),
    error("output.invalid-destination", "The output folder is not a folder jobsite may write to.",
          "`--output` must be a local path other than the file system's root: jobsite replaces the whole folder.",
          fault: "jobsite build --output /", fix: "jobsite build --output public"),
    error("output.contains-sources", "The output folder is, holds or lies inside the site's sources.",
          "A build replaces the output folder as a whole, so writing it over content/, templates/ or static/ would delete them.",
          fault: "jobsite build --output content/out", fix: "jobsite build --output public"),
    error("output.not-directory", "The output path exists and is not a folder (a file or a symbolic link).",
          "jobsite replaces the output folder by renaming a new one into place; a file or a link there is not its to replace.",
          fault: "public -> /var/www/jobs (a symbolic link)", fix: "--output /var/www/jobs (the link's target), or remove the link"),
    error("output.not-jobsite", "The output folder holds files jobsite did not write.",
          "Only a folder with the .jobsite marker of an earlier build, an empty one, or one holding only .git, CNAME and .nojekyll is replaced, so nothing of yours is deleted.",
          fault: "public/ holds notes.txt and no .jobsite marker", fix: "move notes.txt away, or choose another --output"),
    error("output.interrupted", "The build was stopped before the site was written.", "Ctrl-C or SIGTERM arrived; the previous output was kept.",
          fault: "Ctrl-C during `jobsite build`", fix: "run the build again"),
    error("output.io", "The site could not be written.", "The disk or the permissions refused a write; the previous output was kept.",
          fault: "public/ is read-only", fix: "chmod -R u+w public"),
    warning("output.leftover", "A staging folder of an earlier build was left behind.", "A build that was killed left it; jobsite never deletes what it cannot prove is its own.",
            fault: ".public.jobsite-staging-1234/", fix: "look inside and delete it by hand"),
    warning("output.previous-kept", "The folder the new output replaced was kept.", "It changed during the build (it holds a .git, or lost its marker) or could not be deleted.",
            fault: "public.old/ (a .git appeared during the build)", fix: "look inside and delete it by hand"),
    error("output.unsafe-path", "An output path would leave the output folder or is not portable.", "Paths with `..`, absolute paths or names some systems cannot hold are refused.",
          fault: "static/a:b.css", fix: "static/a-b.css"),
    warning("pay.outside-band", "A posting's pay is outside its level's band.", "The posting promises pay the ladder does not allow, or the ladder is out of date.",
            fault: "level: l3   (band 60,000–75,000)\nsalary: {min: 80000, max: 90000}", fix: "salary: {min: 65000, max: 75000}   (or update the ladder)"),
    // pay transparency (data/pay-transparency.yml): date-driven, so the daily build never stops on them
    dated(error("pay.range-required", suppressible: true, "A posting a pay transparency law covers shows no pay range.",
                "Where the posting is (or, when remote, where the people it is open to live), a law in force asks for the pay, both ends of the range; the message names the law and its citation. For a posting posted before the law was enforced, `build` reports it as a warning (the calendar, not an edit, made it fire) and `check` as an error; for one posted since, it stops `build` too. Ignore it only if the law does not cover your organization.",
                fault: "locations: [{city: Denver, region: CO, country: US}]\n(no salary)",
                fix: "salary: {min: 90000, max: 120000, currency: USD, period: YEAR}")),
    dated(warning("pay.benefits-required", "A law asks the posting to describe its benefits, and it does not.",
                  "Colorado, Washington, New Jersey, Jersey City, Illinois, Maryland and Minnesota ask for a general description of benefits and other compensation. A shared `benefits` section in site.yml (postings.sections) meets it for every posting, as does a heading that names benefits in the description.",
                  fault: "postings: {sections: {eoe: …}}   (no benefits section)",
                  fix: "postings:\n  sections:\n    benefits: \"Health insurance, 401(k) with 4% match, 25 days of paid leave.\"")),
    dated(warning("pay.ai-statement", "A law asks the posting to say whether AI screens applicants, and it does not.",
                  "Ontario asks a posting to say when artificial intelligence screens, assesses or selects applicants. A shared `ai_screening` section in site.yml meets it (say that you do not use AI, if you do not).",
                  fault: "locations: [{city: Toronto, region: ON, country: CA}]   (no ai_screening section)",
                  fix: "postings:\n  sections:\n    ai_screening: \"We do not use AI to screen, assess or select applicants.\"")),
    dated(warning("pay.vacancy-statement", "A law asks the posting to say whether it is for an existing vacancy, and it does not.",
                  "Ontario asks every publicly advertised posting to say whether it is for an existing vacancy or, say, gathers applicants for openings to come. A shared `vacancy` section in site.yml meets it for every posting; a posting that is not for an existing vacancy gives its own text for that shared section in its `sections:` (a posting can only replace a section site.yml has).",
                  fault: "locations: [{city: Toronto, region: ON, country: CA}]   (no vacancy section)",
                  fix: "postings:\n  sections:\n    vacancy: \"Each posting here is for a position open now.\"\n(a pool posting: sections: {vacancy: \"We are gathering applicants for openings in 2027.\"})")),
    dated(warning("pay.range-too-wide", "A posted range is wider than a law allows.",
                  "Ontario allows at most 50,000 CAD a year between the ends of a range (unless its top is above 200,000).",
                  fault: "salary: {min: 80000, max: 140000, currency: CAD, period: YEAR}",
                  fix: "salary: {min: 90000, max: 140000, currency: CAD, period: YEAR}")),
    dated(warning("pay.eu-directive", "A posting in the EU shows no pay range.",
                  "The EU Pay Transparency Directive (2023/970, Art. 5) entitles applicants to the initial pay or its range, in the posting or before the interview. Giving it in the posting is the simple way; ignore the rule if you give it before the interview.",
                  fault: "locations: [{city: Berlin, country: DE}]\n(no salary)",
                  fix: "salary: {min: 65000, max: 80000, currency: EUR, period: YEAR}")),
    dated(warning("pay.upcoming", "A pay transparency law will soon apply to a posting that does not meet it.",
                  "Within 90 days before a law takes effect, or while it is in force but not yet enforced (Columbus until 2027), a posting that would fail it gets this warning, so the day the law starts brings no surprise error.",
                  fault: "locations: [{city: Columbus, region: OH, country: US}]\n(no salary, built on 2026-11-30)",
                  fix: "salary: {min: 70000, max: 85000, currency: USD, period: YEAR}")),
    note("role.scheduled", "A posting dated in the future is not published yet.",
         "Its date_posted is after the build's day (--now, SOURCE_DATE_EPOCH or today); the first build on or after that day publishes it.",
         fault: "date_posted: 2026-12-15   (built on 2026-11-30)", fix: "nothing to fix; rebuild daily so it appears on its day"),
    note("role.closed", "A posting past its valid_through is shown as closed.",
         "Its page says the position is closed, without Apply button or JobPosting markup, and it leaves every list, feed and the sitemap.",
         fault: "valid_through: 2026-11-01   (built on 2026-11-30)", fix: "nothing to fix; move valid_through to reopen it"),
    note("role.removed", "A closed posting's page was removed after closed_postings.keep_days.",
         "Its URL now answers with the 404 page.", fault: "closed_postings: {keep_days: 30}, valid_through 60 days ago",
         fix: "nothing to fix; raise keep_days to keep closed pages longer"),
    // links to postings that are not open (issue 17)
    note("link.not-open", "A link leads to a posting that is scheduled, closed or removed today.",
         "The link works and keeps working, but today it shows the 404 page (scheduled, removed) or a closed posting, which a reader of the linking page may not expect.",
         fault: "[we are hiring](/roles/staff-engineer/)   (date_posted: 2026-12-15, built on 2026-11-30)",
         fix: "publish the linking text on the same day, or link to /roles/"),
    // lifecycle, aliases, generated files
    error("link.alias-collision", "An alias is the URL of a page or of another alias.",
          "A redirect page would overwrite a page, or two redirects would share one URL.",
          fault: "aliases: [/roles/]", fix: "aliases: [/roles/old-backend-engineer/]"),
    error("options.now", "--now is not a date.", "The build's day (of build, check and serve) is written YYYY-MM-DD; the error says which date a text such as 31/12/2026 or 5 Jan 2026 means.",
          fault: "jobsite build --now 30/11/2026", fix: "jobsite build --now 2026-11-30"),
    error("options.source-date-epoch", "SOURCE_DATE_EPOCH is not a whole number of seconds.",
          "Reproducible builds set it to seconds since 1970-01-01 UTC; the build's day is taken from it.",
          fault: "SOURCE_DATE_EPOCH=2026-11-30", fix: "SOURCE_DATE_EPOCH=1796083200"),
    warning("output.sitemap-size", "sitemap.xml lists more URLs than one sitemap may.",
            "Search engines read at most 50,000 URLs from one sitemap file.",
            fault: "60,000 open postings", fix: "split the site, or ask for a sitemap index"),
    error("section.missing-file", "A shared posting section names a file that does not exist.",
          "postings.sections.<id>.file must be a Markdown file under content/_…/.",
          fault: "benefits: {file: content/_shared/benefit.md}", fix: "benefits: {file: content/_shared/benefits.md}"),
    error("section.unknown", "A posting's sections: names a section site.yml does not define.",
          "A posting may replace or leave out only the shared sections of site.yml.",
          fault: "sections: {benfits: false}", fix: "sections: {benefits: false}"),
    // site
    error("site.missing-config", "No site.yml in the site folder.", "site.yml holds the site's title and base_url.",
          fault: "jobsite build --source careers   (no careers/site.yml)", fix: "jobsite init careers, or run in the site folder"),
    error("site.missing-content", "No content/ folder in the site folder.", "A site's postings, ladders, FAQ entries and pages live in content/.",
          fault: "careers/ without content/", fix: "mkdir careers/content"),
    error("site.missing-folder", "The site folder does not exist.", "--source (or the current folder) must be the folder with site.yml and content/.",
          fault: "jobsite check --source carers", fix: "jobsite check --source careers"),
    error("site.not-a-folder", "A site folder is a file.", "templates/, static/ and content/ must be folders.",
          fault: "templates (a file)", fix: "templates/ (a folder of .mustache files)"),
    // strings
    error("strings.file-name", "A strings file is not named by a language tag.", "templates/strings/<language>.yml holds the theme's words in that language.",
          fault: "templates/strings/german.yml", fix: "templates/strings/de.yml"),
    warning("strings.incomplete", "A strings file lacks some of the theme's words.", "Those words show in English.",
            fault: "templates/strings/de.yml without apply", fix: "apply: Jetzt bewerben"),
    error("strings.key", "A strings key is not a plain name.", "Keys are lowercase names with `_` and `.`.",
          fault: "Apply Now: Jetzt bewerben", fix: "apply_now: Jetzt bewerben"),
    error("strings.placeholder", "A string uses a placeholder the theme does not fill.", "The placeholder would show as written.",
          fault: "posted: Veröffentlicht am {day}", fix: "posted: Veröffentlicht am {date}"),
    error("strings.plural", "Plural forms that are not the language's.", "Plural forms are one:, other: and the forms of the language's plural rules.",
          fault: "roles: {single: 1 Stelle, other: \"{count} Stellen\"}", fix: "roles: {one: 1 Stelle, other: \"{count} Stellen\"}"),
    error("strings.quote", "A string that needs quotes.", "An unquoted value with `{` starts a YAML mapping.",
          fault: "roles: {count} Stellen", fix: "roles: \"{count} Stellen\""),
    error("strings.type", "A string has the wrong shape.", "A word is a text, a counted word a mapping of plural forms.",
          fault: "apply: [Jetzt, bewerben]", fix: "apply: Jetzt bewerben"),
    warning("strings.unknown-key", "A strings key no template uses.", "Often a typo of a key the theme has.",
            fault: "aply: Jetzt bewerben", fix: "apply: Jetzt bewerben"),
    // texts a reader gets
    warning("role.empty-body", "An open posting has no description.", "Its page shows the facts and nothing about the job; shared sections (benefits, equal opportunity) do not count, since they are the same on every posting.",
            fault: "---\ntitle: Backend Engineer\n…\n---\n", fix: "---\ntitle: Backend Engineer\n…\n---\nYou will build the payments API …"),
    warning("role.long-summary", "A posting's summary is longer than 200 characters.", "Every card and meta description repeats the summary; X limits a description to 200 characters and search results cut it at about 160.",
            fault: "summary: (the whole job description)", fix: "summary: Build the payments API with a team of five, remote in Europe."),
    warning("faq.empty-answer", "A published FAQ entry has no answer.", "The FAQ page shows the question with nothing under it.",
            fault: "---\nquestion: Do you sponsor visas?\n---\n", fix: "---\nquestion: Do you sponsor visas?\n---\nYes, for every role in Germany."),
    // templates and theme
    error("template.include-cycle", "Templates include each other in a loop.", "Rendering would never end.",
          fault: "a.mustache: {{> b}}   b.mustache: {{> a}}", fix: "remove one of the includes"),
    error("template.missing", "A template the build renders is missing.", "The site's templates/ and the built-in theme both lack it.",
          fault: "templates/ without role.mustache and a broken theme", fix: "jobsite theme eject role"),
    error("template.missing-partial", "A template includes a partial that does not exist.", "The include would render as nothing.",
          fault: "{{> partials/role-crad}}", fix: "{{> partials/role-card}}"),
    error("template.syntax", "A Mustache template does not parse.", "A section is not closed or a tag is malformed; a section error is reported at the section's opening tag.",
          fault: "{{#roles}}<li>{{title}}</li>", fix: "{{#roles}}<li>{{title}}</li>{{/roles}}"),
    error("template.unknown-field", "A template tag names a field its data does not have.",
          "Mustache renders an unknown name as nothing, so a typo blanks that text on every page the template renders; hence an error, like an unknown theme string.",
          fault: "<h1>{{role.titel}}</h1>", fix: "<h1>{{role.title}}</h1>"),
    error("template.unknown-string", "A template uses a theme string that does not exist.", "`{{t.key}}` would render as nothing.",
          fault: "{{t.aply}}", fix: "{{t.apply}}"),
    warning("theme.contrast", "A theme colour has too little contrast.", "Links and buttons must have 4.5:1 contrast (WCAG AA); the accent is darkened until it has.",
            fault: "theme: {accent: \"#ffcc00\"}", fix: "theme: {accent: \"#8a6d00\"}"),
    warning("theme.logo-size", "The logo's size cannot be read.", "For JPEG files and URLs jobsite cannot read the size, so it shows 32×32.",
            fault: "theme: {logo: /logo.jpg}", fix: "theme: {logo: /logo.jpg, logo_width: 160, logo_height: 40}"),
    error("theme.missing-file", "site.yml names a file that is not in static/ or the theme.", "The logo, favicon or picture would be a broken image on every page.",
          fault: "organization: {logo: /logo.svg}   (no static/logo.svg)", fix: "add static/logo.svg, or fix the path"),
    error("theme.unknown-name", "`theme eject` names no template or file of the theme.", "`jobsite theme list` lists them.",
          fault: "jobsite theme eject rol", fix: "jobsite theme eject role"),
    // ladders and pay zones (issue 16)
    warning("ladder.band-order", "A level's band is lower than the band of the level below it.",
            "Bands should rise with the level, per zone and along each track: a lower min or max means a promotion could cut pay, or a typo in the ladder.",
            fault: "- id: L3\n  salary: {min: 110000, max: 150000, …}   (L2: 115000–145000)", fix: "- id: L3\n  salary: {min: 118000, max: 180000, …}"),
    warning("ladder.band-unit", "A band is in another currency or period than the rest of its zone.",
            "Bands of one zone are compared level with level, which needs one currency and period; a place paid in another currency is a zone of its own.",
            fault: "bands: {us: {min: 90000, max: 120000, currency: EUR, period: YEAR}}   (other us bands in USD)", fix: "bands: {us: {min: 90000, max: 120000, currency: USD, period: YEAR}}"),
    warning("ladder.empty-track", "A track no level names.", "A track without levels has no pages; a level probably lost its `track:`.",
            fault: "tracks: [{id: manager, title: Manager}]   (no level has track: manager)", fix: "- id: M3\n  track: manager"),
    warning("ladder.missing-expectation", "A competency some level has no expectation for, even inherited.",
            "A level that leaves a competency out inherits it from the level below; the lowest level of each line must write every competency, or candidates see a gap.",
            fault: "- id: L1\n  expectations: {technical: …}   (no delivery)", fix: "- id: L1\n  expectations: {technical: …, delivery: …}"),
    warning("ladder.years-order", "Typical years go backwards as the level rises.", "A higher level should not start at fewer years than the level below it; usually a typo.",
            fault: "- id: L2\n  years: \"5-8\"\n- id: L3\n  years: \"2-4\"", fix: "- id: L2\n  years: \"2-4\"\n- id: L3\n  years: \"5-8\""),
    warning("pay.band-mismatch", "A posting's range is in another currency or period than its band.",
            "The range cannot be compared with the band, so the band check says so instead of skipping it.",
            fault: "salary: {min: 75000, max: 95000, currency: EUR, period: YEAR}   (band in USD)", fix: "salary: {min: 130000, max: 160000, currency: USD, period: YEAR}   (or a zone in EUR)"),
    warning("pay.implausible", "A pay amount too large for its period.", "An hourly range of 98,000 is a yearly figure with the wrong `period:`.",
            fault: "salary: {min: 98000, max: 120000, currency: USD, period: HOUR}", fix: "salary: {min: 98000, max: 120000, currency: USD, period: YEAR}"),
    warning("pay.no-band", "The posting's level has no band to check its range against.",
            "The ladder gives other levels (or zones) a band but not this level in this zone, so the range cannot be checked.",
            fault: "level: M4   (M4 has no bands.euro; the posting is in Berlin)", fix: "add bands: {euro: {min: …, max: …, currency: EUR, period: YEAR}} to level M4"),
    warning("pay.no-zone", "A posting's place has no pay zone, or no range for its zone.",
            "The band check needs the zone of each location (a remote posting's locations are where people may live) and the posting's range for it; pay laws ask for the range of each place.",
            fault: "locations: [{city: Toronto, country: CA}]   (no zone covers CA)", fix: "zones: [{id: canada, title: Canada, covers: [CA]}]"),
    error("pay.unknown-zone", "A posting's range names a zone its ladder does not have.",
          "`zone:` in a posting's salary must be the id of a zone of its ladder; a posting without a ladder with zones gives one range.",
          fault: "salary: [{zone: eu, …}]   (zones: us, euro)", fix: "salary: [{zone: euro, …}]"),
    // wording, freshness, structure of postings (the lint stage; README: Wording, Freshness, Structure)
    note("wording.masculine-coded", "A posting uses more masculine-coded than feminine-coded words.",
         "Job ads with more words such as 'competitive', 'dominant' or 'leader' (Gaucher, Friesen & Kay 2011, data/wording/) are less appealing to women; the balance matters, not each word.",
         fault: "A competitive, ambitious leader who thrives under pressure.",
         fix: "Someone who enjoys hard problems and supports the people around them."),
    warning("wording.exclusionary", "A phrase that excludes candidates by age, gender, origin or ability.",
            "Phrases such as 'rockstar', 'digital native' or 'native English speaker' (data/wording/exclusionary.txt) put off qualified people, and some are unlawful; the suggestion names a plainer word.",
            fault: "We want a young and dynamic rockstar.", fix: "We want a motivated expert."),
    dated(warning("role.expires-soon", "An open posting closes within 14 days.",
            "From the day after valid_through the posting is closed; if the position is still open, move the date. Date-driven: a warning ahead of the day, never an error on it.",
            fault: "valid_through: 2026-12-03   (built on 2026-11-30)", fix: "valid_through: 2027-01-31")),
    warning("role.missing-valid-through", "An open posting has no valid_through.",
            "Google's job search recommends validThrough, and without it the posting never closes.",
            fault: "date_posted: 2026-11-30", fix: "date_posted: 2026-11-30\nvalid_through: 2027-01-31"),
    warning("role.missing-section", "A posting has no section for what candidates look for.",
            "Candidates look for what they will do, what is asked of them, pay and benefits; each is found by a heading (lint.sections in site.yml), pay also by salary, benefits by the shared benefits section.",
            fault: "## About us\nWe build clinics software.", fix: "## What you'll do\n…\n## What we look for\n…"),
    // lint settings
    error("lint.unknown-rule", "lint: {ignore: […]} names a rule that does not exist.", "A typo would silently ignore nothing; `jobsite explain` lists what a rule finds.",
          fault: "lint: {ignore: [link.brokn]}", fix: "lint: {ignore: [link.broken]}"),
    error("lint.not-suppressible", "lint: {ignore: […]} names a rule that cannot be ignored.", "Errors that guard correctness (YAML, required fields, output safety) stop the build whatever the settings say.",
          fault: "lint: {ignore: [yaml.syntax]}", fix: "fix the YAML instead, and remove the entry"),
    // YAML
    error("yaml.alias", "YAML anchors and aliases (&, *) are refused.", "Front matter never needs them, and a few aliased lines can expand to billions of values.",
          fault: "tags: &t [go]\nmore: *t", fix: "tags: [go]\nmore: [go]"),
    warning("yaml.comment-in-value", "A ' #' cuts a value short.", "YAML reads ' #' as the start of a comment and drops the rest of the value.",
            fault: "title: Engineer #1", fix: "title: \"Engineer #1\""),
    error("yaml.duplicate-key", "A key is set twice in one mapping.", "Only one value can be used; which one is a guess.",
          fault: "title: A\ntitle: B", fix: "title: B"),
    error("yaml.indentation", "A line is indented wrongly.", "YAML reads structure from indentation with spaces.",
          fault: "salary:\n  min: 1\n   max: 2", fix: "salary:\n  min: 1\n  max: 2"),
    error("yaml.missing-colon", "A line has no ': ' between key and value.", "Without ': ' YAML cannot tell the key from the value.",
          fault: "title Backend Engineer", fix: "title: Backend Engineer"),
    error("yaml.needs-quotes", "A value that YAML reads as something else.", "Characters such as ': ', '@', '`', '[' or '{' have a meaning in YAML.",
          fault: "title: Engineer: Backend", fix: "title: \"Engineer: Backend\""),
    error("yaml.syntax", "The YAML cannot be read.", "Any other YAML syntax error, at the line libyaml reports.",
          fault: "title: [Backend", fix: "title: Backend"),
    error("yaml.tab-indent", "A tab indents a line.", "YAML indents with spaces only.",
          fault: "salary:\n\tmin: 1", fix: "salary:\n  min: 1"),
    error("yaml.tag", "A YAML tag (!) is refused.", "A tag silently changes a value's type.",
          fault: "title: !!int 12", fix: "title: \"12\""),
    error("yaml.unclosed-quote", "A quoted value is never closed.", "YAML would read on into the next lines.",
          fault: "title: \"Backend Engineer", fix: "title: \"Backend Engineer\""),
]
