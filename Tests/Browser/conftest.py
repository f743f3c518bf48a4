"""Browser and HTML checks of the built-in theme: see the README's Tests section.

JOBSITE names the jobsite binary (default: .build/debug/jobsite, which `swift test` builds).
Every site is built once at collection time, so each page is a test case of its own.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from browser import LOOKS, SCHEMES, VIEWPORTS, Browser
from nu import check_html
from sites import ROOT, Servers, build_sites, make_work_folder, remove_work_folder

SCREENSHOTS = ROOT / ".build-browser" / "screenshots"

_state: dict = {}


def all_sites():
    """The built sites, built on first use (at collection)."""
    if "sites" not in _state:
        jobsite = Path(os.environ.get("JOBSITE", ROOT / ".build" / "debug" / "jobsite"))
        if not jobsite.exists():
            pytest.exit(f"no jobsite binary at {jobsite}: run `swift build --product jobsite` or set JOBSITE", 2)
        _state["work"] = make_work_folder()
        _state["sites"] = build_sites(jobsite, _state["work"])
    return _state["sites"]


def themed_pages():
    return [page for site in all_sites() if site.themed for page in site.pages]


def pytest_configure(config):
    if not hasattr(config, "workerinput"):  # once, in the main process (not in each xdist worker)
        shutil.rmtree(SCREENSHOTS, ignore_errors=True)  # this run's pictures only


def pytest_generate_tests(metafunc):
    names = metafunc.fixturenames
    if "page" in names:
        pages = themed_pages()
        metafunc.parametrize("page", pages, ids=[page.id for page in pages])
    if "site" in names:
        sites = all_sites()
        metafunc.parametrize("site", sites, ids=[site.name for site in sites])
    if "themed_site" in names:
        sites = [site for site in all_sites() if site.themed]
        metafunc.parametrize("themed_site", sites, ids=[site.name for site in sites])
    if "viewport" in names:
        metafunc.parametrize("viewport", VIEWPORTS, ids=[viewport.name for viewport in VIEWPORTS])
    if "scheme" in names:
        metafunc.parametrize("scheme", SCHEMES)
    if "look" in names:
        metafunc.parametrize("look", LOOKS, ids=[f"{viewport.name}-{scheme}" for viewport, scheme in LOOKS])


def pytest_sessionfinish(session, exitstatus):
    if "servers" in _state:
        _state["servers"].stop()
    if "work" in _state:
        remove_work_folder(_state["work"])


@pytest.fixture(scope="session", autouse=True)
def servers():
    if "servers" not in _state:
        _state["servers"] = Servers(all_sites())
    return _state["servers"]


@pytest.fixture(scope="session")
def nu_messages():
    """The Nu HTML checker's messages on every page of every site: one run of the checker (a
    Java start-up costs seconds), as {site name: [message]}."""
    return check_html(all_sites())


@pytest.fixture(scope="session")
def browser():
    browser = Browser()
    yield browser
    browser.quit()


@pytest.fixture
def screenshot_path():
    """Where a test saves its picture of a page: .build-browser/screenshots/<site>/<page>-<variant>.png."""
    def path(page, *variant) -> Path:
        return SCREENSHOTS / page.site.name / f"{'-'.join([page.slug, *variant])}.png"
    return path
