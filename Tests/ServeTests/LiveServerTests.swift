import AsyncHTTPClient
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Serve
import TestSupport
import Testing

/// A server on a free loopback port, watching a site folder, stopped (gracefully) at the end.
func withLiveServer(_ folder: TemporaryFolder, baseURL: String? = nil, watch: SourceWatcher.Method = .automatic,
                    transcript: Transcript = Transcript(),
                    _ body: (RunningServer, DevServer) async throws -> Void) async throws {
    let server = devServer(serveOptions(folder, baseURL: baseURL, watch: watch), transcript: transcript)
    let (started, continuation) = AsyncStream.makeStream(of: RunningServer.self)
    try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask {
            defer { continuation.finish() }
            try await server.run(handleSignals: false) { continuation.yield($0) }
        }
        var iterator = started.makeAsyncIterator()
        guard let running = await iterator.next() else {
            try await group.waitForAll()
            Issue.record("the server stopped before it listened")
            return
        }
        do {
            try await body(running, server)
        } catch {
            await running.stop()
            throw error
        }
        await running.stop()
        try await group.waitForAll()
    }
}

/// A page's event stream, read in the background into a list that tests poll.
actor EventStream {
    private(set) var events: [(name: String, data: String)] = []
    private var pending = ""
    private(set) var ended = false

    var names: [String] { events.map(\.name) }

    /// Connects to the server's event stream.
    static func open(port: Int) async throws -> EventStream {
        let response = try await HTTPClient.shared.execute(
            HTTPClientRequest(url: "http://127.0.0.1:\(port)\(ReloadScript.eventsPath)"), timeout: .seconds(60))
        #expect(response.headers.first(name: "content-type") == "text/event-stream; charset=utf-8")
        let stream = EventStream()
        Task {
            do {
                for try await chunk in response.body { await stream.receive(String(buffer: chunk)) }
            } catch {}
            await stream.end()
        }
        return stream
    }

    /// Connects, and expects the `hello` that starts every stream.
    static func greeted(port: Int) async throws -> EventStream {
        let stream = try await open(port: port)
        #expect(await eventually { await stream.names == ["hello"] })
        return stream
    }

    func count(of name: String) -> Int { names.filter { $0 == name }.count }

    private func receive(_ text: String) {
        pending += text
        while let end = pending.range(of: "\n\n") {
            let block = pending[..<end.lowerBound]
            pending = String(pending[end.upperBound...])
            var name = "message", data: [String] = []
            for line in block.split(separator: "\n") {
                if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
            }
            if !data.isEmpty { events.append((name, data.joined(separator: "\n"))) }
        }
    }

    private func end() { ended = true }
}

func get(_ port: Int, _ path: String) async throws -> (status: Int, body: String) {
    let response = try await HTTPClient.shared.execute(HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)"),
                                                       timeout: .seconds(10))
    let body = try await response.body.collect(upTo: 10 << 20)
    return (Int(response.status.code), String(buffer: body))
}

@Suite("serve: a live server on loopback", .timeLimit(.minutes(1)))
struct LiveServerTests {
    @Test func itListensOnLoopbackAndServesTheSite() async throws {
        let folder = try writeSite()
        try await withLiveServer(folder) { running, _ in
            #expect(running.host == "127.0.0.1")
            #expect(running.port > 0)
            let home = try await get(running.port, "/")
            #expect(home.status == 200)
            #expect(home.body.contains(ReloadScript.tag + "</body>"))
            let missing = try await get(running.port, "/roles/nobody/")
            #expect(missing.status == 404)
            #expect(missing.body.contains("<title>"))
        }
    }

