import Diagnostics

extension Fields {
    /// A `language:` field: a BCP 47 tag (`language[-Script][-REGION]`), returned in its
    /// canonical spelling (`de-DE`). `de_DE` is an error that suggests `de-DE`.
    func languageTag(_ key: String) -> String? {
        guard let text = string(key) else { return nil }
        if let tag = LanguageTag(text) { return tag.description }
        let meant = LanguageTag.suggestion(for: text)
        let hint = meant.map { "; did you mean '\($0)'?" } ?? ""
        valueError(key, "must be a language tag such as en, de or en-US (language[-Script][-REGION], with hyphens), found '\(text)'\(hint)",
                   at: node(key), suggestion: meant)
        return nil
    }
}
