import Content
import Site

// The values templates see. Everything a template shows is computed here, so templates only
// place text (Hugo's rule: templates never compute what the model can). Field names are part
// of the theme contract documented in the README.

struct PageContext {
    var site: SiteView
    /// Relative prefix from this page to the site root: "./", "../", "../../".
    var root: String
    /// This page's path without the leading slash ("" for the home page).
    var path: String
    var title: String
    var description: String?
    var canonicalURL: String
    /// The language tag the page is written in (`<html lang>`): the site's, or its own.
    var language: String
    /// The theme's texts in that language: `{{t.applyForThisRole}}`.
    var t: TemplateStrings
    /// `<meta name="robots">` contents, one tag each: `noindex` (drafts, closed and unlisted
    /// postings, the 404 page) or an open posting's `unavailable_after: …`.
    var robots: [String] = []
    /// Published only by `--drafts`: the theme shows a banner.
    var draft: Bool
    /// Atom feeds for `<link rel="alternate">`: the site's, and the department's where one applies.
    var feeds: [FeedLink]
    var home: HomeView?
    var roleList: RoleListView?
    var role: RoleView?
    var ladderList: LadderListView?
    var ladder: LadderView?
    var faq: FAQView?
    var page: PlainPageView?
    var closedRole: ClosedRoleView?
    var redirect: RedirectView?
    /// A ladder level's page, and two levels compared.
    var levelPage: LevelPageView? = nil
    var compare: CompareView? = nil
    /// JSON-LD texts, escaped for `<script type="application/ld+json">` (`JSONLD.scriptText`).
    var structuredData: [String] = []
}

struct FeedLink {
    var title: String
    /// Without the leading slash, like every path: `{{root}}{{path}}`.
    var path: String
}

/// A posting past its `valid_through` day: what it was, and where to look instead.
struct ClosedRoleView {
    var card: RoleCard
    /// The last day it took applications (`valid_through`), ISO and as text.
    var lastDay: String
    var lastDayText: String
    var ladderTitle: String?
    var levelPath: String?
    /// `What L3 means`, when on a ladder.
    var levelMeaning: String?
    /// Open postings at the same level, or else in the same department (a few).
    var related: [RoleCard]
    var hasRelated: Bool
    /// `Open roles at L3` or `Open roles in Payments`; nil without related postings.
    var relatedHeading: String?
}

/// A redirect page at an alias: where the document is now.
struct RedirectView {
    var targetTitle: String
    /// Relative to the redirect page, with the target's fragment (an FAQ entry).
    var targetPath: String
    /// Absolute: the canonical URL.
    var targetURL: String
}

struct SiteView {
    struct Organization { var name: String; var url: String?; var logo: String? }
    struct NavItem { var title: String; var path: String; var current: Bool }
    var title: String
    var description: String?
    var language: String
    var baseURL: String
    var organization: Organization?
    var nav: [NavItem]
    var theme: ThemeView
}

/// `site.theme`: the branding of `site.yml`'s `theme:` with paths relative to the page.
struct ThemeView {
    struct Logo { var src: String; var width: Int; var height: Int }
    struct Favicon { var href: String; var type: String }
    /// CSS custom properties for a `<style>` element; only hex colours.
    var accentStyle: String?
    var logo: Logo?
    var favicon: Favicon
    /// Absolute URL.
    var socialImage: String?
}

struct RoleCard {
    var title: String
    var path: String
    var summary: String?
    var department: String?
    var level: String?
    var levelTitle: String?
    var locationText: String
    var workplace: String
    var employment: String
    var pay: String?
    var datePosted: String
    var datePostedText: String
}

/// A posting's own page: every field of its card (templates read them directly, as
/// `{{title}}`), plus the details only the page shows.
struct RoleView {
    var card: RoleCard
    var ladderTitle: String?
    var levelPath: String?
    var locations: [String]
    var experience: String?
    var skills: [String]
    var applyURL: String?
    var validThrough: String?
    var validThroughText: String?
    /// `What L3 means`, and where (`on the Backend Engineering Ladder`), when on a ladder.
    var levelMeaning: String?
    var onLadder: String?
    /// The ATS requisition id, when the posting gives one.
    var reqID: String?
    var body: String
    /// The shared sections this posting shows, after its body.
    var sections: [SectionView]
    /// The posting's range against its level's band, a figure per zone (`PayChart.postingBand`);
    /// nil without a ladder level, a band or a range to compare.
    var payBands: String? = nil
}

