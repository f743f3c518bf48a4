import Mustache

/// Template values answer name lookups from a table of key paths instead of through `Mirror`:
/// swift-mustache falls back to reflection for plain structs, which cost about 7 ms a page and
/// dominated large builds. `TemplateFieldsTests` checks each table lists every stored property.
/// (The tables are `nonisolated(unsafe)`: key paths are immutable values, only read.)
protocol TemplateFields: MustacheParent {
    static var templateFields: [String: PartialKeyPath<Self>] { get }
    /// Every name `child(named:)` answers, with its value's type, for the template field check
    /// (`Theme.checkFields`). Defaults to `templateFields`' value types.
    static var templateFieldTypes: [String: Any.Type] { get }
}

extension TemplateFields {
    static var templateFieldTypes: [String: Any.Type] { ownFieldTypes }

    func child(named name: String) -> Any? {
        Self.templateFields[name].map { Self.value(self[keyPath: $0]) }
    }

    static func value(_ value: Any) -> Any {
        if let optional = value as? any OptionalField, optional.isNone { return Absent() }
        return value
    }
}

/// An optional field without a value. It renders as nothing and counts as false in sections,
/// and — unlike `nil` — it stops Mustache from looking the name up in outer contexts: a role
/// card without `pay` on a ladder page must not show the enclosing level's `pay`.
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

private protocol OptionalField {
    var isNone: Bool { get }
}

extension Optional: OptionalField {
    var isNone: Bool { self == nil }
}

extension PageContext: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<PageContext>] = [
        "site": \.site,
        "root": \.root,
        "path": \.path,
        "title": \.title,
        "description": \.description,
        "canonicalURL": \.canonicalURL,
        "language": \.language,
        "t": \.t,
        "robots": \.robots,
        "draft": \.draft,
        "feeds": \.feeds,
        "home": \.home,
        "roleList": \.roleList,
        "role": \.role,
        "ladderList": \.ladderList,
        "ladder": \.ladder,
        "levelPage": \.levelPage,
        "compare": \.compare,
        "faq": \.faq,
        "page": \.page,
        "structuredData": \.structuredData,
        "closedRole": \.closedRole,
        "redirect": \.redirect,
    ]
}

extension FeedLink: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<FeedLink>] = [
        "title": \.title,
        "path": \.path,
    ]
}

extension ClosedRoleView: TemplateFields {
    /// Its own fields first, then its card's.
    static var templateFieldTypes: [String: Any.Type] {
        RoleCard.templateFieldTypes.merging(ownFieldTypes) { _, own in own }
    }

    func child(named name: String) -> Any? {
        guard let path = Self.templateFields[name] else { return card.child(named: name) }
        return Self.value(self[keyPath: path])
    }

    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<ClosedRoleView>] = [
        "lastDay": \.lastDay,
        "lastDayText": \.lastDayText,
        "ladderTitle": \.ladderTitle,
        "levelPath": \.levelPath,
        "levelMeaning": \.levelMeaning,
        "related": \.related,
        "hasRelated": \.hasRelated,
        "relatedHeading": \.relatedHeading,
    ]
}

extension RedirectView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<RedirectView>] = [
        "targetTitle": \.targetTitle,
        "targetPath": \.targetPath,
        "targetURL": \.targetURL,
    ]
}

extension SiteView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<SiteView>] = [
        "title": \.title,
        "description": \.description,
        "language": \.language,
        "baseURL": \.baseURL,
        "organization": \.organization,
        "nav": \.nav,
        "theme": \.theme,
    ]
}

extension ThemeView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<ThemeView>] = [
        "accentStyle": \.accentStyle,
        "logo": \.logo,
        "favicon": \.favicon,
        "socialImage": \.socialImage,
    ]
}

extension ThemeView.Logo: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<ThemeView.Logo>] = [
        "src": \.src,
        "width": \.width,
        "height": \.height,
    ]
}

extension ThemeView.Favicon: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<ThemeView.Favicon>] = [
        "href": \.href,
        "type": \.type,
    ]
}

