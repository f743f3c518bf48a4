import ArgumentParser
import Build
import Content
import Diagnostics
import Foundation
import Scaffold

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new site: settings, a career ladder, two postings, three FAQs and an about page.",
        discussion: """
            Writes into DIR (default: the current folder), which must be empty or new; hidden entries \
            such as .git do not count. The site uses the built-in theme and builds at once. With --force, \
            the starter files are added to a folder that is not empty, and every file already there is \
            kept as it is: init never overwrites or deletes anything.
            """)

    @Argument(help: ArgumentHelp("The folder of the new site.", valueName: "dir"))
    var directory: String = "."

    @Flag(name: .long, help: "Add the starter files to a folder that is not empty (existing files are kept).")
    var force = false

    func run() throws {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let (written, kept, diagnostics) = Starter.initialize(root, force: force, today: CalendarDate(utc: Date()))
        DiagnosticPrinter.print(diagnostics)
        for path in written { print("wrote \(path)") }
        for path in kept { print("kept \(path) (it exists)") }
        guard !diagnostics.hasErrors else { throw ExitCode.failure }
        let cd = directory == "." ? "" : "  cd \(directory)\n"
        print("""

            The site is ready. Set title, base_url and organization in site.yml, then:
            \(cd)  jobsite serve                  (a preview in your browser that reloads as you save)
              jobsite build                  (writes the site into public/)
              jobsite new role "Job title"   (adds a posting; see jobsite new --help)
            """)
    }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Add a posting, FAQ entry, ladder or page to the site, with every field filled in or explained.",
        discussion: "Postings, FAQ entries and pages start as drafts (draft: true): `jobsite build --drafts` shows them. An existing file is never overwritten.",
        subcommands: [NewRole.self, NewFAQ.self, NewLadder.self, NewPage.self])
}

/// What every `new` subcommand shares: the site folder, and writing one file.
struct SiteOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site root.", valueName: "dir"))
    var source: String = "."

    var root: URL { URL(fileURLWithPath: source, isDirectory: true) }

    /// Writes `file` (if any) into the site, prints what happened, and fails on any error.
    func write(_ made: (NewFile?, [Diagnostic]), next: String) throws {
        let (file, problems) = made
        var diagnostics = NewFiles.checkIsSite(root) + problems
        if let file, diagnostics.isEmpty {
            diagnostics += NewFiles.write([file], into: root, hint: "Choose another name, or edit the existing file.").1
        }
        DiagnosticPrinter.print(diagnostics)
        guard !diagnostics.hasErrors, let file else { throw ExitCode.failure }
        print("wrote \(file.path)")
        print(next)
    }
}

let draftNote = "It is a draft: `jobsite build --drafts` shows it; remove `draft: true` to publish it."

struct NewRole: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role", abstract: "Add a job posting: content/roles/<title as a URL name>.md.",
        discussion: "Posted today and open for 60 days. With --ladder and --level, the posting takes the level's pay band.")

    @OptionGroup var site: SiteOption

    @Option(name: .long, help: ArgumentHelp("The career ladder of the role (a file in content/ladders/).", valueName: "id"))
    var ladder: String?

    @Option(name: .long, help: ArgumentHelp("The level on that ladder.", valueName: "id"))
    var level: String?

    @Argument(help: ArgumentHelp("The job title.", valueName: "title"))
    var title: String

    func run() throws {
        try site.write(NewContent.role(title: title, ladder: ladder, level: level, site: site.root, today: CalendarDate(utc: Date())),
                       next: draftNote)
    }
}

struct NewFAQ: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "faq", abstract: "Add a question: content/faq/<question as a URL name>.md.")

    @OptionGroup var site: SiteOption

    @Argument(help: ArgumentHelp("The question.", valueName: "question"))
    var question: String

    func run() throws { try site.write(NewContent.faq(question: question), next: draftNote) }
}

struct NewLadder: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ladder", abstract: "Add a career ladder: content/ladders/<id>.md.")

    @OptionGroup var site: SiteOption

    @Argument(help: ArgumentHelp("The ladder's id, as postings will name it (lowercase letters, digits, hyphens).", valueName: "id"))
    var id: String

    func run() throws {
        try site.write(NewContent.ladder(id: id), next: "Postings join it with `ladder: \(id)` and a `level:` of it.")
    }
}

struct NewPage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "page", abstract: "Add a page: content/<path>.md, published at /<path>/.",
        discussion: "A title works too: \"Life at Acme\" writes content/life-at-acme.md, titled as typed.")

    @OptionGroup var site: SiteOption

    @Argument(help: ArgumentHelp("The page's path or title, e.g. benefits, teams/platform or \"Life at Acme\".", valueName: "path"))
    var path: String

    func run() throws { try site.write(NewContent.page(path: path), next: draftNote) }
}
