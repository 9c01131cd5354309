"""Glossary to and from XLSX, TBX and CSV: lossless round trips, import with a diff, hostile
files."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from tests.conftest import REPO
from toolkit.glossary import load_glossary, read_interchange
from toolkit.glossary.io.csv import read_csv, write_csv
from toolkit.glossary.io.tbx import read_tbx, write_tbx
from toolkit.glossary.io.xlsx import read_xlsx, write_xlsx
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
from toolkit.lang import Lang

# Kazakh, Russian and English letters, quotes, formula starters, punctuation; no control
# characters (XML and XLSX cannot hold them) and no leading or trailing spaces (readers strip).
ALPHABET = ("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
            "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ"
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            "«»“”\"'=+-@., ()&<>;:!?—")
WORD = st.text(alphabet=ALPHABET, min_size=1, max_size=40).map(str.strip).filter(bool)
NOTE = st.one_of(st.just(""), st.text(alphabet=ALPHABET + "\n", min_size=1, max_size=300)
                 .map(str.strip))


@st.composite
def terms(draw):
    texts = draw(st.lists(WORD, min_size=0, max_size=4, unique_by=lambda t: t.casefold()
                          .replace("ё", "е")))
    out = []
    for i, text in enumerate(texts):
        out.append(Term(text, Status.PREFERRED if i == 0 else draw(st.sampled_from(
            [Status.ADMITTED, Status.DEPRECATED, Status.FORBIDDEN])),
            draw(st.sampled_from(list(TermType))), draw(NOTE), draw(st.booleans()),
            draw(st.booleans()), draw(st.one_of(st.just(""), WORD))))
    return tuple(out)


@st.composite
def glossaries(draw):
    count = draw(st.integers(1, 6))
    ids = [f"other-concept-{n}" for n in range(count)]
    concepts = []
    for concept_id in ids:
        kk, ru, en = draw(terms()), draw(terms()), draw(terms())
        if not (kk or ru or en):
            en = (Term("x"),)
        kk = tuple(Term(t.text, t.status, t.type, t.note, t.case_sensitive, t.inflects, t.latin)
                   for t in kk)
        ru = tuple(Term(t.text, t.status, t.type, t.note, t.case_sensitive, t.inflects, "")
                   for t in ru)
        en = tuple(Term(t.text, t.status, t.type, t.note, t.case_sensitive, t.inflects, "")
                   for t in en)
        others = [i for i in ids if i != concept_id]
        derived = []
        for lang, named in ((Lang.KK, kk), (Lang.RU, ru), (Lang.EN, en)):
            taken = {t.text.casefold().replace("ё", "е") for t in named}
            texts = draw(st.lists(WORD.filter(lambda w, taken=taken: w.casefold().replace(
                "ё", "е") not in taken), max_size=2,
                unique_by=lambda t: t.casefold().replace("ё", "е")))
            derived += [Derived(lang, text, draw(st.sampled_from(list(Form))), draw(NOTE),
                                draw(st.booleans()), draw(st.booleans()),
                                draw(st.one_of(st.just(""), WORD)) if lang is Lang.KK else "")
                        for text in texts]
        concepts.append(Concept(
            concept_id, draw(st.sampled_from(list(Kind))), kk, ru, en, draw(NOTE), draw(NOTE),
            draw(NOTE), tuple(draw(st.lists(st.sampled_from(others), unique=True, max_size=2)))
            if others else (), (), tuple(derived),
            tuple(draw(st.lists(st.sampled_from(others), unique=True, max_size=2)))
            if others else ()))
    return Glossary(tuple(concepts))


SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(glossaries())
def test_xlsx_round_trip(glossary):
    out = io.BytesIO()
    write_xlsx(glossary, out)
    result = read_xlsx(out.getvalue(), "g.xlsx")
    assert result.problems == []
    assert result.glossary == glossary


@SETTINGS
@given(glossaries())
def test_tbx_round_trip(glossary):
    result = read_tbx(write_tbx(glossary), "g.tbx")
    assert result.problems == []
    assert result.glossary == glossary


@SETTINGS
@given(glossaries())
def test_csv_round_trip(glossary):
    out = io.StringIO()
    write_csv(glossary, out)
    result = read_csv(out.getvalue().encode("utf-8"), "g.csv")
    assert result.glossary == glossary


def test_bundled_glossary_survives_every_format():
    glossary = load_glossary(REPO / "glossary")
    book = io.BytesIO()
    write_xlsx(glossary, book)
    assert read_xlsx(book.getvalue(), "g.xlsx").glossary == glossary
    assert read_tbx(write_tbx(glossary), "g.tbx").glossary == glossary


def test_no_cell_of_an_export_is_a_formula():
    hostile = Glossary((Concept("other-x", Kind.OTHER, en=(
        Term('=HYPERLINK("http://x","y")', note="+1+1"), Term("@SUM(A1)", Status.ADMITTED),
        Term("-2+3", Status.DEPRECATED)), note="=cmd|' /C calc'!A0"),))
    out = io.BytesIO()
    write_xlsx(hostile, out)
    book = load_workbook(io.BytesIO(out.getvalue()))
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if c.value]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    assert read_xlsx(out.getvalue(), "h.xlsx").glossary == hostile


def test_xlsx_has_the_editor_comforts():
    out = io.BytesIO()
    write_xlsx(load_glossary(REPO / "glossary"), out)
    book = load_workbook(io.BytesIO(out.getvalue()))
    assert book.sheetnames == ["Concepts", "Terms", "Legend"]
    concepts = book["Concepts"]
    assert concepts.freeze_panes == "B2" and concepts["A1"].font.bold
    assert concepts.auto_filter.ref
    lists = [dv.formula1 for dv in concepts.data_validations.dataValidation]
    assert any("person" in f and "place" in f for f in lists)


def test_edited_spreadsheet_is_tolerated():
    out = io.BytesIO()
    write_xlsx(Glossary((Concept("place-abakan", Kind.PLACE, ru=(Term("Абакан"),),
                                 en=(Term("Abakan"),)),)), out)
    book = load_workbook(io.BytesIO(out.getvalue()))
    sheet = book["Concepts"]
    sheet.move_range("A1:A2", cols=30)  # the id column moved to the far right
    sheet["B1"] = "reviewer"  # an extra column over what was kk preferred (empty here)
    sheet["B2"] = "Aigerim"
    for row in range(3, 8):
        sheet.cell(row=row, column=1, value=None)  # trailing blank rows
    note = next(c.column for c in sheet[1] if c.value == "note")
    sheet.cell(row=2, column=note, value="  City  ")  # stray spaces
    definition = next(c.column for c in sheet[1] if c.value == "definition")
    sheet.cell(row=2, column=definition, value=1931)  # a number typed into a text cell
    edited = io.BytesIO()
    book.save(edited)
    result = read_xlsx(edited.getvalue(), "e.xlsx")
    assert [p.code for p in result.problems] == ["unknown-column"]
    concept = result.glossary.get("place-abakan")
    assert concept.note == "City" and concept.en[0].text == "Abakan"
    assert concept.definition == "1931"


def test_tbx_v2_as_multiterm_writes_it():
    result = read_interchange((REPO / "tests/fixtures/tbx/multiterm-v2.tbx").read_bytes(),
                              "multiterm.tbx")
    assert [p.code for p in result.problems] == ["other-language"]  # de-DE is skipped
    abakan, krai = result.glossary.concepts
    assert abakan.definition == "Capital of the Republic of Khakassia"
    assert abakan.preferred(Lang.RU).text == "Абакан"
    assert [(t.text, t.status, t.note) for t in krai.en] == [
        ("Krasnoyarsk Krai", Status.PREFERRED, ""),
        ("Krasnoyarsk Territory", Status.ADMITTED, "Press usage")]
    assert (abakan.id, krai.id) == ("c17", "c18")  # the tool's own ids stay: re-imports match


def test_hostile_files_are_refused():
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * 50_000_000)
    result = read_xlsx(bomb.getvalue(), "bomb.xlsx")
    assert [p.code for p in result.problems] == ["xlsx"]
    assert "far more than it holds" in result.problems[0].message
    result = read_xlsx(b"this is not a zip", "fake.xlsx")
    assert "not an Excel workbook" in result.problems[0].message
    laughs = (b'<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]>'
              b"<tbx><text><body/></text></tbx>")
    result = read_tbx(laughs, "laughs.tbx")
    assert [p.code for p in result.problems] == ["xml"]


def test_tbx_that_is_not_tbx_or_breaks_midway_gives_one_error_and_no_concepts():
    result = read_tbx("<html><body><p>Посол РК в РФ</p></body></html>".encode(), "page.tbx")
    assert [(p.code, p.message, p.origin.line) for p in result.problems] == [
        ("xml", "not a TBX file: the root element is <html>", 1)]
    broken = ('<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>\n'
              '<conceptEntry id="place-astana"><langSec xml:lang="kk"><termSec><term>Астана'
              "</term></termSec></langSec></conceptEntry>\n<conceptEntry id=\"x\">\n"
              "<langSec></conceptEntry></body></text></tbx>")
    result = read_tbx(broken.encode(), "broken.tbx")
    assert [(p.code, p.origin.line) for p in result.problems] == [("xml", 4)]
    assert "not well-formed XML" in result.problems[0].message
    assert result.concepts == []  # a file that breaks is not half imported


def test_import_shows_the_diff_and_applies_it(tilmash, tmp_path):
    folder = tmp_path / "g"
    csv = tmp_path / "g.csv"
    csv.write_text("concept,kind,lang,term,status,type,note\n"
                   "place-abakan,place,ru,Абакан,preferred,fullForm,\n"
                   "place-abakan,place,en,Abakan,preferred,fullForm,\n"
                   "place-siberia,place,ru,Сибирь,preferred,fullForm,\n", encoding="utf-8")
    result = tilmash("glossary", "import", str(csv), "--into", str(folder))
    assert result.exit_code == 0, result.stderr
    assert "2 added, 0 changed, 0 removed" in result.stdout
    assert (folder / "places.yaml").is_file()

    out = tmp_path / "g.xlsx"
    assert tilmash("glossary", "export", "--glossary", str(folder), "--format", "xlsx", "-o",
                   str(out)).exit_code == 0
    book = load_workbook(out)
    sheet = book["Concepts"]
    headers = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=headers.index("en admitted") + 1, value="Abakan City")
    sheet.delete_rows(3)  # Siberia
    book.save(out)
    before = (folder / "places.yaml").read_bytes()
    result = tilmash("glossary", "import", str(out), "--into", str(folder))
    assert result.exit_code == 1
    assert "- place-siberia" in result.stdout and "use --allow-remove" in result.stderr
    assert (folder / "places.yaml").read_bytes() == before  # nothing written
    result = tilmash("glossary", "import", str(out), "--into", str(folder), "--dry-run",
                     "--allow-remove")
    assert (folder / "places.yaml").read_bytes() == before
    result = tilmash("glossary", "import", str(out), "--into", str(folder), "--allow-remove")
    assert result.exit_code == 0
    text = (folder / "places.yaml").read_text(encoding="utf-8")
    assert '"Abakan City", status: "admitted"' in text and "place-siberia" not in text


def test_invalid_import_writes_nothing(tilmash, tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text("concept,kind,lang,term,status,type,note\n"
                   "place-abakan,place,ru,Абакан,admitted,fullForm,\n", encoding="utf-8")
    result = tilmash("glossary", "import", str(csv), "--into", str(tmp_path / "new"))
    assert result.exit_code == 2
    assert f"{csv}:2: error" in result.stderr
    assert not (tmp_path / "new").exists()


def _soffice() -> str | None:
    import shutil

    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None, reason=(
    "LibreOffice is not installed here (apt-get install libreoffice-calc); this test opens the "
    "exported workbook in it as a real spreadsheet client"))
def test_libreoffice_opens_the_export_and_saves_it_back_readable(tmp_path):
    import subprocess

    glossary = load_glossary(REPO / "glossary")
    exported = tmp_path / "export.xlsx"
    with exported.open("wb") as out:
        write_xlsx(glossary, out)
    resaved = tmp_path / "resaved"
    resaved.mkdir()
    # LibreOffice loads the workbook and writes it again as .xlsx, as an editor's save would.
    subprocess.run([_soffice(), "--headless", "--norestore",
                    f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                    "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(resaved),
                    str(exported)], check=True, capture_output=True, timeout=300)
    result = read_xlsx((resaved / "export.xlsx").read_bytes(), "resaved.xlsx")
    assert [p for p in result.problems if p.severity.value == "error"] == []
    assert result.glossary == glossary


def test_tbx_basic_v3_sample_with_several_concepts(tilmash, tmp_path):
    sample = REPO / "tests/fixtures/tbx/tbx-basic-v3.tbx"
    result = read_interchange(sample.read_bytes(), "sample.tbx")
    assert result.problems == []
    ambassador, astana, rk = result.glossary.concepts
    assert (ambassador.id, ambassador.kind, ambassador.definition) == (
        "c-ambassador", Kind.TITLE, "Head of the diplomatic mission")
    assert ambassador.ru[0].note == "Lower case in running text"
    assert [(t.text, t.status) for t in astana.en] == [
        ("Astana", Status.PREFERRED), ("Nur-Sultan", Status.DEPRECATED)]
    assert astana.related == ("c-ambassador",)
    assert rk.ru[1].type is TermType.ACRONYM
    result = tilmash("glossary", "import", str(sample), "--into", str(tmp_path / "g"))
    assert result.exit_code == 0 and "3 added" in result.stdout
