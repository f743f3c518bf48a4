"""The sites the browser tests look at: built with jobsite, served on loopback.

A site is built once per test session into a temporary folder and served by its own small
threaded HTTP server on a free port of 127.0.0.1, under the path of its `base_url` (a site
published at https://jobs.example.test/careers/ is served at http://127.0.0.1:PORT/careers/),
so the absolute links of the 404 page resolve as they do when published. Like GitHub Pages, the
server answers a missing path with the site's 404.html and status 404.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "BuildTests" / "Fixtures"
BROWSER_SITES = ROOT / "Tests" / "Browser" / "Sites"

# The path the server answers with 404.html; no site has a page there.
MISSING_PATH = "no-such-page/"


@dataclass
class Page:
    """One page of a built site: `path` is relative to the site's root (`roles/`, `` for home)."""

    site: "Site"
    path: str

    @property
    def id(self) -> str:
        return f"{self.site.name}:/{self.path}"

    @property
    def url(self) -> str:
        return self.site.url + self.path

    @property
    def slug(self) -> str:
        """A file name for this page's artifacts: `roles-senior` for `roles/senior/`."""
        return self.path.strip("/").replace("/", "-").replace(".html", "") or "home"


@dataclass
class Site:
    """A site built into `output`; `themed` when its pages use the built-in theme's templates."""

    name: str
    output: Path
    prefix: str  # the path of base_url: "/" or "/careers/"
    themed: bool
    port: int = 0
    pages: list[Page] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.prefix}"

    def html_files(self) -> list[Path]:
        return sorted(self.output.rglob("*.html"))


def _pages(site: Site) -> list[Page]:
    """The theme's pages. Redirect pages at aliases move the browser on at once and have no
    layout to look at: the Nu checker reads them (`html_files`), the browser tests do not."""
    pages = []
    for file in site.html_files():
        relative = file.relative_to(site.output).as_posix()
        if 'http-equiv="refresh"' in file.read_text(encoding="utf-8"):
            continue
        if relative == "404.html":
            pages.append(Page(site, MISSING_PATH))  # as a visitor meets it: at a URL that does not exist
        else:
            pages.append(Page(site, relative.removesuffix("index.html")))
    return sorted(pages, key=lambda page: page.path)


def _base_path(source: Path) -> str:
    config = yaml.safe_load((source / "site.yml").read_text(encoding="utf-8"))
    path = urlsplit(config["base_url"]).path or "/"
    return path if path.endswith("/") else path + "/"


def _build(jobsite: Path, source: Path, output: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(jobsite), "build", "--source", str(source), "--output", str(output)],
                          capture_output=True, text=True, timeout=120)


def build_sites(jobsite: Path, work: Path) -> list[Site]:
    """Builds every site the tests look at into `work`.

    - `sample`: the repository's own site (content/, site.yml, templates/ = the built-in theme);
    - `starter`: what `jobsite init` writes;
    - each folder of Tests/Browser/Sites/ (sites made for these tests; each must build:
      `crowded` fills every corner of the theme, `lifecycle` has a closed posting's page, a
      redirect page and an unlisted posting, in German, `ladders` has a ladder with two tracks,
      pay zones in USD and EUR, criteria lists and inheritance);
    - each fixture site of Tests/BuildTests/Fixtures/ that builds (the others test errors).
    Raises RuntimeError with jobsite's output when a site that must build does not.
    """
    sources: list[tuple[str, Path, bool]] = [("sample", ROOT, True)]
    starter = work / "sources" / "starter"
    init = subprocess.run([str(jobsite), "init", str(starter)], capture_output=True, text=True, timeout=60)
    if init.returncode != 0:
        raise RuntimeError(f"jobsite init failed:\n{init.stdout}{init.stderr}")
    sources.append(("starter", starter, True))
    sources += [(folder.name, folder, True) for folder in sorted(BROWSER_SITES.iterdir()) if folder.is_dir()]
    optional = [folder for folder in sorted(FIXTURES.iterdir())
                if folder.is_dir() and (folder / "site.yml").exists()]

    sites = []
    for name, source, required in sources + [(f.name, f, False) for f in optional]:
        output = work / "sites" / name
        result = _build(jobsite, source, output)
        if result.returncode != 0:
            if required:
                raise RuntimeError(f"site {name} ({source}) does not build:\n{result.stderr}")
            continue
        # A fixture with its own layout is a test of template overriding, not of the theme.
        themed = not (source / "templates" / "layout.mustache").exists() or source == ROOT
        site = Site(name, output, _base_path(source), themed)
        site.pages = _pages(site)
        sites.append(site)
    return sites


class _SiteHandler(SimpleHTTPRequestHandler):
    """Serves one site folder under its URL prefix, with 404.html for a missing file."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "\0missing")
        return super().translate_path("/" + path[len(self.prefix):])

    def send_error(self, code, message=None, explain=None):
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not not_found.exists():
            return super().send_error(code, message, explain)
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):  # the tests report what matters
        pass


class Servers:
    """One loopback server per site, started together and stopped together."""

    def __init__(self, sites: list[Site]):
        self._servers = []
        for site in sites:
            handler = type("Handler", (_SiteHandler,), {"prefix": site.prefix})
            server = ThreadingHTTPServer(("127.0.0.1", 0),
                                         functools.partial(handler, directory=str(site.output)))
            server.daemon_threads = True
            site.port = server.server_address[1]
            threading.Thread(target=server.serve_forever, name=f"serve-{site.name}", daemon=True).start()
            self._servers.append(server)

    def stop(self):
        for server in self._servers:
            server.shutdown()
            server.server_close()


def make_work_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="jobsite-browser-"))


def remove_work_folder(work: Path):
    shutil.rmtree(work, ignore_errors=True)
