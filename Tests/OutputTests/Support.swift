import Diagnostics
import Foundation
import TestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@testable import Output

/// What a path in a folder is, in enough detail to tell that nothing changed.
enum Node: Hashable, CustomStringConvertible {
    case file([UInt8], mode: UInt32)
    case folder(mode: UInt32)
    case link(String)
    case other

    var description: String {
        switch self {
        case let .file(bytes, mode): "file(\(bytes.count) bytes, \(String(mode, radix: 8)))"
        case let .folder(mode): "folder(\(String(mode, radix: 8)))"
        case let .link(target): "link(\(target))"
        case .other: "other"
        }
    }
}

/// Every path under `folder` (not following links) with its bytes, mode or link target.
/// The folder itself is "" in the result, so a snapshot of a missing folder is empty.
func snapshot(_ folder: URL) -> [String: Node] {
    var result: [String: Node] = [:]
    func visit(_ path: String, _ relative: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let mode = UInt32(info.st_mode) & 0o7777
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            result[relative] = .folder(mode: mode)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names { visit(path + "/" + name, relative.isEmpty ? name : relative + "/" + name) }
        case S_IFREG:
            let data = FileManager.default.contents(atPath: path) ?? Data()
            result[relative] = .file([UInt8](data), mode: mode)
        case S_IFLNK:
            result[relative] = .link((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")
        default:
            result[relative] = .other
        }
    }
    visit(folder.path, "")
    return result
}

/// Just the files under `folder`, as text, for readable expectations.
func textFiles(_ folder: URL) -> [String: String] {
    var result: [String: String] = [:]
    for case let (path, .file(bytes, _)) in snapshot(folder) {
        result[path] = String(decoding: bytes, as: UTF8.self)
    }
    return result
}

func write(_ path: String, _ text: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

func rules(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map(\.rule)
}

func file(_ path: String, _ text: String, origin: String? = nil) -> OutputFile {
    OutputFile(path: path, text: text, origin: origin.map { SourceLocation(file: $0) })
}

/// A previous jobsite output at `destination`, as a real build leaves it.
func makePreviousOutput(at destination: URL) throws {
    let diagnostics = OutputWriter(destination: destination).write(OutputPlan(files: [
        file("index.html", "<h1>old</h1>"),
        file("roles/old/index.html", "old role"),
        file("assets/site.css", "body{}"),
    ]))
    precondition(diagnostics.isEmpty, "\(diagnostics)")
}
