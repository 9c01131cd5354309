"""Streaming .xlsx (SpreadsheetML): the one workbook writer and the one workbook reader of tilmash.

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

What the reader accepts: workbooks from this writer, Excel, LibreOffice, Google Sheets and
openpyxl (transitional or strict namespaces, shared or inline strings, rich text, rows and cells
with or without references). Every cell is read as the text it shows: numbers typed into text
cells come back as "42", booleans as "true"/"false", formulas as their cached value. It refuses
archives that are not zips, that unpack to far more than they weigh, and XML parts with entity
declarations or a DTD; nothing is resolved, loaded or fetched.

>>> import io
>>> book = io.BytesIO()
>>> write_workbook(book, [Sheet("Terms", ["ru", "en"], [["Посол", "=Ambassador"]])])
>>> reader = WorkbookReader(book.getvalue(), "t.xlsx")
>>> reader.sheetnames, list(reader.rows("Terms"))
(['Terms'], [(1, ['ru', 'en']), (2, ['Посол', '=Ambassador'])])
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, NamedTuple
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from toolkit.errors import UsageError
from toolkit.i18n import gettext as _

__all__ = ["BOLD", "MAX_RATIO", "MAX_UNPACKED", "PLAIN", "WRAP", "Cell", "Sheet",
           "SpreadsheetError", "Style", "Styled", "WorkbookReader", "column_letter",
           "write_workbook"]

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAX_ROWS = 1_048_576
# A workbook that unpacks to more than this, or much more than it weighs, is refused unread.
MAX_UNPACKED = 1024 * 1024 * 1024
MAX_RATIO = 200
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 cannot carry, and a literal "_xHHHH_" that a reader would take for an escape.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")
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
                raise UsageError(_(
                    "the sheet {sheet} would have more rows than a spreadsheet holds ({limit}); "
                    "choose another format, or fewer rows").format(
                    sheet=sheet.name, limit=f"{_MAX_ROWS:,}"))
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
                xf = self.styles.xf(style, value.startswith(_FORMULA_START)) \
                    if style is not PLAIN or value.startswith(_FORMULA_START) else 0
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


# ----------------------------------------------------------------------------------------- reading


class SpreadsheetError(Exception):
    """A workbook that cannot be read: ``detail`` (localised) and where, as far as known: the
    ``part`` and ``line`` inside the archive, or, for a damaged sheet, the ``sheet`` and the
    ``row`` where reading failed (the places an editor can find)."""

    def __init__(self, detail: str, part: str = "", line: int | None = None, sheet: str = "",
                 row: int | None = None) -> None:
        super().__init__(detail, part, line, sheet, row)
        self.detail = detail
        self.part = part
        self.line = line
        self.sheet = sheet
        self.row = row

    def where(self) -> tuple[str, int | None]:
        """The place for a message: (sheet name, row) or (part, line)."""
        return (self.sheet, self.row) if self.sheet else (self.part, self.line)

    def __str__(self) -> str:
        place, number = self.where()
        where = f"{place}:{number}" if place and number else place
        return f"{where}: {self.detail}" if where else self.detail


def _refuse_dtd(data: bytes, part: str) -> None:
    """Refuse XML that declares an entity or a DTD (Excel never writes them; they are how XML
    attacks work)."""
    window = data.upper()
    if b"<!ENTITY" in window or b"<!DOCTYPE" in window:
        raise SpreadsheetError(_(
            "entity declarations and DTDs are refused (they are how XML attacks work, and "
            "spreadsheets never need them)"), part)


class _Guard(io.RawIOBase):
    """A zip member read through a check that it declares no entity and no DTD (Excel never
    writes them; they are how XML attacks work), as it streams."""

    def __init__(self, stream: IO[bytes], part: str) -> None:
        self.stream = stream
        self.part = part
        self.tail = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.stream.read(len(buffer))
        _refuse_dtd(self.tail + data, self.part)
        self.tail = data[-9:]
        buffer[: len(data)] = data
        return len(data)


def _tag(element: etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _unescape(text: str) -> str:
    """Excel's ``_xHHHH_`` escapes undone; a UTF-16 surrogate code stays as written (it is no
    character on its own, and no file could hold it)."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: m.group() if 0xD800 <= int(m.group(1), 16) <= 0xDFFF
                        else chr(int(m.group(1), 16)), text)


