import Diagnostics
import TestSupport
import Testing

@testable import Content

@Suite("Which parser a file gets")
struct ContentKindTests {
    @Test("the folder below content/ decides the kind of document", arguments: [
        ("content/roles/backend.md", ContentParser.Kind.role),
        ("content/roles/europe/backend.md", .role),
        ("content/ladders/backend.md", .ladder),
        ("content/faq/promotions.md", .faq),
        ("content/faq/process/interviews.md", .faq),
        ("content/roles.md", .page),
        ("content/faq.md", .page),
        ("content/about.md", .page),
        ("content/index.md", .page),
        ("content/teams/platform.md", .page),
    ])
    func kindByFolder(path: String, kind: ContentParser.Kind) {
        #expect(ContentParser.kind(of: path) == kind)
    }
}

@Suite("FAQ entries")
struct FAQTests {
    @Test("an FAQ entry reads its question, order, tags and answer")
    func faqParses() throws {
        let text = """
            ---
            question: How do promotions work?
            order: 7
            tags:
              - levels
              - career
            ---
            Twice a year.
            """
        let (document, diagnostics) = parse("content/faq/promotions.md", text)
        #expect(diagnostics.isEmpty)
        let faq = try #require(document?.faq)
        #expect(faq.slug == "promotions")
        #expect(faq.question == "How do promotions work?")
        #expect(faq.order == 7)
        #expect(faq.tags == ["levels", "career"])
        #expect(faq.draft == false)
        #expect(faq.body == MarkdownBody(text: "Twice a year.", firstLine: 8))
    }

    @Test("an FAQ entry or a ladder in a subfolder is an error, not a file whose folder is dropped")
    func nestedFAQAndLadder() throws {
        let faq = parse("content/faq/process/On Site.md", "---\nquestion: Where?\n---\n")
        #expect(faq.document == nil)
        #expect(report(faq.diagnostics) == [
            "content/faq/process/On Site.md: error: content/faq/ is read without its subfolders: every entry is a question on the one /faq/ page; move this file to content/faq/On Site.md [content.subfolder]",
        ])
        let ladder = parse("content/ladders/eng/backend.markdown", "---\ntitle: Backend\n---\n")
        #expect(report(ladder.diagnostics) == [
            "content/ladders/eng/backend.markdown: error: content/ladders/ is read without its subfolders: a ladder's id is its file name, which postings name in `ladder:`; move this file to content/ladders/backend.markdown [content.subfolder]",
        ])
        #expect(try #require(parse("content/faq/On Site.MD", "---\nquestion: Where?\n---\n").document?.faq).slug == "on-site")
    }

    @Test("an FAQ entry needs a question")
    func questionIsRequired() {
        #expect(report(parse("content/faq/promotions.md", "---\norder: 1\n---\nAnswer\n").diagnostics) == [
            "content/faq/promotions.md:2:1: error: missing required field 'question' (an FAQ entry is a question and its answer) [front-matter.missing-field]",
        ])
    }

    @Test("order must be a whole number")
    func orderMustBeANumber() {
        #expect(report(parse("content/faq/promotions.md", "---\nquestion: Why?\norder: first\n---\n").diagnostics) == [
            "content/faq/promotions.md:3:8: error: 'order' must be a whole number, found the text 'first' [front-matter.type]",
        ])
    }

    @Test("an FAQ entry with an unknown key lists the keys it takes")
    func unknownKey() {
        #expect(report(parse("content/faq/promotions.md", "---\nquestion: Why?\nanswer: Because.\n---\n").diagnostics) == [
            "content/faq/promotions.md:3:1: error: unknown key 'answer' in an FAQ entry; expected one of: question, order, tags, draft, aliases, lint [front-matter.unknown-key]",
        ])
    }

    @Test("a file name that cannot become a URL is reported at 1:1")
    func invalidFileName() {
        #expect(report(parse("content/faq/Wie geht's?.md", "---\nquestion: Wie?\n---\n").diagnostics) == [
            "content/faq/Wie geht's?.md:1:1: error: the file name 'Wie geht's?' cannot become a URL; use lowercase letters, digits and hyphens; rename it to content/faq/wie-gehts.md [content.file-name]",
        ])
    }
}

@Suite("Plain pages")
struct PageTests {
    @Test("a page reads its title, description and menu position")
    func pageParses() throws {
        let text = """
            ---
            title: About us
            description: Who we are.
            menu: 1
            draft: false
            ---
            We make software.
            """
        let (document, diagnostics) = parse("content/about.md", text)
        #expect(diagnostics.isEmpty)
        let page = try #require(document?.page)
        #expect(page.path == "about")
        #expect(page.title == "About us")
        #expect(page.description == "Who we are.")
        #expect(page.menu == 1)
        #expect(page.draft == false)
        #expect(page.body == MarkdownBody(text: "We make software.", firstLine: 7))
    }

    @Test("a page's path follows its folders, made URL-friendly", arguments: [
        ("content/index.md", "index"),
        ("content/teams/platform.md", "teams/platform"),
        ("content/teams/platform/index.md", "teams/platform/index"),
        ("content/Teams/On Call.md", "teams/on-call"),
        ("content/life_at_work/benefits.md", "life-at-work/benefits"),
    ])
    func pagePath(source: String, path: String) throws {
        let page = try #require(parse(source, "---\ntitle: T\n---\n").document?.page)
        #expect(page.path == path)
        #expect(page.source == source)
    }

    @Test("a folder name that cannot become a URL is reported with the whole path")
    func invalidFolderName() {
        #expect(report(parse("content/Über uns/team.md", "---\ntitle: Team\n---\n").diagnostics) == [
            "content/Über uns/team.md:1:1: error: the path 'Über uns/team' cannot become a URL; use lowercase letters, digits and hyphens in folder and file names; rename it to content/uber-uns/team.md [content.file-name]",
        ])
    }

    @Test("a page needs a title; a misspelt key gets a suggestion")
    func titleIsRequired() {
        #expect(report(parse("content/about.md", "---\ntitel: About\n---\n").diagnostics) == [
            "content/about.md:2:1: error: missing required field 'title' (it is the page's heading and browser title) [front-matter.missing-field]",
            // Swapping two neighbouring letters counts as one typo.
            "content/about.md:2:1: error: unknown key 'titel' in a page; did you mean 'title'? [front-matter.unknown-key]",
        ])
    }

    @Test("empty front matter is an empty mapping, so only the missing title is reported")
    func emptyFrontMatter() {
        #expect(report(parse("content/about.md", "---\n# only a comment\n---\nBody\n").diagnostics) == [
            "content/about.md:2:1: error: missing required field 'title' (it is the page's heading and browser title) [front-matter.missing-field]",
        ])
    }
}