extension SiteView.Organization: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<SiteView.Organization>] = [
        "name": \.name,
        "url": \.url,
        "logo": \.logo,
    ]
}

extension SiteView.NavItem: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<SiteView.NavItem>] = [
        "title": \.title,
        "path": \.path,
        "current": \.current,
    ]
}

extension RoleCard: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<RoleCard>] = [
        "title": \.title,
        "path": \.path,
        "summary": \.summary,
        "department": \.department,
        "level": \.level,
        "levelTitle": \.levelTitle,
        "locationText": \.locationText,
        "workplace": \.workplace,
        "employment": \.employment,
        "pay": \.pay,
        "datePosted": \.datePosted,
        "datePostedText": \.datePostedText,
    ]
}

extension RoleView: TemplateFields {
    /// Its own fields first, then its card's.
    static var templateFieldTypes: [String: Any.Type] {
        RoleCard.templateFieldTypes.merging(ownFieldTypes) { _, own in own }
    }

    func child(named name: String) -> Any? {
        guard let path = Self.templateFields[name] else { return card.child(named: name) }
        return Self.value(self[keyPath: path])
    }

    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<RoleView>] = [
        "ladderTitle": \.ladderTitle,
        "levelPath": \.levelPath,
        "locations": \.locations,
        "experience": \.experience,
        "skills": \.skills,
        "applyURL": \.applyURL,
        "validThrough": \.validThrough,
        "validThroughText": \.validThroughText,
        "levelMeaning": \.levelMeaning,
        "onLadder": \.onLadder,
        "reqID": \.reqID,
        "body": \.body,
        "sections": \.sections,
        "payBands": \.payBands,
    ]
}

extension SectionView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<SectionView>] = [
        "anchor": \.anchor,
        "title": \.title,
        "body": \.body,
    ]
}

extension Department: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<Department>] = [
        "name": \.name,
        "anchor": \.anchor,
        "roleCount": \.roleCount,
        "roleCountText": \.roleCountText,
        "roles": \.roles,
        "hasMoreRoles": \.hasMoreRoles,
        "moreRoleCount": \.moreRoleCount,
        "allRolesText": \.allRolesText,
    ]
}

extension HomeView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<HomeView>] = [
        "heading": \.heading,
        "intro": \.intro,
        "roleCount": \.roleCount,
        "roleCountText": \.roleCountText,
        "departments": \.departments,
        "ladders": \.ladders,
        "faqs": \.faqs,
        "hasMoreFAQs": \.hasMoreFAQs,
    ]
}

extension RoleListView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<RoleListView>] = [
        "roleCount": \.roleCount,
        "roleCountText": \.roleCountText,
        "departments": \.departments,
    ]
}

extension LadderCard: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<LadderCard>] = [
        "title": \.title,
        "path": \.path,
        "summary": \.summary,
        "levelCount": \.levelCount,
        "levelCountText": \.levelCountText,
        "levelRange": \.levelRange,
    ]
}

extension LadderListView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<LadderListView>] = [
        "ladders": \.ladders,
    ]
}

extension LadderView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<LadderView>] = [
        "title": \.title,
        "summary": \.summary,
        "intro": \.intro,
        "levelsCaption": \.levelsCaption,
        "competencies": \.competencies,
        "levels": \.levels,
        "matrix": \.matrix,
        "hasTracks": \.hasTracks,
        "payChart": \.payChart,
        "jsonPath": \.jsonPath,
        "jsonTitle": \.jsonTitle,
    ]
}

extension LadderView.CompetencyView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<LadderView.CompetencyView>] = [
        "id": \.id,
        "title": \.title,
        "description": \.description,
    ]
}

extension LadderView.NextLevel: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<LadderView.NextLevel>] = [
        "id": \.id,
        "title": \.title,
        "anchor": \.anchor,
    ]
}

