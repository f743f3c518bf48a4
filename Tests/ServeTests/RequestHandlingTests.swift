import Build
import Diagnostics
import Foundation
import Hummingbird
import HummingbirdTesting
@testable import Serve
import TestSupport
import Testing

@Suite("serve: what each request gets")
struct RequestHandlingTests {
    @Test(arguments: [
        ("/", "/"), ("/roles/", "/roles/"), ("/roles/ing%C3%A9nieur/", "/roles/ingénieur/"), ("/a%20b.txt", "/a b.txt"),
        ("//x", "//x"), ("/..x/y..", "/..x/y.."),
    ])
    func pathsThatAreDecoded(raw: String, decoded: String) throws {
        #expect(try RequestPath.decode(raw) == decoded)
    }

    @Test(arguments: [
        ("/../site.yml", RequestPath.Refusal.traversal), ("/roles/../../site.yml", .traversal), ("/%2e%2e/site.yml", .traversal),
        ("/%2E%2E/site.yml", .traversal), ("/roles/%2e%2e%2f%2e%2e%2fsite.yml", .traversal), ("/./index.html", .traversal),
        ("/roles/..", .traversal), ("/..\\site.yml", .traversal), ("/%5c..%5csite.yml", .traversal), ("/index.html%00.txt", .traversal),
        ("/%zz", .malformed), ("/%2", .malformed), ("/%ff", .malformed), ("roles/", .malformed), ("", .malformed),
    ])
    func pathsThatAreRefused(raw: String, refusal: RequestPath.Refusal) {
        #expect(throws: refusal) { try RequestPath.decode(raw) }
    }

    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("style.css", "text/css; charset=utf-8"),
        ("logo.svg", "image/svg+xml; charset=utf-8"), ("app.js", "text/javascript; charset=utf-8"),
        ("data.json", "application/json; charset=utf-8"), ("feed.xml", "application/xml; charset=utf-8"),
        ("a/photo.PNG", "image/png"), ("photo.jpg", "image/jpeg"), ("photo.jpeg", "image/jpeg"), ("photo.webp", "image/webp"),
        ("favicon.ico", "image/x-icon"), ("robots.txt", "text/plain; charset=utf-8"), ("inter.woff2", "font/woff2"),
        ("download.bin", "application/octet-stream"), ("README", "application/octet-stream"), (".env", "application/octet-stream"),
    ])
    func contentTypes(path: String, type: String) {
        #expect(ContentTypes.forPath(path[...]) == type)
    }

    @Test func theScriptGoesBeforeTheLastClosingBodyTag() {
        let tag = ReloadScript.tag
        #expect(String(decoding: ReloadScript.inject(into: Array("<p>x</p></body></html>".utf8)), as: UTF8.self)
            == "<p>x</p>\(tag)</body></html>")
        #expect(String(decoding: ReloadScript.inject(into: Array("<pre></body></pre></BODY >\n".utf8)), as: UTF8.self)
            == "<pre></body></pre>\(tag)</BODY >\n")
        #expect(String(decoding: ReloadScript.inject(into: Array("<p>no body".utf8)), as: UTF8.self) == "<p>no body\(tag)")
    }

    @Test func eventsInWireFormat() {
        #expect(ReloadEvent.reload.wireFormat == "event: reload\ndata: \n\n")
        #expect(ReloadEvent.hello(generation: "x-2").wireFormat == "event: hello\ndata: x-2\n\n")
        // Every line of the text is its own data line, whatever ends it, so no line can end the event.
        #expect(ReloadEvent.problems("a.md:1:1: error: <b>\n\nb\r\nc\rd").wireFormat
            == "event: problems\ndata: a.md:1:1: error: <b>\ndata: \ndata: b\ndata: c\ndata: d\n\n")
    }

    @Test(arguments: [
        ("https://careers.example.com/", "/"), ("https://careers.example.com", "/"), ("https://x.github.io/careers/", "/careers/"),
        ("https://x.github.io/careers", "/careers/"), ("https://x.github.io/a/b/", "/a/b/"), ("https://x.io/my%20jobs/", "/my jobs/"),
    ])
    func theBasePathIsThePathOfTheBaseURL(url: String, path: String) {
        #expect(ServedSite.basePath(of: url) == path)
    }

    @Test func theOverlayScriptWritesTextNeverMarkup() {
        #expect(ReloadScript.source.contains(".textContent = event.data"))
        #expect(!ReloadScript.source.contains("innerHTML"))
        #expect(!ReloadScript.source.contains("insertAdjacentHTML"))
    }
}

/// Requests answered by the router, without a socket.
@Suite("serve: responses from the site in memory")
struct ResponseTests {
    /// A server whose site is the fixture, built once.
    static func server(baseURL: String? = nil) async throws -> (DevServer, TemporaryFolder) {
        let folder = try writeSite()
        let server = devServer(serveOptions(folder, baseURL: baseURL))
        let outcome = await server.rebuild(changed: [])
        try #require(outcome.site != nil, "\(outcome.diagnostics)")
        return (server, folder)
    }

