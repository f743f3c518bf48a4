/// The script `serve` adds to every HTML page it sends — never to a build: it opens the event
/// stream, reloads the page after a rebuild and shows build errors over the page.
///
/// It is served as a file (``path``) rather than inline, so a page whose Content-Security-Policy
/// allows only `'self'` scripts still reloads. The overlay is made with `textContent`, so a
/// diagnostic can never inject markup into the page.
public enum ReloadScript {
    /// Where the script is served (outside any base path, like the event stream).
    public static let path = "/__jobsite/reload.js"
    /// The Server-Sent Events stream the script listens to.
    public static let eventsPath = "/__jobsite/events"

    /// The tag added to pages.
    public static let tag = #"<script src="\#(path)" defer></script>"#

    /// The page with ``tag`` before its last `</body>` (any case), or at its end when it has none.
    static func inject(into page: [UInt8]) -> [UInt8] {
        let tagBytes = Array(tag.utf8)
        guard let end = lastBodyClose(in: page) else { return page + tagBytes }
        return Array(page[..<end]) + tagBytes + Array(page[end...])
    }

    private static func lastBodyClose(in page: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard page.count >= needle.count else { return nil }
        for start in stride(from: page.count - needle.count, through: 0, by: -1) {
            if zip(needle, page[start...]).allSatisfy({ $0 == ($1 | 0x20) || $0 == $1 }) { return start }
        }
        return nil
    }

    /// The script itself.
    ///
    /// Events: `hello` (data: the server's build generation; a different one after the stream
    /// reconnects means the page is stale), `reload` and `problems` (data: the diagnostics, one
    /// per line).
    public static let source = #"""
        // jobsite serve: reloads this page when the site is rebuilt, shows build errors over it.
        (() => {
          "use strict";
          const events = new EventSource("\#(eventsPath)");
          let generation = null;
          let overlay = null;
          events.addEventListener("hello", (event) => {
            if (generation !== null && generation !== event.data) location.reload();
            generation = event.data;
          });
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("problems", (event) => {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = "jobsite-serve-problems";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;box-sizing:border-box;" +
                "margin:0;padding:2rem;background:#18181b;color:#f4f4f5;" +
                "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";
              const heading = document.createElement("p");
              heading.textContent = "The site did not build. This page reloads when it builds again; until then it shows the last good version.";
              heading.style.cssText = "margin:0 0 1rem;color:#fca5a5;font-weight:bold";
              const text = document.createElement("pre");
              text.style.cssText = "margin:0;white-space:pre-wrap";
              const close = document.createElement("button");
              close.type = "button";
              close.textContent = "Hide";
              close.style.cssText = "position:absolute;top:1rem;right:1rem";
              close.addEventListener("click", () => { overlay.remove(); overlay = null; });
              overlay.append(close, heading, text);
            }
            overlay.querySelector("pre").textContent = event.data;
            if (!overlay.isConnected) document.body.append(overlay);
          });
        })();

        """#
}
