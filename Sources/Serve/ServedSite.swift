import Content
import Diagnostics
import Foundation
import Hummingbird
import Output

/// One successful build, held in memory as the server sends it: every file of the output plan
/// (pages, the theme's files, the site's static files read from disk) by its output path, HTML
/// pages with the reload script added.
///
/// The output folder is never written: `serve` and `build` share `SiteBuilder.generate` and
/// differ only here, so a preview shows what a build would publish, plus the script.
public struct ServedSite: Sendable, Equatable {
    /// Where the site is served: the path of its base URL, with a leading and trailing slash
    /// (`/`, `/careers/`), decoded.
    public var basePath: String
    /// Output path (`roles/index.html`) → the bytes sent.
    var files: [String: ByteBuffer]

    /// The served bytes of the file at `path` (relative to the site root, as in the output folder).
    public func file(_ path: String) -> ByteBuffer? { files[path] }

    /// Every served path, sorted (for tests and the rebuild log).
    public var paths: [String] { files.keys.sorted() }

    /// Reads the plan's static copies and adds the reload script to its HTML pages.
    /// A static file that cannot be read is an error at its `static/` path, as in a build.
    public static func make(from plan: OutputPlan, basePath: String) -> (ServedSite?, [Diagnostic]) {
        var files: [String: ByteBuffer] = [:]
        var diagnostics: [Diagnostic] = []
        for file in plan.files {
            files[file.path] = ByteBuffer(bytes: servedBytes(file.contents, path: file.path))
        }
        for copy in plan.copies {
            guard let data = FileManager.default.contents(atPath: copy.source.path) else {
                diagnostics.append(.error("cannot read this file", at: copy.origin ?? SourceLocation(file: copy.source.path),
                                          rule: "file.unreadable"))
                continue
            }
            files[copy.path] = ByteBuffer(bytes: servedBytes(Array(data), path: copy.path))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (ServedSite(basePath: basePath, files: files), diagnostics)
    }

    /// HTML pages get the reload script; every other file is sent as built.
    static func servedBytes(_ bytes: [UInt8], path: String) -> [UInt8] {
        path.lowercased().hasSuffix(".html") ? ReloadScript.inject(into: bytes) : bytes
    }

    /// The path part of a base URL (`https://x.github.io/careers/` → `/careers/`), decoded, with
    /// a leading and a trailing slash; `/` for a URL without one.
    public static func basePath(of baseURL: String) -> String {
        let path = URLComponents(string: baseURL)?.path ?? ""
        let trimmed = path.split(separator: "/").joined(separator: "/")
        return trimmed.isEmpty ? "/" : "/\(trimmed)/"
    }
}
