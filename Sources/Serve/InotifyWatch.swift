#if canImport(Glibc)
import Foundation
import Glibc

/// inotify watches on the site root and on every folder under its source folders.
///
/// Owned by the watcher thread once started; nothing else touches it.
final class InotifyWatch: @unchecked Sendable {
    private let fd: Int32
    private let root: URL
    /// Watch descriptor → folder relative to the root (`""` for the root itself).
    private var folders: [Int32: String] = [:]

    /// Creation, deletion, writes, attribute changes and renames in and out of a folder. A save
    /// by rename arrives as `IN_MOVED_TO` of the file's name, and is seen like any write.
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB
        | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR)

    /// Nil when inotify is unavailable (e.g. the limit of instances is reached): the caller
    /// falls back to polling.
    init?(root: URL) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        self.fd = fd
        self.root = root
        guard add(folder: "") else {
            close(fd)
            return nil
        }
        for name in SourceWatcher.sourceFolders { addTree(name) }
    }

    /// Reads events until `stop` is set, reporting each settled batch to `feed`; then closes.
    func run(feed: ChangeFeed, quiet: Duration, stop: StopFlag) {
        defer { close(fd) }
        let quietMilliseconds = Int32(max(1, quiet.seconds * 1000))
        while !stop.isSet {
            // Wakes up at least every 200 ms to notice `stop`.
            guard wait(milliseconds: 200) else { continue }
            var batch = readEvents()
            // Editors save in several steps (backup, write, rename): wait until they are done,
            // but report within a second even if events never stop.
            let deadline = ContinuousClock.now + .seconds(1)
            while ContinuousClock.now < deadline, wait(milliseconds: quietMilliseconds) {
                batch.formUnion(readEvents())
            }
            feed.record(batch)
        }
    }

    private func wait(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }

    /// Drains the queued events: the changed paths relative to the root. New folders get
    /// watches (with their subfolders); folders moved away lose theirs.
    private func readEvents() -> Set<String> {
        var changed: Set<String> = []
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer, size)
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let wd = buffer.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let nameLength = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let name = nameLength == 0 ? "" : String(cString: buffer.advanced(by: offset + 16).assumingMemoryBound(to: CChar.self))
                offset += 16 + nameLength
                if let path = handle(wd: wd, mask: mask, name: name) { changed.insert(path) }
            }
        }
        return changed
    }

    /// The changed path an event names, or nil for an event that changes no source.
    private func handle(wd: Int32, mask: UInt32, name: String) -> String? {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: watch every folder again and rebuild everything.
            for name in SourceWatcher.sourceFolders { addTree(name) }
            return "(many files)"
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            return nil
        }
        guard let folder = folders[wd] else { return nil }
        // In the root, only site.yml and the source folders matter (not public/, .git/ …).
        if folder.isEmpty, !SourceWatcher.isSource(topLevelName: name) { return nil }
        let path = folder.isEmpty ? name : folder + "/" + name
        let isFolder = mask & UInt32(IN_ISDIR) != 0
        if isFolder {
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(path) }
            if mask & UInt32(IN_MOVED_FROM) != 0 { removeTree(path) }
        }
        return SourceWatcher.matters(path, isFolder: isFolder) ? path : nil
    }

    @discardableResult
    private func add(folder relative: String) -> Bool {
        let url = relative.isEmpty ? root : root.appendingPathComponent(relative)
        let wd = inotify_add_watch(fd, url.path, Self.mask)
        guard wd >= 0 else { return false }
        folders[wd] = relative
        return true
    }

    /// Watches `relative` and every folder below it. Symbolic links are not followed: a link
    /// into the sources is watched where it points, a link elsewhere is not the site's to watch.
    private func addTree(_ relative: String) {
        guard isFolder(relative), add(folder: relative) else { return }
        let children = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(relative).path)) ?? []
        for child in children { addTree(relative + "/" + child) }
    }

    private func removeTree(_ relative: String) {
        for (wd, folder) in folders where folder == relative || folder.hasPrefix(relative + "/") {
            inotify_rm_watch(fd, wd)
            folders[wd] = nil
        }
    }

    private func isFolder(_ relative: String) -> Bool {
        var info = stat()
        return lstat(root.appendingPathComponent(relative).path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
#endif
