import Build
import Content
import Diagnostics
import Foundation

/// One build for `serve`: the same stages as `jobsite build`, into memory.
public enum ServeBuild {
    /// What one build gave.
    public struct Outcome: Sendable {
        /// The new site, or nil when the build found an error.
        public var site: ServedSite?
        /// Every diagnostic, in report order.
        public var diagnostics: [Diagnostic]
        /// How long loading, checking and rendering took.
        public var duration: Duration
    }

    /// Loads the site in `options.source` and renders it into memory. `options.output` is
    /// ignored: nothing is written.
    public static func run(_ options: BuildOptions) -> Outcome {
        let start = ContinuousClock.now
        let (sources, loadDiagnostics) = SourceLoader.load(root: options.source)
        let (plan, buildDiagnostics) = SiteBuilder.generate(sources, options: options)
        var diagnostics = loadDiagnostics + buildDiagnostics
        var site: ServedSite?
        if let plan, !diagnostics.hasErrors {
            let (served, readDiagnostics) = ServedSite.make(from: plan, basePath: basePath(sources, options))
            site = served
            diagnostics += readDiagnostics
        }
        return Outcome(site: site, diagnostics: diagnostics.sortedForReport(), duration: ContinuousClock.now - start)
    }

    /// Where the site is served: the path of `--base-url`, else of site.yml's `base_url` (the
    /// build checked both by now).
    private static func basePath(_ sources: SiteSources, _ options: BuildOptions) -> String {
        let baseURL = options.baseURL ?? sources.config.flatMap { ConfigParser.parse($0).0?.baseURL } ?? "/"
        return ServedSite.basePath(of: baseURL)
    }
}
