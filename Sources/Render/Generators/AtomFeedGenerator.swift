import Content
import Diagnostics
import Site

/// An Atom 1.0 feed (RFC 4287) of open listed postings: the site's (`/feed.xml`) or one
/// department's (`/roles/<department>/feed.xml`). Every id and date comes from the content:
/// an entry's id from the site's host, its `date_posted` and the slug it was first published
/// under; `updated` from `date_posted`, and the feed's from its newest entry or the day after a
/// posting of it closed — never the clock, so an unchanged site gives an unchanged feed.
struct AtomFeedGenerator: OutputGenerator {
    func generate(_ route: Route, _ input: GeneratorInput) -> (text: String, diagnostics: [Diagnostic]) {
        let config = input.graph.config
        let roles = input.listedRoles(department: route.department)
        let title = OutputGenerators.feedTitle(config, department: route.department, words: input.views.words)
        let closedDays = input.closedRoles(department: route.department).compactMap { $0.validThrough?.adding(days: 1) }
        let updated = (roles.map(\.datePosted) + closedDays).max()
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escaped(config.language))">
            <id>\(XMLText.escaped(input.absoluteURL(route.path)))</id>
            <title>\(XMLText.escaped(title))</title>
            <updated>\(Self.timestamp(updated))</updated>
            <author><name>\(XMLText.escaped(config.organization?.name ?? config.title))</name></author>
            <link rel="self" type="application/atom+xml" href="\(XMLText.escaped(input.absoluteURL(route.path)))"/>
            <link rel="alternate" type="text/html" href="\(XMLText.escaped(input.absoluteURL(.roles)))"/>

            """
        for role in roles {
            xml += entry(role, input)
        }
        xml += "</feed>\n"
        return (xml, [])
    }

    func entry(_ role: Role, _ input: GeneratorInput) -> String {
        let page = input.absoluteURL(.role(role.slug))
        let card = input.views.card(role)
        let facts = [card.levelTitle.map { "\(role.level ?? "") \($0)" }, card.locationText, card.workplace, card.employment, card.pay]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        var xml = "<entry>\n"
        xml += "<id>\(XMLText.escaped(entryID(role, input)))</id>\n"
        xml += "<title>\(XMLText.escaped(role.title))</title>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escaped(page))\"/>\n"
        xml += "<published>\(Self.timestamp(role.datePosted))</published>\n"
        xml += "<updated>\(Self.timestamp(role.datePosted))</updated>\n"
        if let department = role.department {
            xml += "<category term=\"\(XMLText.escaped(department))\"/>\n"
        }
        xml += "<summary>\(XMLText.escaped([role.summary, facts].compactMap { $0 }.joined(separator: " — ")))</summary>\n"
        if let body = input.roleBodies[role.source] {
            // Links in the description are relative to the posting's page: xml:base says so.
            xml += "<content type=\"html\" xml:base=\"\(XMLText.escaped(page))\">\(XMLText.escaped(body))</content>\n"
        }
        xml += "</entry>\n"
        return xml
    }

    /// `tag:careers.example.com,2026-05-01:roles/backend-engineer`: the same for as long as the
    /// posting lives, through a rename (`firstSlug`) and whichever feed it is in.
    func entryID(_ role: Role, _ input: GeneratorInput) -> String {
        let base = input.graph.config.baseURL
        let afterScheme = base.range(of: "://").map { base[$0.upperBound...] } ?? base[...]
        let host = afterScheme.prefix { $0 != "/" && $0 != ":" }.lowercased()
        return "tag:\(host),\(role.datePosted):roles/\(role.firstSlug)"
    }

    /// RFC 3339, midnight UTC of a content date; the epoch for a feed that never had an entry.
    static func timestamp(_ day: CalendarDate?) -> String {
        "\(day?.description ?? "1970-01-01")T00:00:00Z"
    }
}
