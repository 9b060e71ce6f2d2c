#!/usr/bin/env python3
"""Validates every sample against its JSON Schema (Draft 2020-12).

Needs Debian's python3-jsonschema (apt-get install python3-jsonschema); run with /usr/bin/python3.
"""
import json
import pathlib
import sys

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
pairs = [("schemas/criteria.schema.json", "samples/criteria/*.criteria.json"),
         ("schemas/document.schema.json", "samples/data/*.json")]
failed = 0
for schema_path, pattern in pairs:
    schema = json.loads((root / schema_path).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for path in sorted(root.glob(pattern)):
        errors = sorted(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))), key=lambda e: list(e.path))
        for error in errors:
            failed += 1
            print(f"{path.relative_to(root)}: {'/'.join(map(str, error.path))}: {error.message}")
        print(f"{path.relative_to(root)}: {'ok' if not errors else f'{len(errors)} error(s)'}")
sys.exit(1 if failed else 0)
