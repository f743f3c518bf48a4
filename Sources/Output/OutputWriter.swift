import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The write stage: puts an ``OutputPlan`` on disk as a complete output folder.
///
/// Everything is checked before anything is written: the paths in the plan
/// (``OutputPath/validate(_:)``, no two outputs at one path), and the destination (not a link or
/// a file; empty, missing, written by jobsite before, or holding only ``OutputPath/userNames``; not
/// holding or inside the site's sources). Then the files are written into a fresh staging folder
/// beside the destination, the user's files (`.git` …) are moved into it, and it is swapped in.
/// Until the swap the destination is untouched; after it, the destination is the complete new
/// folder with the user's files. The previous output is deleted last.
public struct OutputWriter: Sendable {
    /// The output folder, e.g. `<site>/public`.
    public var destination: URL
    /// Paths the output folder must neither be, contain nor lie inside: the site's sources.
    public var protectedSources: [URL]
    /// Whether to try `renameat2` (atomic exchange) before falling back to two renames; tests turn it off.
    var usesAtomicExchange = true
    /// Where a stop (Ctrl-C) is asked for: the writer then puts everything back and fails.
    public var interruption = Interruption.shared

    public init(destination: URL, protectedSources: [URL] = []) {
        self.destination = destination
        self.protectedSources = protectedSources
    }

    /// Checks `plan` and the destination, and writes the output folder only when no error was found.
    ///
    /// Returns the problems found. With an error among them nothing was changed on disk: the
    /// destination is as it was, and no staging folder is left behind (unless the user's files could
    /// not be moved back out of it: the error then says where they are). A warning means the new
    /// output is in place but something could not be tidied up (the previous output's deletion).
    public func write(_ plan: OutputPlan) -> [Diagnostic] {
        var (layout, diagnostics) = Self.layout(of: plan)
        let target = inspectDestination(&diagnostics)
        guard let target, !diagnostics.hasErrors else { return diagnostics }
        diagnostics += publish(layout, to: target)
        return diagnostics
    }

    // MARK: The plan

    /// One file to create in the output folder.
    struct Entry: Sendable {
        enum Payload: Sendable {
            case bytes([UInt8])
            case copy(URL)
        }

        var path: String
        var payload: Payload
        var origin: SourceLocation?

        /// How a diagnostic names where this entry comes from.
        var producer: String? {
            if let origin { return origin.description }
            if case .copy(let source) = payload { return "a copy of \(displayPath(source.path))" }
            return nil
        }
    }

    /// The checked plan: files in byte order of their paths, and every folder they need,
    /// parents before children.
    struct Layout: Sendable {
        var entries: [Entry] = []
        var folders: [String] = []
        /// Which of ``OutputPath/userNames`` the site itself provides (a file, or a folder of files),
        /// in the order of that list: these are the site's, not kept from the folder replaced.
        var siteProvided: [String] = []
    }

