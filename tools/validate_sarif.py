#!/usr/bin/env python3
"""Validates a SARIF log (a file, or standard input for '-') against schemas/sarif-schema-2.1.0.json,
the OASIS SARIF 2.1.0 schema (errata 01), with the PyPI package jsonschema.
Prints 'valid' and exits 0, or prints each error with its JSON path and exits 1."""
import json
import pathlib
import sys

import jsonschema

SCHEMA = pathlib.Path(__file__).resolve().parent.parent / "schemas" / "sarif-schema-2.1.0.json"


def main() -> int:
    source = sys.argv[1] if len(sys.argv) > 1 else "-"
    text = sys.stdin.read() if source == "-" else pathlib.Path(source).read_text(encoding="utf-8")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(json.loads(text)), key=lambda e: list(e.absolute_path))
    for error in errors:
        print("/".join(str(part) for part in error.absolute_path) + ": " + error.message)
    if not errors:
        print("valid")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