def _number_text(value: str) -> str:
    """A number cell as the text it shows when typed: "42" for 42 and 42.0."""
    try:
        number = float(value)
    except ValueError:
        return value
    if number.is_integer() and abs(number) < 1e16:
        return str(int(number))
    return repr(number)


class WorkbookReader:
    """The sheets of an .xlsx workbook, read as text rows, one sheet at a time as a stream.

    Raises :class:`SpreadsheetError` for a file that is not a workbook, a zip bomb, unsafe XML;
    :meth:`rows` raises it for a damaged sheet when it gets there.
    """

    def __init__(self, data: bytes, name: str) -> None:
        self.name = name
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise SpreadsheetError(_(
                "not an Excel workbook (.xlsx is a zip archive; this file is not one)"))
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            unpacked = sum(info.file_size for info in self.archive.infolist())
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise SpreadsheetError(_("a damaged zip archive: {problem}").format(
                problem=exc)) from None
        if unpacked > MAX_UNPACKED or unpacked > MAX_RATIO * max(len(data), 1):
            raise SpreadsheetError(_(
                "refused: the workbook would unpack to {size} bytes, far more than it holds")
                .format(size=unpacked))
        workbook = self._target("", "_rels/.rels", "officeDocument") or "xl/workbook.xml"
        folder = workbook.rsplit("/", 1)[0] + "/" if "/" in workbook else ""
        rels = f"{folder}_rels/{workbook.rsplit('/', 1)[-1]}.rels"
        targets = self._relationships(folder, rels)
        self.sheets: dict[str, str] = {}
        for element in self._small(workbook).iter():
            if _tag(element) == "sheet":
                rid = next((v for k, v in element.attrib.items() if _tag_name(k) == "id"), "")
                if rid in targets:
                    self.sheets[element.get("name", "")] = targets[rid][1]
        self.sheetnames = list(self.sheets)
        shared = next((target for kind, target in targets.values()
                       if kind.endswith("/sharedStrings")), "")
        # A relationship to a part that is not there is tolerated (some writers leave one);
        # a cell that refers to a missing string is not.
        self.shared: list[str] = (self._shared(shared)
                                  if shared in self.archive.namelist() else [])

    # -- parts

    def _read(self, part: str) -> IO[bytes]:
        try:
            return self.archive.open(part)
        except KeyError:
            raise SpreadsheetError(_("the part {part} is missing").format(part=part),
                                   part) from None

    def _small(self, part: str) -> etree._Element:
        try:
            with self._read(part) as stream:
                data = stream.read(16 * 1024 * 1024)
        except (zipfile.BadZipFile, zlib.error, OSError) as exc:
            raise SpreadsheetError(str(exc), part) from None
        _refuse_dtd(data, part)
        try:
            return etree.fromstring(data, etree.XMLParser(
                resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False))
        except etree.XMLSyntaxError as exc:
            raise SpreadsheetError(_("not well-formed XML: {problem}").format(problem=exc.msg),
                                   part, exc.lineno) from None

    def _relationships(self, folder: str, part: str) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        if part not in self.archive.namelist():
            return out
        for element in self._small(part):
            target = element.get("Target", "")
            target = target[1:] if target.startswith("/") else folder + target
            out[element.get("Id", "")] = (element.get("Type", ""), _normpath(target))
        return out

    def _target(self, folder: str, part: str, kind: str) -> str:
        return next((target for rel_kind, target in self._relationships(folder, part).values()
                     if rel_kind.endswith("/" + kind)), "")

    def _iterparse(self, part: str, local: str) -> Iterator[etree._Element]:
        """The ``local`` elements of a big part, each cleared after use, so memory stays flat."""
        tags = [f"{{{MAIN}}}{local}", f"{{{STRICT}}}{local}"]
        try:
            with self._read(part) as stream:
                guarded = io.BufferedReader(_Guard(stream, part), 1 << 16)
                for _event, element in etree.iterparse(
                        guarded, events=("end",), tag=tags, resolve_entities=False,
                        load_dtd=False, no_network=True, huge_tree=True, remove_comments=True):
                    yield element
                    element.clear(keep_tail=False)
                    while element.getprevious() is not None:
                        del element.getparent()[0]
        except etree.XMLSyntaxError as exc:
            raise SpreadsheetError(_("not well-formed XML: {problem}").format(problem=exc.msg),
                                   part, exc.lineno) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
            raise SpreadsheetError(_("a damaged zip archive: {problem}").format(
                problem=exc), part) from None

    def _shared(self, part: str) -> list[str]:
        out = []
        for item in self._iterparse(part, "si"):
            out.append(_unescape(_inline(item)))
        return out

    # -- rows

    def rows(self, sheet: str) -> Iterator[tuple[int, list[str]]]:
        """(1-based row number, the texts of its cells by column, "" where empty) for each row
        that holds a cell. A damaged sheet raises :class:`SpreadsheetError` naming the sheet
        and the first row that could not be read."""
        number = 0
        try:
            for number, values in self._rows(sheet):
                yield number, values
        except SpreadsheetError as exc:
            exc.sheet, exc.row = sheet, number + 1
            raise

    def _rows(self, sheet: str) -> Iterator[tuple[int, list[str]]]:
        shared = self.shared
        columns: dict[str, int] = {}
        number = 0
        cell_tag = value_tag = inline_tag = ""
        for row in self._iterparse(self.sheets[sheet], "row"):
            if not cell_tag:
                namespace = row.tag[: row.tag.index("}") + 1]
                cell_tag, value_tag, inline_tag = (namespace + "c", namespace + "v",
                                                   namespace + "is")
            given = row.get("r")
            number = int(given) if given and given.isdigit() else number + 1
            values: list[str] = []
            filled = 0  # len(values), kept by hand: this loop runs once a cell
            for cell in row.iterchildren(cell_tag):
                ref = cell.get("r")
                if ref:
                    letters = ref.rstrip("0123456789")
                    column = columns.get(letters)
                    if column is None:
                        column = columns[letters] = _column_index(letters)
                else:
                    column = filled
                kind = cell.get("t")
                if kind == "inlineStr":
                    text = _unescape("".join(_inline(child)
                                             for child in cell.iterchildren(inline_tag)))
                else:
                    value = None
                    for child in cell:
                        if child.tag == value_tag:
                            value = child.text or ""
                    if value is None:
                        continue
                    if kind == "s":
                        try:
                            text = shared[int(value)]
                        except (ValueError, IndexError):
                            raise SpreadsheetError(_(
                                "cell {cell} refers to shared string {index}, which does not "
                                "exist").format(cell=ref or "?", index=value),
                                self.sheets[sheet]) from None
                    elif kind is None or kind == "n":
                        text = value if value.isdigit() else _number_text(value)
                    elif kind == "b":
                        text = "true" if value.strip() in ("1", "true") else "false"
                    else:  # str (a formula's text), e (an error such as #N/A), d (ISO date)
                        text = _unescape(value)
                if column == filled:
                    values.append(text)
                    filled += 1
                elif column > filled:
                    values.extend([""] * (column - filled))
                    values.append(text)
                    filled = column + 1
                else:
                    values[column] = text
            if values:
                yield number, values


def _tag_name(attribute: str) -> str:
    return attribute.rsplit("}", 1)[-1]


def _inline(element: etree._Element) -> str:
    """The text of a shared or inline string: plain (``<t>``) or rich (runs of ``<r><t>``);
    phonetic guides (``<rPh>``) are not part of it."""
    parts = []
    for child in element:
        name = _tag(child)
        if name == "t":
            parts.append(child.text or "")
        elif name == "r":
            parts.extend(t.text or "" for t in child if _tag(t) == "t")
    return "".join(parts)


def _normpath(path: str) -> str:
    parts: list[str] = []
    for piece in path.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)
