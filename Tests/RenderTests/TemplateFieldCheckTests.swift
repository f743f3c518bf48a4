import Content
import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Render

@Suite struct TemplateFieldCheckTests {
    /// The repository's templates/ (the built-in theme's sources), every `.mustache` file.
    static func builtInTemplates() throws -> [SourceFile] {
        let root = repositoryRoot.appendingPathComponent("templates")
        let paths = FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".mustache") }.sorted()
        return try paths.map { SourceFile(path: "templates/" + $0, text: try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)) }
    }

    /// The page templates, each replaced by `files` where given, checked for unknown fields.
    static func check(_ files: [String: String]) -> [String] {
        let (theme, diagnostics) = Theme.load(ThemeTests.templates(files))
        #expect(diagnostics.isEmpty)
        return theme.map { report($0.checkFields()) } ?? []
    }

    @Test func theBuiltInThemeChecksClean() throws {
        let templates = try Self.builtInTemplates()
        #expect(templates.count > 15)
        let (theme, diagnostics) = Theme.load(templates)
        #expect(diagnostics.isEmpty)
        #expect(try #require(theme).checkFields().isEmpty)
    }

    @Test func aMisspelledDottedFieldIsAnErrorWithTheFieldItMeant() throws {
        let problems = Self.check(["role": "<main>\n  <h1>{{role.titel}}</h1>\n</main>"])
        #expect(problems == [
            "templates/role.mustache:2:9: error: 'role.titel' renders as nothing: 'titel' is not a field of 'role'; did you mean 'role.title'? [template.unknown-field]",
        ])
        let (theme, _) = Theme.load(ThemeTests.templates(["role": "{{{ role.titel }}}"]))
        let finding = try #require(theme?.checkFields().first)
        #expect(finding.suggestion == "role.title")
        #expect(finding.location == SourceLocation(file: "templates/role.mustache", line: 1, column: 5))
    }

    @Test func namesResolveInTheInnermostSectionFirstThenOutward() {
        // `title` inside `{{#role}}` is the posting's (through its card), `site.title` the site's,
        // `root` the page's; `{{^pay}}`/`{{#current}}` keep the context; a list's elements are its context.
        #expect(Self.check(["role": """
            {{#role}}<h1>{{title}}</h1>{{^pay}}{{site.title}}{{/pay}}{{#skills}}<li>{{.}} {{root}}</li>{{/skills}}{{/role}}
            {{#site.nav}}{{#current}}<a href="{{root}}{{path}}">{{title}}</a>{{/current}}{{/site.nav}}
            {{#home}}{{#departments}}{{name}}{{#roles}}{{title}}{{/roles}}{{/departments}}{{^empty(faqs)}}x{{/empty(faqs)}}{{/home}}
            {{! {{nothing}} is a comment }}{{!
            {{nothing}} either }}
            """]) == [])
    }

    @Test func aNameOutsideItsSectionOrBesideTheCurrentContextIsReported() {
        #expect(Self.check(["roles": """
            <p>{{roleCount}}</p>
            {{#roleList}}{{#departments}}{{#roles}}{{.department}}{{.roleCount}}{{/roles}}{{/departments}}{{/roleList}}
            {{^roleList}}{{#empty(departmens)}}none{{/empty(departmens)}}{{/roleList}}
            """]) == [
            "templates/roles.mustache:1:6: error: 'roleCount' renders as nothing: 'roleCount' is not a field of the data this template receives; the fields each template receives are listed in the README (Templates) [template.unknown-field]",
            "templates/roles.mustache:2:57: error: '.roleCount' renders as nothing: 'roleCount' is not a field of the current context; the fields each template receives are listed in the README (Templates) [template.unknown-field]",
            "templates/roles.mustache:3:17: error: 'empty(departmens)' renders as nothing: 'departmens' is not a field of the data this template receives; the fields each template receives are listed in the README (Templates) [template.unknown-field]",
        ])
    }

    @Test func aFieldOfAFieldWithoutFieldsIsReported() {
        #expect(Self.check(["faq": "{{site.title.text}}\n{{#site.organizaton}}{{name}}{{/site.organizaton}}"]) == [
            "templates/faq.mustache:1:3: error: 'site.title.text' renders as nothing: 'text' is not a field of 'site.title', which has no fields; the fields each template receives are listed in the README (Templates) [template.unknown-field]",
            "templates/faq.mustache:2:4: error: 'site.organizaton' renders as nothing: 'organizaton' is not a field of 'site'; did you mean 'site.organization'? [template.unknown-field]",
        ])
    }

    @Test func aPartialIsCheckedInTheContextOfEachInclude() {
        #expect(Self.check([
            "role": "{{#role}}{{> partials/card}}{{/role}}",
            "roles": "{{#roleList}}{{#departments}}{{#roles}}{{> partials/card}}{{/roles}}{{/departments}}{{/roleList}}",
            "partials/card": "<h2>{{title}}</h2>{{ladderTitle}}",
            "partials/unused": "{{nothing}}",
        ]) == [
            // A card on /roles/ has no ladder title; a posting's page has one.
            "templates/partials/card.mustache:1:21: error: 'ladderTitle' renders as nothing: 'ladderTitle' is not a field of the data this template receives; the fields each template receives are listed in the README (Templates) [template.unknown-field]",
        ])
    }

    @Test func theBlocksOfALayoutAreCheckedWhereTheyAreWritten() {
        #expect(Self.check([
            "layout": "<title>{{$title}}{{site.title}}{{/title}}</title>{{$main}}{{/main}}{{descripton}}",
            "page": "{{<layout}}{{$main}}{{#page}}{{{body}}}{{{bodi}}}{{/page}}{{/main}}{{/layout}}",
        ]) == [
            "templates/layout.mustache:1:70: error: 'descripton' renders as nothing: 'descripton' is not a field of the data this template receives; did you mean 'description'? [template.unknown-field]",
            "templates/page.mustache:1:43: error: 'bodi' renders as nothing: 'bodi' is not a field of the data this template receives; did you mean 'body'? [template.unknown-field]",
        ])
    }

    @Test func theThemeStringsAreLeftToTheStringsCheck() {
        #expect(Self.check(["home": "{{t.anything}}{{#t.noOpenRolesHome}}{{before}}{{/t.noOpenRolesHome}}"]) == [])
    }
}
