"""Debian's Chromium driven by Selenium, offline: the driver and browser paths are given, so
Selenium Manager never runs (it would try to download a driver), and SE_AVOID_STATS=true keeps
Selenium from sending usage statistics.

A headless window is never narrower than 500 px, so both widths are set through Chrome's device
emulation (the DevTools Protocol), as are the colour scheme and, on the phone, touch input.
"""

from __future__ import annotations

import base64
import io
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


@dataclass(frozen=True)
class Viewport:
    name: str
    width: int
    height: int
    mobile: bool


PHONE = Viewport("phone", 390, 844, mobile=True)
DESKTOP = Viewport("desktop", 1280, 800, mobile=False)
VIEWPORTS = (PHONE, DESKTOP)
SCHEMES = ("light", "dark")
# Each page is checked with axe in both colour schemes and at both widths, as two looks: the
# phone in light mode and the desktop in dark mode (colours do not depend on the width).
LOOKS = ((PHONE, "light"), (DESKTOP, "dark"))

# axe-core as bundled by the PyPI package axe-playwright-python (installed without Playwright,
# which these tests do not need): the newest axe-core on PyPI, read from disk, no CDN.
AXE_SCRIPT = resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


class Browser:
    """One headless Chromium for the whole session; each `open` sets the emulation it needs."""

    def __init__(self):
        os.environ["SE_AVOID_STATS"] = "true"
        # Any attempt to run Selenium Manager (a network fetch of a driver) fails loudly instead.
        os.environ["SE_MANAGER_PATH"] = "/bin/false"
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                         "--window-size=1280,800", "--force-color-profile=srgb", "--lang=en-US",
                         "--disable-extensions", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", "--disable-default-apps"):
            options.add_argument(argument)
        self.driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(60)
        self._emulation = None

    def quit(self):
        self.driver.quit()

    def cdp(self, command: str, **parameters):
        return self.driver.execute_cdp_cmd(command, parameters)

    def emulate(self, viewport: Viewport, scheme: str):
        if self._emulation == (viewport, scheme):
            return
        self.cdp("Emulation.setDeviceMetricsOverride", width=viewport.width, height=viewport.height,
                 deviceScaleFactor=1, mobile=viewport.mobile)
        self.cdp("Emulation.setTouchEmulationEnabled", enabled=viewport.mobile, maxTouchPoints=5)
        self.cdp("Emulation.setEmulatedMedia",
                 features=[{"name": "prefers-color-scheme", "value": scheme},
                           {"name": "prefers-reduced-motion", "value": "reduce"}])
        self._emulation = (viewport, scheme)

    def open(self, url: str, viewport: Viewport = DESKTOP, scheme: str = "light"):
        self.emulate(viewport, scheme)
        self.driver.get(url)

    def run(self, script: str, *arguments):
        return self.driver.execute_script(script, *arguments)

    def axe(self) -> dict:
        """axe-core's results for the current page (violations only)."""
        if not self.run("return typeof window.axe === 'object'"):
            self.run(AXE_SCRIPT)
        return self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {resultTypes: ['violations']})"
            "   .then(done, error => done({error: String(error)}));")

    def png(self, clip: dict | None = None, full_page: bool = False) -> bytes:
        """A PNG of the viewport, of the whole page, or of `clip` ({x, y, width, height} in page px)."""
        parameters = {"format": "png", "captureBeyondViewport": full_page or clip is not None}
        if full_page:
            size = self.cdp("Page.getLayoutMetrics")["cssContentSize"]
            clip = {"x": 0, "y": 0, "width": size["width"], "height": size["height"]}
        if clip:
            parameters["clip"] = {**clip, "scale": 1}
        return base64.b64decode(self.cdp("Page.captureScreenshot", **parameters)["data"])

    def image(self, clip: dict):
        from PIL import Image
        return Image.open(io.BytesIO(self.png(clip))).convert("RGB")

    def save_screenshot(self, path: Path, full_page: bool = True):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.png(full_page=full_page))
