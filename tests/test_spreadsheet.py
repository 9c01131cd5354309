"""The streaming workbook writer and reader, checked against openpyxl as an independent client
and against workbooks shaped as Excel and LibreOffice write them."""

from __future__ import annotations

import datetime
import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900

from toolkit.spreadsheet import (
    BOLD,
    WRAP,
    Sheet,
    SpreadsheetError,
    Style,
    Styled,
    WorkbookReader,
    column_letter,
    write_workbook,
)


def _write(*sheets: Sheet) -> bytes:
    out = io.BytesIO()
    write_workbook(out, list(sheets))
    return out.getvalue()


def _rows(data: bytes, sheet: str) -> list[tuple[int, list[str]]]:
    return list(WorkbookReader(data, "t.xlsx").rows(sheet))


# Any text a glossary can hold, control characters and lookalikes of Excel's escapes included;
# lone surrogates cannot be encoded in any file, so they are left out.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(TEXT, min_size=1, max_size=5), min_size=1, max_size=8))
def test_any_text_comes_back_as_written(rows):
    data = _write(Sheet("Терминдер", ["a", "b", "c", "d", "e"], rows))
    back = {number: values for number, values in _rows(data, "Терминдер")}
    for number, row in enumerate(rows, start=2):
        values = back.get(number, [])
        assert [values[i] if i < len(values) else "" for i in range(len(row))] == row


def test_openpyxl_reads_the_values_and_the_editor_comforts():
    data = _write(Sheet(
        "Concepts", ["id", "ru", "kind"],
        [["title-ambassador", Styled("Посол\nЧрезвычайный и Полномочный посол", WRAP), "title"],
         ["other-formula", "=HYPERLINK(\"http://x\",\"y\")", Styled("other", Style(fill="FFF1C2"))],
         ["other-number", 42, 0.25], ["other-bool", True, "  spaced  "]],
        widths=[34, 40, 12], freeze="B2", lists={2: ["title", "person", "other"]}))
    book = load_workbook(io.BytesIO(data))
    sheet = book["Concepts"]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["id", "ru", "kind"],
        ["title-ambassador", "Посол\nЧрезвычайный и Полномочный посол", "title"],
        ["other-formula", "=HYPERLINK(\"http://x\",\"y\")", "other"],
        ["other-number", 42, 0.25], ["other-bool", True, "  spaced  "]]
    assert sheet["A1"].font.bold and not sheet["A2"].font.bold
    assert sheet["B2"].alignment.wrap_text
    formula = sheet["B3"]
    assert formula.data_type == "s" and formula.quotePrefix
    assert sheet["C3"].fill.fgColor.rgb == "FFFFF1C2"
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == "A1:C5"
    assert sheet.column_dimensions["B"].width == 40
    (validation,) = sheet.data_validations.dataValidation
    assert validation.formula1 == '"title,person,other"' and str(validation.sqref).startswith("C2")


def test_the_same_input_gives_the_same_bytes():
    sheet = [["Астана", "Astana"], ["Алматы", "Almaty"]]
    assert _write(Sheet("S", ["kk", "en"], sheet)) == _write(Sheet("S", ["kk", "en"], sheet))


def test_sheet_names_are_made_acceptable_and_unique():
    data = _write(Sheet("Terms: kk/ru [draft]?", ["a"], [["x"]]),
                  Sheet("terms: kk/ru [draft]?", ["a"], [["y"]]),
                  Sheet("Өте ұзын парақ атауы, отыз бір таңбадан ұзын", ["a"], []))
    names = WorkbookReader(data, "t.xlsx").sheetnames
    assert names == ["Terms  kk ru  draft", "terms  kk ru  draft 2",
                     "Өте ұзын парақ атауы, отыз бір "]
    assert load_workbook(io.BytesIO(data)).sheetnames == names


def test_reads_what_openpyxl_writes_as_an_editor_would():
    book = Workbook()
    sheet = book.active
    sheet.title = "Concepts"
    sheet.append(["id", "note", "count", "flag"])
    sheet.append(["place-astana", "Столица", 1997, True])
    sheet.append(["place-almaty", CellRichText([TextBlock(InlineFont(b=True), "Алма"), "ты"]),
                  2.5, False])
    sheet["A6"] = "place-taraz"  # blank rows in between keep their numbers
    sheet["D6"] = "қала"  # a gap: B and C empty
    out = io.BytesIO()
    book.save(out)
    assert _rows(out.getvalue(), "Concepts") == [
        (1, ["id", "note", "count", "flag"]),
        (2, ["place-astana", "Столица", "1997", "true"]),
        (3, ["place-almaty", "Алматы", "2.5", "false"]),
        (6, ["place-taraz", "", "", "қала"])]


