"""Streaming .xlsx (SpreadsheetML): the one workbook writer of tilmash (the reader, which this
module re-exports, is :mod:`toolkit.workbook_reader`).

Why not openpyxl, which the project started with: measured on a glossary of 100k concepts (about
5 million cells), openpyxl's write-only mode took 39 s and its read-only mode 73 s (875 MB),
because it makes a Python object per cell, and when reading validates each through descriptors.
Editors' glossaries and long alignment reviews are exactly that size. Writing the XML as text and
reading it with lxml's ``iterparse`` does the same work in a fraction of the time and memory
(``benchmarks/interchange.py``). openpyxl stays in the tests as an independent client: it reads
what this module writes and writes the "edited by a person" workbooks this module reads, and a
test round-trips an export through headless LibreOffice.

What the writer guarantees, whatever the text:

- **No formulas.** Every text is a shared string (``t="s"``); a text that a spreadsheet would
  take for a formula when edited (=, +, -, @, a leading tab or CR) also gets the quote-prefix
  style, so Excel and LibreOffice show it, and keep it, as typed text.
- **Any character.** Characters XML cannot carry (control characters) are written as Excel's
  ``_xHHHH_`` escapes and a literal ``_xHHHH_`` as ``_x005F_xHHHH_``; the reader undoes both.
- **Deterministic bytes**: no timestamps, so the same input gives the same file.
- **Editor comforts**: bold frozen header, column widths, autofilter over the data, drop-down
  lists, wrapped multi-line cells, fills.

The reader (:mod:`toolkit.workbook_reader`, through python-calamine) reads what this writer,
Excel, LibreOffice, Google Sheets, Numbers and openpyxl save; it refuses zip bombs, unsafe XML
and formula cells, naming the cell.

>>> import io
>>> book = io.BytesIO()
>>> write_workbook(book, [Sheet("Terms", ["ru", "en"], [["Посол", "=Ambassador"]])])
>>> reader = WorkbookReader(book.getvalue(), "t.xlsx")
>>> reader.sheetnames, list(reader.rows("Terms"))
(['Terms'], [(1, ['ru', 'en']), (2, ['Посол', '=Ambassador'])])
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, NamedTuple
from xml.sax.saxutils import escape, quoteattr

from toolkit.cellguard import FORMULA_START
from toolkit.errors import TooManyRows
from toolkit.workbook_reader import MAX_RATIO, MAX_UNPACKED, SpreadsheetError, WorkbookReader

__all__ = ["BOLD", "MAX_RATIO", "MAX_UNPACKED", "PLAIN", "WRAP", "Cell", "Sheet",
           "SpreadsheetError", "Style", "Styled", "WorkbookReader", "column_letter",
           "write_workbook"]

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAX_ROWS = 1_048_576
# Characters XML 1.0 cannot carry, and a literal "_xHHHH_" that a reader would take for an escape.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_BAD_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")


def column_letter(index: int) -> str:
    """The letters of a 0-based column index: 0 → "A", 26 → "AA".

    >>> column_letter(0), column_letter(25), column_letter(26), column_letter(16383)
    ('A', 'Z', 'AA', 'XFD')
    """
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(letters: str) -> int:
    index = 0
    for char in letters.upper():
        index = index * 26 + ord(char) - 64
    return index - 1


# ----------------------------------------------------------------------------------------- writing


@dataclass(frozen=True)
class Style:
    """The look of a cell: bold, wrapped (top-aligned) text, a solid fill colour ("FFF1C2")."""

    bold: bool = False
    wrap: bool = False
    fill: str = ""


PLAIN = Style()
BOLD = Style(bold=True)
WRAP = Style(wrap=True)


class Styled(NamedTuple):
    """A cell value with a :class:`Style`; plain values in a row are unstyled."""

    value: str | int | float | None
    style: Style


Cell = str | int | float | bool | None | Styled


@dataclass
class Sheet:
    """One worksheet to write: a bold header row, then ``rows`` (any iterable: it is consumed
    once, as it is written, so a generator keeps memory flat).

    ``freeze`` is the first cell that scrolls ("B2" keeps the header row and the first column in
    view); ``lists`` maps a 0-based column to the values of its drop-down list.
    """

    name: str
    headers: Sequence[str]
    rows: Iterable[Sequence[Cell]]
    widths: Sequence[float] = ()
    freeze: str = "A2"
    autofilter: bool = True
    lists: Mapping[int, Sequence[str]] = field(default_factory=dict)


class _Styles:
    """The cellXfs of the workbook, made as cells ask for them; xf 0 is the default."""

    def __init__(self) -> None:
        self.xfs: dict[tuple[Style, bool], int] = {(PLAIN, False): 0}
        self.fills: list[str] = []

    def xf(self, style: Style, quote: bool) -> int:
        key = (style, quote)
        found = self.xfs.get(key)
        if found is None:
            found = self.xfs[key] = len(self.xfs)
            if style.fill and style.fill not in self.fills:
                self.fills.append(style.fill)
        return found

    def xml(self) -> str:
        fills = "".join(f'<fill><patternFill patternType="solid"><fgColor rgb="FF{rgb}"/>'
                        f'<bgColor indexed="64"/></patternFill></fill>' for rgb in self.fills)
        xfs = []
        for (style, quote), _index in sorted(self.xfs.items(), key=lambda item: item[1]):
            fill = self.fills.index(style.fill) + 2 if style.fill else 0
            attributes = (f'numFmtId="0" fontId="{int(style.bold)}" fillId="{fill}" borderId="0" '
                          'xfId="0"')
            attributes += ' applyFont="1"' if style.bold else ""
            attributes += ' applyFill="1"' if fill else ""
            attributes += ' quotePrefix="1"' if quote else ""
            if style.wrap:
                xfs.append(f'<xf {attributes} applyAlignment="1">'
                           '<alignment vertical="top" wrapText="1"/></xf>')
            else:
                xfs.append(f"<xf {attributes}/>")
        font = '<sz val="11"/><name val="Calibri"/><family val="2"/>'
        return (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{MAIN}">'
            f'<fonts count="2"><font>{font}</font><font><b/>{font}</font></fonts>'
            f'<fills count="{len(self.fills) + 2}"><fill><patternFill patternType="none"/></fill>'
            f'<fill><patternFill patternType="gray125"/></fill>{fills}</fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            '</borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" '
            f'borderId="0"/></cellStyleXfs><cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            '</styleSheet>')


class _Strings:
    """The shared-string table: each distinct text once, however many cells hold it."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def xml_chunks(self) -> Iterator[str]:
        yield (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
               f'count="{len(self.index)}" uniqueCount="{len(self.index)}">')
        for text in self.index:
            if _XML_UNSAFE.search(text):
                text = _XML_UNSAFE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
            body = escape(text, {"\r": "&#13;"})
            if text[:1].isspace() or text[-1:].isspace():
                yield f'<si><t xml:space="preserve">{body}</t></si>'
            else:
                yield f"<si><t>{body}</t></si>"
        yield "</sst>"


