import Build
import Content
import Diagnostics
import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// What `jobsite serve` is asked to do.
public struct ServeOptions: Sendable {
    /// The site, drafts and base URL, as for a build; `output` is not used (nothing is written).
    public var build: BuildOptions
    /// The address to listen on; loopback unless asked otherwise, so a preview of unpublished
    /// postings is not offered to the whole network.
    public var host: String
    /// The port; 0 picks a free one (reported to `onListening`).
    public var port: Int
    public var watch: SourceWatcher.Method
    /// How long the sources must be quiet before a rebuild (see ``SourceWatcher``).
    public var quiet: Duration
    /// The build's "today", asked for at each rebuild (a preview left running past midnight
    /// expires postings as a build would).
    public var today: @Sendable () -> CalendarDate

    public static let defaultHost = "127.0.0.1"
    public static let defaultPort = 8080

    public init(build: BuildOptions, host: String = ServeOptions.defaultHost, port: Int = ServeOptions.defaultPort,
                watch: SourceWatcher.Method = .automatic, quiet: Duration = .milliseconds(30),
                today: @escaping @Sendable () -> CalendarDate = { CalendarDate(utc: Date()) }) {
        self.build = build
        self.host = host
        self.port = port
        self.watch = watch
        self.quiet = quiet
        self.today = today
    }
}

/// Why `serve` did not start.
public enum ServeError: Error, CustomStringConvertible {
    /// The options themselves are wrong (`--base-url`, a `--source` folder that does not
    /// exist): no edit of the site can fix that.
    case invalidOptions([Diagnostic])
    /// Something else listens on the port (another `jobsite serve`, often); found before the
    /// first build.
    case portInUse(host: String, port: Int)

    /// One line for the terminal: what is wrong and what to pass instead.
    public var description: String {
        switch self {
        case .invalidOptions(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        case .portInUse(let host, let port):
            "port \(port) is in use on \(host) (another jobsite serve?); pass --port N for another port, or --port 0 for any free one"
        }
    }
}

/// `jobsite serve`: builds the site into memory, serves it, and rebuilds it when its sources
/// change, telling open pages to reload.
public struct DevServer: Sendable {
    public let options: ServeOptions
    /// The served site and the open pages' event streams.
    public let live = LiveSite()
    /// One line per build (`12:04:31 rebuilt in 84 ms after a change to content/roles/x.md`).
    let log: @Sendable (String) -> Void
    /// A build's diagnostics, as `jobsite build` prints them.
    let report: @Sendable ([Diagnostic]) -> Void

    public init(options: ServeOptions, log: @escaping @Sendable (String) -> Void,
                report: @escaping @Sendable ([Diagnostic]) -> Void) {
        self.options = options
        self.log = log
        self.report = report
    }

    /// Builds the site, then serves it and watches its sources until ``RunningServer/stop()``,
    /// the task's cancellation or, with `handleSignals`, SIGINT (Ctrl-C) or SIGTERM. A stop is
    /// graceful: the event streams of open pages end, then the server closes.
    ///
    /// - Parameter onListening: called once requests are accepted, with the bound address.
    /// - Throws: ``ServeError/invalidOptions(_:)`` for a site folder that does not exist and
    ///   ``ServeError/portInUse(host:port:)``, both before building anything;
    ///   ``ServeError/invalidOptions(_:)`` before listening; the server's error when it
    ///   cannot listen for another reason.
    public func run(handleSignals: Bool = true,
                    onListening: @escaping @Sendable (RunningServer) async -> Void = { _ in }) async throws {
        if let missing = SourceLoader.missingRoot(options.build.source) { throw ServeError.invalidOptions([missing]) }
        guard PortProbe.isFree(host: options.host, port: options.port) else {
            throw ServeError.portInUse(host: options.host, port: options.port)
        }
        // Watch first, so a save during the first build is not missed.
        let watcher = SourceWatcher(root: options.build.source, method: options.watch, quiet: options.quiet)
        defer { watcher.stop() }
        let first = await rebuild(changed: [])
        let optionErrors = first.diagnostics.filter { $0.severity == .error && $0.rule.hasPrefix("options.") }
        guard optionErrors.isEmpty else { throw ServeError.invalidOptions(optionErrors) }
        var logger = Logger(label: "jobsite.serve")
        logger.logLevel = .warning
        let groupBox = GroupBox()
        let app = application(logger: logger) { host, port in
            guard let group = await groupBox.group else { return }
            await onListening(RunningServer(host: host, port: port, group: group))
        }
        // Shut down in reverse order: the rebuilds and event streams end first, so the server's
        // graceful shutdown does not wait for pages that are still listening.
        var configuration = ServiceGroupConfiguration(
            services: [app, Rebuilder(server: self, watcher: watcher)],
            gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [],
            logger: logger)
        // Ctrl-C never hangs: whatever is still running after two seconds is cancelled.
        configuration.maximumGracefulShutdownDuration = .seconds(2)
        let group = ServiceGroup(configuration: configuration)
        await groupBox.set(group)
        try await group.run()
    }

