import Build
import Content
import Diagnostics
import Foundation
import Testing

/// The repository root, found from this file's location (tests read fixtures in place).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// A fixed "today", so tests never depend on the clock.
let fixedToday = CalendarDate(year: 2026, month: 11, day: 23)!

/// A scratch folder that removes itself.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("jobsite-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ relativePath: String, _ text: String) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
}

/// A copy of a fixture site in a scratch folder, so a test may break it.
func copyOfFixture(_ name: String) throws -> (TemporaryFolder, URL) {
    let folder = try TemporaryFolder()
    let site = folder.url.appendingPathComponent("site")
    try FileManager.default.copyItem(at: fixturesFolder.appendingPathComponent(name), to: site)
    return (folder, site)
}

func build(_ site: URL, output: URL? = nil, drafts: Bool = false, baseURL: String? = nil) -> BuildReport {
    SiteBuilder.build(BuildOptions(source: site, output: output, includeDrafts: drafts, baseURL: baseURL, today: fixedToday))
}

/// Every file below `folder` (hidden ones included) with its bytes, keyed by relative path.
func snapshot(_ folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else {
        return files
    }
    let prefix = folder.standardizedFileURL.path + "/"
    for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try? Data(contentsOf: url)
    }
    return files
}

/// A readable account of how two trees differ: missing, extra and changed files with the first
/// differing line, so a failing golden test reads like a review diff.
func differences(expected: [String: Data], actual: [String: Data]) -> [String] {
    var notes: [String] = []
    for path in Set(expected.keys).union(actual.keys).sorted() {
        switch (expected[path], actual[path]) {
        case (nil, _): notes.append("+ \(path) (not in the expected output)")
        case (_, nil): notes.append("- \(path) (missing from the output)")
        case let (want?, got?) where want != got:
            let wantLines = String(decoding: want, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let gotLines = String(decoding: got, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(wantLines, gotLines)).firstIndex { $0 != $1 } ?? min(wantLines.count, gotLines.count)
            let want = line < wantLines.count ? String(wantLines[line]) : "<end of file>"
            let got = line < gotLines.count ? String(gotLines[line]) : "<end of file>"
            notes.append("~ \(path):\(line + 1)\n  - \(want)\n  + \(got)")
        default: continue
        }
    }
    return notes
}