def _sheet_name(name: str, taken: set[str]) -> str:
    """A name Excel accepts: no []:*?/\\, at most 31 characters, unique in the workbook."""
    base = _BAD_SHEET_NAME.sub(" ", name).strip("' ")[:31] or "Sheet"
    candidate, n = base, 2
    while candidate.casefold() in taken:
        candidate, n = f"{base[:28]} {n}", n + 1
    taken.add(candidate.casefold())
    return candidate


def _pane(freeze: str) -> str:
    letters = freeze.rstrip("0123456789")
    columns, rows = _column_index(letters), int(freeze[len(letters):]) - 1
    if not columns and not rows:
        return ""
    pane = "bottomRight" if columns and rows else ("bottomLeft" if rows else "topRight")
    split = (f'xSplit="{columns}" ' if columns else "") + (f'ySplit="{rows}" ' if rows else "")
    return (f'<pane {split}topLeftCell="{freeze}" activePane="{pane}" state="frozen"/>'
            f'<selection pane="{pane}" activeCell="{freeze}" sqref="{freeze}"/>')


class _SheetWriter:
    """Writes one worksheet's XML into the archive as the rows come; returns its last row."""

    def __init__(self, stream: IO[bytes], strings: _Strings, styles: _Styles) -> None:
        self.stream = stream
        self.strings = strings
        self.styles = styles
        self.letters: list[str] = []

    def write(self, sheet: Sheet, selected: bool) -> int:
        out: list[str] = []
        cols = "".join(f'<col min="{i}" max="{i}" width="{w}" customWidth="1"/>'
                       for i, w in enumerate(sheet.widths, start=1))
        out.append(
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{MAIN}" '
            f'xmlns:r="{_REL}"><sheetViews><sheetView workbookViewId="0"'
            f'{" tabSelected=" + chr(34) + "1" + chr(34) if selected else ""}>'
            f'{_pane(sheet.freeze)}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
            f'{"<cols>" + cols + "</cols>" if cols else ""}<sheetData>')
        number = 1
        self._row(out, 1, [Styled(h, BOLD) for h in sheet.headers])
        for row in sheet.rows:
            number += 1
            if number > _MAX_ROWS:
                raise TooManyRows(sheet.name, _MAX_ROWS)
            self._row(out, number, row)
            if len(out) > 4096:
                self.stream.write("".join(out).encode("utf-8"))
                out.clear()
        out.append("</sheetData>")
        width = max(len(sheet.headers), 1)
        if sheet.autofilter:
            out.append(f'<autoFilter ref="A1:{column_letter(width - 1)}{number}"/>')
        if sheet.lists:
            out.append(f'<dataValidations count="{len(sheet.lists)}">')
            for column, values in sheet.lists.items():
                letter = column_letter(column)
                items = escape('"' + ",".join(values) + '"')
                out.append(f'<dataValidation type="list" allowBlank="1" showErrorMessage="1" '
                           f'sqref="{letter}2:{letter}{_MAX_ROWS}"><formula1>{items}</formula1>'
                           "</dataValidation>")
            out.append("</dataValidations>")
        out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
                   'footer="0.3"/></worksheet>')
        self.stream.write("".join(out).encode("utf-8"))
        return number

    def _row(self, out: list[str], number: int, row: Sequence[Cell]) -> None:
        letters = self.letters
        while len(letters) < len(row):
            letters.append(column_letter(len(letters)))
        strings = self.strings.index
        out.append(f'<row r="{number}">')
        for column, value in enumerate(row):
            style = PLAIN
            if isinstance(value, Styled):
                value, style = value
            if value is None or value == "":
                if style is PLAIN:
                    continue
                value = ""
            ref = f"{letters[column]}{number}"
            if isinstance(value, str):
                index = strings.get(value)
                if index is None:
                    index = strings[value] = len(strings)
                xf = self.styles.xf(style, value.startswith(FORMULA_START)) \
                    if style is not PLAIN or value.startswith(FORMULA_START) else 0
                if xf:
                    out.append(f'<c r="{ref}" s="{xf}" t="s"><v>{index}</v></c>')
                else:
                    out.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
                continue
            xf = self.styles.xf(style, False) if style is not PLAIN else 0
            styled = f' s="{xf}"' if xf else ""
            if isinstance(value, bool):
                out.append(f'<c r="{ref}"{styled} t="b"><v>{int(value)}</v></c>')
            else:
                out.append(f'<c r="{ref}"{styled}><v>{value!r}</v></c>')
        out.append("</row>")


