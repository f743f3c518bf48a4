import Content
import Foundation
import Testing

/// The country and currency lists (issue 17): what ISO assigns, without the codes people
/// write by mistake, checked against Foundation's wider lists.
@Suite("ISO country and currency codes")
struct ISOCodesTests {
    @Test func countriesAreTheAssignedCodesPlusKosovo() {
        #expect(ISOCodes.countries.count == 250)
        // Foundation (CLDR) also lists regions ISO does not assign as countries.
        let cldr = Set(Locale.Region.isoRegions.map(\.identifier))
        #expect(ISOCodes.countries.subtracting(cldr) == [])
        let notCountries: Set<String> = ["AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN"]
        #expect(Set(cldr.subtracting(ISOCodes.countries).filter { $0.count == 2 }) == notCountries)
        for code in ["UK", "EL", "de", "EU", "UN"] { #expect(!ISOCodes.isCountry(code), "\(code)") }
        for code in ["GB", "GR", "DE", "US", "NO", "XK"] { #expect(ISOCodes.isCountry(code), "\(code)") }
    }

    @Test func currenciesAreCurrentCodesFoundationKnows() {
        let known = Set(Locale.Currency.isoCurrencies.map(\.identifier))
        #expect(ISOCodes.currencies.subtracting(known) == [])
        for code in ["EUD", "eur", "DEM", "HRK", "VEF", "XXX", "XAU"] { #expect(!ISOCodes.isCurrency(code), "\(code)") }
        for code in ["EUR", "USD", "GBP", "JPY", "XCG", "ZWG", "VES", "SLE"] { #expect(ISOCodes.isCurrency(code), "\(code)") }
    }

    @Test func suggestionsPreferTheSameCountrysCurrency() {
        #expect(ISOCodes.suggestedCurrency(for: "EUD") == "EUR")
        #expect(ISOCodes.suggestedCurrency(for: "USN") == "USN")
        #expect(ISOCodes.suggestedCurrency(for: "usb") == "USD")
        #expect(ISOCodes.suggestedCurrency(for: "QQQ") == nil)
        #expect(ISOCodes.suggestedCountry(for: "uk") == "GB")
        #expect(ISOCodes.suggestedCountry(for: "XX") == nil)
    }
}
