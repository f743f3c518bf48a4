import Diagnostics

/// The country and currency codes the content model accepts, and the fix for a code that is not one.
///
/// Kept as data here rather than taken from Foundation: on Linux `Locale.Region.isoRegions` also
/// lists codes ISO 3166-1 does not assign to countries (`EU`, `UN`, `AC`, `EA`, `IC`, `QO`, …) and
/// `Locale.Currency.isoCurrencies` lists withdrawn currencies (`DEM`, `VEF`), so neither can tell
/// `UK` or `EUD` from a real code.
public enum ISOCodes {
    /// ISO 3166-1 alpha-2, the 249 officially assigned codes (ISO 3166 Maintenance Agency, Online
    /// Browsing Platform, https://www.iso.org/obp/ui/#search/code/), plus `XK` for Kosovo.
    ///
    /// Why `XK` is kept although ISO assigns it to no country: ISO 3166-1 leaves the elements `AA`,
    /// `QM`–`QZ`, `XA`–`XZ` and `ZZ` to users who need a code for a name the standard does not
    /// list, and Kosovo is such a name; `XK` is the user-assigned element the European Commission,
    /// CLDR (so Foundation's `Locale.Region`) and Google use for it. Refusing it would leave no code
    /// for a job in Kosovo. No other user-assigned element names a place, so the rest are refused.
    public static let countries: Set<String> = codes("""
        AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
        BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
        EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
        HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
        LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
        NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
        SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
        TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
        XK
        """)

    /// ISO 4217 list one, the current currency and fund codes (SIX Financial Information, the
    /// maintenance agency, https://www.six-group.com/en/products-services/financial-information/data-standards.html,
    /// as amended up to 2025: `XCG` replaces `ANG`, `ZWG` replaces `ZWL`, `SLE` replaces `SLL`,
    /// `HRK` and `CUC` withdrawn). The codes that are not money anyone is paid in — precious
    /// metals (`XAU` …), bond-market units (`XBA` …), `XDR`, `XSU`, `XUA`, and the test and
    /// "no currency" codes `XTS`, `XXX` — are left out.
    public static let currencies: Set<String> = codes("""
        AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN
        BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
        FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS
        KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK
        MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR
        SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH
        UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG
        """)

    /// Codes people write for a country that ISO spells otherwise: `UK` (reserved by ISO at the
    /// United Kingdom's request; the code is `GB`) and `EL` (the EU's own code for Greece, `GR`).
    static let countryAliases = ["UK": "GB", "EL": "GR"]

    /// Names people write for a currency instead of its code.
    static let currencyAliases = ["RMB": "CNY", "NIS": "ILS", "STG": "GBP", "UKP": "GBP"]

    /// Whether `code` is an assigned ISO 3166-1 alpha-2 code or `XK` (Kosovo), exactly as written
    /// (`DE`, not `de`). Postings, pay zones and the pay transparency table all ask this.
    public static func isCountry(_ code: String) -> Bool { countries.contains(code) }

    /// Whether `code` is a current ISO 4217 code, exactly as written (`EUR`, not `eur`).
    public static func isCurrency(_ code: String) -> Bool { currencies.contains(code) }

    /// The country code meant by one that is not valid: the same in capitals (`de` → `DE`), the
    /// ISO code for a common substitute (`UK` → `GB`, `EL` → `GR`), or nil.
    public static func suggestedCountry(for code: String) -> String? {
        let upper = code.uppercased()
        return countryAliases[upper] ?? (isCountry(upper) ? upper : nil)
    }

    /// The currency code meant by one that is not valid: in capitals (`eur` → `EUR`), the code
    /// for a common name (`RMB` → `CNY`), or the nearest code one typo away (`EUD` → `EUR`),
    /// preferring one of the same country (its first two letters) when several are.
    public static func suggestedCurrency(for code: String) -> String? {
        let upper = code.uppercased()
        if let known = currencyAliases[upper] ?? (isCurrency(upper) ? upper : nil) { return known }
        guard upper.count == 3 else { return nil }
        let near = currencies.filter { editDistance(upper, $0) == 1 }
        return near.sorted { (commonPrefix(upper, $0), $1) > (commonPrefix(upper, $1), $0) }.first
    }

    private static func commonPrefix(_ a: String, _ b: String) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }

    private static func codes(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
    }
}