def _entry(archive: zipfile.ZipFile, name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def write_workbook(out: IO[bytes], sheets: Sequence[Sheet], title: str = "") -> None:
    """Write ``sheets`` as an .xlsx workbook to the binary stream ``out``, streaming each sheet's
    rows as they come."""
    strings, styles = _Strings(), _Styles()
    names: list[str] = []
    taken: set[str] = set()
    defined = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for number, sheet in enumerate(sheets, start=1):
            name = _sheet_name(sheet.name, taken)
            names.append(name)
            writer = _SheetWriter(archive.open(_entry(archive, f"xl/worksheets/sheet{number}.xml"),
                                               "w", force_zip64=True), strings, styles)
            with writer.stream:
                last = writer.write(sheet, selected=number == 1)
            if sheet.autofilter:
                quoted = "'" + name.replace("'", "''") + "'"
                defined.append(
                    f'<definedName name="_xlnm._FilterDatabase" localSheetId="{number - 1}" '
                    f'hidden="1">{escape(quoted)}!$A$1:${column_letter(len(sheet.headers) - 1)}'
                    f"${last}</definedName>")
        with archive.open(_entry(archive, "xl/sharedStrings.xml"), "w",
                          force_zip64=True) as stream:
            chunk: list[str] = []
            for piece in strings.xml_chunks():
                chunk.append(piece)
                if len(chunk) > 4096:
                    stream.write("".join(chunk).encode("utf-8"))
                    chunk.clear()
            stream.write("".join(chunk).encode("utf-8"))
        count = len(sheets)
        parts = {
            "[Content_Types].xml": _content_types(count),
            "_rels/.rels": (
                f'<Relationships xmlns="{_PKG_REL}">'
                f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                f'<Relationship Id="rId3" Type="{_REL}/extended-properties" '
                'Target="docProps/app.xml"/></Relationships>'),
            "docProps/core.xml": (
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f"<dc:title>{escape(title)}</dc:title><dc:creator>tilmash</dc:creator>"
                "</cp:coreProperties>"),
            "docProps/app.xml": (
                '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
                'extended-properties"><Application>tilmash</Application></Properties>'),
            "xl/workbook.xml": (
                f'<workbook xmlns="{MAIN}" xmlns:r="{_REL}"><bookViews><workbookView '
                'activeTab="0"/></bookViews><sheets>' + "".join(
                    f'<sheet name={quoteattr(name)} sheetId="{n}" r:id="rId{n}"/>'
                    for n, name in enumerate(names, start=1)) + "</sheets>"
                + (f"<definedNames>{''.join(defined)}</definedNames>" if defined else "")
                + "</workbook>"),
            "xl/_rels/workbook.xml.rels": (
                f'<Relationships xmlns="{_PKG_REL}">' + "".join(
                    f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" '
                    f'Target="worksheets/sheet{n}.xml"/>' for n in range(1, count + 1))
                + f'<Relationship Id="rId{count + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
                f'<Relationship Id="rId{count + 2}" Type="{_REL}/sharedStrings" '
                'Target="sharedStrings.xml"/></Relationships>'),
            "xl/styles.xml": styles.xml(),
        }
        for part, text in parts.items():
            if not text.startswith("<?xml"):
                text = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + text
            archive.writestr(_entry(archive, part), text.encode("utf-8"))


def _content_types(count: int) -> str:
    sml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    return (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{sml}.sheet.main+xml"/>' + "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" '
            f'ContentType="{sml}.worksheet+xml"/>' for n in range(1, count + 1))
        + f'<Override PartName="/xl/styles.xml" ContentType="{sml}.styles+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{sml}.sharedStrings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
        'package.core-properties+xml"/><Override PartName="/docProps/app.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        "</Types>")
