"""The glossary as an Excel workbook that editors review and extend, and read back losslessly.

Sheets:

- ``Concepts``: one row per concept with the three languages side by side (preferred term,
  admitted terms, deprecated terms, forbidden terms; several terms in one cell, one a line),
  then kind, definition, note, source, related and homonyms. This is the sheet to edit.
- ``Terms``: one row per term with every detail (type, note, Latin form, case sensitivity,
  inflection), keyed by concept, language and term, in glossary order. A term added on the
  Concepts sheet needs no row here (it gets the defaults); a row whose term is no longer on the
  Concepts sheet is ignored with a warning.
- ``Legend``: what the columns mean, in the UI language.

Headers are field names and are matched by name, so columns may be reordered; unknown columns
are ignored with a warning. Every text is written as a string, never a formula.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from typing import IO

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from toolkit.glossary.fields import FieldError, parse_bool, parse_enum
from toolkit.glossary.model import Concept, Glossary, Kind, Status, Term, TermType
from toolkit.glossary.store import ReadResult
from toolkit.glossary.validate import Origin, Problem, Severity
from toolkit.i18n import gettext as _
from toolkit.lang import LANGS, Lang
from toolkit.report.xlsx import text_cell

__all__ = ["CONCEPT_COLUMNS", "TERM_COLUMNS", "read_xlsx", "write_xlsx"]

_STATUSES = (Status.PREFERRED, Status.ADMITTED, Status.DEPRECATED, Status.FORBIDDEN)
CONCEPT_COLUMNS = ("id",
                   *(f"{lang.value} {status.value}" for lang in LANGS for status in _STATUSES),
                   "kind", "definition", "note", "source", "related", "homonyms")
TERM_COLUMNS = ("concept", "lang", "term", "status", "type", "note", "latin", "case_sensitive",
                "inflects")
# A workbook that unpacks to more than this, or much more than it weighs, is refused unread.
MAX_UNPACKED = 512 * 1024 * 1024
MAX_RATIO = 200


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
        ("Terms sheet", _("Details of each term: type, note, Latin form, case sensitivity, "
                          "inflection. Rows are matched to the Concepts sheet by concept, "
                          "language and term.")),
    ]


def write_xlsx(glossary: Glossary, out: IO[bytes]) -> None:
    """Write ``glossary`` as a workbook (write-only mode: 100k concepts stay small in memory)."""
    book = Workbook(write_only=True)
    concepts = book.create_sheet("Concepts")
    terms = book.create_sheet("Terms")
    legend = book.create_sheet("Legend")
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet, columns, widths in (
            (concepts, CONCEPT_COLUMNS, {0: 34}),
            (terms, TERM_COLUMNS, {0: 34, 2: 40, 5: 40})):
        for index in range(len(columns)):
            sheet.column_dimensions[get_column_letter(index + 1)].width = widths.get(index, 24)
        sheet.freeze_panes = "B2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"
    kind_list = DataValidation(type="list", formula1='"' + ",".join(k.value for k in Kind) + '"',
                               allow_blank=False)
    status_list = DataValidation(type="list",
                                 formula1='"' + ",".join(s.value for s in Status) + '"')
    type_list = DataValidation(type="list", formula1='"' + ",".join(t.value for t in TermType)
                               + '"')
    concepts.data_validations.append(kind_list)
    terms.data_validations.append(status_list)
    terms.data_validations.append(type_list)
    kind_column = get_column_letter(CONCEPT_COLUMNS.index("kind") + 1)
    kind_list.add(f"{kind_column}2:{kind_column}1048576")
    status_list.add("D2:D1048576")
    type_list.add("E2:E1048576")
    concepts.append([text_cell(concepts, c, font=bold) for c in CONCEPT_COLUMNS])
    terms.append([text_cell(terms, c, font=bold) for c in TERM_COLUMNS])
    for concept in glossary:
        row = [concept.id]
        for lang in LANGS:
            for status in _STATUSES:
                row.append("\n".join(t.text for t in concept.terms(lang) if t.status is status))
        row += [concept.kind.value, concept.definition, concept.note, concept.source,
                " ".join(concept.related), " ".join(concept.homonyms)]
        # Wrap only the cells with several lines: a style per cell is what costs.
        concepts.append([text_cell(concepts, value, alignment=wrap) if "\n" in value
                         else text_cell(concepts, value) for value in row])
        for lang, term in concept.all_terms():
            terms.append([text_cell(terms, value) for value in (
                concept.id, lang.value, term.text, term.status.value, term.type.value,
                term.note, term.latin, "true" if term.case_sensitive else "false",
                "true" if term.inflects else "false")])
    legend.column_dimensions["A"].width = 24
    legend.column_dimensions["B"].width = 90
    legend.append([text_cell(legend, _("Column"), font=bold),
                   text_cell(legend, _("Meaning"), font=bold)])
    for column, meaning in _legend():
        legend.append([text_cell(legend, column), text_cell(legend, meaning, alignment=wrap)])
    book.save(out)


def _check_zip(data: bytes, name: str, problems: list[Problem]) -> bool:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        problems.append(Problem(Severity.ERROR, "xlsx", _(
            "not an Excel workbook (.xlsx is a zip archive; this file is not one)"), Origin(name)))
        return False
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * max(len(data), 1):
        problems.append(Problem(Severity.ERROR, "xlsx", _(
            "refused: the workbook would unpack to {size} bytes, far more than it holds")
            .format(size=unpacked), Origin(name)))
        return False
    return True


def _cell_text(value: object) -> str:
    """A cell as text: numbers typed into text cells are read as the text they show."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _rows(sheet: object, required: Iterable[str], name: str, sheet_name: str,
          problems: list[Problem]) -> list[tuple[int, dict[str, str]]] | None:
    rows = sheet.iter_rows(values_only=True)  # type: ignore[attr-defined]
    header = next(rows, None)
    if header is None:
        problems.append(Problem(Severity.ERROR, "xlsx", _(
            "the sheet {sheet} is empty").format(sheet=sheet_name), Origin(name)))
        return None
    names = [_cell_text(h).lower() for h in header]
    known = set(CONCEPT_COLUMNS) | set(TERM_COLUMNS)
    for column, header_name in enumerate(names, start=1):
        if header_name and header_name not in known:
            problems.append(Problem(Severity.WARNING, "unknown-column", _(
                "sheet {sheet}, column {column}: {header!r} is not a glossary column; ignored")
                .format(sheet=sheet_name, column=get_column_letter(column), header=header_name),
                Origin(name)))
    missing = [c for c in required if c not in names]
    if missing:
        problems.append(Problem(Severity.ERROR, "missing-column", _(
            "sheet {sheet} lacks the column(s) {missing}").format(
            sheet=sheet_name, missing=", ".join(missing)), Origin(name)))
        return None
    out = []
    for number, values in enumerate(rows, start=2):
        row = {names[i]: _cell_text(v) for i, v in enumerate(values) if i < len(names)
               and names[i]}
        if any(row.values()):
            out.append((number, row))
    return out


