extension SitePath {
    /// A ladder as JSON for HR tools, beside its page: `/ladders/backend.json`.
    public static func ladderJSON(_ id: String) -> SitePath { SitePath("/ladders/\(id).json") }
}
