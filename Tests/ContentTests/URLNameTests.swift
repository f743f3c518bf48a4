import Testing
@testable import Content

@Suite struct URLNameTests {
    @Test(arguments: [
        ("Ingénieur logiciel", "ingenieur-logiciel"),
        ("Straße", "strasse"),
        ("Æbleskiver Ærø", "aebleskiver-aero"),
        ("Øresund", "oresund"),
        ("Łódź", "lodz"),
        ("über-uns", "uber-uns"),
        ("Œuvre", "oeuvre"),
        ("Þór", "thor"),
        ("Москва", "moskva"),
        ("Don't panic!", "dont-panic"),
        ("  Senior   Engineer (Platform) — Berlin ", "senior-engineer-platform-berlin"),
        ("C++ / Rust dev", "c-rust-dev"),
        ("L3", "l3"),
        ("!!!", ""),
    ])
    func textBecomesAURLName(_ text: String, _ name: String) {
        #expect(URLName.suggested(from: text) == name)
        #expect(name.isEmpty || URLName.isValid(name))
    }

    @Test func aPathIsSuggestedNameByName() {
        #expect(URLName.suggestedPath(for: "content/über-uns.md") == "content/uber-uns.md")
        #expect(URLName.suggestedPath(for: "content/Über uns/Team.md") == "content/uber-uns/team.md")
        #expect(URLName.suggestedPath(for: "content/faq/???.md") == nil)
    }
}
