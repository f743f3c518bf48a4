/// A value the site cannot use, in words and as a value: `problem` reads after the field's or
/// option's name (`'base_url' must …`, `--now must …`); `suggestion` is the value to write when
/// there is exactly one (a finding's suggestion, for JSON and SARIF).
public struct ValueRefusal: Error, Sendable, Equatable {
    public var problem: String
    public var suggestion: String?
}

/// The one check for a site's base URL, whether it comes from `base_url` in site.yml or from
/// `--base-url`.
public enum BaseURL {
    /// Why `url` cannot be where the site is published, or nil when it can: an absolute http(s)
    /// URL (`URLCheck`) without a query, a fragment or an empty path segment (`//`), since every
    /// page's canonical URL is the base URL followed by the page's path, and `?…`, `#…` or `//`
    /// in between would break each of them. The suggestion is the URL without them.
    public static func refusal(of url: String) -> ValueRefusal? {
        if let problem = URLCheck.problem(with: url, schemes: ["http", "https"]) { return ValueRefusal(problem: problem) }
        let mark = url.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? url.endIndex
        let usable = withoutEmptySegments(url[..<mark])
        let why = "every page's URL is the base URL followed by the page's path; use '\(usable)', found '\(url)'"
        if mark < url.endIndex {
            let part = url[mark] == "?" ? "a query" : "a fragment"
            return ValueRefusal(problem: "must not have \(part) ('\(url[mark...])'): \(why)", suggestion: usable)
        }
        guard usable == url else {
            return ValueRefusal(problem: "must not have an empty path segment ('//'): \(why)", suggestion: usable)
        }
        return nil
    }

    /// `https://example.com//jobs//` → `https://example.com/jobs/`: each run of `/` in the path
    /// (after `scheme://host`) as one. `url` has passed `URLCheck`, so it has a `://`.
    private static func withoutEmptySegments(_ url: Substring) -> String {
        guard let authority = url.range(of: "://"),
              let pathStart = url[authority.upperBound...].firstIndex(of: "/") else { return String(url) }
        var path = ""
        for character in url[pathStart...] where !(character == "/" && path.last == "/") { path.append(character) }
        return String(url[..<pathStart]) + path
    }
}