    /// The HTTP application alone (no watching), for tests and embedding.
    ///
    /// - Parameter onListening: called with the bound address (`127.0.0.1`) and port.
    public func application(logger: Logger? = nil, onListening: @escaping @Sendable (String, Int) async -> Void = { _, _ in })
        -> Application<SiteResponder> {
        let host = options.host, port = options.port
        return Application(
            responder: SiteResponder(live: live),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                await onListening(channel.localAddress?.ipAddress ?? host, channel.localAddress?.port ?? port)
            },
            logger: logger ?? Logger(label: "jobsite.serve", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    /// Builds the site once (off the concurrency pool: a build keeps a core busy), serves the
    /// result, and logs it.
    @discardableResult
    public func rebuild(changed: [String]) async -> ServeBuild.Outcome {
        var build = options.build
        build.today = options.today()
        let outcome = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { [build] in continuation.resume(returning: ServeBuild.run(build)) }
        }
        report(outcome.diagnostics)
        let change = await live.update(site: outcome.site, diagnostics: outcome.diagnostics)
        let served = await live.site != nil
        log(Self.logLine(outcome, changed: changed, change: change, served: served, at: Date()))
        return outcome
    }

    /// `12:04:31 rebuilt in 84 ms after a change to content/roles/x.md`, or why not.
    /// - Parameters:
    ///   - change: what the open pages were told (a reload, nothing).
    ///   - served: whether a good build is served.
    static func logLine(_ outcome: ServeBuild.Outcome, changed: [String], change: LiveSite.Change, served: Bool,
                        at time: Date) -> String {
        let parts = Calendar.current.dateComponents([.hour, .minute, .second], from: time)
        let clock = String(format: "%02d:%02d:%02d", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        let took = "in \(outcome.duration.milliseconds) ms"
        let cause = changed.isEmpty ? "" : " after a change to " + (changed.count <= 3
            ? changed.joined(separator: ", ") : changed.prefix(2).joined(separator: ", ") + " and \(changed.count - 2) more")
        guard outcome.site != nil else {
            let errors = outcome.diagnostics.filter { $0.severity == .error }.count
            return "\(clock) build failed \(took)\(cause): \(errors) error\(errors == 1 ? "" : "s"); "
                + (served ? "serving the last good build" : "nothing to serve until it builds") + "; the browser shows the errors"
        }
        let verb = changed.isEmpty ? "built" : "rebuilt"
        let reload = switch change {
        case .errorsCleared: "; the errors are fixed, pages reload"
        case .unchanged where !changed.isEmpty: "; nothing to reload"
        default: ""
        }
        return "\(clock) \(verb) \(took)\(cause)\(reload)"
    }
}

/// A server that accepts requests.
public struct RunningServer: Sendable {
    /// The bound address, e.g. `127.0.0.1`.
    public let host: String
    /// The bound port (the free one picked for port 0).
    public let port: Int
    let group: ServiceGroup

    /// Stops gracefully, as Ctrl-C does; ``DevServer/run(handleSignals:onListening:)`` then returns.
    public func stop() async { await group.triggerGracefulShutdown() }
}

/// Hands the service group to the callback that runs inside it.
private actor GroupBox {
    var group: ServiceGroup?
    func set(_ group: ServiceGroup) { self.group = group }
}

/// Rebuilds after each settled batch of changes until shutdown, then ends the event streams.
struct Rebuilder: Service {
    let server: DevServer
    let watcher: SourceWatcher

    func run() async {
        for await _ in watcher.ticks.cancelOnGracefulShutdown() {
            await server.rebuild(changed: watcher.takeChanges())
        }
        watcher.stop()
        await server.live.close()
    }
}

extension Duration {
    /// Whole milliseconds, rounded down.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
