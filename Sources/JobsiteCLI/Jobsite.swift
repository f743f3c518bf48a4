import ArgumentParser
import Build
import Content
import Diagnostics
import Foundation
import Markdown
import Output
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `jobsite`: builds careers sites from Markdown job postings, ladders and FAQs.
public struct Jobsite: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "jobsite",
        abstract: "A static site generator for job postings, career ladders and FAQs.",
        version: jobsiteVersion,
        subcommands: [BuildCommand.self, CheckCommand.self, ExplainCommand.self, ServeCommand.self, RenderCommand.self, InitCommand.self, NewCommand.self,
                      ThemeCommand.self])

    public init() {}

    /// Runs the command line. A usage error of any command (an unknown option, a missing or
    /// invalid value) exits with 2, as linters and most Unix tools do, instead of
    /// ArgumentParser's default 64; `--help` and `--version` still exit 0.
    public static func mainExitingTwoOnUsageErrors() async {
        let command: any ParsableCommand
        do {
            command = try parseAsRoot(Array(CommandLine.arguments.dropFirst()))
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var command = command
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder (public/ by default).",
        discussion: """
            Reads site.yml, content/, templates/ and static/ from the site root (templates and static \
            files the site does not have come from the built-in theme), checks everything, \
            and replaces the output folder only when the whole build succeeded. Problems are printed \
            as file:line:column: severity: message [rule].
            """)

    @Option(name: .long, help: ArgumentHelp("The site root.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <source>/public).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Also publish documents marked draft: true.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Override base_url from site.yml.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Make warnings errors (notes stay notes).")
    var strict = false

    @Option(name: .long, help: ArgumentHelp("""
        Build the site as it is on this day: which postings are published, closed or removed (default: SOURCE_DATE_EPOCH if set, else today in UTC).
        """, valueName: "yyyy-mm-dd"))
    var now: String?

    func validate() throws {
        _ = try BuildDayOption.day(now: now)
        try BaseURLOption.validate(baseURL)
    }

    func run() throws {
        StopSignals.install()
        let today = try BuildDayOption.day(now: now)
        let sourceURL = URL(fileURLWithPath: source, isDirectory: true)
        let progress = ProgressLine.start()
        var onStage: (@Sendable (BuildStage) -> Void)?
        if let progress { onStage = { @Sendable stage in progress.enter(stage) } }
        var options = BuildOptions(source: sourceURL,
                                   output: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
                                   includeDrafts: drafts, baseURL: baseURL, today: today,
                                   progress: onStage)
        options.strict = strict
        let report = SiteBuilder.build(options)
        progress?.finish()
        DiagnosticPrinter.print(report.diagnostics)
        let stopped = Interruption.shared.requestedExitStatus
        guard report.succeeded else {
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            let why = stopped == nil ? "failed: \(errors) error\(errors == 1 ? "" : "s")" : "stopped"
            FileHandle.standardError.write(Data("build \(why); nothing was written\n".utf8))
            throw ExitCode(stopped ?? 1)
        }
        print("built \(report.pageCount) pages, wrote \(report.generatedFileCount) feeds and indexes and copied \(report.staticFileCount) static files into \(options.outputURL.standardizedFileURL.path)")
        // Stopped after the new site was in place: it stays, but the run still reports the stop.
        if let stopped { throw ExitCode(stopped) }
    }
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the HTML body a Markdown file would get.",
        discussion: """
            Front matter, if present, is skipped; it is found as the build finds it (a UTF-8 byte order \
            mark and Windows line endings are fine). Uses the GFM extensions and smart punctuation, like the build.
            """)

    @Flag(name: .long, help: "Pass raw HTML through instead of omitting it.")
    var unsafe = false

    @Argument(help: ArgumentHelp("The Markdown file ('-' for standard input).", valueName: "file"))
    var file: String

    func run() throws {
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                DiagnosticPrinter.print([SourceLoader.unreadable(URL(fileURLWithPath: file), shownAs: file)])
                throw ExitCode.failure
            }
            data = contents
        }
        // The build's reader finds the front matter (BOM, CRLF and all); anything else, even
        // bytes that are not UTF-8 (the conformance suite sends some), is rendered as cmark would.
        let body = FrontMatterDocument.markdownBody(ofFile: [UInt8](data), path: file)
        try checkLimits(body, of: data)
        let rendered = MarkdownRenderer.render(body, options: MarkdownOptions(unsafeHTML: unsafe))
        FileHandle.standardOutput.write(Data(rendered.html.utf8))
    }
}

/// Ctrl-C (SIGINT) and SIGTERM stop a build with status 130 and 143 (128 + the signal), after
/// the writer has removed its staging folder and put back the user's files (see `Interruption`).
enum StopSignals {
    static func install() { _ = sources }

    nonisolated(unsafe) private static let sources: [any DispatchSourceSignal] = [
        (SIGINT, "SIGINT"), (SIGTERM, "SIGTERM"),
    ].map { number, name in
        // Ignored as a signal, so that it arrives as an event on a queue instead, where the
        // handler may take locks and write.
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
        let status = 128 + number
        source.setEventHandler {
            Interruption.shared.request(exitStatus: status) {
                FileHandle.standardError.write(Data("build stopped by \(name)\n".utf8))
                fflush(nil)  // every stream: _exit skips that, and what was printed stays printed
                _exit(status)
            }
        }
        source.resume()
        return source
    }
}

extension RenderCommand {
    /// The build's guard, with the default limits: Markdown that would stall cmark-gfm is an
    /// error at its line in `file` (the body is the end of the file, after any front matter;
    /// line breaks are counted, so a BOM or CRLF endings do not shift the line).
    func checkLimits(_ body: String, of bytes: Data) throws {
        let firstLine = 1 + bytes.count { $0 == 0x0A } - body.utf8.count { $0 == 0x0A }
        guard let refusal = MarkdownLimits().diagnostic(checking: body, file: file, firstLine: firstLine) else { return }
        DiagnosticPrinter.print([refusal])
        throw ExitCode.failure
    }
}

enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
