import Content
import Diagnostics
import Foundation
import Markdown
import Site

/// Turns the site graph into template values in one language. Paths are written without the
/// leading slash; templates prefix them with `root`.
struct ViewBuilder: Sendable {
    let graph: SiteGraph
    /// The words and formats of the page being built.
    let words: Localization
    /// What every page shares, worked out once per build (branding, menu, stored file names).
    let shared: SharedViews
    /// Cards made once for every posting in `words`' language, by source file: a card appears
    /// on the home, list, ladder and posting pages, and formatting its pay and dates is most
    /// of what making one costs.
    var cards: [String: RoleCard] = [:]

    init(graph: SiteGraph, words: Localization, shared: SharedViews? = nil, cards: [String: RoleCard] = [:]) {
        self.graph = graph
        self.words = words
        self.shared = shared ?? SharedViews(graph: graph)
        self.cards = cards
    }

    var branding: Branding { shared.branding }
    var storedPaths: [String: String] { shared.storedPaths }

    func path(_ sitePath: SitePath) -> String {
        String(sitePath.value.dropFirst())
    }

    func card(_ role: Role) -> RoleCard {
        cards[role.source] ?? makeCard(role)
    }

    func makeCard(_ role: Role) -> RoleCard {
        RoleCard(title: role.title, path: path(.role(role.slug)), summary: role.summary,
                 department: role.department, level: role.level, levelTitle: graph.placement(of: role)?.level.title,
                 locationText: role.locations.map(words.location).joined(separator: " · "),
                 workplace: words.workplace(role.remote),
                 employment: role.employmentTypes.map(words.employment).joined(separator: ", "),
                 pay: payText(role), datePosted: role.datePosted.description,
                 datePostedText: words.date(role.datePosted))
    }

    /// The posting's pay: its one range (`$125,000–$168,000 USD per year`), or each zone's range
    /// named by the zone's title (`US high-cost: $… per year · Canada: CA$… per year`).
    func payText(_ role: Role) -> String? {
        guard role.salaries.count > 1 || role.salaries.first?.zone != nil else { return role.salary.map(words.pay) }
        let zones = graph.placement(of: role)?.ladder.zones ?? []
        return role.salaries.map { pay in
            let name = zones.first { $0.id == pay.zone }?.title ?? pay.zone ?? ""
            return name.isEmpty ? words.pay(pay.range) : "\(name): \(words.pay(pay.range))"
        }.joined(separator: " · ")
    }

    func roleView(_ role: Role, body: String, sections: [SectionView] = []) -> RoleView {
        let placement = graph.placement(of: role)
        let levelPath = placement.map { path(.level($0.ladder.id, $0.level.id)) }
        return RoleView(card: card(role), ladderTitle: placement?.ladder.title, levelPath: levelPath,
                        locations: role.locations.map(words.location),
                        experience: role.experienceYears.map(words.experience), skills: role.skills,
                        applyURL: role.applyURL, validThrough: role.validThrough?.description,
                        validThroughText: role.validThrough.map(words.date),
                        levelMeaning: placement.map { words.text("whatLevelMeans", ["level": $0.level.id]) },
                        onLadder: placement.map { words.text("onLadder", ["ladder": $0.ladder.title]) },
                        reqID: role.reqID, body: body, sections: sections, payBands: payBands(role))
    }

    /// How many postings a summary (a home page department, a ladder level) shows before
    /// "all N roles": a page with a card for each of thousands of postings helps nobody.
    static let summaryLimit = 6

    /// Postings grouped by department (alphabetical; postings without one last), each group
    /// cut to `limit` postings when one is given.
    func departments(_ roles: [Role], limit: Int? = nil) -> [Department] {
        // nil (no department) sorts last and is shown as "Other teams" (in the page's language);
        // a department really called that stays a group of its own.
        let groups = Dictionary(grouping: roles, by: \.department)
        let names = groups.keys.sorted { ($0 == nil ? 1 : 0, $0 ?? "") < ($1 == nil ? 1 : 0, $1 ?? "") }
        var anchors = UniqueIDs(firstSuffix: 2)  // "R&D" and "R D" slug alike; ids on one page must differ
        return names.map { name in
            let group = groups[name]!
            let cards = group.prefix(limit ?? group.count).map(card)
            // The anchor stays the same in every language, so links to it do too.
            let anchor = anchors.unique(anchor(name ?? "other teams"))
            let shownName = name ?? words.text("otherTeams")
            return Department(name: shownName, anchor: anchor, roleCount: group.count,
                              roleCountText: words.openRoles(group.count), roles: cards,
                              hasMoreRoles: group.count > cards.count, moreRoleCount: group.count - cards.count,
                              allRolesText: words.count("allRolesInDepartment", group.count, ["department": shownName]))
        }
    }

