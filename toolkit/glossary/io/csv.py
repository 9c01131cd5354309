"""The long CSV/TSV format: one row per term.

Required columns (any order, matched by name)::

    concept,kind,lang,term,status,type,note

Optional columns that make the round trip lossless, written by :func:`write_csv`::

    latin,case_sensitive,inflects,definition,concept_note,source,related,homonyms,form,broader

A row whose ``form`` is filled (``adjective`` or ``demonym``) is a *derived form* of the
concept, not a term: its ``status`` and ``type`` stay empty. ``note`` is the term's note;
``concept_note``, ``definition``, ``source``, ``related``, ``homonyms`` and ``broader`` belong
to the concept and are repeated on each of its rows (a reader takes the first non-empty value
and reports rows that contradict it). ``related``, ``homonyms`` and ``broader`` hold ids
separated by spaces. Rows of one concept need not be adjacent. UTF-8, with or without BOM.

A spreadsheet would evaluate a cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or CR:
:func:`write_csv` writes such a cell (and one beginning with a quote) with a single quote in
front, as OWASP advises, and :func:`read_csv` removes that quote again, so the round trip is
lossless (:mod:`toolkit.cellguard` explains the escaping).

>>> import io
>>> data = ("concept,kind,lang,term,status,type,note\\n"
...         "place-abakan,place,ru,Абакан,preferred,fullForm,\\n").encode()
>>> read_csv(data, "abakan.csv").concepts[0].ru[0].text
'Абакан'
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import TextIO

from toolkit.cellguard import guard, unguard
from toolkit.glossary.fields import FieldError, parse_bool, parse_enum, suggest
from toolkit.glossary.model import (
    Concept,
    Derived,
    Form,
    Glossary,
    Kind,
    Status,
    Term,
    TermType,
)
from toolkit.glossary.store import ReadResult, decode_utf8
from toolkit.glossary.validate import Origin, Problem, Severity
from toolkit.i18n import gettext as _
from toolkit.lang import LANGS, Lang, UnknownLanguage, parse_lang

__all__ = ["COLUMNS", "OPTIONAL_COLUMNS", "read_csv", "write_csv"]

COLUMNS = ("concept", "kind", "lang", "term", "status", "type", "note")
OPTIONAL_COLUMNS = ("latin", "case_sensitive", "inflects", "definition", "concept_note",
                    "source", "related", "homonyms", "form", "broader")
_CONCEPT_FIELDS = ("definition", "concept_note", "source", "related", "homonyms", "broader")


@dataclass
class _Draft:
    """A concept being assembled from its rows."""

    kind: Kind
    origin: Origin
    terms: dict[Lang, list[Term]] = field(default_factory=lambda: {lang: [] for lang in LANGS})
    lines: dict[Lang, list[int]] = field(default_factory=lambda: {lang: [] for lang in LANGS})
    values: dict[str, str] = field(default_factory=dict)
    derived: list[Derived] = field(default_factory=list)
    derived_lines: list[int] = field(default_factory=list)


def read_csv(data: bytes, name: str, delimiter: str = ",") -> ReadResult:
    """Read a long-format glossary from bytes; problems name ``name`` and the row's line."""
    result = ReadResult()
    text, problem = decode_utf8(data, name)
    if text is None:
        assert problem is not None
        result.problems.append(problem)
        return result
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        result.problems.append(_error(name, 1, "csv", _("not valid CSV: {problem}").format(
            problem=str(exc))))
        return result
    if header is None or not any(cell.strip() for cell in header):
        result.problems.append(_error(name, 1, "no-header", _(
            "empty file; a glossary CSV starts with the header {header}").format(
            header=",".join(COLUMNS))))
        return result
    columns = _columns(header, name, result.problems)
    if columns is None:
        return result
    drafts: dict[str, _Draft] = {}
    try:
        for row in reader:
            _read_row(row, columns, reader.line_num, name, drafts, result.problems)
    except csv.Error as exc:
        result.problems.append(_error(name, reader.line_num, "csv", _(
            "not valid CSV: {problem}").format(problem=str(exc))))
        return result
    for concept_id, draft in drafts.items():
        index = len(result.concepts)
        result.where.concepts.append(draft.origin)
        for lang in LANGS:
            for j, line in enumerate(draft.lines[lang]):
                result.where.terms[(index, lang, j)] = Origin(name, line)
        for j, line in enumerate(draft.derived_lines):
            result.where.derived[(index, j)] = Origin(name, line)
        v = draft.values
        result.concepts.append(Concept(
            id=concept_id, kind=draft.kind,
            kk=tuple(draft.terms[Lang.KK]), ru=tuple(draft.terms[Lang.RU]),
            en=tuple(draft.terms[Lang.EN]),
            definition=v.get("definition", ""), note=v.get("concept_note", ""),
            source=v.get("source", ""),
            related=tuple(v.get("related", "").split()),
            homonyms=tuple(v.get("homonyms", "").split()),
            derived=tuple(draft.derived),
            broader=tuple(v.get("broader", "").split()),
        ))
    return result


