import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed system call: what was attempted, on which path, and `errno`.
struct SystemError: Error, CustomStringConvertible {
    var operation: String
    var path: String
    var code: Int32

    init(_ operation: String, _ path: String, code: Int32 = errno) {
        self.operation = operation
        self.path = path
        self.code = code
    }

    var description: String { "could not \(operation) \(path): \(String(cString: strerror(code)))" }
}

/// Thin, throwing wrappers over the POSIX calls the writer needs. Paths are plain `String`s
/// (absolute, or relative to a directory descriptor); names read back from the disk stay bytes.
enum FileSystem {
    enum Kind: Equatable {
        case missing, directory, regularFile, symbolicLink, other
    }

    /// What is at `path`, without following a final symbolic link.
    static func kind(of path: String, relativeTo directory: Int32 = AT_FDCWD) throws -> Kind {
        var info = stat()
        if fstatat(directory, path, &info, AT_SYMLINK_NOFOLLOW) != 0 {
            if errno == ENOENT { return .missing }
            throw SystemError("inspect", path)
        }
        return kind(of: info.st_mode)
    }

    static func kind(of mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFDIR: .directory
        case S_IFREG: .regularFile
        case S_IFLNK: .symbolicLink
        default: .other
        }
    }

    /// The names in the folder at `path` (relative to `directory`; "." for the folder open as
    /// `directory` itself), without `.` and `..`. Never follows a link. A name that is not UTF-8
    /// comes back with replacement characters: fit for comparing with ASCII names and for messages.
    static func names(inFolderAt path: String, relativeTo directory: Int32 = AT_FDCWD) throws -> [String] {
        let descriptor = openat(directory, path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError("read folder", path) }
        guard let stream = fdopendir(descriptor) else {
            let error = SystemError("read folder", path)
            close(descriptor)
            throw error
        }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            if !isDotOrDotDot(entry) { names.append(text(of: name(of: entry))) }
        }
        return names
    }

    /// `mkdtemp`: a new, uniquely named folder `<prefix>XXXXXX`, mode 0755.
    static func makeUniqueDirectory(prefix: String) throws -> String {
        let path = try makeTemporaryDirectory(prefix: prefix)
        guard chmod(path, 0o755) == 0 else {
            let error = SystemError("set permissions of", path)
            rmdir(path)
            throw error
        }
        return path
    }

    /// `mkdtemp`: a new, uniquely named folder `<prefix>XXXXXX`, mode 0700.
    private static func makeTemporaryDirectory(prefix: String) throws -> String {
        var template = Array((prefix + "XXXXXX").utf8CString)
        let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard created != nil else { throw SystemError("create a folder named", prefix + "…") }
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `mkdir -p`, for the folder the output folder goes in. Appends the folders it created,
    /// parents first, to `created`.
    static func makeDirectories(_ path: String, created: inout [String]) throws {
        switch try kind(of: path) {
        case .directory: return
        case .missing: break
        case .symbolicLink:
            // A link to a folder is fine as a parent; `mkdir` on it would fail.
            var info = stat()
            if stat(path, &info) == 0, kind(of: info.st_mode) == .directory { return }
            throw SystemError("create folder", path, code: ENOTDIR)
        default:
            throw SystemError("create folder", path, code: ENOTDIR)
        }
        let parent = parentPath(of: path)
        if parent != path { try makeDirectories(parent, created: &created) }
        if mkdir(path, 0o755) == 0 {
            created.append(path)
        } else if errno != EEXIST {
            throw SystemError("create folder", path)
        }
    }

    /// Creates folder `path` (relative to `directory`) with mode 0755 whatever the umask.
    static func makeDirectory(_ path: String, relativeTo directory: Int32) throws {
        guard mkdirat(directory, path, 0o755) == 0 else { throw SystemError("create folder", path) }
        guard fchmodat(directory, path, 0o755, 0) == 0 else { throw SystemError("set permissions of", path) }
    }

    /// Creates the regular file `path` (relative to `directory`), which must not exist yet, with
    /// mode 0644 whatever the umask, and hands its descriptor to `body`. Never follows a link and
    /// never overwrites: on a file system that folds case, two names that fold together fail here.
    static func createFile(_ path: String, relativeTo directory: Int32, _ body: (Int32) throws -> Void) throws {
        let descriptor = openat(directory, path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemError("create", path) }
        do {
            guard fchmod(descriptor, 0o644) == 0 else { throw SystemError("set permissions of", path) }
            try body(descriptor)
        } catch {
            close(descriptor)
            throw error
        }
        // close can report a delayed write error (NFS, quota): a file is only written once it closed.
        guard close(descriptor) == 0 else { throw SystemError("write", path) }
    }

    /// Writes all of `bytes`, however many `write` calls that takes.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemError("write", path)
            }
            next += written
            remaining -= written
        }
    }

    /// Copies the regular file at `source` into `destination`, byte for byte.
    static func copyContents(of source: String, to destination: Int32, destinationPath: String) throws {
        // O_NONBLOCK so a named pipe cannot hang the build; it is refused just below.
        let input = open(source, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard input >= 0 else { throw SystemError("read", source) }
        defer { close(input) }
        var info = stat()
        guard fstat(input, &info) == 0 else { throw SystemError("inspect", source) }
        guard kind(of: info.st_mode) == .regularFile else {
            let what = kind(of: info.st_mode) == .directory ? "a folder" : "not a regular file"
            throw WriteFailure("could not copy \(source): it is \(what)")
        }
        let bufferSize = 256 * 1024
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(input, buffer.baseAddress, bufferSize)
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemError("read", source)
            }
            if count == 0 { return }
            try writeAll(UnsafeRawBufferPointer(rebasing: buffer[..<count]), to: destination, path: destinationPath)
        }
    }

    /// Deletes `path` and everything under it. Never follows a symbolic link: a link is removed,
    /// not what it points to. A missing `path` is not an error.
    static func removeTree(_ path: String) throws {
        switch try kind(of: path) {
        case .missing:
            return
        case .directory:
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { throw SystemError("open folder", path) }
            try removeContents(ofDirectory: descriptor, path: path)  // closes the descriptor
            if rmdir(path) != 0 && errno != ENOENT { throw SystemError("remove", path) }
        default:
            if unlink(path) != 0 && errno != ENOENT { throw SystemError("remove", path) }
        }
    }

    /// Deletes everything in `folder`, then the folder itself if its path still names it: the
    /// contents are reached through the descriptor, so a rename of the path meanwhile cannot
    /// redirect the deletion to another folder.
    static func removeTree(_ folder: OpenFolder) throws {
        let descriptor = openat(folder.descriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SystemError("open folder", folder.path) }
        try removeContents(ofDirectory: descriptor, path: folder.path)  // closes the descriptor
        if folder.isStill(at: folder.path), rmdir(folder.path) != 0, errno != ENOENT {
            throw SystemError("remove", folder.path)
        }
    }

    /// Empties the folder open as `descriptor` (and closes it). `path` is for messages only.
    private static func removeContents(ofDirectory descriptor: Int32, path: String) throws {
        guard let stream = fdopendir(descriptor) else {
            let error = SystemError("read folder", path)
            close(descriptor)
            throw error
        }
        defer { closedir(stream) }
        // Names stay bytes (a user's file may have a name that is not UTF-8), and are all read
        // before anything is removed, since removing entries while reading a folder is unspecified.
        var entries: [(name: [CChar], isDirectory: Bool?)] = []
        while let entry = readdir(stream) {
            if isDotOrDotDot(entry) { continue }
            let isDirectory: Bool? = switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): true
            case Int32(DT_UNKNOWN): nil
            default: false
            }
            entries.append((name(of: entry), isDirectory))
        }
        for (name, knownDirectory) in entries {
            let childPath = path + "/" + text(of: name)
            var isDirectory = knownDirectory
            if isDirectory == nil {
                var info = stat()
                guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                    if errno == ENOENT { continue }
                    throw SystemError("inspect", childPath)
                }
                isDirectory = kind(of: info.st_mode) == .directory
            }
            if isDirectory == true {
                let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard child >= 0 else { throw SystemError("open folder", childPath) }
                try removeContents(ofDirectory: child, path: childPath)
                if unlinkat(descriptor, name, AT_REMOVEDIR) != 0 && errno != ENOENT {
                    throw SystemError("remove", childPath)
                }
            } else if unlinkat(descriptor, name, 0) != 0 && errno != ENOENT {
                throw SystemError("remove", childPath)
            }
        }
    }

    private static func isDotOrDotDot(_ entry: UnsafeMutablePointer<dirent>) -> Bool {
        withUnsafeBytes(of: entry.pointee.d_name) { name in
            name[0] == UInt8(ascii: ".") && (name[1] == 0 || (name[1] == UInt8(ascii: ".") && name[2] == 0))
        }
    }

    /// A NUL-terminated name as text, for paths in messages.
    private static func text(of name: [CChar]) -> String {
        String(decoding: name.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The entry's name as NUL-terminated bytes.
    private static func name(of entry: UnsafeMutablePointer<dirent>) -> [CChar] {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in
            let bytes = raw.bindMemory(to: CChar.self)
            let length = bytes.firstIndex(of: 0) ?? bytes.count
            return Array(bytes[..<length]) + [0]
        }
    }

    // MARK: Open folders and locks

    /// A folder held open: `…at` calls through `descriptor` reach it wherever it is renamed to, and
    /// a `flock` on it lasts until `close()`. `path` is where it was opened (and for messages).
    struct OpenFolder {
        var path: String
        var descriptor: Int32

        /// Opens the folder at `path`, never through a link; `nil` when nothing is there.
        static func openIfPresent(_ path: String) throws -> OpenFolder? {
            let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            if descriptor >= 0 { return OpenFolder(path: path, descriptor: descriptor) }
            if errno == ENOENT { return nil }
            throw SystemError("open folder", path)
        }

        /// Whether `path` (not following a link) names this folder.
        func isStill(at path: String) -> Bool {
            var open = stat(), named = stat()
            return fstat(descriptor, &open) == 0 && lstat(path, &named) == 0
                && open.st_dev == named.st_dev && open.st_ino == named.st_ino
        }

        enum LockResult { case locked, heldElsewhere, unavailable }

        /// `flock(LOCK_EX)` on the folder. Without `wait`, `.heldElsewhere` when another open file
        /// description (another build, or another open in this process) holds it; `.unavailable`
        /// when the file system has no locks.
        func lock(wait: Bool) -> LockResult {
            while flock(descriptor, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
                if errno == EINTR { continue }
                return errno == EWOULDBLOCK ? .heldElsewhere : .unavailable
            }
            return .locked
        }

        /// What is at `name` in the folder, without following a link.
        func kind(of name: String) throws -> Kind {
            try FileSystem.kind(of: name, relativeTo: descriptor)
        }

        /// The names in the folder.
        func names() throws -> [String] {
            try FileSystem.names(inFolderAt: ".", relativeTo: descriptor)
        }

        /// The start (up to `limit` bytes) of the regular file `name` in the folder, as text; `nil`
        /// when it is missing or not a regular file.
        func read(_ name: String, limit: Int = 4096) -> String? {
            let file = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard file >= 0 else { return nil }
            defer { systemClose(file) }
            var info = stat()
            guard fstat(file, &info) == 0, FileSystem.kind(of: info.st_mode) == .regularFile else { return nil }
            var bytes = [UInt8](repeating: 0, count: limit)
            let count = bytes.withUnsafeMutableBytes { systemRead(file, $0.baseAddress, limit) }
            return count < 0 ? nil : String(decoding: bytes[..<count], as: UTF8.self)
        }

        func close() { systemClose(descriptor) }
    }

    /// `makeUniqueDirectory`, opened and locked so that no other build takes it for a leftover
    /// while this one fills it. Close it to release the lock.
    static func makeLockedUniqueDirectory(prefix: String) throws -> OpenFolder {
        // Until it is locked, another build tidying leftovers may take the new, empty folder for
        // one and delete it: then it is gone, or locked by the other build, or no longer at its
        // path, and a new name is taken. Nothing goes through the path after the lock.
        for _ in 0..<8 {
            let path = try makeTemporaryDirectory(prefix: prefix)
            guard let folder = try OpenFolder.openIfPresent(path) else { continue }
            guard folder.lock(wait: false) != .heldElsewhere, folder.isStill(at: path) else {
                folder.close()
                continue
            }
            guard fchmod(folder.descriptor, 0o755) == 0 else {
                let error = SystemError("set permissions of", path)
                folder.close()
                rmdir(path)
                throw error
            }
            return folder
        }
        throw SystemError("create a folder named", prefix + "…", code: EAGAIN)
    }

    /// Moves the entry `name` (file, folder or link, as it is: one rename, same inode) from the
    /// folder `source` into the folder `destination`, where nothing may have that name yet.
    static func move(_ name: String, from source: OpenFolder, to destination: OpenFolder) throws {
        let operation = "move \(source.path)/\(name) to"
        let destinationPath = destination.path + "/" + name
        if let function = Renameat2.function {
            if function(source.descriptor, name, destination.descriptor, name, 1 /* RENAME_NOREPLACE */) == 0 { return }
            guard [ENOSYS, EINVAL, ENOTSUP, EOPNOTSUPP].contains(errno) else { throw SystemError(operation, destinationPath) }
        }
        // Without RENAME_NOREPLACE: look first (the output's parent lock keeps other builds away).
        guard try destination.kind(of: name) == .missing else { throw SystemError(operation, destinationPath, code: EEXIST) }
        guard renameat(source.descriptor, name, destination.descriptor, name) == 0 else {
            throw SystemError(operation, destinationPath)
        }
    }

    // MARK: Renaming

    /// `rename(from, to)`.
    static func rename(_ from: String, to destination: String) throws {
        guard systemRename(from, destination) == 0 else { throw SystemError("rename \(from) to", destination) }
    }

    enum AtomicRenameResult {
        case done
        /// The file system or kernel cannot do it; do it another way.
        case unsupported
    }

    /// Swaps two existing paths in one step (`renameat2` with `RENAME_EXCHANGE`), so that at no
    /// moment does either name point at nothing.
    static func exchange(_ first: String, _ second: String) throws -> AtomicRenameResult {
        try renameat2(first, second, flags: 2 /* RENAME_EXCHANGE */, operation: "swap \(first) with")
    }

    /// Renames `from` to `to`, failing if `to` exists (`renameat2` with `RENAME_NOREPLACE`).
    static func renameNoReplace(_ from: String, to destination: String) throws -> AtomicRenameResult {
        try renameat2(from, destination, flags: 1 /* RENAME_NOREPLACE */, operation: "rename \(from) to")
    }

    private static func renameat2(_ from: String, _ to: String, flags: UInt32, operation: String) throws -> AtomicRenameResult {
        guard let function = Renameat2.function else { return .unsupported }
        if function(AT_FDCWD, from, AT_FDCWD, to, flags) == 0 { return .done }
        switch errno {
        // Old kernels (ENOSYS) and file systems without the flag (EINVAL; some report ENOTSUP).
        case ENOSYS, EINVAL, ENOTSUP, EOPNOTSUPP: return .unsupported
        default: throw SystemError(operation, to)
        }
    }

    // MARK: Paths

    /// `path` without its last component ("/" stays "/").
    static func parentPath(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The components of absolute `path` with every symbolic link resolved and `.`/`..` applied,
    /// as far as the path exists; a part that does not exist yet is taken as written.
    static func canonicalComponents(of path: String) -> [String] {
        if let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return components(of: String(cString: resolved))
        }
        let parts = components(of: path)
        guard let last = parts.last else { return [] }
        var parent = canonicalComponents(of: "/" + parts.dropLast().joined(separator: "/"))
        switch last {
        case ".": break
        case "..": _ = parent.popLast()
        default: parent.append(last)
        }
        return parent
    }

    /// The components of absolute `path` with `.` and `..` applied as written, links not resolved.
    static func lexicalComponents(of path: String) -> [String] {
        var result: [String] = []
        for part in components(of: path) {
            switch part {
            case ".": continue
            case "..": _ = result.popLast()
            default: result.append(part)
            }
        }
        return result
    }

    /// The absolute path of a file URL, relative ones taken from the current folder.
    static func absolutePath(of url: URL) -> String {
        let path = url.absoluteURL.path
        if path.hasPrefix("/") { return path }
        let current = FileManager.default.currentDirectoryPath
        return path.isEmpty ? current : current + "/" + path
    }

    static func components(of path: String) -> [String] {
        path.split(separator: "/").map(String.init)
    }
}

private func systemRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
private func systemClose(_ descriptor: Int32) { _ = close(descriptor) }
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(descriptor, buffer, count) }

/// `renameat2(2)`, which the Swift Glibc module does not import: looked up once at run time, so
/// a C library without it (or another system) falls back to plain renames.
private enum Renameat2 {
    typealias Function = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    static let function: Function? = {
        #if os(Linux)
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Function.self)
        #else
        return nil
        #endif
    }()
}
