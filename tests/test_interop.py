"""Real files written by other tools (tests/fixtures/interop/SOURCES.md): tilmash reads every
one, and what it reads agrees with an independent reader: lxml for TMX, XLIFF and TBX, polib for
PO, openpyxl for workbooks."""

from __future__ import annotations

import copy
import datetime
import io
import re
import warnings
import zipfile
from collections.abc import Iterable
from pathlib import Path

import openpyxl
import polib
import pytest
from lxml import etree

from tests.conftest import REPO
from toolkit.formats.po import read_po
from toolkit.formats.tmx import read_tmx
from toolkit.formats.xliff import read_xliff
from toolkit.glossary import read_interchange
from toolkit.glossary.model import Status
from toolkit.glossary.validate import Severity
from toolkit.lang import LANGS, Lang, UnknownLanguage, parse_lang
from toolkit.spreadsheet import SpreadsheetError, WorkbookReader

CORPUS = REPO / "tests" / "fixtures" / "interop"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _files(family: str) -> list[Path]:
    return sorted((CORPUS / family).iterdir())


def _ids(paths: list[Path]) -> list[str]:
    return [path.name for path in paths]


def _tree(path: Path) -> etree._Element:
    """The document as lxml reads it on its own: no DTD loaded, nothing fetched."""
    parser = etree.XMLParser(load_dtd=False, no_network=True, resolve_entities=False)
    return etree.parse(str(path), parser).getroot()


def _lang(code: str | None) -> Lang | None:
    try:
        return parse_lang(code or "")
    except UnknownLanguage:
        return None


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


# --------------------------------------------------------------------------------------- TMX


@pytest.mark.parametrize("path", _files("tmx"), ids=_ids(_files("tmx")))
def test_tmx_units_and_texts_agree_with_lxml(path):
    memory = read_tmx(path.read_bytes(), path.name)
    root = _tree(path)
    units: list[dict[Lang, etree._Element]] = []
    others = set()
    for tu in root.iter("tu"):
        unit = {}
        for tuv in tu.iter("tuv"):
            code = tuv.get(XML_LANG) or tuv.get("lang") or ""
            lang = _lang(code)
            if lang is None:
                others.add(code.lower())
            elif tuv.find("seg") is not None:
                unit.setdefault(lang, tuv.find("seg"))
        if unit:
            units.append(unit)
    assert len(memory.units) == len(units) > 0
    assert set(memory.other_langs) == others  # the languages said once and left out
    for ours, theirs in zip(memory.units, units, strict=True):
        assert set(ours) == set(theirs)
        for lang, seg in theirs.items():
            if not len(seg):  # no inline code: the text is the same, character for character
                assert ours[lang][0] == (seg.text or "")
            assert ours[lang][1] == seg.sourceline


def test_a_tmx_without_kk_ru_en_pair_says_so_clearly():
    memory = read_tmx((CORPUS / "tmx" / "Paragraph_TM.tmx").read_bytes(), "Paragraph_TM.tmx")
    assert memory.langs == (Lang.EN,) and memory.other_langs == ("de-de",)


# ------------------------------------------------------------------------------------- XLIFF


def _translatable(unit: etree._Element) -> bool:
    return all(e.get("translate") != "no" for e in (unit, *unit.iterancestors()))


# The text of an element outside native code (what a translator reads), by XPath alone.
_OUTSIDE_CODES = etree.XPath(
    ".//text()[not(ancestor::*[local-name()='ph' or local-name()='bpt' or local-name()='ept' "
    "or local-name()='it'])]")


def _has_text(element: etree._Element | None) -> bool:
    return element is not None and bool("".join(_OUTSIDE_CODES(element)).strip())


@pytest.mark.parametrize("path", _files("xliff"), ids=_ids(_files("xliff")))
def test_xliff_units_and_texts_agree_with_lxml(path):
    bilingual = read_xliff(path.read_bytes(), path.name)
    root = _tree(path)
    files = list(root.iter("{*}file"))
    chosen = [f for f in files if (f.get("source-language"), f.get("target-language")) == (
        files[0].get("source-language"), files[0].get("target-language"))] if files else []
    units = [u for f in chosen for u in f.iter("{*}trans-unit") if _translatable(u)]
    with_source = [u for u in units if _has_text(u.find("{*}source"))]
    translated = [u for u in with_source if _has_text(u.find("{*}target"))]
    segments = bilingual.segments
    # Every unit with a source is either a pair or counted as untranslated.
    assert len(segments.sources) == len(translated)
    assert bilingual.untranslated == len(with_source) - len(translated)
    assert with_source
    plain = []
    for unit in with_source:
        source, target = unit.find("{*}source"), unit.find("{*}target")
        if len(source) or target is None or len(target) or not (target.text or "").strip():
            continue
        plain.append((source.text, target.text, target.sourceline))
    ours = set(zip(segments.sources, segments.targets, segments.target_lines, strict=True))
    assert [p for p in plain if p not in ours] == []  # texts without markup, unchanged
    assert bilingual.source_code == (files[0].get("source-language") if files else None)


