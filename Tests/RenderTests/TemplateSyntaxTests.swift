import Content
import Diagnostics
import TestSupport
import Testing
@testable import Render

/// A section error is reported where the section opened (the place to edit), not where
/// swift-mustache stopped; and the other templates are still checked.
@Suite struct TemplateSyntaxTests {
    /// The page templates with `files` in place, read, every problem found (fields included).
    static func problems(_ files: [String: String]) -> [String] {
        let (theme, diagnostics) = Theme.read(ThemeTests.templates(files))
        return report(diagnostics + theme.checkFields())
    }

    @Test func anUnclosedSectionIsAnErrorAtItsOpeningTag() {
        #expect(Self.problems(["page": "<ul>\n  {{#items}}\n  <li>{{name}}</li>\n</ul>\n"]) == [
            "templates/page.mustache:2:3: error: section 'items' opened here is never closed; add {{/items}} where the section ends [template.syntax]",
        ])
        #expect(Self.problems(["page": "<p>\n {{^pay}}none\n"]) == [
            "templates/page.mustache:2:2: error: inverted section 'pay' opened here is never closed; add {{/pay}} where the section ends [template.syntax]",
        ])
        // Each section still open at the end; a `{{#…}}` in a comment is text.
        #expect(Self.problems(["page": "{{! {{#x}} }}{{#a}}\n{{$b}}"]) == [
            "templates/page.mustache:1:14: error: section 'a' opened here is never closed; add {{/a}} where the section ends [template.syntax]",
            "templates/page.mustache:2:1: error: block 'b' opened here is never closed; add {{/b}} where the section ends [template.syntax]",
        ])
    }

    @Test func aMisspeltCloseIsAnErrorAtTheSectionItShouldClose() {
        #expect(Self.problems(["page": "<div>\n  {{#items}}\n<h1>{{name}}</h1>\n  {{/item}}\n</div>"]) == [
            "templates/page.mustache:2:3: error: section 'items' opened here is closed by {{/item}} at 4:3; expected {{/items}} [template.syntax]",
        ])
    }

    @Test func aCloseOfAnOuterSectionIsAnErrorAtTheInnerSectionLeftOpen() {
        #expect(Self.problems(["page": "{{#a}}\n  {{^b}}x\n{{/a}}"]) == [
            "templates/page.mustache:2:3: error: inverted section 'b' opened here is never closed; add {{/b}} before {{/a}} at 3:1 [template.syntax]",
        ])
    }

    @Test func aStrayCloseIsAnErrorAtTheCloseItself() {
        #expect(Self.problems(["page": "<p>x</p>\n   {{/role}}\n"]) == [
            "templates/page.mustache:2:4: error: {{/role}} closes no open section; remove it, or open the section before it with {{#role}} [template.syntax]",
        ])
        // Inside a section: the rest of the template closes it, so this close is the extra one.
        #expect(Self.problems(["page": "{{#a}}\n{{/b}}{{#c}}{{/c}}\n{{/a}}"]) == [
            "templates/page.mustache:2:1: error: {{/b}} closes no open section; remove it, or open the section before it with {{#b}} [template.syntax]",
        ])
    }

    @Test func aPartialsErrorIsInThePartialAndTheOtherTemplatesAreStillChecked() {
        #expect(Self.problems([
            "partials/card": "<li>\n{{#items}}{{name}}",
            "role": "<main>{{> partials/card}}\n<h1>{{role.titel}}</h1></main>",
        ]) == [
            "templates/partials/card.mustache:2:1: error: section 'items' opened here is never closed; add {{/items}} where the section ends [template.syntax]",
            "templates/role.mustache:2:7: error: 'role.titel' renders as nothing: 'titel' is not a field of 'role'; did you mean 'role.title'? [template.unknown-field]",
        ])
        let (theme, _) = Theme.load(ThemeTests.templates(["partials/card": "{{#items}}"]))
        #expect(theme == nil)
    }

    /// Templates that include each other are not read for fields (their contexts are not known,
    /// and the reading would never end); the others are.
    @Test func templatesOnAnIncludeCycleAreLeftOutOfTheFieldCheck() {
        #expect(Self.problems([
            "partials/a": "{{#items}}{{> partials/b}}{{/items}}", "partials/b": "{{#items}}{{nope}}{{> partials/a}}{{/items}}",
            "role": "{{> partials/a}}{{role.titel}}",
        ]) == [
            "templates/partials/b.mustache:1:19: error: templates include each other in a loop: partials/a → partials/b → partials/a [template.include-cycle]",
            "templates/role.mustache:1:19: error: 'role.titel' renders as nothing: 'titel' is not a field of 'role'; did you mean 'role.title'? [template.unknown-field]",
        ])
    }

    @Test func whereTheTagsCannotBeFollowedTheParsersPositionIsKept() {
        // After changed delimiters the build does not follow the tags; swift-mustache's place stays.
        #expect(Self.problems(["page": "{{=<% %>=}}\n<%#a%>x\n"]) == [
            "templates/page.mustache:3:1: error: template syntax: a section is never closed; expected `{{/name}}` [template.syntax]",
        ])
        #expect(Self.problems(["page": "<p>{{#a}}{{name</p>"]).map { $0.hasSuffix("a tag is not finished; expected `}}` [template.syntax]") } == [true])
    }
}