/// A shared posting section (benefits, equal opportunity …) on a posting page.
struct SectionView {
    /// The section element's id: `section-benefits`.
    var anchor: String
    var title: String
    /// HTML.
    var body: String
}

struct Department {
    var name: String
    /// For ids and "jump to" links: `department-data-platform`.
    var anchor: String
    var roleCount: Int
    /// `1 open role`, `5 open roles`.
    var roleCountText: String
    /// The newest postings (all of them on the roles page, a few on the home page).
    var roles: [RoleCard]
    var hasMoreRoles: Bool
    var moreRoleCount: Int
    /// `All 8 open roles in Platform`, for the link to the rest.
    var allRolesText: String
}

struct HomeView {
    var heading: String
    var intro: String?
    var roleCount: Int
    var roleCountText: String
    var departments: [Department]
    var ladders: [LadderCard]
    var faqs: [FAQItem]
    var hasMoreFAQs: Bool
}

struct RoleListView {
    var roleCount: Int
    var roleCountText: String
    var departments: [Department]
}

struct LadderCard {
    var title: String
    var path: String
    var summary: String?
    var levelCount: Int
    /// `5 levels`.
    var levelCountText: String
    var levelRange: String
}

struct LadderListView {
    var ladders: [LadderCard]
}

struct LadderView {
    struct CompetencyView { var id: String; var title: String; var description: String? }
    struct NextLevel { var id: String; var title: String; var anchor: String }
    struct Level {
        var id: String
        var anchor: String
        /// The level's own page.
        var path: String
        var title: String
        /// The title of its track, when it is on one.
        var track: String?
        var years: String?
        /// `Typical experience: 0-2 years`.
        var yearsText: String?
        /// Its one band, on a ladder without pay zones.
        var pay: String?
        /// Its band per pay zone, on a ladder with zones (empty without).
        var zoneBands: [PayBandView]
        /// Either of them is there.
        var hasPay: Bool
        var summary: String?
        /// Every competency after inheritance (inherited ones labelled `As at L2`).
        var expectations: [ExpectationView]
        /// The newest few postings at this level; `roleCount` counts all of them.
        var roles: [RoleCard]
        var hasRoles: Bool
        var roleCount: Int
        var roleCountText: String
        var hasMoreRoles: Bool
        var moreRoleCount: Int
        /// `What L3 looks like`, `Open roles at L3`, `2 more at L3 on the open roles page`.
        var expectationsHeading: String
        var rolesHeading: String
        var moreRolesText: String
        /// `Page for L3`.
        var pageLinkText: String
        var next: [NextLevel]
        /// The compare pages of this level with each next level.
        var compareNext: [CompareLink]
        /// The compare pages of this level with every level after it in the ladder's order.
        var compareLater: [CompareLink]
    }
    struct MatrixRow { var competency: String; var cells: [ExpectationView] }

    var title: String
    var summary: String?
    var intro: String
    /// `Levels on the Backend Engineering Ladder: title, typical experience and pay band`.
    var levelsCaption: String
    var competencies: [CompetencyView]
    var levels: [Level]
    var matrix: [MatrixRow]
    /// The ladder has tracks: levels on one are labelled with it.
    var hasTracks: Bool
    /// The pay chart's HTML (`PayChart.ladderCharts`): a figure per currency and period; nil
    /// when no level has a band.
    var payChart: String? = nil
    /// The ladder as JSON (`ladders/<id>.json`), for `<link rel="alternate">` and a download link.
    var jsonPath: String? = nil
    /// `Backend Engineering Ladder as JSON`.
    var jsonTitle: String? = nil
}

struct FAQItem {
    var question: String
    var anchor: String
    var path: String
    /// The answer's HTML on the FAQ page; absent in the home page's highlights.
    var answer: String?
    var tags: [String]
}

struct FAQView {
    var entries: [FAQItem]
}

struct PlainPageView {
    var title: String
    var body: String
}
