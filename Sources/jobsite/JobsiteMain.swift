import JobsiteCLI

/// The entry point. `@main` rather than top-level code, so `main()` resolves to the async
/// version that `serve` needs.
@main enum JobsiteMain {
    static func main() async { await Jobsite.mainExitingTwoOnUsageErrors() }
}
