import ArgumentParser
import Build
import Content
import Diagnostics
import Foundation
import Serve

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it into memory, serve it, rebuild and reload pages on every save.",
        discussion: """
            Serves the site at http://127.0.0.1:8080/ (under the path of the base URL, e.g. /careers/), \
            without writing the output folder. Watches site.yml, content/, templates/ and static/; after \
            a save the site is rebuilt and open pages reload. When a build fails, its problems are \
            printed here and shown over the page, and the last good build stays served. Ctrl-C stops.
            """)

    @Option(name: .long, help: ArgumentHelp("The site root.", valueName: "dir"))
    var source: String = "."

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "n"))
    var port: Int = ServeOptions.defaultPort

    @Option(name: .long, help: ArgumentHelp("The address to listen on; 0.0.0.0 offers the preview to your whole network.",
                                            valueName: "host"))
    var host: String = ServeOptions.defaultHost

    @Flag(name: .long, help: "Also show documents marked draft: true.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Override base_url from site.yml; its path is where the site is served.",
                                                              valueName: "url"))
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp("""
        Preview the site as it is on this day: which postings are published, closed or removed \
        (default: today in UTC, asked again at each rebuild).
        """, valueName: "yyyy-mm-dd"))
    var now: String?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        if let now { _ = try BuildDayOption.day(now: now, environment: [:]) }
        try BaseURLOption.validate(baseURL)
    }

    func run() async throws {
        let build = BuildOptions(source: URL(fileURLWithPath: source, isDirectory: true), includeDrafts: drafts,
                                 baseURL: baseURL, today: CalendarDate(utc: Date()))
        var options = ServeOptions(build: build, host: host, port: port)
        if let now {
            // Read as `build` reads it (without it, today is read again at each rebuild).
            let day = try BuildDayOption.day(now: now, environment: [:])
            options.today = { day }
        }
        let server = DevServer(options: options,
                               log: Self.say, report: DiagnosticPrinter.print)
        let host = host
        do {
            try await server.run { running in
                let basePath = await server.live.site?.basePath ?? "/"
                Self.say("serving the site at http://\(Self.urlHost(running.host)):\(running.port)\(basePath) (Ctrl-C stops)")
                if !Self.isLoopback(host) {
                    Self.say("note: --host \(host) offers the preview to other machines on the network")
                }
            }
        } catch ServeError.invalidOptions(let diagnostics) {
            DiagnosticPrinter.print(diagnostics)
            throw ExitCode.failure
        } catch let error as ServeError {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            throw ExitCode.failure
        } catch {
            FileHandle.standardError.write(Data("error: cannot serve on \(host):\(port): \(error)\n".utf8))
            throw ExitCode.failure
        }
        Self.say("stopped")
    }

    /// A line on standard output, unbuffered: the log of a long-running process is read as it
    /// happens, also through a pipe.
    @Sendable static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// An IPv6 address goes in brackets in a URL.
    static func urlHost(_ host: String) -> String { host.contains(":") ? "[\(host)]" : host }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