def test_a_sheet_whose_first_column_is_empty_keeps_its_columns():
    book = Workbook()
    sheet = book.active
    sheet["C5"] = "Елші"
    sheet["D6"] = 1997
    out = io.BytesIO()
    book.save(out)
    assert _rows(out.getvalue(), "Sheet") == [(5, ["", "", "Елші"]), (6, ["", "", "", "1997"])]


def _package(sheet_xml: str, shared_xml: str | None = None, namespace: str = (
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main")) -> bytes:
    """A minimal workbook as another program might write it, around one sheet's XML."""
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_rels/.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="r1" Type="{rel}/officeDocument" Target="/xl/workbook.xml"/>'
            "</Relationships>"))
        archive.writestr("xl/workbook.xml", (
            f'<x:workbook xmlns:x="{namespace}" xmlns:r="{rel}"><x:sheets>'
            '<x:sheet name="Лист1" sheetId="1" r:id="rIdA"/></x:sheets></x:workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels", (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdA" Type="{rel}/worksheet" Target="worksheets/a.xml"/>'
            f'<Relationship Id="rIdB" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"))
        archive.writestr("xl/worksheets/a.xml", sheet_xml)
        if shared_xml is not None:
            archive.writestr("xl/sharedStrings.xml", shared_xml)
    return out.getvalue()


def test_reads_strict_namespaces_prefixes_inline_and_rich_strings():
    strict = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    shared = (f'<sst xmlns="{strict}"><si><t>Ақорда</t></si>'
              "<si><r><t>Қазақ</t></r><r><rPr><b/></rPr><t>стан</t></r>"
              "<rPh><t>カザフ</t></rPh></si>"
              "<si><t>_x0001_ and _x005F_x0041_ and _xD800_</t></si></sst>")
    sheet = (f'<s:worksheet xmlns:s="{strict}"><s:sheetData>'
             '<s:row><s:c t="s"><s:v>0</s:v></s:c><s:c t="s"><s:v>1</s:v></s:c></s:row>'
             '<s:row><s:c r="B2" t="inlineStr"><s:is><s:t>Нұр-Сұлтан</s:t></s:is></s:c>'
             '<s:c r="E2"><s:v>1E+3</s:v></s:c>'
             '<s:c r="F2" t="s"><s:v>2</s:v></s:c></s:row>'
             "</s:sheetData></s:worksheet>")
    data = _package(sheet, shared, strict)
    assert WorkbookReader(data, "t.xlsx").sheetnames == ["Лист1"]
    assert _rows(data, "Лист1") == [
        (1, ["Ақорда", "Қазақстан"]),
        (2, ["", "Нұр-Сұлтан", "", "", "1000", "\x01 and _x0041_ and _xD800_"])]


def test_cells_without_references_keep_their_columns_and_rows():
    # Cells and rows without "r", as some writers save them: each takes the next place.
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             "<sheetData><row><c t=\"inlineStr\"><is><t>Астана</t></is></c>"
             "<c t=\"inlineStr\"><is><t>Алматы</t></is></c></row>"
             '<row r="4"><c t="inlineStr"><is><t>Тараз</t></is></c>'
             '<c r="D4" t="inlineStr"><is><t>Шымкент</t></is></c>'
             "<c t=\"inlineStr\"><is><t>Түркістан</t></is></c></row>"
             "</sheetData></worksheet>")
    assert _rows(_package(sheet), "Лист1") == [
        (1, ["Астана", "Алматы"]), (4, ["Тараз", "", "", "Шымкент", "Түркістан"])]


def test_dates_are_iso_text_in_1900_and_1904_workbooks():
    for epoch in (False, True):
        book = Workbook()
        book.epoch = CALENDAR_MAC_1904 if epoch else CALENDAR_WINDOWS_1900
        sheet = book.active
        sheet.append(["date", "when", "time"])
        sheet.append([datetime.date(1991, 12, 16), datetime.datetime(2024, 2, 29, 10, 30),
                      datetime.time(9, 5, 7)])
        out = io.BytesIO()
        book.save(out)
        assert _rows(out.getvalue(), "Sheet") == [
            (1, ["date", "when", "time"]), (2, ["1991-12-16", "2024-02-29T10:30:00", "09:05:07"])]


def test_formula_cells_are_refused_with_their_cell_whoever_saved_them():
    book = Workbook()
    sheet = book.active
    sheet.title = "Concepts"
    sheet.append(["id", "en preferred"])
    sheet.append(["place-astana", "Astana"])
    sheet["B3"] = "=UPPER(B2)"  # openpyxl saves a formula without a value
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(SpreadsheetError) as caught:
        _rows(out.getvalue(), "Concepts")
    assert caught.value.where() == ("Concepts", 3)
    assert "cell B3 holds a formula (=UPPER(B2))" in caught.value.detail
    # As LibreOffice and Excel save one: the last value computed beside it, no reference.
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData><row r="1"><c t="inlineStr"><is><t>Астана</t></is></c></row>'
             '<row r="2"><c t="inlineStr"><is><t>Алматы</t></is></c>'
             '<c t="str"><f>UPPER(A1)</f><v>АСТАНА</v></c></row></sheetData></worksheet>')
    with pytest.raises(SpreadsheetError) as caught:
        _rows(_package(sheet), "Лист1")
    assert caught.value.where() == ("Лист1", 2)
    assert str(caught.value) == ("Лист1:2: cell B2 holds a formula (=UPPER(A1)); tilmash "
                                 "reads typed values only: replace the formula by its value")


