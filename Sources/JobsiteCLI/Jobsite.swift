import ArgumentParser
import Build
import Content
import Diagnostics
import Foundation
import Markdown

/// `jobsite`: builds careers sites from Markdown job postings, ladders and FAQs.
public struct Jobsite: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "jobsite",
        abstract: "A static site generator for job postings, career ladders and FAQs.",
        version: jobsiteVersion,
        subcommands: [BuildCommand.self, ServeCommand.self, RenderCommand.self, InitCommand.self, NewCommand.self,
                      ThemeCommand.self])

    public init() {}
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

    func run() throws {
        let sourceURL = URL(fileURLWithPath: source, isDirectory: true)
        let options = BuildOptions(source: sourceURL,
                                   output: output.map { URL(fileURLWithPath: $0, isDirectory: true) },
                                   includeDrafts: drafts, baseURL: baseURL, today: CalendarDate(utc: Date()))
        let report = SiteBuilder.build(options)
        DiagnosticPrinter.print(report.diagnostics)
        guard report.succeeded else {
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            FileHandle.standardError.write(Data("build failed: \(errors) error\(errors == 1 ? "" : "s"); nothing was written\n".utf8))
            throw ExitCode.failure
        }
        print("built \(report.pageCount) pages and copied \(report.staticFileCount) static files into \(options.outputURL.standardizedFileURL.path)")
    }
}

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the HTML body a Markdown file would get.",
        discussion: "Front matter, if present, is skipped. Uses the GFM extensions and smart punctuation, like the build.")

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
                DiagnosticPrinter.print([.error("cannot read this file", at: SourceLocation(file: file), rule: "file.unreadable")])
                throw ExitCode.failure
            }
            data = contents
        }
        // The conformance suite feeds arbitrary bytes; render them as cmark would (it
        // replaces invalid UTF-8), rather than refusing.
        let text = String(decoding: data, as: UTF8.self)
        let body = FrontMatterDocument.bodyAfterFrontMatter(text) ?? text
        let rendered = MarkdownRenderer.render(body, options: MarkdownOptions(unsafeHTML: unsafe))
        FileHandle.standardOutput.write(Data(rendered.html.utf8))
    }
}

enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
