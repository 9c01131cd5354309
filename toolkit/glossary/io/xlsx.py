"""The glossary as an Excel workbook that editors review and extend, and read back losslessly.

Sheets:

- ``Concepts``: one row per concept with the three languages side by side (preferred term,
  admitted terms, deprecated terms, forbidden terms; several terms in one cell, one a line),
  then kind, definition, note, source, related and homonyms, then each language's derived
  forms (adjectives, demonyms; one a line) and the broader concepts. This is the sheet to edit.
- ``Terms``: one row per term with every detail (type, note, Latin form, case sensitivity,
  inflection; the form of a derived form, whose status stays empty), keyed by concept,
  language and term, in glossary order. A term added on the
  Concepts sheet needs no row here (it gets the defaults); a row whose term is no longer on the
  Concepts sheet is ignored with a warning.
- ``Legend``: what the columns mean, in the UI language.

Headers are field names and are matched by name, so columns may be reordered; unknown columns
are ignored with a warning. Every text is written as a string, never a formula. The workbook is
written and read as a stream by :mod:`toolkit.spreadsheet`, so 100k concepts take seconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import IO

from toolkit.glossary.fields import FieldError, parse_bool, parse_enum
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
from toolkit.glossary.store import ReadResult
from toolkit.glossary.validate import Origin, Problem, Severity
from toolkit.i18n import gettext as _
from toolkit.lang import LANGS, Lang
from toolkit.spreadsheet import (
    WRAP,
    Cell,
    Sheet,
    SpreadsheetError,
    Styled,
    WorkbookReader,
    column_letter,
    write_workbook,
)

__all__ = ["CONCEPT_COLUMNS", "TERM_COLUMNS", "read_xlsx", "write_xlsx"]

_STATUSES = (Status.PREFERRED, Status.ADMITTED, Status.DEPRECATED, Status.FORBIDDEN)
CONCEPT_COLUMNS = ("id",
                   *(f"{lang.value} {status.value}" for lang in LANGS for status in _STATUSES),
                   "kind", "definition", "note", "source", "related", "homonyms",
                   *(f"{lang.value} {form.value}" for lang in LANGS for form in Form),
                   "broader")
# (language, its code, status, the Concepts column of its terms), in column order.
_TERM_CELLS = tuple((lang, lang.value, status, f"{lang.value} {status.value}")
                    for lang in LANGS for status in _STATUSES)
_DERIVED_CELLS = tuple((lang, form, f"{lang.value} {form.value}")
                      for lang in LANGS for form in Form)
TERM_COLUMNS = ("concept", "lang", "term", "status", "type", "note", "latin", "case_sensitive",
                "inflects", "form")


def _legend() -> list[tuple[str, str]]:
    return [
        ("id", _("Stable id of the concept: lower-case words joined by hyphens.")),
        ("kk/ru/en preferred", _("The one preferred term in the language.")),
        ("kk/ru/en admitted", _("Other approved terms, one a line.")),
        ("kk/ru/en deprecated", _("Terms to replace by the preferred one, one a line.")),
        ("kk/ru/en forbidden", _("Terms never to use, one a line.")),
        ("kind", _("title, person, place, organisation, event or other.")),
        ("definition, note, source",
         _("What the concept is, remarks, and where the renderings were verified.")),
        ("related, homonyms", _("Ids of other concepts, separated by spaces.")),
        ("kk/ru/en adjective, demonym",
         _("Words derived from the name (Russian, россиянин), one a line: they render the "
           "concept but are not approved terms.")),
        ("broader", _("Ids of broader concepts, separated by spaces: rendering this concept "
                      "renders them too.")),
        ("Terms sheet", _("Details of each term: type, note, Latin form, case sensitivity, "
                          "inflection. Rows are matched to the Concepts sheet by concept, "
                          "language and term.")),
    ]


def write_xlsx(glossary: Glossary, out: IO[bytes]) -> None:
    """Write ``glossary`` as a workbook, streamed: 100k concepts stay small in memory."""

    def concept_rows() -> Iterator[list[Cell]]:
        for concept in glossary:
            row = [concept.id]
            for lang in LANGS:
                for status in _STATUSES:
                    row.append("\n".join(t.text for t in concept.terms(lang)
                                         if t.status is status))
            row += [concept.kind.value, concept.definition, concept.note, concept.source,
                    " ".join(concept.related), " ".join(concept.homonyms)]
            for lang, form, _column in _DERIVED_CELLS:
                row.append("\n".join(d.text for d in concept.derived_in(lang)
                                     if d.form is form))
            row.append(" ".join(concept.broader))
            # Wrap only the cells with several lines, so that rows stay one line high.
            yield [Styled(value, WRAP) if "\n" in value else value for value in row]

    def term_rows() -> Iterator[list[Cell]]:
        for concept in glossary:
            for lang, term in concept.all_terms():
                yield [concept.id, lang.value, term.text, term.status.value, term.type.value,
                       term.note, term.latin, "true" if term.case_sensitive else "false",
                       "true" if term.inflects else "false", ""]
            for form in concept.derived:
                yield [concept.id, form.lang.value, form.text, "", "", form.note, form.latin,
                       "true" if form.case_sensitive else "false",
                       "true" if form.inflects else "false", form.form.value]

    write_workbook(out, [
        Sheet("Concepts", CONCEPT_COLUMNS, concept_rows(),
              widths=[34, *[24] * (len(CONCEPT_COLUMNS) - 1)], freeze="B2",
              lists={CONCEPT_COLUMNS.index("kind"): [k.value for k in Kind]}),
        Sheet("Terms", TERM_COLUMNS, term_rows(),
              widths=[34, 24, 40, 24, 24, 40, 24, 24, 24, 24], freeze="B2",
              lists={TERM_COLUMNS.index("status"): [s.value for s in Status],
                     TERM_COLUMNS.index("type"): [t.value for t in TermType],
                     TERM_COLUMNS.index("form"): [f.value for f in Form]}),
        Sheet("Legend", (_("Column"), _("Meaning")),
              ([column, Styled(meaning, WRAP)] for column, meaning in _legend()),
              widths=[24, 90], autofilter=False),
    ], title=_("tilmash glossary"))


def _rows(book: WorkbookReader, sheet_name: str, required: Iterable[str], name: str,
          problems: list[Problem]) -> Iterator[tuple[int, dict[str, str]]] | None:
    """The non-blank rows of a sheet as {column name: stripped text}, headers matched by name,
    as a stream; None (with the problem) when the header is unusable."""
    rows = book.rows(sheet_name)
    header = next(rows, None)
    if header is None:
        problems.append(Problem(Severity.ERROR, "xlsx", _(
            "the sheet {sheet} is empty").format(sheet=sheet_name), Origin(name)))
        return None
    names = [h.strip().lower() for h in header[1]]
    known = set(CONCEPT_COLUMNS) | set(TERM_COLUMNS)
    for column, header_name in enumerate(names):
        if header_name and header_name not in known:
            problems.append(Problem(Severity.WARNING, "unknown-column", _(
                "sheet {sheet}, column {column}: {header!r} is not a glossary column; ignored")
                .format(sheet=sheet_name, column=column_letter(column), header=header_name),
                Origin(name)))
    missing = [c for c in required if c not in names]
    if missing:
        problems.append(Problem(Severity.ERROR, "missing-column", _(
            "sheet {sheet} lacks the column(s) {missing}").format(
            sheet=sheet_name, missing=", ".join(missing)), Origin(name)))
        return None
    wanted = [(i, n) for i, n in enumerate(names) if n in known]

    def stream() -> Iterator[tuple[int, dict[str, str]]]:
        for number, values in rows:
            row = {n: values[i].strip() for i, n in wanted if i < len(values)}
            if any(row.values()):
                yield number, row

    return stream()


# What the Terms sheet says of one term: its row, its place in the sheet, then type, note,
# Latin form, case sensitivity and inflection as written.
_Detail = tuple[int, int, str, str, str, str, str]


def read_xlsx(data: bytes, name: str) -> ReadResult:
    """Read a workbook written by :func:`write_xlsx` (and edited by people); every problem
    names the sheet, row and column.

    Both sheets are streamed: the Terms sheet is kept as one small tuple a term, and each
    Concepts row becomes a concept as it is read.
    """
    result = ReadResult()
    details: dict[tuple[str, str, str], _Detail] = {}
    try:
        book = WorkbookReader(data, name)
        if "Concepts" not in book.sheetnames:
            result.problems.append(Problem(Severity.ERROR, "xlsx", _(
                "no sheet named Concepts: export the glossary with `tilmash glossary export "
                "--format xlsx` to get the layout"), Origin(name)))
            return result
        concept_rows = _rows(book, "Concepts", ("id", "kind"), name, result.problems)
        term_rows = (_rows(book, "Terms", TERM_COLUMNS[:3], name, result.problems)
                     if "Terms" in book.sheetnames else iter(()))
        if concept_rows is None or term_rows is None:
            return result
        for number, row in term_rows:
            key = (row.get("concept", ""), row.get("lang", ""), row.get("term", ""))
            details[key] = (number, len(details), row.get("type", ""), row.get("note", ""),
                            row.get("latin", ""), row.get("case_sensitive", ""),
                            row.get("inflects", ""))
        used: set[tuple[str, str, str]] = set()
        for number, row in concept_rows:
            origin = Origin(f"{name}:Concepts", number)
            concept = _concept(row, details, used, origin, result.problems, name)
            if concept is not None:
                result.where.concepts.append(origin)
                result.concepts.append(concept)
    except SpreadsheetError as exc:
        result.concepts.clear()
        result.where.concepts.clear()
        place, line = exc.where()
        result.problems.append(Problem(Severity.ERROR, "xlsx", exc.detail,
                                       Origin(f"{name}:{place}" if place else name, line)))
        return result
    for key, detail in details.items():
        if key not in used:
            result.problems.append(Problem(Severity.WARNING, "orphan-term", _(
                "sheet Terms, row {row}: {term!r} ({lang}) is not on the Concepts sheet of "
                "{id!r}; ignored").format(row=detail[0], term=key[2], lang=key[1], id=key[0]),
                Origin(f"{name}:Terms", detail[0])))
    return result


def _concept(row: dict[str, str], details: dict[tuple[str, str, str], _Detail],
             used: set[tuple[str, str, str]], origin: Origin, problems: list[Problem],
             name: str) -> Concept | None:
    def error(column: str, message: str) -> None:
        problems.append(Problem(Severity.ERROR, "bad-value", _(
            "column {column}: {message}").format(column=column, message=message), origin))

    concept_id = row.get("id", "")
    if not concept_id:
        error("id", _("concept without an id"))
        return None
    try:
        kind = parse_enum(Kind, row.get("kind", ""))
    except FieldError as exc:
        error("kind", str(exc))
        return None
    terms: dict[Lang, list[tuple[int, Term]]] = {lang: [] for lang in LANGS}
    for lang, code, status, column in _TERM_CELLS:
        cell = row.get(column)
        if not cell:
            continue
        for text in cell.split("\n"):
            text = text.strip()
            if text:
                key = (concept_id, code, text)
                used.add(key)
                number, place, type_, note, latin, case_sensitive, inflects = details.get(
                    key, (0, len(details), "", "", "", "", ""))
                try:
                    term = Term(
                        text, status,
                        parse_enum(TermType, type_) if type_ else TermType.FULL_FORM, note,
                        parse_bool("case_sensitive", case_sensitive, False),
                        parse_bool("inflects", inflects, True), latin)
                except FieldError as exc:
                    problems.append(Problem(Severity.ERROR, "bad-value", str(exc),
                                            Origin(f"{name}:Terms", number)))
                    continue
                terms[lang].append((place, term))
    derived: list[tuple[int, Derived]] = []
    for lang, form, column in _DERIVED_CELLS:
        for text in (row.get(column) or "").split("\n"):
            text = text.strip()
            if not text:
                continue
            key = (concept_id, lang.value, text)
            used.add(key)
            number, place, _type, note, latin, case_sensitive, inflects = details.get(
                key, (0, len(details), "", "", "", "", ""))
            try:
                derived.append((place, Derived(
                    lang, text, form, note, parse_bool("case_sensitive", case_sensitive, False),
                    parse_bool("inflects", inflects, True), latin)))
            except FieldError as exc:
                problems.append(Problem(Severity.ERROR, "bad-value", str(exc),
                                        Origin(f"{name}:Terms", number)))
    ordered = {lang: tuple(t for _, t in sorted(terms[lang], key=lambda x: x[0]))
               for lang in LANGS}
    return Concept(concept_id, kind, ordered[Lang.KK], ordered[Lang.RU], ordered[Lang.EN],
                   row.get("definition", ""), row.get("note", ""), row.get("source", ""),
                   tuple(row.get("related", "").split()), tuple(row.get("homonyms", "").split()),
                   tuple(d for _, d in sorted(derived, key=lambda x: x[0])),
                   tuple(row.get("broader", "").split()))
