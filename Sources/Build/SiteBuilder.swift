import Content
import Diagnostics
import Foundation
import Output
import Render
import Site

/// What a build is asked to do. The clock is an input like any other: the same sources,
/// options and `today` give the same bytes.
public struct BuildOptions: Sendable {
    /// The site root (holds site.yml, content/, templates/, static/).
    public var source: URL
    /// Where the site is written; `<source>/public` when nil.
    public var output: URL?
    public var includeDrafts: Bool
    /// Replaces `base_url` from site.yml (e.g. for a preview deployment).
    public var baseURL: String?
    public var today: CalendarDate

    public init(source: URL, output: URL? = nil, includeDrafts: Bool = false, baseURL: String? = nil,
                today: CalendarDate) {
        self.source = source
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.today = today
    }

    public var outputURL: URL { output ?? SiteLayout(root: source).defaultOutputURL }
}

/// The outcome of a build: all diagnostics of every stage, and what was written.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// HTML pages rendered (redirect pages included), files generated (sitemap, robots.txt,
    /// feeds, jobs.json) and static files copied; zero when the build failed.
    public var pageCount: Int
    public var staticFileCount: Int
    public var generatedFileCount: Int = 0
    public var succeeded: Bool { !diagnostics.hasErrors }
}

/// The pipeline: load → validate → link → render → write.
public enum SiteBuilder {
    /// Builds the site and, when no stage found an error, replaces the output folder.
    public static func build(_ options: BuildOptions) -> BuildReport {
        let (sources, loadDiagnostics) = SourceLoader.load(root: options.source)
        var (plan, diagnostics) = generate(sources, options: options)
        diagnostics = loadDiagnostics + diagnostics
        guard let plan, !diagnostics.hasErrors else {
            return BuildReport(diagnostics: diagnostics.sortedForReport(), pageCount: 0, staticFileCount: 0)
        }
        let writer = OutputWriter(destination: options.outputURL, protectedSources: sources.layout.protectedInputs)
        diagnostics += writer.write(plan)
        let succeeded = !diagnostics.hasErrors
        // The theme's static files are written from memory, so the plan lists them with the pages.
        let themeFiles = BuiltInTheme.staticFiles(notIn: sources).count
        let pages = plan.files.count { $0.mediaType == .html && $0.origin?.file.hasPrefix(BuiltInTheme.label) != true }
        return BuildReport(diagnostics: diagnostics.sortedForReport(), pageCount: succeeded ? pages : 0,
                           staticFileCount: succeeded ? plan.copies.count + themeFiles : 0,
                           generatedFileCount: succeeded ? plan.files.count - themeFiles - pages : 0)
    }

    /// validate → link → render, without touching the disk: sources in, output plan out.
    /// Returns no plan when an error was found.
    public static func generate(_ sources: SiteSources, options: BuildOptions) -> (OutputPlan?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []

        // validate: each file on its own, in parallel.
        let config = sources.config.flatMap { file -> SiteConfig? in
            let (config, found) = ConfigParser.parse(file)
            diagnostics += found
            return config
        }
        let parsed = sources.content.parallelMap(ContentParser.parse)
        diagnostics += parsed.flatMap(\.1)
        let documents = parsed.compactMap(\.0)
        let unavailable = Set(zip(sources.content, parsed).filter { $0.1.0 == nil }.map(\.0.path))
        let (theme, themeDiagnostics) = Theme.load(sources.templates, builtIn: BuiltInTheme.templates)
        diagnostics += themeDiagnostics
        guard var config else { return (nil, diagnostics) }
        if let baseURL = options.baseURL {
            guard let checked = checkBaseURL(baseURL, into: &diagnostics) else { return (nil, diagnostics) }
            config.baseURL = checked
        }

        // The later stages run even when some files failed validation, on the files that did
        // not: one build reports every problem, and none twice.

        // link: cross-file references, and the route table of every output.
        let themeStatic = BuiltInTheme.outputFiles(notIn: sources)
        let staticPaths = sources.staticFiles.map(\.path) + themeStatic.map(\.path)
        let (graph, linkDiagnostics) = Linker.link(config: config, documents: documents, unavailable: unavailable,
                                                   options: LinkOptions(includeDrafts: options.includeDrafts, today: options.today,
                                                                        staticPaths: Set(staticPaths)))
        diagnostics += linkDiagnostics

        // render: pages from templates (and the link checks of every Markdown body), then the
        // files of the output generators (sitemap, robots.txt, feeds, jobs.json).
        guard let theme else { return (nil, diagnostics) }
        let (branding, brandingDiagnostics) = BrandingResolver.resolve(config, sources: sources)
        diagnostics += brandingDiagnostics
        let (files, renderDiagnostics) = SiteRenderer.render(graph, theme: theme, staticPaths: staticPaths, branding: branding)
        diagnostics += renderDiagnostics
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }

        let plan = OutputPlan(
            files: files.map {
                OutputFile(path: $0.outputFile, text: $0.text, mediaType: $0.mediaType,
                           origin: $0.source.map { SourceLocation(file: $0) })
            } + themeStatic,
            copies: sources.staticFiles.map {
                StaticCopy(source: $0.url, path: $0.path,
                           origin: SourceLocation(file: SiteLayout.staticFolder + "/" + $0.path))
            })
        return (plan, diagnostics)
    }

    static func checkBaseURL(_ url: String, into diagnostics: inout [Diagnostic]) -> String? {
        if let problem = BaseURL.problem(with: url) {
            diagnostics.append(.error("--base-url \(problem)", at: nil, rule: "options.base-url"))
            return nil
        }
        return url.hasSuffix("/") ? url : url + "/"
    }
}

extension CalendarDate {
    /// The UTC calendar day of a moment: how the CLI turns "now" into the build's `today`.
    public init(utc date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
