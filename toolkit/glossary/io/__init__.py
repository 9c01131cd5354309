"""Interchange formats of the glossary, one module per format, readers and writers over bytes
and text streams (the CLI opens the files). :func:`export_glossary` picks the writer."""

from __future__ import annotations

import io

from toolkit.glossary.model import Glossary

__all__ = ["EXPORT_FORMATS", "export_glossary"]

EXPORT_FORMATS = ("csv", "tsv", "xlsx", "tbx")


def export_glossary(glossary: Glossary, fmt: str) -> bytes:
    """The glossary in one of :data:`EXPORT_FORMATS`, as the bytes of a file."""
    from toolkit.glossary.io.csv import write_csv
    from toolkit.glossary.io.tbx import write_tbx
    from toolkit.glossary.io.xlsx import write_xlsx

    if fmt == "xlsx":
        book = io.BytesIO()
        write_xlsx(glossary, book)
        return book.getvalue()
    if fmt == "tbx":
        return write_tbx(glossary)
    if fmt in ("csv", "tsv"):
        text = io.StringIO()
        write_csv(glossary, text, "\t" if fmt == "tsv" else ",")
        return text.getvalue().encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}")