    func ladderCard(_ ladder: Ladder) -> LadderCard {
        let ids = ladder.levels.map(\.id)
        let range = ids.count > 1 ? "\(ids.first!)–\(ids.last!)" : (ids.first ?? "")
        return LadderCard(title: ladder.title, path: path(.ladder(ladder.id)), summary: ladder.summary,
                          levelCount: ids.count, levelCountText: words.count("levelCount", ids.count), levelRange: range)
    }

    func ladderView(_ ladder: Ladder, intro: String, criteria: LadderCriteria) -> LadderView {
        let titles = Dictionary(uniqueKeysWithValues: ladder.competencies.map { ($0.id, $0.title) })
        let levels = ladder.levels.enumerated().map { index, level in
            let atLevel = graph.roles(ladder: ladder.id, level: level.id)
            let roles = atLevel.prefix(Self.summaryLimit).map(card)
            let next = ladder.nextLevels(of: level)
            return LadderView.Level(
                id: level.id, anchor: SitePath.levelAnchor(level.id), path: path(.level(ladder.id, level.id)), title: level.title,
                track: trackTitle(ladder, level), years: level.years,
                yearsText: level.years.map { words.text("typicalExperience", ["years": $0]) },
                pay: ladder.zones.isEmpty ? level.salary.map(words.pay) : nil,
                zoneBands: ladder.zones.isEmpty ? [] : bands(ladder, level),
                hasPay: !bands(ladder, level).isEmpty, summary: level.summary,
                expectations: ladder.competencies.map { expectationView(ladder, level, $0, criteria: criteria, on: .ladder) },
                roles: roles, hasRoles: !roles.isEmpty, roleCount: atLevel.count,
                roleCountText: words.openRoles(atLevel.count), hasMoreRoles: atLevel.count > roles.count,
                moreRoleCount: atLevel.count - roles.count,
                expectationsHeading: words.text("levelExpectations", ["level": level.id]),
                rolesHeading: words.text("rolesAtLevel", ["level": level.id]),
                moreRolesText: words.count("moreRolesAtLevel", atLevel.count - roles.count, ["level": level.id]),
                pageLinkText: words.text("levelPageLink", ["level": level.id]),
                next: next.map { .init(id: $0.id, title: $0.title, anchor: SitePath.levelAnchor($0.id)) },
                compareNext: next.map { compareLink(ladder, level, $0) },
                compareLater: ladder.levels[(index + 1)...].map { compareLink(ladder, level, $0) })
        }
        let matrix = ladder.competencies.map { competency in
            LadderView.MatrixRow(competency: titles[competency.id] ?? competency.id, cells: ladder.levels.map {
                expectationView(ladder, $0, competency, criteria: criteria, on: .ladder)
            })
        }
        var view = LadderView(title: ladder.title, summary: ladder.summary, intro: intro,
                              levelsCaption: words.text("levelsCaption", ["ladder": ladder.title]),
                              competencies: ladder.competencies.map { .init(id: $0.id, title: $0.title, description: $0.description) },
                              levels: levels, matrix: matrix, hasTracks: !ladder.tracks.isEmpty)
        addPayViews(to: &view, ladder)
        return view
    }

