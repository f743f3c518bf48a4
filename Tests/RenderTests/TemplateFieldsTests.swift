import Content
import Site
import Testing
@testable import Render

/// Template lookups go through key-path tables (fast) rather than reflection; a property
/// missing from its table would silently render empty, so every table is checked here.
@Suite struct TemplateFieldsTests {
    static func storedProperties(_ value: Any) -> Set<String> {
        Set(Mirror(reflecting: value).children.compactMap(\.label))
    }

    static func check<T: TemplateFields>(_ value: T, except delegated: Set<String> = []) {
        #expect(Set(T.templateFields.keys) == storedProperties(value).subtracting(delegated), "\(T.self)")
        for (name, _) in T.templateFields {
            #expect(value.child(named: name) != nil)
        }
    }

    @Test func everyViewListsEveryPropertyForTemplates() {
        let card = RoleCard(title: "t", path: "p", summary: nil, department: nil, level: nil, levelTitle: nil,
                            locationText: "", workplace: "", employment: "", pay: nil, datePosted: "", datePostedText: "")
        Self.check(card)
        let view = RoleView(card: card, ladderTitle: nil, levelPath: nil, locations: [], experience: nil,
                            skills: [], applyURL: nil, validThrough: nil, validThroughText: nil, levelMeaning: nil,
                            onLadder: nil, reqID: nil, body: "", sections: [])
        Self.check(view, except: ["card"])
        for name in RoleCard.templateFields.keys {
            #expect(view.child(named: name) != nil, "a role page reads the card's \(name)")
        }
        Self.check(Department(name: "", anchor: "", roleCount: 0, roleCountText: "", roles: [], hasMoreRoles: false, moreRoleCount: 0,
                              allRolesText: ""))
        Self.check(HomeView(heading: "", intro: nil, roleCount: 0, roleCountText: "", departments: [], ladders: [], faqs: [], hasMoreFAQs: false))
        Self.check(RoleListView(roleCount: 0, roleCountText: "", departments: []))
        Self.check(LadderCard(title: "", path: "", summary: nil, levelCount: 0, levelCountText: "", levelRange: ""))
        Self.check(LadderListView(ladders: []))
        Self.check(LadderView(title: "", summary: nil, intro: "", levelsCaption: "", competencies: [], levels: [], matrix: [],
                              hasTracks: false))
        Self.check(LadderView.CompetencyView(id: "", title: "", description: nil))
        Self.check(LadderView.NextLevel(id: "", title: "", anchor: ""))
        Self.check(LadderView.Level(id: "", anchor: "", path: "", title: "", track: nil, years: nil, yearsText: nil, pay: nil, zoneBands: [], hasPay: false,
                                    summary: nil, expectations: [], roles: [], hasRoles: false, roleCount: 0, roleCountText: "",
                                    hasMoreRoles: false, moreRoleCount: 0, expectationsHeading: "", rolesHeading: "",
                                    moreRolesText: "", pageLinkText: "", next: [], compareNext: [], compareLater: []))
        Self.check(LadderView.MatrixRow(competency: "", cells: []))
        let expectation = ExpectationView(competencyID: "", competency: "", level: "", text: "", isList: false, criteria: [], inherited: nil, isMissing: false)
        Self.check(expectation)
        Self.check(CriterionView(html: "", change: nil, changeClass: nil))
        Self.check(PayBandView(zone: nil, pay: ""))
        let link = LevelLink(id: "", title: "", path: "", track: nil)
        Self.check(link)
        Self.check(CompareLink(text: "", path: ""))
        Self.check(NextLevelChanges(level: link, heading: "", changes: [], hasChanges: false, compare: CompareLink(text: "", path: "")))
        Self.check(LevelPageView(ladderTitle: "", ladderPath: "", id: "", title: "", track: nil, yearsText: nil, summary: nil,
                                 expectationsHeading: "", expectations: [], bands: [], rolesHeading: "", roles: [], hasRoles: false,
                                 hasMoreRoles: false, moreRolesText: "", previous: nil, next: [], changes: [], comparisons: [],
                                 compareHeading: ""))
        Self.check(CompareRow(competency: "", lower: expectation, higher: expectation, status: "", changed: false))
        Self.check(CompareBand(zone: nil, lower: nil, higher: nil))
        Self.check(CompareView(ladderTitle: "", ladderPath: "", title: "", caption: "", lower: link, higher: link, lowerYears: nil,
                               higherYears: nil, bands: [], rows: []))
        Self.check(FAQItem(question: "", anchor: "", path: "", answer: "", tags: []))
        Self.check(FAQView(entries: []))
        Self.check(PlainPageView(title: "", body: ""))
        Self.check(SectionView(anchor: "", title: "", body: ""))
        let theme = ThemeView(accentStyle: nil, logo: nil, favicon: .init(href: "", type: ""), socialImage: nil)
        Self.check(theme)
        Self.check(ThemeView.Logo(src: "", width: 1, height: 1))
        Self.check(ThemeView.Favicon(href: "", type: ""))
        let site = SiteView(title: "", description: nil, language: "", baseURL: "", organization: nil, nav: [], theme: theme)
        Self.check(site)
        Self.check(SiteView.Organization(name: "", url: nil, logo: nil))
        Self.check(SiteView.NavItem(title: "", path: "", current: false))
        Self.check(PageContext(site: site, root: "", path: "", title: "", description: nil, canonicalURL: "",
                               language: "en", t: TemplateStrings([:]), draft: false, feeds: [],
                               home: nil, roleList: nil, role: nil, ladderList: nil, ladder: nil, faq: nil, page: nil,
                               closedRole: nil, redirect: nil, levelPage: nil, compare: nil))
        Self.check(FeedLink(title: "", path: ""))
        let closed = ClosedRoleView(card: card, lastDay: "", lastDayText: "", ladderTitle: nil, levelPath: nil, levelMeaning: nil, related: [],
                                    hasRelated: false, relatedHeading: nil)
        Self.check(closed, except: ["card"])
        for name in RoleCard.templateFields.keys {
            #expect(closed.child(named: name) != nil, "a closed posting's page reads the card's \(name)")
        }
        Self.check(RedirectView(targetTitle: "", targetPath: "", targetURL: ""))
    }
}
