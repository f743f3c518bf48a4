import Diagnostics
import Foundation

/// Folders a stopped build leaves beside the output folder: `<name>.jobsite-staging-*` (being
/// filled, or holding the replaced output after the swap) and `<name>.jobsite-previous-*` (the
/// replaced output when the swap takes two renames).
///
/// Whether one is in use is decided by locks, never by its age. A build holds a `flock` on its
/// staging folder from creating it to the end, and one on the output's parent folder from just
/// before it moves the user's files until the replaced output is deleted; it tidies only while
/// it holds the parent's lock. So a leftover no lock is held on belongs to a build that is gone.
enum Leftovers {
    static let stagingInfix = ".jobsite-staging-"
    static let previousInfix = ".jobsite-previous-"

    /// Deletes every leftover of `target` that no running build holds, after moving back into
    /// the output folder what of the user's (``OutputPath/userNames``) a stopped build had moved
    /// out of it. Call only with the lock on the parent folder held. Returns a warning for each
    /// leftover it had to keep.
    static func tidy(beside target: OutputWriter.Target) -> [Diagnostic] {
        guard let names = try? FileSystem.names(inFolderAt: target.parent) else { return [] }
        var warnings: [Diagnostic] = []
        for name in names.sorted() where name.hasPrefix(target.name + stagingInfix) || name.hasPrefix(target.name + previousInfix) {
            let path = (target.parent == "/" ? "" : target.parent) + "/" + name
            // A link or a file with such a name is not a leftover: opening refuses both.
            guard let folder = try? FileSystem.OpenFolder.openIfPresent(path) else { continue }
            defer { folder.close() }
            // Held elsewhere: a running build's (this build's own staging folder included).
            // Locks unavailable: there is no telling, so it stays.
            guard folder.lock(wait: false) == .locked, folder.isStill(at: path) else { continue }
            if let reason = tidy(folder, into: target) {
                warnings.append(.warning(
                    "kept \(displayPath(path)), left beside the output folder by a build that was stopped: \(reason); "
                        + "look inside and delete it by hand", at: nil, rule: "output.leftover"))
            }
        }
        return warnings
    }

    /// Puts the user's files in `folder` back into the output folder and deletes `folder`; or
    /// says why it has to stay.
    private static func tidy(_ folder: FileSystem.OpenFolder, into target: OutputWriter.Target) -> String? {
        var output: FileSystem.OpenFolder?
        defer { output?.close() }
        do {
            let writtenBySite = OutputPath.siteProvidedNames(inMarker: folder.read(OutputPath.marker))
            let names = try folder.names()
            for name in OutputPath.userNames where names.contains(name) && !writtenBySite.contains(name) {
                let destination = try output ?? openOrCreate(target.path)
                output = destination
                if try destination.kind(of: name) != .missing {
                    // Two .git: which one is current is the user's call. Two CNAME: the output
                    // folder's is the one the last build chose; this one was replaced.
                    if name == OutputPath.gitName { return "it holds a .git, and \(target.shown) has one too" }
                    continue
                }
                try FileSystem.move(name, from: folder, to: destination)
            }
            guard try OutputWriter.isDisposable(folder) else {
                return "it holds files jobsite did not write (no \(OutputPath.marker) marker)"
            }
            try FileSystem.removeTree(folder)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// The output folder, created (empty) when a stopped build left it missing.
    private static func openOrCreate(_ path: String) throws -> FileSystem.OpenFolder {
        if let folder = try FileSystem.OpenFolder.openIfPresent(path) { return folder }
        try FileSystem.makeDirectory(path, relativeTo: AT_FDCWD)
        guard let folder = try FileSystem.OpenFolder.openIfPresent(path) else { throw SystemError("open folder", path, code: ENOENT) }
        return folder
    }
}