def read_xlsx(data: bytes, name: str) -> ReadResult:
    """Read a workbook written by :func:`write_xlsx` (and edited by people); every problem
    names the sheet, row and column."""
    result = ReadResult()
    if not _check_zip(data, name, result.problems):
        return result
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file
        result.problems.append(Problem(Severity.ERROR, "xlsx", _(
            "not a readable Excel workbook: {problem}").format(problem=str(exc)), Origin(name)))
        return result
    if "Concepts" not in book.sheetnames:
        result.problems.append(Problem(Severity.ERROR, "xlsx", _(
            "no sheet named Concepts: export the glossary with `tilmash glossary export "
            "--format xlsx` to get the layout"), Origin(name)))
        return result
    concept_rows = _rows(book["Concepts"], ("id", "kind"), name, "Concepts", result.problems)
    term_rows = (_rows(book["Terms"], TERM_COLUMNS[:3], name, "Terms", result.problems)
                 if "Terms" in book.sheetnames else [])
    if concept_rows is None or term_rows is None:
        return result
    details: dict[tuple[str, str, str], tuple[int, dict[str, str]]] = {}
    for number, row in term_rows:
        details[(row.get("concept", ""), row.get("lang", ""), row.get("term", ""))] = (number,
                                                                                       row)
    used: set[tuple[str, str, str]] = set()
    order = {key: i for i, key in enumerate(details)}
    for number, row in concept_rows:
        origin = Origin(f"{name}:Concepts", number)
        concept = _concept(row, details, order, used, origin, result.problems, name)
        if concept is not None:
            result.where.concepts.append(origin)
            result.concepts.append(concept)
    for key, (number, _row) in details.items():
        if key not in used:
            result.problems.append(Problem(Severity.WARNING, "orphan-term", _(
                "sheet Terms, row {row}: {term!r} ({lang}) is not on the Concepts sheet of "
                "{id!r}; ignored").format(row=number, term=key[2], lang=key[1], id=key[0]),
                Origin(f"{name}:Terms", number)))
    return result


def _concept(row: dict[str, str], details: dict[tuple[str, str, str], tuple[int, dict[str, str]]],
             order: dict[tuple[str, str, str], int], used: set[tuple[str, str, str]],
             origin: Origin, problems: list[Problem], name: str) -> Concept | None:
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
    for lang in LANGS:
        for status in _STATUSES:
            column = f"{lang.value} {status.value}"
            for text in (t.strip() for t in row.get(column, "").split("\n")):
                if not text:
                    continue
                key = (concept_id, lang.value, text)
                used.add(key)
                number, detail = details.get(key, (0, {}))
                try:
                    term = Term(
                        text, status,
                        parse_enum(TermType, detail["type"]) if detail.get("type")
                        else TermType.FULL_FORM,
                        detail.get("note", ""), parse_bool("case_sensitive",
                                                           detail.get("case_sensitive", ""),
                                                           False),
                        parse_bool("inflects", detail.get("inflects", ""), True),
                        detail.get("latin", ""))
                except FieldError as exc:
                    problems.append(Problem(Severity.ERROR, "bad-value", str(exc),
                                            Origin(f"{name}:Terms", number)))
                    continue
                terms[lang].append((order.get(key, len(order)), term))
    ordered = {lang: tuple(t for _, t in sorted(terms[lang], key=lambda x: x[0]))
               for lang in LANGS}
    return Concept(concept_id, kind, ordered[Lang.KK], ordered[Lang.RU], ordered[Lang.EN],
                   row.get("definition", ""), row.get("note", ""), row.get("source", ""),
                   tuple(row.get("related", "").split()), tuple(row.get("homonyms", "").split()))
