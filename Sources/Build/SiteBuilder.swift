import Content
import Diagnostics
import Foundation
import Lint
import Markdown
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
    /// `--strict`: warnings become errors (notes stay notes); see `SeverityPolicy`.
    public var strict = false
    /// True for `check`: date-driven findings (a pay law's effective date) keep their severity.
    /// A build reports them at most as warnings, so it always writes (see `SeverityPolicy`).
    public var checking = false
    /// Told when each stage starts (for a progress line); called on the building thread.
    public var progress: (@Sendable (BuildStage) -> Void)?
    /// The lints of the lint stage: every one (`Lints.all`) for `build`, `check` and `serve`;
    /// tests of other stages may run none, so a minimal fixture posting is not judged on its prose.
    public var lints: [any SiteLint] = Lints.all

    public init(source: URL, output: URL? = nil, includeDrafts: Bool = false, baseURL: String? = nil,
                today: CalendarDate, progress: (@Sendable (BuildStage) -> Void)? = nil) {
        self.source = source
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.today = today
        self.progress = progress
    }

    public var outputURL: URL { output ?? SiteLayout(root: source).defaultOutputURL }
}

/// The stages of a build, in the order they run.
public enum BuildStage: String, Sendable, CaseIterable {
    case load = "reading files"
    case validate = "checking front matter"
    case link = "linking"
    case render = "rendering pages"
    case write = "writing the output folder"
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
        options.progress?(.load)
        let (sources, loadDiagnostics) = SourceLoader.load(root: options.source)
        let (found, policy) = generateWithPolicy(sources, options: options)
        let plan = found.0
        var diagnostics = policy.apply(loadDiagnostics) + found.1
        guard let plan, !diagnostics.hasErrors else {
            return BuildReport(diagnostics: diagnostics.sortedForReport(), pageCount: 0, staticFileCount: 0)
        }
        options.progress?(.write)
        let writer = OutputWriter(destination: options.outputURL, protectedSources: sources.layout.protectedInputs)
        diagnostics += policy.apply(writer.write(plan))
        let succeeded = !diagnostics.hasErrors
        // The theme's static files are written from memory, so the plan lists them with the pages.
        let themeFiles = BuiltInTheme.staticFiles(notIn: sources).count
        let pages = plan.files.count { $0.mediaType == .html && $0.origin?.file.hasPrefix(BuiltInTheme.label) != true }
        return BuildReport(diagnostics: diagnostics.sortedForReport(), pageCount: succeeded ? pages : 0,
                           staticFileCount: succeeded ? plan.copies.count + themeFiles : 0,
                           generatedFileCount: succeeded ? plan.files.count - themeFiles - pages : 0)
    }

    /// Every stage but the write: what `build` would report, and nothing written. The diagnostics
    /// have their final severity and are sorted for report.
    public static func check(_ options: BuildOptions) -> [Diagnostic] {
        var options = options
        options.checking = true
        let (sources, loadDiagnostics) = SourceLoader.load(root: options.source)
        let ((_, diagnostics), policy) = generateWithPolicy(sources, options: options)
        return (policy.apply(loadDiagnostics) + diagnostics).sortedForReport()
    }

    /// validate → link → render, without touching the disk: sources in, output plan out.
    /// Returns no plan when an error was found. The diagnostics have their final severity:
    /// `SeverityPolicy` (`--strict`, `lint: {ignore: [...]}`) is applied to them.
    public static func generate(_ sources: SiteSources, options: BuildOptions) -> (OutputPlan?, [Diagnostic]) {
        generateWithPolicy(sources, options: options).0
    }

    /// `generate`, and the policy it applied (for the diagnostics of the load and write stages).
    static func generateWithPolicy(_ sources: SiteSources, options: BuildOptions)
        -> ((OutputPlan?, [Diagnostic]), SeverityPolicy) {
        var policy = SeverityPolicy(strict: options.strict, datedFindingsAreErrors: options.checking)
        let (plan, found) = runStages(sources, options: options, policy: &policy)
        let diagnostics = policy.apply(found)
        return ((diagnostics.hasErrors ? nil : plan, diagnostics), policy)
    }

    /// The stages; `policy` learns the suppressions of site.yml and of each file as they are read,
    /// and decides whether the findings so far stop the build before its plan is made.
    private static func runStages(_ sources: SiteSources, options: BuildOptions,
                                  policy: inout SeverityPolicy) -> (OutputPlan?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []

        // validate: each file on its own, in parallel.
        options.progress?(.validate)
        let config = sources.config.flatMap { file -> SiteConfig? in
            let (config, found) = ConfigParser.parse(file)
            diagnostics += found
            return config
        }
        // Files under `content/_…/` are text that site.yml and postings include, not pages.
        let included = sources.content.filter { ContentParser.isIncludedText($0.path) }
        let pageFiles = sources.content.filter { !ContentParser.isIncludedText($0.path) }
        let parsedWithLint = pageFiles.parallelMap(ContentParser.parseWithLint)
        let parsed = parsedWithLint.map { ($0.0, $0.1) }
        diagnostics += parsed.flatMap(\.1)
        policy.ignoredEverywhere = config?.lintIgnored ?? []
        for (file, found) in zip(pageFiles, parsedWithLint) where !found.2.isEmpty {
            policy.ignoredInFile[file.path] = found.2
        }
        var documents = parsed.compactMap(\.0)
        var unavailable = Set(zip(pageFiles, parsed).filter { $0.1.0 == nil }.map(\.0.path))
        // The templates are checked even when one has an error, so one build reports them all.
        let (templates, themeDiagnostics) = Theme.read(sources.templates, builtIn: BuiltInTheme.templates)
        let theme = themeDiagnostics.hasErrors ? nil : templates
        diagnostics += themeDiagnostics + templates.checkFields()
        let strings = loadStrings(sources, theme: templates, into: &diagnostics)
        guard var config else { return (nil, diagnostics) }

        // Markdown that would stall cmark-gfm is refused before anything parses it; such a file
        // then counts as one that failed validation, so links to it cause no follow-on errors.
        let limits = MarkdownLimits(config)
        let refusals = documents.parallelMap {
            limits.diagnostic(checking: $0.body.text, file: $0.source, firstLine: $0.body.firstLine)
        }
        diagnostics += refusals.compactMap { $0 }
        unavailable.formUnion(zip(documents, refusals).filter { $0.1 != nil }.map(\.0.source))
        documents.removeAll { unavailable.contains($0.source) }
        let sectionDiagnostics: [Diagnostic]
        (config, documents, sectionDiagnostics) = PostingSectionsResolver.resolve(config, documents, files: included)
        diagnostics += sectionDiagnostics
        // Shared sections are Markdown bodies too: the same limits keep them from stalling cmark-gfm.
        (config, documents) = PostingSectionsResolver.refusingOverLimits(config, documents, limits: limits, into: &diagnostics)
        if let baseURL = options.baseURL {
            guard let checked = checkBaseURL(baseURL, into: &diagnostics) else { return (nil, diagnostics) }
            config.baseURL = checked
        }

        // The later stages run even when some files failed validation, on the files that did
        // not: one build reports every problem, and none twice.

        // link: cross-file references, and the route table of every output.
        options.progress?(.link)
        let themeStatic = BuiltInTheme.outputFiles(notIn: sources)
        let staticPaths = sources.staticFiles.map(\.path) + themeStatic.map(\.path)
        let failedSlugs = Dictionary(pageFiles.filter { unavailable.contains($0.path) && ContentParser.kind(of: $0.path) == .role }
                                        .compactMap { file in ContentParser.writtenSlug(in: file.text).map { (file.path, $0) } },
                                     uniquingKeysWith: { first, _ in first })
        let (graph, linkDiagnostics) = Linker.link(config: config, documents: documents, unavailable: unavailable,
                                                   unavailableSlugs: failedSlugs,
                                                   options: LinkOptions(includeDrafts: options.includeDrafts, today: options.today,
                                                                        staticPaths: Set(staticPaths)))
        diagnostics += linkDiagnostics
        // lint: what the postings say; the same findings for `build` and `check`. It reads only
        // the linked site, so it runs beside the render stage, on the time a core is idle there.
        let lint = Background { [lints = options.lints, today = options.today] in
            Lints.run(LintContext(graph: graph, today: today), lints: lints)
        }

        // render: pages from templates (and the link checks of every Markdown body), then the
        // files of the output generators (sitemap, robots.txt, feeds, jobs.json).
        guard let theme else { return (nil, diagnostics + lint.result()) }
        options.progress?(.render)
        let (branding, brandingDiagnostics) = BrandingResolver.resolve(config, sources: sources)
        diagnostics += brandingDiagnostics
        diagnostics += strings.languageDiagnostics(for: graph)
        let (files, renderDiagnostics) = SiteRenderer.render(graph, theme: theme, strings: strings, staticPaths: staticPaths,
                                                             branding: branding)
        diagnostics += renderDiagnostics + lint.result()
        // What stops the plan is what would stop a build: date-driven errors do not, so `check`
        // still reports them together with every finding of the later stages.
        var gate = policy
        gate.datedFindingsAreErrors = false
        guard !gate.apply(diagnostics).hasErrors else { return (nil, diagnostics) }

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

    /// The site's strings files over the theme's, checked against each other and against the
    /// `t.<key>` tags of the templates in use.
    static func loadStrings(_ sources: SiteSources, theme: Theme, into diagnostics: inout [Diagnostic]) -> StringCatalog {
        let site = sources.strings.map(StringsParser.parse)
        diagnostics += BuiltInTheme.strings.diagnostics + site.flatMap(\.1)
        let (catalog, found) = StringCatalog.make(site: site.compactMap(\.0), builtIn: BuiltInTheme.strings.files)
        diagnostics += found + theme.checkStrings(catalog)
        return catalog
    }

    static func checkBaseURL(_ url: String, into diagnostics: inout [Diagnostic]) -> String? {
        if let refusal = BaseURL.refusal(of: url) {
            diagnostics.append(Diagnostic(.error, "--base-url \(refusal.problem)", at: nil, rule: "options.base-url",
                                          suggestion: refusal.suggestion))
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

/// Work started on another thread, whose result is waited for when it is needed.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once by the work, read only after `done` is waited for.
    private var value: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async(group: done) { self.value = work() }
    }

    /// Waits for the work to finish, then returns what it made.
    func result() -> Value {
        done.wait()
        return value!
    }
}
