/// The one check for a site's base URL, whether it comes from `base_url` in site.yml or from
/// `--base-url`.
public enum BaseURL {
    /// Why `url` cannot be where the site is published, or nil when it can: an absolute http(s)
    /// URL (`URLCheck`) without a query or fragment, since every page's canonical URL is the base
    /// URL followed by the page's path, and `?…` or `#…` in between would break each of them.
    /// The text reads after the option's or key's name (`'base_url' must …`).
    public static func problem(with url: String) -> String? {
        if let problem = URLCheck.problem(with: url, schemes: ["http", "https"]) { return problem }
        guard let mark = url.firstIndex(where: { $0 == "?" || $0 == "#" }) else { return nil }
        let part = url[mark] == "?" ? "a query" : "a fragment"
        return "must not have \(part) ('\(url[mark...])'): every page's URL is the base URL followed by the page's path; "
            + "use '\(url[..<mark])', found '\(url)'"
    }
}