    /// A closed posting's page: its card, its last day, and open postings at its level (or else
    /// in its department) to look at instead.
    func closedRoleView(_ role: Role) -> ClosedRoleView {
        let placement = graph.placement(of: role)
        var related: [Role] = placement.map { graph.roles(ladder: $0.ladder.id, level: $0.level.id) } ?? []
        var heading = placement.map { words.text("rolesAtLevel", ["level": $0.level.id]) }
        if related.isEmpty, let department = role.department {
            related = graph.listedRoles.filter { $0.department == department }
            heading = words.text("rolesInDepartment", ["department": department])
        }
        let cards = related.prefix(Self.summaryLimit).map(card)
        let lastDay = role.validThrough ?? role.datePosted
        return ClosedRoleView(card: card(role), lastDay: lastDay.description, lastDayText: words.date(lastDay),
                              ladderTitle: placement?.ladder.title,
                              levelPath: placement.map { path(.level($0.ladder.id, $0.level.id)) },
                              levelMeaning: placement.map { words.text("whatLevelMeans", ["level": $0.level.id]) },
                              related: Array(cards), hasRelated: !cards.isEmpty, relatedHeading: cards.isEmpty ? nil : heading)
    }

    func faqItem(_ faq: FAQEntry, answer: String?) -> FAQItem {
        FAQItem(question: faq.question, anchor: faq.slug, path: path(.faqEntry(faq.slug)), answer: answer, tags: faq.tags)
    }

    /// `Data Platform` → `department-data-platform`; prefixed so it cannot clash with other ids.
    func anchor(_ name: String) -> String {
        let slug = name.lowercased().unicodeScalars
            .map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? String($0) : "-" }
            .joined().split(separator: "-").joined(separator: "-")
        return "department-" + (slug.isEmpty ? "other" : slug)
    }

    /// A file given as a site path (`/logo.svg`) becomes relative to the page; an http(s) URL
    /// (the only other form site.yml accepts) stays as it is.
    func fileURL(_ reference: String, root: String) -> String {
        guard reference.hasPrefix("/"), !reference.hasPrefix("//") else { return reference }
        let end = reference.firstIndex { $0 == "?" || $0 == "#" } ?? reference.endIndex
        let path = reference[..<end]
        let stored = storedPaths[URLText.comparable(path)].map(URLText.encoded) ?? String(path)
        return root + stored.dropFirst() + reference[end...]
    }

    func themeView(root: String) -> ThemeView {
        ThemeView(accentStyle: branding.accentStyle,
                  logo: branding.logo.map { .init(src: fileURL($0.source, root: root), width: $0.width, height: $0.height) },
                  favicon: .init(href: fileURL(branding.favicon, root: root), type: branding.faviconType.rawValue),
                  socialImage: branding.socialImage)
    }

    func siteView(current: SitePath, root: String) -> SiteView {
        let config = graph.config
        // The generated sections first (a section is current on any page inside it), then pages.
        var nav: [SiteView.NavItem] = graph.routes.navigation.map { item in
            .init(title: words.text(item.titleKey), path: path(item.path), current: current.value.hasPrefix(item.path.value))
        }
        WorkMeter.add(shared.menu.count)
        for page in shared.menu {
            nav.append(.init(title: page.title, path: path(page.path), current: current == page.path))
        }
        return SiteView(title: config.title, description: config.description, language: config.language,
                        baseURL: config.baseURL,
                        organization: config.organization.map { organization in
                            .init(name: organization.name, url: organization.url,
                                  logo: organization.logo.map { fileURL($0.value, root: root) })
                        },
                        nav: nav, theme: themeView(root: root))
    }
}

/// What the views of every page share, worked out once per build rather than once per page.
struct SharedViews: Sendable {
    /// The site's `theme:` settings, resolved (accent shades, logo size, favicon, social image).
    var branding: Branding
    /// Site paths as compared (`URLText.comparable`) → as stored: a file referred to from
    /// site.yml is linked with its own bytes, which may be NFD, so a byte-exact server finds it.
    var storedPaths: [String: String]
    /// Pages with `menu`, in menu order: sorted once, not for every page's navigation.
    let menu: [(title: String, path: SitePath)]

    init(graph: SiteGraph, branding: Branding = Branding(), storedPaths: [String: String] = [:]) {
        self.branding = branding
        self.storedPaths = storedPaths
        menu = graph.pages.filter { $0.menu != nil }.sorted { ($0.menu!, $0.path) < ($1.menu!, $1.path) }
            .map { ($0.title, SitePath.page($0.path)) }
    }
}