    static func layout(of plan: OutputPlan) -> (Layout, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var entries: [Entry] = []
        entries.reserveCapacity(plan.files.count + plan.copies.count)
        for file in plan.files {
            if let problem = OutputPath.validate(file.path) {
                diagnostics.append(.error(problem, at: file.origin, rule: "output.unsafe-path"))
            } else {
                entries.append(Entry(path: file.path, payload: .bytes(file.contents), origin: file.origin))
            }
        }
        for copy in plan.copies {
            if let problem = OutputPath.validate(copy.path) {
                let source = copy.origin == nil ? " (copy of \(displayPath(copy.source.path)))" : ""
                diagnostics.append(.error(problem + source, at: copy.origin, rule: "output.unsafe-path"))
            } else {
                entries.append(Entry(path: copy.path, payload: .copy(copy.source), origin: copy.origin))
            }
        }

        // Paths compare as bytes, as the file system sees them (String's `==` would merge
        // canonically equivalent spellings that are two different names on Linux).
        let keys = entries.map { PathKey($0.path) }
        let order = entries.indices.sorted { a, b in
            keys[a] == keys[b] ? a < b : keys[a] < keys[b]
        }

        var sorted: [Entry] = []
        sorted.reserveCapacity(entries.count)
        var folders: [PathKey: Int] = [:]  // folder → first entry that needs it
        var previous: Int?
        for index in order {
            if let previous, keys[previous] == keys[index] {
                diagnostics.append(duplicate(entries[previous], entries[index]))
                continue
            }
            previous = index
            sorted.append(entries[index])
            let key = keys[index]
            for (position, byte) in key.bytes.enumerated() where byte == UInt8(ascii: "/") {
                let folder = PathKey(bytes: Array(key.bytes[..<position]))
                if folders[folder] == nil { folders[folder] = index }
            }
        }
        // A file where another file needs a folder. Sorted, so the message order is stable.
        var files: [PathKey: Int] = [:]
        for index in order { files[keys[index]] = files[keys[index]] ?? index }
        for (folder, needer) in folders.sorted(by: { $0.key < $1.key }) {
            guard let file = files[folder] else { continue }
            let blocker = entries[file], child = entries[needer]
            func named(_ entry: Entry) -> String {
                entry.path.debugDescription + (entry.producer.map { " (from \($0))" } ?? "")
            }
            diagnostics.append(.error(
                "output path \(named(blocker)) is a file, but \(named(child)) needs it to be a folder",
                at: child.origin ?? blocker.origin, rule: "output.collision"))
        }

        let folderPaths = folders.keys.sorted().map { String(decoding: $0.bytes, as: UTF8.self) }
        let siteProvided = OutputPath.userNames.filter { name in
            sorted.contains { $0.path == name || $0.path.hasPrefix(name + "/") }
        }
        return (Layout(entries: sorted, folders: folderPaths, siteProvided: siteProvided), diagnostics)
    }

    /// A path compared and hashed as its UTF-8 bytes, in byte order (which puts a folder before
    /// everything in it).
    struct PathKey: Hashable, Comparable {
        var bytes: [UInt8]

        init(bytes: [UInt8]) { self.bytes = bytes }
        init(_ path: String) { self.bytes = Array(path.utf8) }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }

        static func < (a: PathKey, b: PathKey) -> Bool {
            a.bytes.withUnsafeBytes { x in
                b.bytes.withUnsafeBytes { y in
                    let common = min(x.count, y.count)
                    let order = common == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, common)
                    return order != 0 ? order < 0 : x.count < y.count
                }
            }
        }
    }

    private static func duplicate(_ first: Entry, _ second: Entry) -> Diagnostic {
        let producers = [first.producer, second.producer].compactMap { $0 }
        let by = switch producers.count {
        case 2: " (from \(producers[0]) and \(producers[1]))"
        case 1: " (one from \(producers[0]))"
        default: ""
        }
        return .error(
            "two outputs have the path \(first.path.debugDescription)\(by); one would overwrite the other",
            at: second.origin ?? first.origin,
            rule: "output.collision"
        )
    }

    // MARK: The destination

    /// The destination as it is operated on: its parent folder with links resolved, and its name.
    struct Target {
        /// `userFilesOnly`: no marker, but nothing in it other than ``OutputPath/userNames`` (a fresh
        /// checkout of the deploy branch: the usual first build).
        enum State { case missing, empty, userFilesOnly, previousOutput }
        var parent: String
        var name: String
        var state: State
        /// How messages name the destination, e.g. `public/`.
        var shown: String
        var path: String { parent == "/" ? "/" + name : parent + "/" + name }
    }

    func inspectDestination(_ diagnostics: inout [Diagnostic]) -> Target? {
        let destinationPath = FileSystem.absolutePath(of: destination)
        let shown = displayPath(destinationPath) + "/"
        func refuse(_ message: String, rule: String) -> Target? {
            diagnostics.append(.error(message, at: nil, rule: rule))
            return nil
        }
        guard destination.isFileURL else {
            return refuse("the output folder \(destination.absoluteString) is not a local path", rule: "output.invalid-destination")
        }

        // The parent is resolved (a link in it is fine); the last component is kept as it is, so
        // a link there is seen, and refused, rather than followed.
        var parts = FileSystem.components(of: destinationPath).filter { $0 != "." }
        if parts.last == ".." { parts = FileSystem.canonicalComponents(of: destinationPath) }
        guard let name = parts.last else {
            return refuse("refusing to write the site to \(shown): it is the file system's root; choose another --output", rule: "output.invalid-destination")
        }
        let parentComponents = FileSystem.canonicalComponents(of: "/" + parts.dropLast().joined(separator: "/"))
        let components = parentComponents + [name]
        let parent = "/" + parentComponents.joined(separator: "/")

        // Compared component by component, both with links resolved and as written: a source
        // folder that is a link (content/ → elsewhere) still lies inside the site root.
        let destinationForms = [components, FileSystem.lexicalComponents(of: destinationPath)]
        for source in protectedSources {
            let sourcePath = FileSystem.absolutePath(of: source)
            let sourceShown = displayPath(sourcePath)
            let sourceForms = [FileSystem.canonicalComponents(of: sourcePath), FileSystem.lexicalComponents(of: sourcePath)]
            for output in destinationForms {
                for protected in sourceForms {
                    let relation: String? =
                        if output == protected { "is \(sourceShown), which holds the site's sources" }
                        else if protected.starts(with: output) { "contains \(sourceShown), the site's sources, which a build would delete" }
                        else if output.starts(with: protected) { "is inside \(sourceShown), the site's sources" }
                        else { nil }
                    if let relation {
                        return refuse("refusing to write the site to \(shown): it \(relation); choose another --output", rule: "output.contains-sources")
                    }
                }
            }
        }

        var target = Target(parent: parent, name: name, state: .missing, shown: shown)
        do {
            switch try FileSystem.kind(of: target.path) {
            case .missing:
                target.state = .missing
            case .symbolicLink:
                return refuse(
                    "refusing to write the site to \(shown): it is a symbolic link; jobsite replaces the output folder as a whole, "
                        + "so choose a real folder as --output (for instance the link's target)",
                    rule: "output.not-directory")
            case .regularFile, .other:
                return refuse("refusing to write the site to \(shown): it exists and is not a folder; move it away or choose another --output", rule: "output.not-directory")
            case .directory:
                let names = try FileSystem.names(inFolderAt: target.path)
                let others = names.filter { !OutputPath.userNames.contains($0) }.sorted()
                if names.isEmpty {
                    target.state = .empty
                } else if try FileSystem.kind(of: target.path + "/" + OutputPath.marker) == .regularFile {
                    target.state = .previousOutput
                } else if others.isEmpty {
                    target.state = .userFilesOnly
                } else {
                    let shownNames = try others.prefix(others.count <= 3 ? 3 : 2).map { name in
                        try FileSystem.kind(of: target.path + "/" + name) == .directory ? name + "/" : name
                    }
                    let shownOthers = others.count <= 3 ? listed(shownNames) : shownNames.joined(separator: ", ") + " and \(others.count - 2) more"
                    let kept = listed(OutputPath.userNames)
                    return refuse(
                        "refusing to replace \(shown): it was not written by jobsite (no \(OutputPath.marker) marker) "
                            + "and holds \(shownOthers); move those away (only \(kept) may stay) or choose another --output",
                        rule: "output.not-jobsite")
                }
            }
        } catch {
            return refuse("cannot use \(shown) as the output folder: \(error)", rule: "output.io")
        }
        return target
    }

    // MARK: Writing

    private func publish(_ layout: Layout, to target: Target) -> [Diagnostic] {
        func failure(_ error: any Error, _ outcome: String) -> [Diagnostic] {
            if error is Interrupted {
                return [.error("the build was stopped before the site was written; \(outcome)", at: nil, rule: "output.interrupted")]
            }
            return [.error("could not write the site to \(target.shown): \(error)\(outcome.isEmpty ? "" : "; " + outcome)", at: nil, rule: "output.io")]
        }
        let unchanged = target.state == .missing ? "nothing was written" : "\(target.shown) was left as it was"
        guard interruption.beginStaging() else { return failure(Interrupted(), unchanged) }
        defer { interruption.endStaging() }

        var createdParents: [String] = []
        func undoParents() {
            for folder in createdParents.reversed() { rmdir(folder) }
        }
        let staging: OpenFolder
        do {
            try FileSystem.makeDirectories(target.parent, created: &createdParents)
            staging = try FileSystem.makeLockedUniqueDirectory(prefix: target.path + Leftovers.stagingInfix)
        } catch {
            undoParents()
            return failure(error, unchanged)
        }
        defer { staging.close() }
        func abandon(_ error: any Error) -> [Diagnostic] {
            let failed = error as? WriteFailure
            // A staging folder that holds the user's files (they could not be moved back) stays.
            if failed?.keepsStaging != true { try? FileSystem.removeTree(staging) }
            if failed?.isFinal == true { return failure(error, "") }
            undoParents()
            return failure(error, unchanged)
        }

        do {
            try Self.fill(staging, with: layout, stoppingFor: interruption)
        } catch {
            return abandon(error)
        }
        // From here on one build at a time beside this output folder: leftovers, the user's
        // files, the swap and the deletion of what it replaced.
        let parent = try? OpenFolder.openIfPresent(target.parent)
        defer { parent?.close() }
        let diagnostics = parent?.lock(wait: true) == .locked ? Leftovers.tidy(beside: target) : []
        let previous: OpenFolder?
        do {
            if interruption.isRequested { throw Interrupted() }
            previous = try Self.swap(staging, into: target, siteProvided: layout.siteProvided, allowExchange: usesAtomicExchange)
        } catch {
            return diagnostics + abandon(error)
        }

        guard let previous else { return diagnostics }
        defer { previous.close() }
        return diagnostics + Self.remove(previous, replacedBy: target)
    }

    /// Writes the marker, then every folder and file, into the (empty) staging folder.
    static func fill(_ staging: OpenFolder, with layout: Layout, stoppingFor interruption: Interruption) throws {
        let root = staging.descriptor
        // The marker first: a staging folder a stopped build left behind then says what it is.
        try FileSystem.createFile(OutputPath.marker, relativeTo: root) { descriptor in
            try Array(OutputPath.markerContents(siteProvided: layout.siteProvided).utf8).withUnsafeBytes {
                try FileSystem.writeAll($0, to: descriptor, path: OutputPath.marker)
            }
        }
        for folder in layout.folders {
            try FileSystem.makeDirectory(folder, relativeTo: root)
        }
        // One thread, in path order: on 2 cores, writing from two threads measured no faster
        // (the time goes to the kernel and the disk), and one order is easier to reason about.
        for entry in layout.entries {
            if interruption.isRequested { throw Interrupted() }
            try write(entry, into: root)
        }
    }

    private static func write(_ entry: Entry, into root: Int32) throws {
        try FileSystem.createFile(entry.path, relativeTo: root) { descriptor in
            switch entry.payload {
            case .bytes(let bytes):
                try bytes.withUnsafeBytes { try FileSystem.writeAll($0, to: descriptor, path: entry.path) }
            case .copy(let source):
                try FileSystem.copyContents(of: source.path, to: descriptor, destinationPath: entry.path)
            }
        }
    }

    typealias OpenFolder = FileSystem.OpenFolder

    /// Puts the complete staging folder at the target's path, after moving the user's files
    /// (``OutputPath/userNames`` the site does not provide) into it from the folder it replaces.
    /// Returns the replaced folder, to be deleted, if there was one. On error the target is as it
    /// was, the user's files back in it.
    static func swap(_ staging: OpenFolder, into target: Target, siteProvided: [String], allowExchange: Bool) throws -> OpenFolder? {
        guard let current = try OpenFolder.openIfPresent(target.path) else {
            let renamed = allowExchange ? try FileSystem.renameNoReplace(staging.path, to: target.path) : .unsupported
            if renamed != .done { try FileSystem.rename(staging.path, to: target.path) }
            return nil
        }
        do {
            let moved = try carryUserFiles(from: current, to: staging, siteProvided: siteProvided)
            do {
                let previousPath = try exchange(staging.path, with: target.path, allowExchange: allowExchange)
                return OpenFolder(path: previousPath, descriptor: current.descriptor)
            } catch {
                // `current` is the replaced folder wherever it now is: the user's files go back with it.
                try putBack(moved, from: staging, to: current, after: error)
                throw error
            }
        } catch {
            current.close()
            throw error
        }
    }

    /// Moves the user's files from the folder being replaced into the staging folder: each one
    /// rename, so a `.git` keeps its inode and bytes. Returns the names moved; on failure, moves
    /// those back first.
    static func carryUserFiles(from current: OpenFolder, to staging: OpenFolder, siteProvided: [String]) throws -> [String] {
        // Names the last build wrote from the site are the site's: gone once the site drops them.
        let writtenBefore = OutputPath.siteProvidedNames(inMarker: current.read(OutputPath.marker))
        var moved: [String] = []
        for name in OutputPath.userNames where !siteProvided.contains(name) && !writtenBefore.contains(name) {
            do {
                guard try current.kind(of: name) != .missing else { continue }
                try FileSystem.move(name, from: current, to: staging)
            } catch {
                try putBack(moved, from: staging, to: current, after: error)
                throw error
            }
            moved.append(name)
        }
        return moved
    }

    /// Moves `names` back from the staging folder into the folder they came from, after `error`.
    /// When that fails too, the staging folder holds them and must stay: the failure says where.
    static func putBack(_ names: [String], from staging: OpenFolder, to current: OpenFolder, after error: any Error) throws {
        for name in names {
            do {
                try FileSystem.move(name, from: staging, to: current)
            } catch let second {
                throw WriteFailure(
                    "\(error); then moving your \(name) back failed (\(second)): it is at \(displayPath(staging.path))/\(name), "
                        + "move it back by hand", isFinal: true, keepsStaging: true)
            }
        }
    }

    /// Swaps the staging folder with the existing folder at `target`. Returns where the replaced
    /// folder now is. On error the target is as it was.
    private static func exchange(_ staging: String, with target: String, allowExchange: Bool) throws -> String {
        // One atomic step where the kernel and file system allow it: the names trade places.
        let exchanged = allowExchange ? try FileSystem.exchange(staging, target) : .unsupported
        if exchanged == .done { return staging }

        // Otherwise two renames, with a moment in between when the target does not exist.
        let previous = try FileSystem.makeUniqueDirectory(prefix: target + Leftovers.previousInfix)
        do {
            try FileSystem.rename(target, to: previous)  // replaces the empty placeholder
        } catch {
            rmdir(previous)
            throw error
        }
        do {
            try FileSystem.rename(staging, to: target)
        } catch {
            if (try? FileSystem.rename(previous, to: target)) == nil {
                throw WriteFailure("\(error); the previous output is now at \(displayPath(previous))", isFinal: true)
            }
            throw error
        }
        return previous
    }

    /// Deletes the folder the new output replaced, unless it changed during the build: then it is
    /// kept, with a warning. The new output is in place either way.
    static func remove(_ previous: OpenFolder, replacedBy target: Target) -> [Diagnostic] {
        do {
            if try isDisposable(previous) {
                try FileSystem.removeTree(previous)
                return []
            }
            return [.warning(
                "the site was written to \(target.shown), but the folder it replaced changed during the build "
                    + "(it holds a .git, or lost its \(OutputPath.marker) marker), so it was kept at \(displayPath(previous.path))",
                at: nil, rule: "output.previous-kept")]
        } catch {
            return [.warning(
                "the site was written to \(target.shown), but the previous output could not be deleted: \(error); "
                    + "delete \(displayPath(previous.path)) by hand",
                at: nil, rule: "output.previous-kept")]
        }
    }

    /// Whether a replaced or left-over folder may be deleted: it holds no `.git`, and it was
    /// written by jobsite, or holds nothing but user files that the new output replaces.
    static func isDisposable(_ folder: OpenFolder) throws -> Bool {
        let names = try folder.names()
        if names.contains(OutputPath.gitName) { return false }
        return try folder.kind(of: OutputPath.marker) == .regularFile || names.allSatisfy(OutputPath.userNames.contains)
    }
}

struct WriteFailure: Error, CustomStringConvertible {
    var description: String
    /// The description already says what became of the output folder.
    var isFinal = false
    /// The staging folder holds the user's files: deleting it would lose them.
    var keepsStaging = false

    init(_ description: String, isFinal: Bool = false, keepsStaging: Bool = false) {
        self.description = description
        self.isFinal = isFinal
        self.keepsStaging = keepsStaging
    }
}

/// A path as messages show it: relative to the current folder when inside it.
func displayPath(_ path: String) -> String {
    let current = FileManager.default.currentDirectoryPath
    if path == current { return "." }
    if current != "/", path.hasPrefix(current + "/") { return String(path.dropFirst(current.count + 1)) }
    return path
}
