import Content
import Diagnostics
import Foundation

/// Files `init`, `new` and `theme eject` add to a site. They only ever add: a path that exists
/// (a file, a folder or a link, even a broken one) is never written over.
public struct NewFile: Sendable, Hashable {
    /// Relative, `/`-separated path inside the site folder.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

public enum NewFiles {
    /// The paths of `files` that already exist below `root` (links are not followed).
    public static func existing(_ files: [NewFile], in root: URL) -> [String] {
        files.map(\.path).filter { exists(root.appendingPathComponent($0)) }
    }

    /// Writes every file, or none when one of them exists: each existing path is an error
    /// (`file.exists`). Folders in between are created. A write that fails is an error too
    /// (`file.unwritable`); the files written before it stay (they are new, nothing was replaced).
    /// Returns the paths written, in order, and the problems.
    public static func write(_ files: [NewFile], into root: URL, hint: String) -> (written: [String], [Diagnostic]) {
        let taken = existing(files, in: root)
        guard taken.isEmpty else {
            return ([], taken.map { .error("this file exists; it was not overwritten, and nothing was written. \(hint)",
                                            at: SourceLocation(file: $0), rule: "file.exists") })
        }
        var written: [String] = []
        for file in files {
            let url = root.appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // `.withoutOverwriting`: a file that appeared since the check above still wins.
                try Data(file.bytes).write(to: url, options: .withoutOverwriting)
                written.append(file.path)
            } catch {
                return (written, [.error("cannot write this file: \(error.localizedDescription)",
                                         at: SourceLocation(file: file.path), rule: "file.unwritable")])
            }
        }
        return (written, [])
    }

    /// Whether anything (even a broken symbolic link) is at `url`.
    static func exists(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.path)) != nil
    }

    /// A site folder holds `site.yml`; `new` and `theme eject` write into one only, so that a
    /// mistyped `--source` does not scatter files elsewhere.
    public static func checkIsSite(_ root: URL) -> [Diagnostic] {
        let layout = SiteLayout(root: root)
        guard !FileManager.default.fileExists(atPath: layout.configURL.path) else { return [] }
        return [.error("no \(SiteLayout.configFile) in \(layout.root.path); run this in a site folder (or pass --source), or start a site with `jobsite init`",
                       at: SourceLocation(file: SiteLayout.configFile), rule: "site.missing-config")]
    }
}
