"""A formula typed into an edited glossary workbook is refused with its sheet and cell, however
the workbook was saved: its value would be missing (openpyxl saves none) or a stale copy
(LibreOffice and Excel save the last one computed)."""

from __future__ import annotations

import io
import shutil
import zipfile

from openpyxl import load_workbook

from tests.conftest import REPO


def _export(tilmash, tmp_path):
    folder = tmp_path / "glossary"
    shutil.copytree(REPO / "glossary", folder)
    out = tmp_path / "g.xlsx"
    assert tilmash("glossary", "export", "--format", "xlsx", "-o", str(out), "--glossary",
                   str(folder)).exit_code == 0
    return folder, out


def test_an_openpyxl_formula_is_refused_with_its_cell_and_nothing_is_written(tilmash, tmp_path):
    folder, out = _export(tilmash, tmp_path)
    book = load_workbook(out)
    book["Concepts"]["N5"] = '=UPPER("Астана")'
    book.save(out)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = tilmash("glossary", "import", str(out), "--into", str(folder))
    assert result.exit_code == 2
    assert 'g.xlsx:Concepts:5: error: cell N5 holds a formula (=UPPER("Астана"))' in result.stderr
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_a_formula_saved_with_its_value_is_refused_too(tilmash, tmp_path):
    # As LibreOffice saves a typed formula: <f> with the value it computed in <v>.
    folder, out = _export(tilmash, tmp_path)
    rebuilt = io.BytesIO()
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(rebuilt, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<row r="3">', b'<row r="3"><c r="A3" t="str">'
                                    b"<f>LOWER(A2)</f><v>value</v></c>", 1)
                data = data.replace(b'<c r="A3" t="s">', b'<c r="Z3" t="s">', 1)
            copy.writestr(info, data)
    out.write_bytes(rebuilt.getvalue())
    result = tilmash("glossary", "import", str(out), "--into", str(folder), "--dry-run")
    assert result.exit_code == 2
    assert "g.xlsx:Concepts:3: error: cell A3 holds a formula (=LOWER(A2))" in result.stderr
