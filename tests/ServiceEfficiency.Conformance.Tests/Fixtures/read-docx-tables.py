#!/usr/bin/python3
"""Prints every table of a .docx as python-docx reads it, as JSON on standard output:
[{"caption": w:tblCaption or null, "rows": [[cell.text, ...], ...]}, ...] in document order.

cell.text is python-docx's own reading of a cell (its paragraphs' texts joined by newlines), so the
conformance test compares the document with what a third-party consumer sees, not with our XML.
ASCII JSON (\\u escapes): the output does not depend on the locale's encoding.
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def caption(table):
    properties = table._tbl.tblPr
    element = None if properties is None else properties.find(qn("w:tblCaption"))
    return None if element is None else element.get(qn("w:val"))


def main(path):
    document = docx.Document(path)
    tables = [
        {"caption": caption(table), "rows": [[cell.text for cell in row.cells] for row in table.rows]}
        for table in document.tables
    ]
    json.dump(tables, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main(sys.argv[1])
