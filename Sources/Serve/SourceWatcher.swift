import Content
import Foundation

/// Watches a site's sources — `site.yml`, `content/`, `templates/`, `static/` — and reports
/// which paths changed, in settled batches.
///
/// Folders are watched, not files: editors that save by writing a new file and renaming it over
/// the old one (vim, `sed -i`) replace the file, and a watch on the old file would see nothing
/// more. On Linux it uses inotify, with a watch on every folder (and on folders created later);
/// elsewhere, or when inotify is unavailable, it compares the files' size, inode and
/// modification time every `interval`.
public final class SourceWatcher: Sendable {
    /// How to notice changes.
    public enum Method: Sendable, Equatable {
        /// inotify on Linux, polling every 300 ms elsewhere.
        case automatic
        /// Compare the files every `interval`.
        case polling(interval: Duration)
    }

    /// One tick per settled batch of changes; take them with ``takeChanges()``. Several batches
    /// arriving during a rebuild give one tick, so one rebuild follows them all.
    public let ticks: AsyncStream<Void>
    /// `inotify` or `polling`, for the log.
    public let methodName: String
    private let feed: ChangeFeed
    private let stopFlag: StopFlag

    /// Starts watching the site at `root` on a thread of its own.
    /// - Parameter quiet: how long no further event must arrive before a batch is reported
    ///   (editors save in several steps); a batch is reported after one second regardless.
    public init(root: URL, method: Method = .automatic, quiet: Duration = .milliseconds(30)) {
        let feed = ChangeFeed()
        let stopFlag = StopFlag()
        var name = "polling"
        var loop: (@Sendable () -> Void)?
        #if canImport(Glibc)
        if method == .automatic, let inotify = InotifyWatch(root: root) {
            name = "inotify"
            loop = { inotify.run(feed: feed, quiet: quiet, stop: stopFlag) }
        }
        #endif
        if loop == nil {
            let interval: Duration
            if case .polling(let every) = method { interval = every } else { interval = .milliseconds(300) }
            loop = { PollingWatch(root: root).run(feed: feed, interval: interval, quiet: quiet, stop: stopFlag) }
        }
        self.feed = feed
        self.stopFlag = stopFlag
        self.ticks = feed.ticks
        self.methodName = name
        let thread = Thread { [loop] in
            loop?()
            feed.finish()
        }
        thread.name = "jobsite serve: watch"
        thread.start()
    }

    /// The paths (relative to the site root, sorted) that changed since the last call.
    public func takeChanges() -> [String] { feed.take() }

    /// Stops watching within a fraction of a second; ``ticks`` then ends.
    public func stop() { stopFlag.set() }

    deinit { stopFlag.set() }

    /// The top-level names of a site root that are sources; anything else there (`public/`,
    /// `.git/`) is not watched.
    static let sourceFolders: Set<String> = [SiteLayout.contentFolder, SiteLayout.templatesFolder, SiteLayout.staticFolder]
    static func isSource(topLevelName name: String) -> Bool {
        name == SiteLayout.configFile || sourceFolders.contains(name)
    }

    /// Whether a change at `path` (relative to the root) can change the site: folders, and the
    /// files the build reads — Markdown in `content/`, Mustache in `templates/`, anything in
    /// `static/`. Editors' swap, backup and temporary files (`.x.md.swp`, `x.md~`, `sedAb12`,
    /// vim's `4913`) beside a posting then cause no rebuild.
    static func matters(_ path: String, isFolder: Bool) -> Bool {
        let top = path.prefix { $0 != "/" }
        guard top.count < path.count, !isFolder else { return isSource(topLevelName: String(top)) }
        switch top {
        // The loader's own rules, so serve rebuilds for exactly the files a build reads.
        case SiteLayout.contentFolder: return SiteLayout.isMarkdownFile(path)
        case SiteLayout.templatesFolder: return path.hasSuffix(".mustache") || StringsParser.languageName(of: path) != nil
        default: return top == SiteLayout.staticFolder
        }
    }
}

/// Changed paths collected between two rebuilds, and a tick for each batch.
final class ChangeFeed: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: Set<String> = []
    let ticks: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        (ticks, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    func record(_ paths: Set<String>) {
        guard !paths.isEmpty else { return }
        lock.withLock { pending.formUnion(paths) }
        continuation.yield()
    }

    func take() -> [String] {
        lock.withLock {
            defer { pending = [] }
            return pending.sorted()
        }
    }

    func finish() { continuation.finish() }
}

final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    var isSet: Bool { lock.withLock { stopped } }
    func set() { lock.withLock { stopped = true } }
}

/// The portable fallback: size, inode and modification time of every source file, compared
/// every interval.
struct PollingWatch {
    struct Stamp: Equatable {
        var isFolder: Bool
        var modified: Date? = nil
        var size: UInt64? = nil
        var inode: UInt64?
    }

    let root: URL

    func run(feed: ChangeFeed, interval: Duration, quiet: Duration, stop: StopFlag) {
        var previous = snapshot()
        while !stop.isSet {
            Thread.sleep(forTimeInterval: interval.seconds)
            var current = snapshot()
            var changed = Self.changes(from: previous, to: current)
            // A file caught while it is written changes again: wait until the files stand still
            // (up to a second), so one save gives one rebuild, of the finished file.
            let deadline = ContinuousClock.now + .seconds(1)
            while !changed.isEmpty, ContinuousClock.now < deadline {
                Thread.sleep(forTimeInterval: quiet.seconds)
                let settled = snapshot()
                if settled == current { break }
                changed.formUnion(Self.changes(from: current, to: settled))
                current = settled
            }
            feed.record(changed)
            previous = current
        }
    }

    /// The paths that appeared, went or changed between two snapshots, and can change the site.
    static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> Set<String> {
        Set(new.keys).symmetricDifference(old.keys)
            .union(new.filter { old[$0.key] != nil && old[$0.key] != $0.value }.keys)
            .filter { SourceWatcher.matters($0, isFolder: (new[$0] ?? old[$0])?.isFolder ?? false) }
    }

    /// Relative path → stamp, for site.yml and every file under the source folders.
    func snapshot() -> [String: Stamp] {
        let manager = FileManager.default
        var stamps: [String: Stamp] = [:]
        func stamp(_ relative: String) {
            guard let attributes = try? manager.attributesOfItem(atPath: root.appendingPathComponent(relative).path)
            else { return }
            let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
            // A folder changes when it appears, goes or is replaced; an entry added to it is
            // seen as that entry, so its modification time does not count.
            stamps[relative] = attributes[.type] as? FileAttributeType == .typeDirectory
                ? Stamp(isFolder: true, inode: inode)
                : Stamp(isFolder: false, modified: attributes[.modificationDate] as? Date,
                        size: (attributes[.size] as? NSNumber)?.uint64Value, inode: inode)
        }
        stamp(SiteLayout.configFile)
        for folder in SourceWatcher.sourceFolders.sorted() {
            stamp(folder)
            let enumerator = manager.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let path = enumerator?.nextObject() as? String { stamp(folder + "/" + path) }
        }
        return stamps
    }
}

extension Duration {
    /// The duration in seconds, for APIs that take a `TimeInterval`.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