def test_xliff_codes_for_line_breaks_do_not_glue_words():
    # Passolo's units here have no translation yet: give each one, as a translator would.
    data = (CORPUS / "xliff" / "PAS-10-Test01.xlf").read_bytes()
    root = _tree(CORPUS / "xliff" / "PAS-10-Test01.xlf")
    for unit in root.iter("{*}trans-unit"):
        source = unit.find("{*}source")
        if source is not None and unit.find("{*}target") is None:
            target = copy.deepcopy(source)
            target.tag = source.tag.replace("source", "target")
            source.addnext(target)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    sources = read_xliff(data, "PAS-10-Test01.xlf").segments.sources
    assert any("the Save As dialog box in Notepad is open.  Switch" in s for s in sources)
    assert not any("dialogbox" in s or "thisdialog" in s for s in sources)


def test_an_xliff_whose_doctype_is_inside_a_comment_is_read():
    bilingual = read_xliff((CORPUS / "xliff" / "Xslt-Test01.xlf").read_bytes(), "Xslt.xlf")
    assert bilingual.segments.sources or bilingual.untranslated


# ---------------------------------------------------------------------------------------- PO


def _polib(path: Path) -> polib.POFile:
    text = path.read_bytes()
    # polib refuses "#Comment" (no space), which msgfmt reads as a translator comment: the
    # independent reader is given the same catalog with the space that msgfmt assumes.
    fixed = re.sub(rb"(?m)^#(?=[^\s.:,|~])", b"# ", text)
    catalog = polib.pofile(fixed.decode(_charset(fixed)), wrapwidth=0)
    return catalog


def _charset(data: bytes) -> str:
    match = re.search(rb"charset=([\w.-]+)", data)
    return match.group(1).decode() if match else "utf-8"


@pytest.mark.parametrize("path", _files("po"), ids=_ids(_files("po")))
def test_po_entries_and_texts_agree_with_polib(path):
    bilingual = read_po(path.read_bytes(), path.name)
    catalog = _polib(path)
    entries = [e for e in catalog if not e.obsolete and e.msgid]
    translated = [e for e in entries
                  if e.msgstr or any(e.msgstr_plural.values())]
    assert bilingual.untranslated == len(entries) - len(translated)
    expected = []
    for entry in translated:
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
            pairs = [(entry.msgid, forms[0])] + [(entry.msgid_plural, f) for f in forms[1:]]
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        expected += [pair for pair in pairs if pair[1]]
    assert list(zip(bilingual.segments.sources, bilingual.segments.targets,
                    strict=True)) == expected
    assert bilingual.target_code == (catalog.metadata.get("Language") or None)


def test_a_cp1251_catalogue_is_read_in_its_charset():
    bilingual = read_po((CORPUS / "po" / "okapi-Test_DrupalRussianCP1251.po").read_bytes(),
                        "drupal.po")
    assert bilingual.segments.targets[0] == "Позволяет вводить различные контент-зависимые ссылки."
    assert bilingual.target_lang is None  # no Language header: the option will say


# --------------------------------------------------------------------------------------- TBX


@pytest.mark.parametrize("path", _files("tbx"), ids=_ids(_files("tbx")))
def test_tbx_imports_and_its_terms_agree_with_lxml(path):
    result = read_interchange(path.read_bytes(), path.name)
    assert [p for p in result.problems if p.severity is Severity.ERROR] == []
    root = _tree(path)
    expected = []
    for entry in root.iter("{*}termEntry", "{*}conceptEntry"):
        terms: dict[Lang, list[str]] = {}
        for section in entry.iter("{*}langSet", "{*}langSec"):
            lang = _lang(section.get(XML_LANG))
            if lang is not None:
                terms.setdefault(lang, []).extend(
                    "".join(t.itertext()).strip() for t in section.iter("{*}term"))
        if any(terms.values()):
            expected.append(terms)
    assert len(result.concepts) == len(expected) > 0
    for concept, terms in zip(result.concepts, expected, strict=True):
        for lang in LANGS:
            assert [t.text for t in concept.terms(lang)] == terms.get(lang, [])
            if concept.terms(lang):  # one preferred term per language, as the glossary needs
                assert sum(t.status is Status.PREFERRED for t in concept.terms(lang)) == 1
    # Other languages are said once, not once a section.
    assert sum(p.code == "other-language" for p in result.problems) <= 1