    @Test func overTheWireTraversalIsRefusedAndTypesAreSent() async throws {
        let folder = try writeSite()
        let server = devServer(serveOptions(folder))
        await server.rebuild(changed: [])
        // Hummingbird's own live test client sends each path byte for byte, unnormalised.
        try await server.application().test(.live) { client in
            for path in ["/../site.yml", "/%2e%2e/site.yml", "/%2E%2E%2Fcontent/about.md", "/roles/..%5c..%5csite.yml", "/x%00"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .badRequest, "\(path)")
            }
            let css = try await client.execute(uri: "/style.css", method: .get)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            let folderIndex = try await client.execute(uri: "/about/", method: .get)
            #expect(String(buffer: folderIndex.body).contains("We hire engineers."))
        }
    }

    @Test(arguments: [SourceWatcher.Method.automatic, .polling(interval: .milliseconds(100))])
    func aSaveRebuildsAndOpenPagesReload(watch: SourceWatcher.Method) async throws {
        let folder = try writeSite()
        let transcript = Transcript()
        try await withLiveServer(folder, watch: watch, transcript: transcript) { running, _ in
            let events = try await EventStream.greeted(port: running.port)
            try folder.write("content/about.md", "---\ntitle: About us\nmenu: 1\n---\nWe hire designers too.\n")
            #expect(await eventually { await events.count(of: "reload") == 1 })
            #expect(try await get(running.port, "/about/").body.contains("We hire designers too."))
            #expect(transcript.lines.contains { $0.contains(" rebuilt in ") && $0.hasSuffix(" ms after a change to content/about.md") })
        }
    }

    @Test(arguments: [SourceWatcher.Method.automatic, .polling(interval: .milliseconds(100))])
    func aSaveByRenameIsSeen(watch: SourceWatcher.Method) async throws {
        let folder = try writeSite()
        try await withLiveServer(folder, watch: watch) { running, _ in
            let events = try await EventStream.greeted(port: running.port)
            // Twice: after the first rename the file is a new inode, which must be watched too.
            for (round, text) in ["Build the second version.", "Build the third version."].enumerated() {
                let page = folder.url.appendingPathComponent("content/roles/engineer.md")
                let old = try String(contentsOf: page, encoding: .utf8)
                try saveByRename(old.replacing(#/Build the \w+ version\./#, with: text), to: page, scratch: folder.url)
                #expect(await eventually { await events.count(of: "reload") == round + 1 }, "save \(round + 1)")
                #expect(try await get(running.port, "/roles/engineer/").body.contains(text))
            }
        }
    }

    @Test func aNewFolderAndTheFilesLaterSavedInItAreSeen() async throws {
        let folder = try writeSite()
        try await withLiveServer(folder) { running, server in
            let events = try await EventStream.greeted(port: running.port)
            try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("content/teams/platform"),
                                                    withIntermediateDirectories: true)
            // An empty folder changes no page; wait until its watch is surely in place.
            try await Task.sleep(for: .milliseconds(300))
            try folder.write("content/teams/platform/index.md", "---\ntitle: Platform team\n---\nWe run the platform.\n")
            #expect(await eventually { await events.count(of: "reload") == 1 })
            #expect(try await get(running.port, "/teams/platform/").body.contains("We run the platform."))
            #expect(await server.live.generation == 2)
        }
    }

    @Test func aBrokenBuildShowsItsProblemsAndKeepsTheLastGoodSite() async throws {
        let folder = try writeSite()
        let transcript = Transcript()
        try await withLiveServer(folder, transcript: transcript) { running, _ in
            let events = try await EventStream.greeted(port: running.port)
            let good = try String(contentsOf: folder.url.appendingPathComponent("content/roles/engineer.md"), encoding: .utf8)
            try folder.write("content/roles/engineer.md", good.replacingOccurrences(of: "remote: hybrid", with: "remote: <b>sometimes</b>")
                .replacingOccurrences(of: "Build the first", with: "Build the broken"))
            let problem = "content/roles/engineer.md:4:9: error: 'remote' must be one of onsite, hybrid, remote, "
                + "found '<b>sometimes</b>' [front-matter.value]"
            #expect(await eventually { await events.events.contains { $0.name == "problems" && $0.data == problem } })
            #expect(await events.count(of: "reload") == 0)
            // The terminal got the diagnostic and the log line.
            #expect(transcript.lines.contains(problem))
            #expect(transcript.lines.contains { $0.contains(" build failed in ") && $0.hasSuffix("1 error; serving the last good build; the browser shows the errors") })
            // The last good site is still served.
            let page = try await get(running.port, "/roles/engineer/")
            #expect(page.status == 200)
            #expect(page.body.contains("Build the first version."))
            // A page opened now gets the problems at once.
            let later = try await EventStream.open(port: running.port)
            #expect(await eventually { await later.names == ["hello", "problems"] })
            // Fixed: every page reloads.
            try folder.write("content/roles/engineer.md", good.replacingOccurrences(of: "Build the first", with: "Build the fixed"))
            #expect(await eventually { await events.count(of: "reload") == 1 })
            #expect(await eventually { await later.count(of: "reload") == 1 })
            #expect(try await get(running.port, "/roles/engineer/").body.contains("Build the fixed version."))
        }
    }

    @Test func aSiteThatNeverBuiltShowsItsProblemsUntilItBuilds() async throws {
        let folder = try writeSite()
        let role = try #require(folder.read("content/roles/engineer.md"))
        try folder.write("content/roles/engineer.md", role.replacingOccurrences(of: "title: Backend Engineer\n", with: ""))
        try await withLiveServer(folder) { running, _ in
            let page = try await get(running.port, "/roles/engineer/")
            #expect(page.status == 503)
            #expect(page.body.contains(ReloadScript.tag + "</body>"))
            let events = try await EventStream.open(port: running.port)
            #expect(await eventually { await events.names == ["hello", "problems"] })
            #expect(await events.events.last?.data.hasPrefix("content/roles/engineer.md:") == true)
            try folder.write("content/roles/engineer.md", role)
            #expect(await eventually { await events.count(of: "reload") == 1 })
            #expect(try await get(running.port, "/roles/engineer/").status == 200)
        }
    }

    @Test func undoingABrokenSaveReloadsThePagesAndSaysSo() async throws {
        let folder = try writeSite()
        let transcript = Transcript()
        try await withLiveServer(folder, transcript: transcript) { running, server in
            let events = try await EventStream.greeted(port: running.port)
            let good = try #require(folder.read("content/roles/engineer.md"))
            try folder.write("content/roles/engineer.md", good.replacingOccurrences(of: "remote: hybrid", with: "remote: sometimes"))
            #expect(await eventually { await events.count(of: "problems") == 1 })
            // Back to the served site: nothing new to serve, but the overlay must go.
            try folder.write("content/roles/engineer.md", good)
            #expect(await eventually { await events.count(of: "reload") == 1 })
            #expect(await eventually {
                transcript.lines.contains { $0.hasSuffix("after a change to content/roles/engineer.md; the errors are fixed, pages reload") }
            })
            #expect(!transcript.lines.contains { $0.hasSuffix("nothing to reload") })
            #expect(await server.live.generation == 1)
        }
    }

    @Test func aSaveThatChangesNothingReloadsNothing() async throws {
        let folder = try writeSite()
        let transcript = Transcript()
        try await withLiveServer(folder, transcript: transcript) { running, _ in
            let events = try await EventStream.greeted(port: running.port)
            try folder.write("content/about.md", try #require(folder.read("content/about.md")))
            #expect(await eventually { transcript.lines.contains { $0.hasSuffix("after a change to content/about.md; nothing to reload") } })
            #expect(await events.names == ["hello"])
        }
    }

    @Test(arguments: [SourceWatcher.Method.automatic, .polling(interval: .milliseconds(100))])
    func editorFilesBesideAPostingCauseNoRebuild(watch: SourceWatcher.Method) async throws {
        let folder = try writeSite()
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("templates"), withIntermediateDirectories: false)
        let transcript = Transcript()
        try await withLiveServer(folder, watch: watch, transcript: transcript) { running, _ in
            let junk = ["content/roles/.engineer.md.swp", "content/roles/engineer.md~", "content/roles/4913", "templates/.x.swp",
                        "public/index.html", "notes.txt"]
            for path in junk {
                try folder.write(path, "junk")
            }
            // Long enough for a rebuild to start, were one due; then a change that is one.
            try await Task.sleep(for: .milliseconds(400))
            try folder.write("content/about.md", "---\ntitle: About\n---\nChanged.\n")
            #expect(await eventually { transcript.lines.last?.hasSuffix(" ms after a change to content/about.md") == true },
                    "\(transcript.lines)")
            try await Task.sleep(for: .milliseconds(200))
            // No build was started by an editor's file; on a loaded machine the real save may be
            // seen in two steps (the file emptied, then written), so the lines are not counted.
            let blamed = transcript.lines.filter { line in junk.contains { line.contains($0) } }
            #expect(blamed.isEmpty, "\(transcript.lines)")
            #expect(transcript.lines.last?.hasSuffix(" ms after a change to content/about.md") == true, "\(transcript.lines)")
        }
    }

    @Test(arguments: [
        ("site.yml", false, true), ("public", true, false), ("notes.txt", false, false), ("content", true, true),
        ("content/roles/x.md", false, true), ("content/roles/.x.md.swp", false, false), ("content/roles/x.md~", false, false),
        ("content/roles/sedAb12", false, false), ("content/teams", true, true), ("templates/role.mustache", false, true),
        ("templates/role.mustache~", false, false), ("static/logo.svg", false, true), ("static/.well-known/x", false, true),
        ("content/roles/x.markdown", false, true), ("content/roles/X.MD", false, true),
        ("templates/strings/de.yml", false, true), ("templates/notes.yml", false, false),
    ])
    func whichChangesMatter(path: String, isFolder: Bool, matters: Bool) {
        #expect(SourceWatcher.matters(path, isFolder: isFolder) == matters)
    }

    @Test func stoppingEndsOpenEventStreams() async throws {
        let folder = try writeSite()
        var stream: EventStream?
        try await withLiveServer(folder) { running, server in
            stream = try await EventStream.open(port: running.port)
            #expect(await eventually { await server.live.listenerCount == 1 })
        }
        // withLiveServer returned: the server stopped although a page was listening.
        let events = try #require(stream)
        #expect(await eventually { await events.ended })
    }

    /// Said before the site is built (the second server logs no build), in words and with the fix.
    @Test func aTakenPortIsAnError() async throws {
        let folder = try writeSite()
        try await withLiveServer(folder) { running, _ in
            let transcript = Transcript()
            let second = devServer(serveOptions(folder, port: running.port, watch: .polling(interval: .seconds(1))),
                                   transcript: transcript)
            let error = await #expect(throws: ServeError.self) { try await second.run(handleSignals: false) }
            #expect(error.map { "\($0)" } == "port \(running.port) is in use on 127.0.0.1 (another jobsite serve?); "
                + "pass --port N for another port, or --port 0 for any free one")
            #expect(transcript.lines.isEmpty)
        }
    }
}