def _error(name: str, line: int, code: str, message: str) -> Problem:
    return Problem(Severity.ERROR, code, message, Origin(name, line))


def _columns(header: list[str], name: str, problems: list[Problem]) -> dict[str, int] | None:
    columns: dict[str, int] = {}
    known = COLUMNS + OPTIONAL_COLUMNS
    for position, raw in enumerate(header):
        cell = raw.strip().lower()
        if cell in known and cell not in columns:
            columns[cell] = position
        elif cell:
            problems.append(Problem(Severity.WARNING, "unknown-column", _(
                "column {column!r} is not part of the glossary format; ignored{hint}").format(
                column=raw, hint=suggest(cell, known)), Origin(name, 1)))
    missing = [c for c in COLUMNS if c not in columns]
    if missing:
        problems.append(_error(name, 1, "missing-column", _(
            "the header lacks the column(s) {missing}; it needs {header}").format(
            missing=", ".join(missing), header=",".join(COLUMNS))))
        return None
    return columns


def _read_row(row: list[str], columns: dict[str, int], line: int, name: str,
              drafts: dict[str, _Draft], problems: list[Problem]) -> None:
    def cell(column: str) -> str:
        position = columns.get(column)
        if position is None or position >= len(row):
            return ""
        return unguard(row[position].strip())

    if not any(c.strip() for c in row):
        return  # blank rows (spreadsheets leave them at the end) carry nothing
    concept_id = cell("concept")
    if not concept_id:
        problems.append(_error(name, line, "no-id", _("row without a concept id")))
        return
    try:
        kind = parse_enum(Kind, cell("kind"))
        lang = parse_lang(cell("lang"))
        form = parse_enum(Form, cell("form")) if cell("form") else None
        status = parse_enum(Status, cell("status")) if cell("status") else Status.PREFERRED
        term_type = parse_enum(TermType, cell("type")) if cell("type") else TermType.FULL_FORM
        term = Term(
            text=cell("term"), status=status, type=term_type, note=cell("note"),
            latin=cell("latin"),
            case_sensitive=parse_bool("case_sensitive", cell("case_sensitive"), False),
            inflects=parse_bool("inflects", cell("inflects"), True),
        )
    except UnknownLanguage as exc:
        problems.append(_error(name, line, "bad-value", _(
            "unknown language {code!r}; expected kk, ru or en").format(code=exc.code)))
        return
    except FieldError as exc:
        problems.append(_error(name, line, "bad-value", str(exc)))
        return
    draft = drafts.setdefault(concept_id, _Draft(kind, Origin(name, line)))
    if kind is not draft.kind:
        problems.append(_error(name, line, "conflict", _(
            "concept {id!r} is of kind {first!r} at {place}, not {kind!r}").format(
            id=concept_id, first=draft.kind.value, place=draft.origin, kind=kind.value)))
    for column in _CONCEPT_FIELDS:
        value = cell(column)
        if not value:
            continue
        if draft.values.setdefault(column, value) != value:
            problems.append(_error(name, line, "conflict", _(
                "{column} of {id!r} differs from the one given earlier for this concept").format(
                column=column, id=concept_id)))
    if form is not None:
        draft.derived.append(Derived(lang, term.text, form, term.note, term.case_sensitive,
                                     term.inflects, term.latin))
        draft.derived_lines.append(line)
        return
    draft.terms[lang].append(term)
    draft.lines[lang].append(line)


def write_csv(glossary: Glossary, out: TextIO, delimiter: str = ",") -> None:
    """Write ``glossary`` in the long format with every column, concepts in glossary order;
    a cell that a spreadsheet would take for a formula gets a quote in front
    (:func:`toolkit.cellguard.guard`)."""
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(COLUMNS + OPTIONAL_COLUMNS)
    for concept in glossary:
        for lang, term in concept.all_terms():
            writer.writerow(map(guard, [
                concept.id, concept.kind.value, lang.value, term.text, term.status.value,
                term.type.value, term.note, term.latin,
                "true" if term.case_sensitive else "false",
                "true" if term.inflects else "false",
                concept.definition, concept.note, concept.source,
                " ".join(concept.related), " ".join(concept.homonyms), "",
                " ".join(concept.broader),
            ]))
        for form in concept.derived:
            writer.writerow(map(guard, [
                concept.id, concept.kind.value, form.lang.value, form.text, "", "",
                form.note, form.latin, "true" if form.case_sensitive else "false",
                "true" if form.inflects else "false",
                concept.definition, concept.note, concept.source,
                " ".join(concept.related), " ".join(concept.homonyms), form.form.value,
                " ".join(concept.broader),
            ]))
