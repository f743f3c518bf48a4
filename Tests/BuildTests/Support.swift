import Build
import Content
import Diagnostics
import Foundation
import TestSupport
import Testing

let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// A copy of a fixture site in a scratch folder, so a test may break it.
func copyOfFixture(_ name: String) throws -> (TemporaryFolder, URL) {
    let folder = try TemporaryFolder()
    let site = folder.url.appendingPathComponent("site")
    try FileManager.default.copyItem(at: fixturesFolder.appendingPathComponent(name), to: site)
    return (folder, site)
}

/// The front matter of a minimal valid posting, `extra` lines added before its closing `---`.
func postingFrontMatter(_ title: String, extra: String = "") -> String {
    """
    ---
    title: \(title)
    locations: [{country: US, region: TX}]
    remote: remote
    employment_type: FULL_TIME
    date_posted: 2026-11-01\(extra)
    ---
    """
}


/// Builds with `fixedToday`, checking every page's structured data (see `checkingStructuredData`).
func build(_ site: URL, output: URL? = nil, drafts: Bool = false, baseURL: String? = nil) -> BuildReport {
    var options = BuildOptions(source: site, output: output, includeDrafts: drafts, baseURL: baseURL, today: fixedToday)
    options.lints = []  // as FixtureSite.build: these sites test the build, not what postings say
    return SiteBuilder.build(options).checkingStructuredData(in: options.outputURL)
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