    @Test func everyFileHasItsContentType() async throws {
        let (server, _) = try await Self.server()
        try await server.application().test(.router) { client in
            for (path, type) in [
                ("/", "text/html; charset=utf-8"), ("/style.css", "text/css; charset=utf-8"),
                ("/favicon.svg", "image/svg+xml; charset=utf-8"), ("/app.js", "text/javascript; charset=utf-8"),
                ("/data/jobs.json", "application/json; charset=utf-8"), ("/feed.xml", "application/xml; charset=utf-8"),
                ("/images/photo.png", "image/png"), ("/images/photo.jpg", "image/jpeg"), ("/images/photo.webp", "image/webp"),
                ("/favicon.ico", "image/x-icon"), ("/robots.txt", "text/plain; charset=utf-8"),
                ("/fonts/inter.woff2", "font/woff2"), ("/download.bin", "application/octet-stream"),
                ("/__jobsite/reload.js", "text/javascript; charset=utf-8"),
            ] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType] == type, "\(path)")
                #expect(response.headers[.cacheControl] == "no-store", "\(path)")
            }
            let robots = try await client.execute(uri: "/robots.txt", method: .get)
            #expect(String(buffer: robots.body) == "User-agent: *\n")
        }
    }

    /// The output generators' files are served from memory like the pages: the same bytes a
    /// build writes (the fixture's static feed.xml and robots.txt replace the generated ones).
    @Test func theGeneratedFilesAreServedFromMemory() async throws {
        let (server, _) = try await Self.server()
        let site = try #require(await server.live.site)
        try await server.application().test(.router) { client in
            for (path, type) in [("/sitemap.xml", "application/xml; charset=utf-8"), ("/jobs.json", "application/json; charset=utf-8")] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType] == type, "\(path)")
                #expect(response.body == site.file(String(path.dropFirst())), "\(path)")
            }
            let sitemap = try await client.execute(uri: "/sitemap.xml", method: .get)
            #expect(String(buffer: sitemap.body).contains("/roles/engineer/</loc>"))
        }
    }

    @Test func foldersServeTheirIndexAndRedirectWithoutTheirSlash() async throws {
        let (server, _) = try await Self.server()
        let site = try #require(await server.live.site)
        try await server.application().test(.router) { client in
            let roles = try await client.execute(uri: "/roles/", method: .get)
            #expect(roles.status == .ok)
            #expect(roles.body == site.file("roles/index.html"))
            let role = try await client.execute(uri: "/roles/engineer/?utm=x", method: .get)
            #expect(String(buffer: role.body).contains("Build the first version."))
            let redirect = try await client.execute(uri: "/roles?utm=x", method: .get)
            #expect(redirect.status == .found)
            #expect(redirect.headers[.location] == "/roles/?utm=x")
            let head = try await client.execute(uri: "/about/", method: .head)
            #expect(head.status == .ok)
            #expect(head.body.readableBytes == 0)
            #expect(head.headers[.contentLength] == String(try #require(site.file("about/index.html")).readableBytes))
            #expect(head.headers[.contentType] == "text/html; charset=utf-8")
        }
    }

    @Test func aMissingPageIsTheSite404PageWithStatus404() async throws {
        let (server, _) = try await Self.server()
        let site = try #require(await server.live.site)
        let page = try #require(site.file("404.html"))
        try await server.application().test(.router) { client in
            for path in ["/nope/", "/roles/nobody/", "/style.css/", "/index.html/x", "/.jobsite"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.body == page, "\(path)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            }
        }
    }

    @Test func traversalAndOtherMethodsAreRefused() async throws {
        let (server, _) = try await Self.server()
        try await server.application().test(.router) { client in
            for path in ["/../site.yml", "/%2e%2e/site.yml", "/roles/%2E%2E/%2e%2e/content/about.md", "/..%5csite.yml",
                         "/a\\..\\site.yml", "/index.html%00", "/%zz"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .badRequest, "\(path)")
                #expect(!String(buffer: response.body).contains("title"), "\(path)")
            }
            let post = try await client.execute(uri: "/", method: .post)
            #expect(post.status == .methodNotAllowed)
            #expect(post.headers[.allow] == "GET, HEAD")
        }
    }

    @Test func servedPagesCarryTheReloadScriptOnceAndBuiltPagesNever() async throws {
        let (server, folder) = try await Self.server()
        let site = try #require(await server.live.site)
        let htmlPaths = site.paths.filter { $0.hasSuffix(".html") }
        #expect(htmlPaths.count >= 5)
        for path in htmlPaths {
            let served = String(buffer: try #require(site.file(path)))
            #expect(served.components(separatedBy: ReloadScript.tag).count == 2, "\(path)")
            #expect(served.contains(ReloadScript.tag + "</body>"), "\(path)")
        }
        #expect(!String(buffer: try #require(site.file("style.css"))).contains("__jobsite"))

        // `jobsite build` of the same site: the same files, the pages without the script.
        let report = SiteBuilder.build(BuildOptions(source: folder.url, today: fixedToday))
        #expect(report.succeeded)
        for path in site.paths {
            let built = try #require(folder.read("public/" + path), "\(path)")
            #expect(!built.contains("__jobsite"), "\(path)")
            let served = String(buffer: try #require(site.file(path)))
            #expect(served.replacingOccurrences(of: ReloadScript.tag, with: "") == built, "\(path)")
        }
    }

    @Test func aSubpathBaseURLServesTheSiteUnderItsPath() async throws {
        let (server, _) = try await Self.server(baseURL: "https://x.github.io/careers/")
        try await server.application().test(.router) { client in
            for (path, location) in [("/", "/careers/"), ("/careers", "/careers/"), ("/careers/roles", "/careers/roles/")] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .found, "\(path)")
                #expect(response.headers[.location] == location, "\(path)")
            }
            let home = try await client.execute(uri: "/careers/", method: .get)
            #expect(home.status == .ok)
            #expect(String(buffer: home.body).contains("<link rel=\"canonical\" href=\"https://x.github.io/careers/\">"))
            #expect(try await client.execute(uri: "/careers/roles/engineer/", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/careers/style.css", method: .get).status == .ok)
            // Outside the base path there is no site, as on the published host.
            let outside = try await client.execute(uri: "/roles/", method: .get)
            #expect(outside.status == .notFound)
            // The 404 page links to the site by its absolute base path.
            #expect(String(buffer: outside.body).contains("href=\"/careers/style.css\""))
        }
    }

    @Test func draftsAreServedOnlyWhenAskedFor() async throws {
        let folder = try writeSite()
        let role = try #require(folder.read("content/roles/engineer.md"))
        try folder.write("content/roles/engineer.md", role.replacingOccurrences(of: "date_posted:", with: "draft: true\ndate_posted:"))
        for drafts in [false, true] {
            var options = serveOptions(folder)
            options.build.includeDrafts = drafts
            let server = devServer(options)
            await server.rebuild(changed: [])
            let site = try #require(await server.live.site)
            #expect((site.file("roles/engineer/index.html") != nil) == drafts)
        }
    }

    @Test func theDefaultAddressIsLoopback() {
        let options = ServeOptions(build: BuildOptions(source: repositoryRoot, today: fixedToday))
        #expect(options.host == "127.0.0.1")
        #expect(options.port == 8080)
    }
}

