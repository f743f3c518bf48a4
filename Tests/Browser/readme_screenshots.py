"""Refreshes the README's two pictures of the sample site, docs/screenshots/phone.png (the home
page on a 390×844 phone) and desktop.png (a posting at 1280×800), by hand, after a visible theme
change:

    make test-browser   # once, to install what this needs
    .build-browser/venv/bin/python Tests/Browser/readme_screenshots.py

Viewport pictures in 64 colours keep the committed files small.
"""

import io
import os
import sys
from pathlib import Path

from PIL import Image

from browser import DESKTOP, PHONE, Browser
from sites import ROOT, Servers, build_sites, make_work_folder, remove_work_folder

SHOTS = {"phone.png": (PHONE, ""), "desktop.png": (DESKTOP, "roles/senior-backend-engineer/")}


def main() -> int:
    jobsite = Path(os.environ.get("JOBSITE", ROOT / ".build" / "debug" / "jobsite"))
    work = make_work_folder()
    try:
        sample = next(site for site in build_sites(jobsite, work) if site.name == "sample")
        servers, browser = Servers([sample]), Browser()
        try:
            for name, (viewport, path) in SHOTS.items():
                browser.open(sample.url + path, viewport, "light")
                picture = Image.open(io.BytesIO(browser.png())).convert("RGB")
                target = ROOT / "docs" / "screenshots" / name
                target.parent.mkdir(parents=True, exist_ok=True)
                picture.quantize(64, dither=Image.Dither.NONE).save(target, optimize=True)
                print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size // 1024} KiB)")
        finally:
            browser.quit()
            servers.stop()
    finally:
        remove_work_folder(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
