import Diagnostics

/// A section a candidate looks for in a posting (`lint: {sections: [...]}` in site.yml): present
/// when the posting has a heading that contains one of `headings` as whole words, or when one of
/// `metBy` provides it (`salary`: the posting gives pay; any other id: that shared posting section
/// of site.yml is shown on the posting).
public struct RequiredSection: Sendable, Hashable {
    /// What the section is called in findings: `What you will do`.
    public var name: String
    /// Heading phrases that count as the section, compared case-insensitively as whole words.
    public var headings: [String]
    /// `salary` or shared posting section ids (`benefits`) that also provide it.
    public var metBy: [String]

    public init(name: String, headings: [String], metBy: [String] = []) {
        self.name = name
        self.headings = headings
        self.metBy = metBy
    }
}