@Suite("serve: one log line per build")
struct LogLineTests {
    static let noon = Calendar.current.date(from: DateComponents(year: 2026, month: 11, day: 23, hour: 12, minute: 4, second: 31))!

    static func line(site: Bool, errors: Int = 0, changed: [String], change: LiveSite.Change = .replaced, served: Bool = true) -> String {
        let diagnostics = (0..<errors).map { _ in Diagnostic.error("x", at: nil, rule: "x") }
        let outcome = ServeBuild.Outcome(site: site ? ServedSite(basePath: "/", files: [:]) : nil, diagnostics: diagnostics,
                                         duration: .microseconds(84_900))
        return DevServer.logLine(outcome, changed: changed, change: site ? change : .failed, served: served, at: noon)
    }

    @Test func linesForEachOutcome() {
        #expect(Self.line(site: true, changed: []) == "12:04:31 built in 84 ms")
        #expect(Self.line(site: true, changed: ["content/a.md"]) == "12:04:31 rebuilt in 84 ms after a change to content/a.md")
        #expect(Self.line(site: true, changed: ["a", "b", "c", "d"]) == "12:04:31 rebuilt in 84 ms after a change to a, b and 2 more")
        #expect(Self.line(site: true, changed: ["site.yml"], change: .unchanged)
            == "12:04:31 rebuilt in 84 ms after a change to site.yml; nothing to reload")
        // The fix of a failed build that gives back the served site still reloads the pages (the
        // error overlay goes): the line says so, not "nothing to reload".
        #expect(Self.line(site: true, changed: ["content/a.md"], change: .errorsCleared)
            == "12:04:31 rebuilt in 84 ms after a change to content/a.md; the errors are fixed, pages reload")
        #expect(Self.line(site: false, errors: 2, changed: ["a", "b"])
            == "12:04:31 build failed in 84 ms after a change to a, b: 2 errors; serving the last good build; the browser shows the errors")
        #expect(Self.line(site: false, errors: 1, changed: [], served: false)
            == "12:04:31 build failed in 84 ms: 1 error; nothing to serve until it builds; the browser shows the errors")
    }
}
