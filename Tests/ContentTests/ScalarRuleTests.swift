import Diagnostics
import TestSupport
import Testing

@testable import Content

/// Every typed field reads numbers and booleans by one rule (`ScalarRule`): what the person
/// typed is published, or the build stops at the value with the form to write instead.
@Suite("Numbers and booleans in front matter")
struct ScalarRuleTests {
    /// A file with one typed value at the marker `⟨v⟩`, where `VALUE` is replaced by a form.
    struct Field: Sendable, CustomTestStringConvertible {
        var name: String
        var path: String
        var template: String
        var read: @Sendable (Document?, SiteConfig?) -> Double?
        var testDescription: String { name }

        /// The file with `written` at the marker, and where the value stands.
        func file(_ written: String) -> (text: String, location: Diagnostics.SourceLocation) {
            let site = FixtureSite("-- \(path) --\n" + template.replacingOccurrences(of: "VALUE", with: written))
            return (site.files[path]!, site.location("v"))
        }

        func parse(_ written: String) -> (value: Double?, diagnostics: [String], location: Diagnostics.SourceLocation) {
            let (text, location) = file(written)
            let (document, config, diagnostics) = parseAny(path, text)
            return (read(document, config), report(diagnostics), location)
        }
    }

    static let wholeNumberFields: [Field] = [
        Field(name: "experience_years", path: postingPath,
              template: posting(adding: "experience_years: ⟨v⟩VALUE"),
              read: { document, _ in document?.role?.experienceYears.map(Double.init) }),
        Field(name: "order", path: "content/faq/pay.md",
              template: "---\nquestion: How is pay set?\norder: ⟨v⟩VALUE\n---\nBy band.\n",
              read: { document, _ in document?.faq?.order.map(Double.init) }),
        Field(name: "menu", path: "content/about.md",
              template: "---\ntitle: About\nmenu: ⟨v⟩VALUE\n---\n",
              read: { document, _ in document?.page?.menu.map(Double.init) }),
    ]

    static let amountFields: [Field] = [
        Field(name: "salary.min", path: postingPath,
              template: posting(adding: salary(min: "⟨v⟩VALUE", max: "999999999")),
              read: { document, _ in document?.role?.salary?.min }),
        Field(name: "salary.max", path: postingPath,
              template: posting(adding: salary(min: "0.01", max: "⟨v⟩VALUE")),
              read: { document, _ in document?.role?.salary?.max }),
        Field(name: "levels[0].salary.min", path: "content/ladders/backend.md", template: """
            ---
            title: Backend Ladder
            competencies: [{id: craft, title: Craft}]
            levels:
              - id: L1
                title: Junior
                salary:
                  min: ⟨v⟩VALUE
                  max: 999999999
                  currency: EUR
                  period: YEAR
            ---
            """, read: { document, _ in document?.ladder?.levels.first?.salary?.min }),
    ]

    /// A form and what a whole-number field and a pay amount make of it: the value, or the
    /// message after `'<field>' `.
    struct Form: Sendable, CustomTestStringConvertible {
        enum Outcome: Sendable { case reads(Double), refused(String) }
        var written: String
        var whole: Outcome
        var amount: Outcome
        var testDescription: String { written }

        init(_ written: String, whole: Outcome, amount: Outcome? = nil) {
            self.written = written
            self.whole = whole
            self.amount = amount ?? whole
        }

        /// Refused by both kinds of field as the text it is, with `fix`.
        static func text(_ written: String, found: String? = nil, fix: String?) -> Form {
            let tail = "found the text '\(found ?? written)'\(fix.map { "; \($0)" } ?? "") [front-matter.type]"
            return Form(written, whole: .refused("must be a whole number, \(tail)"), amount: .refused("must be a number, \(tail)"))
        }
    }

