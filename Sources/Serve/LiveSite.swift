import Diagnostics

/// What the event stream tells open pages.
public enum ReloadEvent: Sendable, Equatable {
    /// Sent first on every connection: the site's generation, so a page that reconnects after
    /// missing a rebuild (the server restarted, the laptop slept) knows it is stale.
    case hello(generation: String)
    /// The site changed: reload.
    case reload
    /// The last build failed: show these diagnostics, one per line, over the page.
    case problems(String)

    /// The event in Server-Sent Events wire format (`event: …`, `data: …` lines, a blank line).
    public var wireFormat: String {
        switch self {
        case .hello(let generation): return "event: hello\ndata: \(generation)\n\n"
        case .reload: return "event: reload\ndata: \n\n"
        case .problems(let text):
            // A data line ends at any line break; each line of the text becomes its own `data:`
            // line, and the browser joins them with "\n" again.
            let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            return "event: problems\n" + lines.map { "data: \($0)\n" }.joined() + "\n"
        }
    }
}

/// The site being served and the pages listening for changes.
///
/// One actor, so a request always sees one whole build, and every listener sees the builds in
/// the order they finished.
public actor LiveSite {
    /// The last good build; nil until one succeeded.
    public private(set) var site: ServedSite?
    /// The diagnostics of the last build when it failed, one per line; nil after a good build.
    public private(set) var problems: String?
    /// Counts the builds that changed what is served; part of the `hello` event.
    public private(set) var generation = 0
    /// Tells generations of different server runs apart.
    private let runID = String(UInt32.random(in: .min ... .max), radix: 36)
    private var listeners: [Int: AsyncStream<ReloadEvent>.Continuation] = [:]
    private var nextListener = 0
    private var closed = false

    public init() {}

    /// The number of open event streams.
    public var listenerCount: Int { listeners.count }

    /// What a build did to the open pages.
    public enum Change: Sendable, Equatable {
        /// A new site is served; pages reload.
        case replaced
        /// The site is the one already served, but the last build had failed: pages reload to
        /// take the error overlay away.
        case errorsCleared
        /// The same site again (a save that changed nothing): nothing is sent.
        case unchanged
        /// The build failed: pages show its errors over the last good build.
        case failed
    }

    /// Takes a build's outcome: a new site replaces the served one (and open pages reload when
    /// it differs); a failed build keeps the last good site and shows its diagnostics.
    /// - Returns: what the open pages were told.
    @discardableResult
    public func update(site newSite: ServedSite?, diagnostics: [Diagnostic]) -> Change {
        guard let newSite else {
            let text = diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
            problems = text
            broadcast(.problems(text))
            return .failed
        }
        let hadProblems = problems != nil
        problems = nil
        guard newSite != site else {
            // A save that changed nothing (or an editor's backup file) reloads nothing, unless
            // the pages show an error overlay that must go.
            guard hadProblems else { return .unchanged }
            broadcast(.reload)
            return .errorsCleared
        }
        site = newSite
        generation += 1
        broadcast(.reload)
        return .replaced
    }

    /// A stream of events for one page: `hello`, then the current problems if the last build
    /// failed, then every event until the page goes away or the server stops.
    public func events() -> AsyncStream<ReloadEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: ReloadEvent.self)
        continuation.yield(.hello(generation: "\(runID)-\(generation)"))
        if let problems { continuation.yield(.problems(problems)) }
        guard !closed else {
            continuation.finish()
            return stream
        }
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.onTermination = { _ in Task { await self.removeListener(id) } }
        return stream
    }

    /// Ends every event stream (the server is stopping); later streams end at once.
    public func close() {
        closed = true
        for continuation in listeners.values { continuation.finish() }
        listeners = [:]
    }

    private func removeListener(_ id: Int) { listeners[id] = nil }

    private func broadcast(_ event: ReloadEvent) {
        for continuation in listeners.values { continuation.yield(event) }
    }
}
