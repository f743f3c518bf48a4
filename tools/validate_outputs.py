#!/usr/bin/env python3
"""Checks the non-HTML outputs of a built jobsite folder with real validators.

    python3 tools/validate_outputs.py OUTPUT_FOLDER

- sitemap.xml against the sitemaps.org 0.9 schema (schemas/sitemap.xsd) with xmllint;
- every *.xml whose root is an Atom feed: parsed by feedparser as Atom 1.0, with no error, and
  every element RFC 4287 requires (feed id, title, updated, author; entry id, title, updated,
  link) present;
- jobs.json against schemas/jobs.schema.json (JSON Schema 2020-12, formats checked);
- every ladders/<id>.json against schemas/ladder.schema.json, and its `id` is its file name.

Prints one line per problem and exits 1 when there is any. Debian: libxml2-utils,
python3-feedparser, python3-jsonschema (`make test-deps` installs them).
"""
import json
import pathlib
import subprocess
import sys

import feedparser
import jsonschema

ROOT = pathlib.Path(__file__).resolve().parent.parent


def check_sitemap(folder, problems):
    sitemap = folder / "sitemap.xml"
    if not sitemap.exists():
        return
    run = subprocess.run(["xmllint", "--noout", "--schema", str(ROOT / "schemas" / "sitemap.xsd"), str(sitemap)],
                         capture_output=True, text=True)
    if run.returncode != 0:
        problems.append(f"sitemap.xml: {run.stderr.strip()}")


def check_feed(path, name, problems):
    feed = feedparser.parse(str(path))
    if feed.bozo:
        problems.append(f"{name}: not well-formed: {feed.bozo_exception}")
    if feed.version != "atom10":
        problems.append(f"{name}: not Atom 1.0 (feedparser: {feed.version!r})")
    for key in ("id", "title", "updated", "author"):
        if not feed.feed.get(key):
            problems.append(f"{name}: the feed has no {key}")
    for index, entry in enumerate(feed.entries, 1):
        for key in ("id", "title", "updated", "link"):
            if not entry.get(key):
                problems.append(f"{name}: entry {index} has no {key}")


def check_jobs(folder, problems):
    jobs = folder / "jobs.json"
    if not jobs.exists():
        return
    validator = validator_for("jobs.schema.json")
    for error in validator.iter_errors(json.loads(jobs.read_text())):
        problems.append(f"jobs.json: {'/'.join(map(str, error.absolute_path))}: {error.message}")


def validator_for(name):
    schema = json.loads((ROOT / "schemas" / name).read_text())
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def check_ladders(folder, problems):
    """Returns how many ladder files it checked."""
    files = sorted((folder / "ladders").glob("*.json")) if (folder / "ladders").is_dir() else []
    validator = validator_for("ladder.schema.json")
    for path in files:
        name = str(path.relative_to(folder))
        ladder = json.loads(path.read_text())
        for error in validator.iter_errors(ladder):
            problems.append(f"{name}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
        if isinstance(ladder, dict) and ladder.get("id") != path.stem:
            problems.append(f"{name}: id {ladder.get('id')!r} is not the file name")
    return len(files)


def main():
    folder = pathlib.Path(sys.argv[1])
    problems = []
    check_sitemap(folder, problems)
    feeds = 0
    for path in sorted(folder.rglob("*.xml")):
        if b"<feed xmlns=\"http://www.w3.org/2005/Atom\"" in path.read_bytes()[:300]:
            feeds += 1
            check_feed(path, str(path.relative_to(folder)), problems)
    check_jobs(folder, problems)
    ladders = check_ladders(folder, problems)
    for problem in problems:
        print(problem)
    print(f"checked {feeds} feeds, {ladders} ladder files", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