    static let forms: [Form] = [
        // Read as written (YAML 1.2 core, decimal only).
        Form("065000", whole: .reads(65000)),
        Form("085000", whole: .reads(85000)),
        Form("08", whole: .reads(8)),
        Form("0", whole: .reads(0)),
        Form("+5", whole: .reads(5)),
        Form("42.50", whole: .refused("must be a whole number, found the number 42.50 [front-matter.type]"), amount: .reads(42.5)),
        Form("085000.5", whole: .refused("must be a whole number, found the number 085000.5 [front-matter.type]"), amount: .reads(85000.5)),
        Form("5.0", whole: .refused("must be a whole number, found the number 5.0; write 5 [front-matter.type]"), amount: .reads(5)),
        // Refused, with the plain form to write.
        .text("1_000", fix: "write 1000"),
        .text("1,000", fix: "write 1000"),
        .text("1 000 000", fix: "write 1000000"),
        .text("1'000", fix: "write 1000"),
        .text("1.000.000", fix: "write 1000000"),
        .text("0x1F", fix: "write 31"),
        .text("0o17", fix: "write 15"),
        .text("0b101", fix: "write 5"),
        .text("1e5", fix: "write 100000"),
        .text("1.5E3", fix: "write 1500"),
        .text("65k", fix: "write 65000"),
        .text("$85,000", fix: "write 85000"),
        .text("85000 €", fix: "write 85000"),
        .text("5.", fix: "write 5"),
        Form(".5", whole: .refused("must be a whole number, found the text '.5' [front-matter.type]"),
             amount: .refused("must be a number, found the text '.5'; write 0.5 [front-matter.type]")),
        .text("\"80000\"", found: "80000", fix: "write 80000 without quotes"),
        .text("'1_000'", found: "1_000", fix: "write 1000 without quotes"),
        // Refused: no plain form to name.
        .text("1:30", fix: "write it with digits only"),
        .text(".inf", fix: "write it with digits only"),
        .text("-.Inf", fix: "write it with digits only"),
        .text(".nan", fix: "write it with digits only"),
        .text("yes", fix: nil),
        .text("on", fix: nil),
        Form("true", whole: .refused("must be a whole number, found the boolean true [front-matter.type]"),
             amount: .refused("must be a number, found the boolean true [front-matter.type]")),
        // A point before three digits means thousands in many languages: neither reading is assumed.
        Form("85.000", whole: .refused("(85.000) is ambiguous: it reads as 85, but many languages write 85000 that way; write 85000 or 85 [front-matter.value]")),
        Form("1.500", whole: .refused("(1.500) is ambiguous: it reads as 1.5, but many languages write 1500 that way; write 1500 [front-matter.value]"),
             amount: .refused("(1.500) is ambiguous: it reads as 1.5, but many languages write 1500 that way; write 1500 or 1.5 [front-matter.value]")),
        .text("€ 85.000", fix: "write it with digits only"),
        // Amounts are published in cents.
        Form("42.505", whole: .refused("(42.505) is ambiguous: it reads as 42.505, but many languages write 42505 that way; write 42505 [front-matter.value]"),
             amount: .refused("(42.505) is ambiguous: it reads as 42.505, but many languages write 42505 that way; write 42505 or 42.51 [front-matter.value]")),
        Form("42.5051", whole: .refused("must be a whole number, found the number 42.5051 [front-matter.type]"),
             amount: .refused("(42.5051) has more than two decimals, but amounts are published in cents; write 42.51 [front-matter.value]")),
    ]

    @Test("whole-number fields read decimal digits as written and refuse every other form with the fix",
          arguments: wholeNumberFields, forms)
    func wholeNumberField(field: Field, form: Form) {
        check(field, form.written, form.whole)
    }

    @Test("pay amounts read decimal digits as written and refuse every other form with the fix",
          arguments: amountFields, forms)
    func amountField(field: Field, form: Form) {
        // 0 reads as a number, but a pay range must start above zero (see SuggestionTests).
        guard form.written != "0" else { return }
        check(field, form.written, form.amount)
    }

    func check(_ field: Field, _ written: String, _ outcome: Form.Outcome) {
        let (value, diagnostics, location) = field.parse(written)
        switch outcome {
        case .reads(let expected):
            #expect(diagnostics == [])
            #expect(value == expected)
        case .refused(let message):
            #expect(value == nil)
            #expect(diagnostics == ["\(location): error: '\(field.name)' \(message)"])
        }
    }

