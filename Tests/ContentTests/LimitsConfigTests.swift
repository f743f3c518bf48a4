import Diagnostics
import TestSupport
import Testing

@testable import Content

@Suite("site.yml: limits")
struct LimitsConfigTests {
    func parseConfig(_ limits: String) -> (SiteConfig?, [String]) {
        let (config, diagnostics) = ConfigParser.parse(SourceFile(path: "site.yml", text: "title: Careers\nbase_url: https://a.example/\n" + limits))
        return (config, report(diagnostics))
    }

    @Test func limitsAreReadByName() throws {
        let (config, diagnostics) = parseConfig("limits:\n  body_bytes: 8388608\n  inline_depth: 100\n")
        #expect(diagnostics.isEmpty)
        #expect(try #require(config).limits == ["body_bytes": 8_388_608, "inline_depth": 100])
        #expect(parseConfig("").0?.limits == [:], "no limits: every default applies")
    }

    @Test func aLimitIsAWholeNumberOfAtLeastOne() {
        #expect(parseConfig("limits:\n  nesting_depth: 0\n").1 == [
            "site.yml:4:18: error: 'limits.nesting_depth' must be a whole number of at least 1, found 0 [front-matter.value]",
        ])
        #expect(parseConfig("limits:\n  table_cells: lots\n").1 == [
            "site.yml:4:16: error: 'limits.table_cells' must be a whole number, found the text 'lots' [front-matter.type]",
        ])
    }

    @Test func anUnknownLimitIsSuggested() {
        let (config, diagnostics) = parseConfig("limits:\n  nestng_depth: 40\n")
        #expect(config == nil)
        #expect(diagnostics == [
            "site.yml:4:3: error: unknown key 'limits.nestng_depth' in limits on Markdown bodies; did you mean 'nesting_depth'? [front-matter.unknown-key]",
        ])
    }
}