def test_tbx_details_of_real_exports():
    oracle = read_interchange((CORPUS / "tbx" / "oracle_TBX.tbx").read_bytes(), "oracle.tbx")
    # <xref type="corpusTrace" target="xx"> is a link outside the file, never a concept link.
    assert all(not concept.related for concept in oracle.concepts)
    sdl = read_interchange((CORPUS / "tbx" / "sdl_tbx.tbx").read_bytes(), "sdl.tbx")
    # Definitions inside a language section (MultiTerm's descripGrp) are kept.
    assert sum(bool(c.definition) for c in sdl.concepts) > 100
    notes = [p.message for p in sdl.problems if p.severity is Severity.WARNING]
    assert any("de (223)" in note for note in notes)
    assert any("223 language sections" in note for note in notes)


# -------------------------------------------------------------------------------------- XLSX


def _openpyxl_text(value: object) -> str:
    """A value as openpyxl gives it, as the text Excel shows (openpyxl leaves Excel's
    ``_x000D_`` escapes as written)."""
    if isinstance(value, str):
        return re.sub("_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m.group(1), 16)), value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(int(value)) if float(value).is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0):
        return value.date().isoformat()  # a date cell: openpyxl gives midnight of that day
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):  # a duration, as ISO 8601
        hours, rest = divmod(int(value.total_seconds()) - value.days * 86400, 3600)
        return f"P{value.days}DT{hours}H{rest // 60}M{rest % 60}S"
    return "" if value is None else str(value)


def _shown(rows: Iterable[tuple[int, list[str]]]) -> dict[int, list[str]]:
    out = {}
    for number, texts in rows:
        texts = [text.strip() for text in texts]
        while texts and not texts[-1]:
            texts.pop()
        if texts:
            out[number] = texts
    return out


def _canonical(data: bytes) -> bytes:
    """The same workbook with its part names as openpyxl expects them (forward slashes, the
    usual case): openpyxl cannot open the files that use other names."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as copy:
        for info in source.infolist():
            name = info.filename.replace("\\", "/").replace("SharedStrings", "sharedStrings")
            copy.writestr(name, source.read(info))
    return out.getvalue()


# What openpyxl cannot open at all (it fails inside), checked against what the files hold.
_BY_HAND = {
    "empty_s_attribute.xlsx": None,
    "minimal_package.xlsx": (1, ["ARREST BOOKINGS for 01/30/17"]),
}


@pytest.mark.parametrize("path", _files("xlsx"), ids=_ids(_files("xlsx")))
def test_workbook_cells_agree_with_openpyxl(path):
    data = path.read_bytes()
    if path.name == "issue252.xlsx":  # a member longer than it says: damaged, for everyone
        with pytest.raises(SpreadsheetError, match="damaged zip archive"):
            WorkbookReader(data, path.name)
        return
    reader = WorkbookReader(data, path.name)
    if path.name in _BY_HAND:
        rows = [row for sheet in reader.sheetnames for row in reader.rows(sheet)]
        assert rows, path.name
        if _BY_HAND[path.name]:
            assert rows[0] == _BY_HAND[path.name]
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(io.BytesIO(_canonical(data)))
    assert reader.sheetnames == [sheet.title for sheet in book.worksheets]
    for sheet in book.worksheets:
        formulas = [cell for row in sheet.iter_rows() for cell in row
                    if isinstance(cell.value, str) and cell.value.startswith("=")
                    and cell.data_type == "f"]
        if formulas:  # refused, naming the first formula cell in reading order
            with pytest.raises(SpreadsheetError) as caught:
                list(reader.rows(sheet.title))
            first = min(formulas, key=lambda c: (c.row, c.column))
            assert caught.value.where() == (sheet.title, first.row)
            assert f"cell {first.coordinate} holds a formula" in caught.value.detail
            continue
        # Compared as the glossary reads cells: stripped (calamine reads a cell holding only a
        # line break as empty, openpyxl as "\n").
        expected = _shown((row[0].row, [_openpyxl_text(cell.value) for cell in row])
                          for row in sheet.iter_rows())
        assert _shown(reader.rows(sheet.title)) == expected, (path.name, sheet.title)


def test_cells_without_references_land_where_excel_puts_them():
    # issue_261.xlsx has no "r" on its cells; Excel re-saved it with them.
    def cells(name: str) -> dict[int, list[str]]:
        reader = WorkbookReader((CORPUS / "xlsx" / name).read_bytes(), name)
        return dict(reader.rows(reader.sheetnames[0]))

    without, fixed = cells("issue_261.xlsx"), cells("issue_261_fixed_by_excel.xlsx")
    assert without == fixed
    assert sum(len([v for v in row if v]) for row in without.values()) == 250


def test_1904_workbooks_give_the_same_dates():
    def first_column(name: str) -> list[str]:
        reader = WorkbookReader((CORPUS / "xlsx" / name).read_bytes(), name)
        return [row[0] for _n, row in reader.rows("Sheet1")]

    assert first_column("date.xlsx") == first_column("date_1904.xlsx")
    assert first_column("date.xlsx")[:2] == ["2021-01-01", "2021-01-02"]