    @Test("a number too large for a whole number is refused as written, not wrapped or rounded")
    func tooLargeWholeNumber() {
        let (value, diagnostics, location) = Self.wholeNumberFields[1].parse("99999999999999999999")
        #expect(value == nil)
        #expect(diagnostics == [
            "\(location): error: 'order' (99999999999999999999) is too large; the largest whole number is 9223372036854775807 [front-matter.value]",
        ])
    }

    @Test("an implausible pay amount is named as written, not as 1e+23")
    func implausibleAmountAsWritten() {
        let (value, diagnostics, location) = Self.amountFields[0].parse("99999999999999999999999")
        #expect(value == nil)
        #expect(diagnostics == [
            "\(location): error: 'salary.min' (99999999999999999999999) is not a plausible pay amount; the largest accepted is 1000000000000 [front-matter.value]",
        ])
    }

    @Test("a number written with ',' inside { } is split by YAML; the message says so and names the number")
    func thousandsSeparatorInAFlowMapping() {
        let site = FixtureSite("-- \(postingPath) --\n"
            + posting(adding: "salary: {min: 85,⟨key⟩000, max: 95000, currency: USD, period: YEAR}"))
        #expect(report(parse(postingPath, site.files[postingPath]!).diagnostics) == [
            "\(site.location("key")): error: unknown key 'salary.000' in a pay range: inside { } a ',' separates entries, so '85,000' was read as two; write 85000 [front-matter.unknown-key]",
        ])
    }

    // MARK: - Booleans

    static let booleanFields: [Field] = [
        Field(name: "draft", path: postingPath, template: posting(adding: "draft: ⟨v⟩VALUE"),
              read: { document, _ in document?.role.map { $0.draft ? 1 : 0 } }),
        Field(name: "draft", path: "content/faq/pay.md", template: "---\nquestion: Pay?\ndraft: ⟨v⟩VALUE\n---\n",
              read: { document, _ in document?.faq.map { $0.draft ? 1 : 0 } }),
        Field(name: "draft", path: "content/about.md", template: "---\ntitle: About\ndraft: ⟨v⟩VALUE\n---\n",
              read: { document, _ in document?.page.map { $0.draft ? 1 : 0 } }),
        Field(name: "markdown.unsafe_html", path: "site.yml",
              template: "title: T\nbase_url: https://a.example/\nmarkdown:\n  unsafe_html: ⟨v⟩VALUE\n",
              read: { _, config in config.map { $0.markdown.unsafeHTML ? 1 : 0 } }),
        Field(name: "markdown.smart_punctuation", path: "site.yml",
              template: "title: T\nbase_url: https://a.example/\nmarkdown: {smart_punctuation: ⟨v⟩VALUE}\n",
              read: { _, config in config.map { $0.markdown.smartPunctuation ? 1 : 0 } }),
    ]

    static let booleanForms: [(String, Form.Outcome)] = [
        ("true", .reads(1)), ("True", .reads(1)), ("TRUE", .reads(1)),
        ("false", .reads(0)), ("False", .reads(0)), ("FALSE", .reads(0)),
        ("yes", .refused("must be true or false, found the text 'yes'; write true [front-matter.type]")),
        ("Yes", .refused("must be true or false, found the text 'Yes'; write true [front-matter.type]")),
        ("on", .refused("must be true or false, found the text 'on'; write true [front-matter.type]")),
        ("y", .refused("must be true or false, found the text 'y'; write true [front-matter.type]")),
        ("NO", .refused("must be true or false, found the text 'NO'; write false [front-matter.type]")),
        ("off", .refused("must be true or false, found the text 'off'; write false [front-matter.type]")),
        ("n", .refused("must be true or false, found the text 'n'; write false [front-matter.type]")),
        ("\"true\"", .refused("must be true or false, found the text 'true'; write true without quotes [front-matter.type]")),
        ("'no'", .refused("must be true or false, found the text 'no'; write false without quotes [front-matter.type]")),
        ("1", .refused("must be true or false, found the number 1 [front-matter.type]")),
        ("0", .refused("must be true or false, found the number 0 [front-matter.type]")),
        ("maybe", .refused("must be true or false, found the text 'maybe' [front-matter.type]")),
    ]

    @Test("booleans are true or false; yes, no, on, off are refused with the word to write",
          arguments: booleanFields, booleanForms.indices)
    func booleanField(field: Field, form: Int) {
        let (written, outcome) = Self.booleanForms[form]
        check(field, written, outcome)
    }

    // MARK: - Text stays text

    struct TextField: Sendable, CustomTestStringConvertible {
        var name: String
        var path: String
        var template: String
        var read: @Sendable (Document?) -> String?
        var testDescription: String { name }
    }

    static let textFields: [TextField] = [
        TextField(name: "title", path: postingPath,
                  template: posting(replacing: "title: Backend Engineer", with: "title: VALUE"),
                  read: { $0?.role?.title }),
        TextField(name: "department", path: postingPath, template: posting(adding: "department: VALUE"),
                  read: { $0?.role?.department }),
        TextField(name: "level", path: postingPath, template: posting(adding: "ladder: backend\nlevel: VALUE"),
                  read: { $0?.role?.level }),
        TextField(name: "skills[0]", path: postingPath, template: posting(adding: "skills: [VALUE]"),
                  read: { $0?.role?.skills.first }),
        TextField(name: "locations[0].city", path: postingPath,
                  template: posting(replacing: "  - country: DE", with: "  - {city: VALUE, country: DE}"),
                  read: { $0?.role?.locations.first?.city }),
        TextField(name: "question", path: "content/faq/pay.md", template: "---\nquestion: VALUE\n---\n",
                  read: { $0?.faq?.question }),
        TextField(name: "tags[0]", path: "content/faq/pay.md", template: "---\nquestion: Q\ntags:\n  - VALUE\n---\n",
                  read: { $0?.faq?.tags.first }),
        TextField(name: "description", path: "content/about.md", template: "---\ntitle: About\ndescription: VALUE\n---\n",
                  read: { $0?.page?.description }),
        TextField(name: "levels[0].id", path: "content/ladders/backend.md",
                  template: "---\ntitle: L\ncompetencies: [{id: craft, title: Craft}]\nlevels:\n  - id: VALUE\n    title: One\n---\n",
                  read: { $0?.ladder?.levels.first?.id }),
    ]

    static let textForms = ["NO", "yes", "Off", "y", "010", "065000", "1.10", "1_000", "0x1F", "0o17", "1e5", ".inf", ".NaN",
                            "1:30", "+5", "true"]

    @Test("text fields keep what YAML 1.1 would have read as a number or a boolean", arguments: textFields, textForms)
    func textStaysText(field: TextField, written: String) {
        // `levels[].id` takes letters, digits, '-' and '_' only.
        if field.name == "levels[0].id" && written.contains(where: { ".:+".contains($0) }) { return }
        let (document, diagnostics) = ContentParser.parse(SourceFile(path: field.path, text: field.template.replacingOccurrences(of: "VALUE", with: written)))
        #expect(report(diagnostics) == [])
        #expect(field.read(document) == written)
    }

    @Test("country NO stays Norway")
    func norway() throws {
        let role = try #require(parse(postingPath, posting(replacing: "country: DE", with: "country: NO")).document?.role)
        #expect(role.locations.map(\.country) == ["NO"])
    }

    @Test("ladder years are text as written: 08 stays 08, 010 is refused as too long")
    func ladderYears() throws {
        let template = "---\ntitle: L\ncompetencies: [{id: craft, title: Craft}]\nlevels:\n  - id: L1\n    title: One\n    years: VALUE\n---\n"
        let ladder = try #require(parse("content/ladders/backend.md", template.replacingOccurrences(of: "VALUE", with: "08")).document?.ladder)
        #expect(ladder.levels.first?.years == "08")
        #expect(report(parse("content/ladders/backend.md", template.replacingOccurrences(of: "VALUE", with: "010")).diagnostics) == [
            "content/ladders/backend.md:7:12: error: 'levels[0].years' must look like \"0-2\", \"8+\" or \"3\", found '010' [front-matter.value]",
        ])
    }
}
