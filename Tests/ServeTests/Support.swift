import Build
import Content
import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import Serve
import TestSupport

/// A small site with a posting, a page and a static file of every common type.
let serveFixture = FixtureSite("""
    -- content/roles/engineer.md --
    ---
    title: Backend Engineer
    locations: [{city: Berlin, country: DE}]
    remote: hybrid
    employment_type: FULL_TIME
    date_posted: 2026-11-01
    ---
    Build the first version.
    -- content/about.md --
    ---
    title: About us
    menu: 1
    ---
    We hire engineers.
    -- static/robots.txt --
    User-agent: *
    -- static/data/jobs.json --
    {"jobs": 1}
    -- static/feed.xml --
    <feed/>
    -- static/app.js --
    console.log("app");
    -- static/images/photo.png --
    png
    -- static/images/photo.jpg --
    jpg
    -- static/images/photo.webp --
    webp
    -- static/favicon.ico --
    ico
    -- static/fonts/inter.woff2 --
    woff2
    -- static/download.bin --
    bytes
    """)

/// Writes `site` into a fresh folder.
func writeSite(_ site: FixtureSite = serveFixture) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try site.write(to: folder.url)
    return folder
}

func serveOptions(_ folder: TemporaryFolder, baseURL: String? = nil, port: Int = 0,
                  watch: SourceWatcher.Method = .automatic) -> ServeOptions {
    ServeOptions(build: BuildOptions(source: folder.url, baseURL: baseURL, today: fixedToday), port: port,
                 watch: watch, today: { fixedToday })
}

/// Lines a server logged or reported, for tests to read.
final class Transcript: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    var lines: [String] { lock.withLock { stored } }
    func append(_ line: String) { lock.withLock { stored.append(line) } }
}

func devServer(_ options: ServeOptions, transcript: Transcript = Transcript()) -> DevServer {
    DevServer(options: options, log: transcript.append,
              report: { diagnostics in diagnostics.forEach { transcript.append($0.description) } })
}

/// True as soon as `condition` holds, checked every 20 ms; false when `limit` passed first.
func eventually(within limit: Duration = .seconds(10), _ condition: () async throws -> Bool) async rethrows -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try? await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}

/// Replaces a file the way vim and `sed -i` save: a new file, renamed over the old one.
///
/// The new file is written in `scratch` (in the site root, where nothing but site.yml and the
/// source folders is watched), so the rename alone must reveal the change.
func saveByRename(_ text: String, to file: URL, scratch: URL) throws {
    let temporary = scratch.appendingPathComponent(".\(file.lastPathComponent).new")
    try Data(text.utf8).write(to: temporary)
    guard rename(temporary.path, file.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
}