def test_part_names_in_another_case_and_backslashes_are_read():
    book = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(_write(Sheet("S", ["kk", "ru"], [["Елші", "Посол"]])))
                         ) as source, zipfile.ZipFile(book, "w") as copy:
        for info in source.infolist():
            name = info.filename.replace("sharedStrings", "SharedStrings")
            copy.writestr(name.replace("/", "\\") if name.startswith("xl/w") else name,
                          source.read(info))
    assert _rows(book.getvalue(), "S") == [(1, ["kk", "ru"]), (2, ["Елші", "Посол"])]


@pytest.mark.parametrize(("sheet", "shared", "message", "where"), [
    ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
     '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
     "<sheetData><row><c t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>",
     None, "entity declarations and DTDs are refused", ("xl/worksheets/a.xml", None)),
    ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\n'
     "<sheetData>\n<row><c><v>1</v></row></sheetData></worksheet>", None, "not well-formed XML",
     ("Лист1", 1)),
    ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
     '<row><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>',
     '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
     "shared strings", ("Лист1", None)),
])
def test_a_damaged_or_hostile_sheet_is_refused_with_its_place(sheet, shared, message, where):
    with pytest.raises(SpreadsheetError) as caught:
        _rows(_package(sheet, shared), "Лист1")
    error = caught.value
    assert message in error.detail
    assert error.part == "xl/worksheets/a.xml" and error.where() == where
    if "well-formed" in message:
        assert error.line == 3


def test_a_sheet_cut_short_names_the_row_where_it_breaks():
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Астана {n}</t></is></c></row>'
                   for n in range(1, 41))
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f"<sheetData>{rows}")[:-25]
    reader = WorkbookReader(_package(sheet), "cut.xlsx")
    with pytest.raises(SpreadsheetError) as caught:
        list(reader.rows("Лист1"))
    assert caught.value.where() == ("Лист1", 40)
    assert str(caught.value).startswith("Лист1:40: not well-formed XML")


def test_what_is_not_a_workbook_is_refused_before_reading():
    with pytest.raises(SpreadsheetError, match="not an Excel workbook"):
        WorkbookReader("Посол РК в РФ".encode(), "t.xlsx")
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b" " * 30_000_000)
    with pytest.raises(SpreadsheetError, match="far more than it holds"):
        WorkbookReader(bomb.getvalue(), "bomb.xlsx")
    truncated = _write(Sheet("S", ["kk"], [["Астана"]] * 1000))[:-200]
    with pytest.raises(SpreadsheetError):
        WorkbookReader(truncated, "cut.xlsx")


def test_column_letters_and_bold_headers():
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
    data = _write(Sheet("S", ["kk", "ru"], [[Styled("Елші", BOLD), Styled("", WRAP)]]))
    sheet = load_workbook(io.BytesIO(data))["S"]
    assert sheet["A2"].font.bold and sheet["A2"].value == "Елші"
    assert _rows(data, "S") == [(1, ["kk", "ru"]), (2, ["Елші"])]  # trailing blanks dropped


def test_more_rows_than_a_sheet_holds_is_a_clear_error_not_a_traceback(monkeypatch):
    import toolkit.spreadsheet as spreadsheet
    from toolkit.cli.wording import worded
    from toolkit.errors import TooManyRows

    monkeypatch.setattr(spreadsheet, "_MAX_ROWS", 3)
    with pytest.raises(TooManyRows) as raised:
        _write(Sheet("Terms", ["kk"], [["Астана"], ["Алматы"], ["Шымкент"]]))
    assert (raised.value.sheet, raised.value.limit) == ("Terms", 3)
    assert worded(raised.value).detail == (
        "the sheet Terms would have more rows than a spreadsheet holds (3); choose another "
        "format, or fewer rows")
