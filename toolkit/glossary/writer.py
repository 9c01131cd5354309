"""The canonical writer of glossary YAML: the only way tilmash writes glossary files.

:func:`dump_kind` writes concepts sorted by id, keys in a fixed order (id, kind, kk, ru, en,
derived, broader, then the rest), every string value double-quoted, one term a line (see
:mod:`toolkit.glossary.store` for the layout). Because the text is a pure function of the
glossary, ``fmt --check`` is a string comparison.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from toolkit.glossary.model import Concept, Derived, Glossary, Kind, Term
from toolkit.lang import LANGS

__all__ = ["FILES", "check_folder", "dump_kind", "quote", "render_folder"]

FILES: dict[Kind, str] = {
    Kind.TITLE: "titles.yaml",
    Kind.PERSON: "people.yaml",
    Kind.PLACE: "places.yaml",
    Kind.ORGANISATION: "organisations.yaml",
    Kind.EVENT: "events.yaml",
    Kind.OTHER: "other.yaml",
}

_HEADER = (
    "# tilmash glossary: {plural} (kind \"{kind}\").\n"
    "# Canonical form, written by `tilmash glossary fmt`: edit freely, then run it.\n"
)
_PLURALS = {
    Kind.TITLE: "titles", Kind.PERSON: "people", Kind.PLACE: "places",
    Kind.ORGANISATION: "organisations", Kind.EVENT: "events", Kind.OTHER: "other concepts",
}
# Characters PyYAML does not accept raw in a stream, or reads as line breaks (NEL, LS, PS).
_UNSAFE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\x85\u2028\u2029]"
)


def quote(value: str) -> str:
    r"""A YAML double-quoted scalar that reads back as exactly ``value``.

    JSON string syntax is valid YAML double-quoted syntax; on top of it, characters that YAML
    would refuse or fold are escaped.

    >>> quote('Сибирь. "Экономика будущего"')
    '"Сибирь. \\"Экономика будущего\\""'
    """
    body = json.dumps(value, ensure_ascii=False)
    return _UNSAFE.sub(lambda m: _escape(m.group()), body)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _term_line(term: Term | Derived, indent: str = "    ") -> str:
    if isinstance(term, Derived):
        parts = [f"term: {quote(term.text)}", f"form: {quote(term.form.value)}"]
    else:
        parts = [f"term: {quote(term.text)}", f"status: {quote(term.status.value)}",
                 f"type: {quote(term.type.value)}"]
    if term.note:
        parts.append(f"note: {quote(term.note)}")
    if term.latin:
        parts.append(f"latin: {quote(term.latin)}")
    if term.case_sensitive:
        parts.append("case_sensitive: true")
    if not term.inflects:
        parts.append("inflects: false")
    return indent + "- {" + ", ".join(parts) + "}\n"


def _concept_text(concept: Concept) -> str:
    out = [f"- id: {quote(concept.id)}\n", f"  kind: {quote(concept.kind.value)}\n"]
    for lang in LANGS:
        terms = concept.terms(lang)
        if terms:
            out.append(f"  {lang.value}:\n")
            out.extend(_term_line(term) for term in terms)
    if concept.derived:
        out.append("  derived:\n")
        for lang in LANGS:
            forms = concept.derived_in(lang)
            if forms:
                out.append(f"    {lang.value}:\n")
                out.extend(_term_line(form, "      ") for form in forms)
    if concept.broader:
        out.append("  broader: [" + ", ".join(quote(i) for i in concept.broader) + "]\n")
    for key in ("definition", "note", "source"):
        value = getattr(concept, key)
        if value:
            out.append(f"  {key}: {quote(value)}\n")
    for key in ("related", "homonyms"):
        ids = getattr(concept, key)
        if ids:
            out.append(f"  {key}: [" + ", ".join(quote(i) for i in ids) + "]\n")
    return "".join(out)


def dump_kind(glossary: Glossary, kind: Kind) -> str:
    """The canonical text of the file for ``kind``: the only way tilmash writes glossary YAML."""
    header = _HEADER.format(plural=_PLURALS[kind], kind=kind.value)
    concepts = sorted(glossary.of_kind(kind), key=lambda c: c.id)
    if not concepts:
        return header + "[]\n"
    return header + "".join(_concept_text(c) for c in concepts)


def render_folder(glossary: Glossary, path: Path) -> dict[Path, bytes]:
    """Every file of a glossary folder at ``path`` with its canonical content."""
    return {path / FILES[kind]: dump_kind(glossary, kind).encode("utf-8") for kind in Kind}


def check_folder(glossary: Glossary, path: Path) -> list[Path]:
    """Files of the folder whose bytes differ from the canonical ones (missing files included)."""
    stale = []
    for file, data in render_folder(glossary, path).items():
        if not file.is_file() or file.read_bytes() != data:
            stale.append(file)
    return stale
