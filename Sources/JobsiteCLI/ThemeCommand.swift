import ArgumentParser
import Diagnostics
import Foundation
import Scaffold

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the built-in default theme.",
        discussion: """
            A site uses the theme built into jobsite. A file in the site's templates/ replaces the built-in \
            template of the same name (templates/role.mustache replaces `role`, templates/partials/role-card.mustache \
            replaces `partials/role-card`), and a file in static/ replaces the theme's file at the same path. \
            Everything the site does not replace comes from the built-in theme.
            """,
        subcommands: [ThemeEjectCommand.self, ThemeListCommand.self])
}

struct ThemeEjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Copy built-in templates into the site's templates/ to customise them.",
        discussion: """
            Without names, copies every template; with names (role, partials/role-card, strings/de, \
            static/style.css), only those. A copied strings file (templates/strings/de.yml) overrides the \
            theme's words key by key: delete the keys you keep as they are. --static also copies the theme's static files (style.css, favicon.svg) into static/. \
            An existing file is never overwritten: if one of the files exists, nothing is written.
            """)

    @Option(name: .long, help: ArgumentHelp("The site root.", valueName: "dir"))
    var source: String = "."

    @Flag(name: .long, help: "Also copy the theme's static files (style.css, favicon.svg) into static/.")
    var `static` = false

    @Argument(help: ArgumentHelp("Templates or static files to copy (default: every template).", valueName: "name"))
    var names: [String] = []

    func run() throws {
        let (written, diagnostics) = ThemeEject.eject(names, includeStatic: `static`, into: URL(fileURLWithPath: source, isDirectory: true))
        DiagnosticPrinter.print(diagnostics)
        for path in written { print("wrote \(path)") }
        guard !diagnostics.hasErrors else { throw ExitCode.failure }
        print(ThemeEject.noteAfterEject(written))
    }
}

struct ThemeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the built-in templates and static files, and which ones the site replaces.")

    @Option(name: .long, help: ArgumentHelp("The site root.", valueName: "dir"))
    var source: String = "."

    func run() {
        for line in ThemeEject.list(site: URL(fileURLWithPath: source, isDirectory: true)) { print(line) }
    }
}