extension LadderView.Level: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<LadderView.Level>] = [
        "id": \.id,
        "anchor": \.anchor,
        "path": \.path,
        "title": \.title,
        "track": \.track,
        "years": \.years,
        "yearsText": \.yearsText,
        "pay": \.pay,
        "zoneBands": \.zoneBands,
        "hasPay": \.hasPay,
        "summary": \.summary,
        "expectations": \.expectations,
        "roles": \.roles,
        "hasRoles": \.hasRoles,
        "roleCount": \.roleCount,
        "roleCountText": \.roleCountText,
        "hasMoreRoles": \.hasMoreRoles,
        "moreRoleCount": \.moreRoleCount,
        "expectationsHeading": \.expectationsHeading,
        "rolesHeading": \.rolesHeading,
        "moreRolesText": \.moreRolesText,
        "pageLinkText": \.pageLinkText,
        "next": \.next,
        "compareNext": \.compareNext,
        "compareLater": \.compareLater,
    ]
}

extension LadderView.MatrixRow: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<LadderView.MatrixRow>] = [
        "competency": \.competency,
        "cells": \.cells,
    ]
}

extension FAQItem: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<FAQItem>] = [
        "question": \.question,
        "anchor": \.anchor,
        "path": \.path,
        "answer": \.answer,
        "tags": \.tags,
    ]
}

extension FAQView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<FAQView>] = [
        "entries": \.entries,
    ]
}

extension PlainPageView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<PlainPageView>] = [
        "title": \.title,
        "body": \.body,
    ]
}

extension CriterionView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<CriterionView>] = [
        "html": \.html,
        "change": \.change,
        "changeClass": \.changeClass,
    ]
}

extension ExpectationView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<ExpectationView>] = [
        "competencyID": \.competencyID,
        "competency": \.competency,
        "level": \.level,
        "text": \.text,
        "isList": \.isList,
        "criteria": \.criteria,
        "inherited": \.inherited,
        "isMissing": \.isMissing,
    ]
}

extension PayBandView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<PayBandView>] = [
        "zone": \.zone,
        "pay": \.pay,
    ]
}

extension LevelLink: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<LevelLink>] = [
        "id": \.id,
        "title": \.title,
        "path": \.path,
        "track": \.track,
    ]
}

extension CompareLink: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<CompareLink>] = [
        "text": \.text,
        "path": \.path,
    ]
}

extension NextLevelChanges: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<NextLevelChanges>] = [
        "level": \.level,
        "heading": \.heading,
        "changes": \.changes,
        "hasChanges": \.hasChanges,
        "compare": \.compare,
    ]
}

extension LevelPageView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<LevelPageView>] = [
        "ladderTitle": \.ladderTitle,
        "ladderPath": \.ladderPath,
        "id": \.id,
        "title": \.title,
        "track": \.track,
        "yearsText": \.yearsText,
        "summary": \.summary,
        "expectationsHeading": \.expectationsHeading,
        "expectations": \.expectations,
        "bands": \.bands,
        "rolesHeading": \.rolesHeading,
        "roles": \.roles,
        "hasRoles": \.hasRoles,
        "hasMoreRoles": \.hasMoreRoles,
        "moreRolesText": \.moreRolesText,
        "previous": \.previous,
        "next": \.next,
        "changes": \.changes,
        "comparisons": \.comparisons,
        "compareHeading": \.compareHeading,
    ]
}

extension CompareRow: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<CompareRow>] = [
        "competency": \.competency,
        "lower": \.lower,
        "higher": \.higher,
        "status": \.status,
        "changed": \.changed,
    ]
}

extension CompareBand: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<CompareBand>] = [
        "zone": \.zone,
        "lower": \.lower,
        "higher": \.higher,
    ]
}

extension CompareView: TemplateFields {
    nonisolated(unsafe) static let templateFields: [String: PartialKeyPath<CompareView>] = [
        "ladderTitle": \.ladderTitle,
        "ladderPath": \.ladderPath,
        "title": \.title,
        "caption": \.caption,
        "lower": \.lower,
        "higher": \.higher,
        "lowerYears": \.lowerYears,
        "higherYears": \.higherYears,
        "bands": \.bands,
        "rows": \.rows,
    ]
}
