import Build
import Content
import Diagnostics
import Foundation
import Lint

/// The repository root, found from this file's location (tests read the theme and fixtures in place).
public let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The folder beside the repository that holds the read-only shared material (cases, seeds, …).
public let sharedFolder = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

/// A fixed "today", so tests never depend on the clock.
public let fixedToday = CalendarDate(year: 2026, month: 11, day: 23)!

/// Diagnostics as a user sees them (`file:line:col: severity: message [rule]`), in report order.
public func report(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.sortedForReport().map(\.description)
}

/// A site written inline as one string, txtar style: each file starts with a `-- path --` line.
///
/// Position markers `⟨name⟩` may stand anywhere in a file's text; they are removed, and
/// `location("name")` gives the `file:line:column` where the marker stood (1-based; columns count
/// Unicode scalars, as diagnostics do), so a test pins an exact position without counting by hand:
///
/// ```swift
/// let site = FixtureSite("""
///     -- content/roles/x.md --
///     ---
///     title: X
///     salary: {min: ⟨min⟩065000, max: 90000, currency: USD, period: YEAR}
///     ---
///     """)
/// #expect(report(build.diagnostics) == ["\(site.location("min")): error: … [rule]"])
/// ```
///
/// Unless the fixture has its own `site.yml`, `FixtureSite.defaultConfig` is written. Templates
/// and static files the fixture does not have come from the built-in theme, as for any site.
public struct FixtureSite: Sendable {
    /// Path → text, markers removed.
    public private(set) var files: [String: String] = [:]
    /// Marker name → where it stood.
    public private(set) var markers: [String: SourceLocation] = [:]

    public static let defaultConfig = """
        title: Fixture Careers
        base_url: https://careers.example.com/
        organization:
          name: Fixture
        """

    public init(_ archive: String) {
        var path: String?
        var lines: [Substring] = []
        func flush() {
            guard let path else { return }
            var text = lines.joined(separator: "\n")
            if !text.isEmpty { text += "\n" }
            files[path] = extractMarkers(from: text, file: path)
        }
        for line in archive.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                flush()
                path = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else if path != nil {
                lines.append(line)
            }
        }
        flush()
    }

    private mutating func extractMarkers(from text: String, file: String) -> String {
        guard text.contains("⟨") else { return text }
        var output = String.UnicodeScalarView()
        var line = 1, column = 1
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            if scalar == "⟨", let close = scalars.firstIndex(of: "⟩") {
                let name = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
                markers[name] = SourceLocation(file: file, line: line, column: column)
                scalars = scalars[scalars.index(after: close)...]
                continue
            }
            output.append(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            scalars = scalars.dropFirst()
        }
        return String(output)
    }

    /// This site with `text` at `path` in place of what was there; markers keep their positions.
    public func with(_ path: String, _ text: String) -> FixtureSite {
        var copy = self
        copy.files[path] = text
        return copy
    }

    /// Where marker `name` stood. Traps when the fixture has no such marker (a broken test).
    public func location(_ name: String) -> SourceLocation {
        guard let location = markers[name] else { preconditionFailure("no marker ⟨\(name)⟩ in the fixture") }
        return location
    }

    /// Writes the site into `folder` (created when missing), with the defaults described above.
    public func write(to folder: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        if files["site.yml"] == nil {
            try Data(Self.defaultConfig.utf8).write(to: folder.appendingPathComponent("site.yml"))
        }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Writes the site into a fresh temporary folder and builds it as on `today` (`fixedToday`).
    /// The folder lives as long as the returned `TemporaryFolder`; the site is at `folder.url`.
    /// The structured data of every page is checked against Google's rules: a problem is an
    /// error in the report (`test.structured-data`), so every fixture's postings are checked.
    /// The lint stage runs `lints`: none by default, since a fixture tests one thing and its
    /// postings are minimal (no valid_through, no sections); tests of the lints pass `Lints.all`.
    public func build(drafts: Bool = false, baseURL: String? = nil, output: URL? = nil,
                      today: CalendarDate = fixedToday, lints: [any SiteLint] = []) throws -> (BuildReport, TemporaryFolder) {
        let folder = try TemporaryFolder()
        try write(to: folder.url)
        var options = BuildOptions(source: folder.url, output: output, includeDrafts: drafts, baseURL: baseURL, today: today)
        options.lints = lints
        let report = SiteBuilder.build(options).checkingStructuredData(in: options.outputURL)
        return (report, folder)
    }
}

/// A scratch folder that removes itself.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
            .appendingPathComponent("jobsite-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `text` at `relativePath`, creating the folders in between.
    public func write(_ relativePath: String, _ text: String) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// The text of the file at `relativePath`, or nil.
    public func read(_ relativePath: String) -> String? {
        FileManager.default.contents(atPath: url.appendingPathComponent(relativePath).path).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Runs `body` with a fresh folder under the system's temporary folder, deleted afterwards.
public func withTemporaryFolder(_ body: (URL) throws -> Void) throws {
    let folder = try TemporaryFolder()
    try body(folder.url)
}

/// Builds a case of `../shared/cases/2026-11-30/` as its README does: the case's files over a
/// site with the fixture `site.yml` and the default theme.
public func buildSharedCase(_ name: String) throws -> (BuildReport, TemporaryFolder) {
    let caseFolder = sharedFolder.appendingPathComponent("cases/2026-11-30/\(name)")
    let folder = try TemporaryFolder()
    try FixtureSite("").write(to: folder.url)
    let manager = FileManager.default
    for item in try manager.subpathsOfDirectory(atPath: caseFolder.path) {
        let source = caseFolder.appendingPathComponent(item), target = folder.url.appendingPathComponent(item)
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: source.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
        try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? manager.removeItem(at: target)
        try manager.copyItem(at: source, to: target)
    }
    var options = BuildOptions(source: folder.url, output: nil, includeDrafts: false, baseURL: nil, today: fixedToday)
    options.lints = []  // as FixtureSite.build: a case reproduces one problem
    return (SiteBuilder.build(options), folder)
}
