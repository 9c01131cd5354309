"""Importing an edited workbook never loses what the workbook does not speak about."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import REPO
from toolkit.glossary import load_glossary
from toolkit.lang import Lang


@pytest.fixture
def project(tmp_path, tilmash) -> Path:
    """A copy of the bundled glossary to import into, and its export as terms.xlsx."""
    shutil.copytree(REPO / "glossary", tmp_path / "g")
    assert tilmash("glossary", "export", "--glossary", str(tmp_path / "g"), "--format", "xlsx",
                   "-o", str(tmp_path / "terms.xlsx")).exit_code == 0
    return tmp_path


def edit(path: Path, change) -> None:
    book = load_workbook(path)
    change(book)
    book.save(path)


def column(sheet, name: str) -> int:
    return next(c.column for c in sheet[1] if c.value == name)


def row_of(sheet, concept_id: str) -> int:
    return next(c.row for c in sheet["A"] if c.value == concept_id)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


def test_a_deleted_terms_sheet_keeps_every_term_detail(project, tilmash):
    before = files(project / "g")
    edit(project / "terms.xlsx", lambda book: book.remove(book["Terms"]))
    result = tilmash("glossary", "import", str(project / "terms.xlsx"), "--into",
                     str(project / "g"))
    assert result.exit_code == 0, result.stderr
    assert "no sheet Terms: the glossary keeps the type, note, Latin form and options" \
        in result.stderr
    assert "0 added, 0 changed, 0 removed" in result.stdout
    assert files(project / "g") == before  # not one of the YAML lines lost


def test_an_edit_without_the_terms_sheet_keeps_the_details_of_the_other_terms(project, tilmash):
    def change(book):
        book.remove(book["Terms"])
        sheet = book["Concepts"]
        cell = sheet.cell(row_of(sheet, "place-almaty"), column(sheet, "note"))
        cell.value = "Largest city of Kazakhstan; capital until 1997."

    edit(project / "terms.xlsx", change)
    result = tilmash("glossary", "import", str(project / "terms.xlsx"), "--into",
                     str(project / "g"))
    assert result.exit_code == 0, result.stderr
    assert "0 added, 1 changed, 0 removed" in result.stdout
    almaty = load_glossary(project / "g").get("place-almaty")
    assert almaty.note == "Largest city of Kazakhstan; capital until 1997."
    old = next(t for t in almaty.ru if t.text == "Алма-Ата")
    assert (old.type.value, old.note) == ("variant", "Soviet-era name; use Алматы.")


def test_a_term_renamed_on_the_concepts_sheet_keeps_its_note_and_type(project, tilmash):
    def change(book):
        sheet = book["Concepts"]
        cell = sheet.cell(row_of(sheet, "person-kosherbayev-yermek"),
                          column(sheet, "en deprecated"))
        assert cell.value == "Yermek Kosherbaev"
        cell.value = "Yermek Kosherbaiev"

    edit(project / "terms.xlsx", change)
    result = tilmash("glossary", "import", str(project / "terms.xlsx"), "--into",
                     str(project / "g"))
    assert result.exit_code == 0, result.stderr
    assert ("person-kosherbayev-yermek: the en term 'Yermek Kosherbaev' is now "
            "'Yermek Kosherbaiev'; it keeps its type, note and options") in result.stderr
    person = load_glossary(project / "g").get("person-kosherbayev-yermek")
    renamed = next(t for t in person.en if t.text == "Yermek Kosherbaiev")
    assert renamed.status.value == "deprecated" and renamed.type.value == "variant"
    assert renamed.note.startswith("Transliteration without -y-;")
    assert "Yermek Kosherbaev" not in [t.text for t in person.en]


def test_a_new_term_beside_the_old_ones_is_no_rename(project, tilmash):
    def change(book):
        sheet = book["Concepts"]
        cell = sheet.cell(row_of(sheet, "person-kosherbayev-yermek"),
                          column(sheet, "en deprecated"))
        cell.value = "Yermek Kosherbaev\nErmek Kosherbaev"

    edit(project / "terms.xlsx", change)
    result = tilmash("glossary", "import", str(project / "terms.xlsx"), "--into",
                     str(project / "g"))
    assert result.exit_code == 0 and "is now" not in result.stderr
    person = load_glossary(project / "g").get("person-kosherbayev-yermek")
    added = next(t for t in person.en if t.text == "Ermek Kosherbaev")
    assert (added.type.value, added.note) == ("fullForm", "")  # the defaults: nothing said


@pytest.mark.parametrize(("sheet_name", "header"), [
    ("Concepts", "note"), ("Concepts", "en deprecated"), ("Concepts", "related"),
    ("Terms", "note"), ("Terms", "inflects")])
def test_a_deleted_column_keeps_its_values(project, tilmash, sheet_name, header):
    before = files(project / "g")
    edit(project / "terms.xlsx",
         lambda book: book[sheet_name].delete_cols(column(book[sheet_name], header)))
    result = tilmash("glossary", "import", str(project / "terms.xlsx"), "--into",
                     str(project / "g"))
    assert result.exit_code == 0, result.stderr
    assert f"sheet {sheet_name} has no column(s) {header}: the glossary keeps its own " \
        "values there" in result.stderr
    assert "0 added, 0 changed, 0 removed" in result.stdout
    assert files(project / "g") == before


def test_a_deleted_column_into_a_new_folder_has_nothing_to_keep(project, tilmash):
    edit(project / "terms.xlsx", lambda book: book.remove(book["Terms"]))
    result = tilmash("glossary", "import", str(project / "terms.xlsx"), "--into",
                     str(project / "new"))
    assert result.exit_code == 0, result.stderr
    kz = load_glossary(project / "new").get("place-kazakhstan")
    assert kz is not None and kz.preferred(Lang.EN).type.value == "fullForm"
