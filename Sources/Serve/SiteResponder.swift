import Hummingbird
import ServiceLifecycle

/// Answers requests from the site in memory.
///
/// - `GET`/`HEAD` of a file of the site under its base path: the file, with its content type.
/// - A folder (`/roles/`): its `index.html`; a folder without its slash (`/roles`): a redirect
///   to it, so relative links resolve as on a static host.
/// - The bare root, or the base path without its slash, when the site lives under a subpath:
///   a redirect to the base path.
/// - Anything else: the site's `404.html` with status 404.
/// - `..`, `.`, backslashes, NUL (plain or percent-encoded) and bad escapes: 400.
/// - ``ReloadScript/path`` and ``ReloadScript/eventsPath``: the reload script and event stream.
public struct SiteResponder: HTTPResponder {
    public typealias Context = BasicRequestContext

    let live: LiveSite

    public init(live: LiveSite) { self.live = live }

    public func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.text("Method not allowed: serve answers GET and HEAD.\n", status: .methodNotAllowed,
                             headers: [.allow: "GET, HEAD"])
        }
        let path: String
        do {
            path = try RequestPath.decode(request.uri.path)
        } catch {
            return Self.text("Bad request: this path is not allowed.\n", status: .badRequest)
        }
        switch path {
        case ReloadScript.eventsPath:
            return request.method == .head ? Response(status: .ok, headers: Self.eventHeaders) : await eventStream()
        case ReloadScript.path: return Self.file(ByteBuffer(string: ReloadScript.source), path: "reload.js")
        default: break
        }
        let response: Response
        if let site = await live.site {
            response = Self.answer(path: path, query: request.uri.query, from: site)
        } else {
            response = Self.file(ByteBuffer(bytes: ReloadScript.inject(into: Array(Self.noSiteYet.utf8))),
                                 path: "index.html", status: .serviceUnavailable)
        }
        // HEAD: the headers a GET would get (its Content-Length too), without the body.
        return request.method == .head ? response.createHeadResponse() : response
    }

    /// The response for a decoded path from one build.
    static func answer(path: String, query: String?, from site: ServedSite) -> Response {
        let suffix = query.map { "?\($0)" } ?? ""
        guard path.hasPrefix(site.basePath) else {
            // `/` and `/careers` lead to the site at `/careers/`.
            if path == "/" || path + "/" == site.basePath { return redirect(to: site.basePath + suffix) }
            return notFound(site)
        }
        let relative = String(path.dropFirst(site.basePath.count))
        let file = relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
        if let bytes = site.file(file) { return Self.file(bytes, path: file) }
        if site.file(relative + "/index.html") != nil { return redirect(to: encodedPath(path) + "/" + suffix) }
        return notFound(site)
    }

    private static func notFound(_ site: ServedSite) -> Response {
        guard let page = site.file("404.html") else { return text("Not found.\n", status: .notFound) }
        return file(page, path: "404.html", status: .notFound)
    }

    private static func file(_ bytes: ByteBuffer, path: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status,
                 headers: [.contentType: ContentTypes.forPath(path[...]), .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: bytes))
    }

    private static func text(_ message: String, status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = ContentTypes.byExtension["txt"]
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }

    private static func redirect(to location: String) -> Response {
        Response(status: .found, headers: [.location: location, .cacheControl: "no-store"])
    }

    /// A decoded path made safe for a `Location` header again.
    private static func encodedPath(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
    }

    /// Server-Sent Events: one stream per open page, ended when the page goes away or the
    /// server shuts down (so a graceful shutdown never waits for open tabs).
    private func eventStream() async -> Response {
        let events = await live.events()
        return Response(status: .ok, headers: Self.eventHeaders, body: ResponseBody { writer in
            // Browsers reconnect after a second when the stream drops (the server restarted).
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            for await event in events.cancelOnGracefulShutdown() {
                try await writer.write(ByteBuffer(string: event.wireFormat))
            }
            try await writer.finish(nil)
        })
    }

    static let eventHeaders: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"]

    /// Shown until the first good build; the reload script shows the problems over it.
    static let noSiteYet = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>jobsite serve</title></head>
        <body><p>The site has not built yet. The problems are listed in the terminal; this page reloads when they are fixed.</p></body></html>

        """
}
