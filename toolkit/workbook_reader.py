"""Reading .xlsx workbooks that people edited, in whatever spreadsheet they use.

The cells are read by ``python-calamine`` (the Rust calamine reader): it reads what Excel,
LibreOffice, Google Sheets, Numbers and odd writers save (cells without references, an empty
``<v/>``, part names in another case, zip members with backslashes, 1900- and 1904-based dates),
and reads them several times faster than a reader written in Python. Around it, tilmash keeps
its own guards, which run before calamine sees a byte:

- **Zip bombs and oversized parts.** A workbook that declares, or really unpacks to, more than
  :data:`MAX_UNPACKED` bytes, or more than :data:`MAX_RATIO` times what it weighs, is refused;
  every member is unpacked once as a stream and counted, so a member that lies about its size
  is caught too.
- **Unsafe XML.** A part that declares an entity or a DTD is refused (Excel never writes them;
  they are how XML attacks work).
- **Formulas.** A cell holding a formula is refused, naming the sheet and the cell: an edited
  glossary must hold typed values, and a formula's value is either missing (openpyxl saves none)
  or a copy that silently goes stale (LibreOffice and Excel save the last one computed).

Every cell is read as the text it shows: numbers as "42" or "1.5", booleans as "true"/"false",
dates and times as ISO 8601 text ("2021-01-31", "2021-01-31T10:10:10", "10:10:10").
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
import zlib
from collections.abc import Iterator

from lxml import etree

from toolkit.i18n import gettext as _

__all__ = ["MAX_RATIO", "MAX_UNPACKED", "SpreadsheetError", "WorkbookReader"]

# A workbook that unpacks to more than this, or much more than it weighs, is refused unread.
MAX_UNPACKED = 1024 * 1024 * 1024
MAX_RATIO = 200
_UNSAFE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_FORMULA = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")
_CHUNK = 1 << 20


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


def _normal(name: str) -> str:
    """A zip member's name as a part name: forward slashes, no leading slash, one case (OPC
    part names are case-insensitive, and some writers use backslashes)."""
    return name.replace("\\", "/").lstrip("/").lower()


def _number_text(value: float) -> str:
    """A number cell as the text it shows when typed: "42" for 42 and 42.0."""
    if value != value or value in (float("inf"), float("-inf")):
        return repr(value)
    if float(value).is_integer() and abs(value) < 1e16:
        return str(int(value))
    return repr(float(value))


def _duration(value: datetime.timedelta) -> str:
    """A duration (a time past 24 hours) as ISO 8601: "P10DT15H10M10S"."""
    seconds = value.total_seconds()
    sign, seconds = ("-", -seconds) if seconds < 0 else ("", seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, rest = divmod(rest, 60)
    text = f"{sign}P{int(days)}D" if days else f"{sign}P"
    rest_text = f"{rest:g}" if rest != int(rest) else str(int(rest))
    return text + f"T{int(hours)}H{int(minutes)}M{rest_text}S"


def cell_text(value: object) -> str:
    """A value as calamine gives it, as the text the cell shows.

    >>> cell_text(42.0), cell_text(True), cell_text(datetime.date(2021, 1, 31))
    ('42', 'true', '2021-01-31')
    """
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _number_text(value)
    if isinstance(value, datetime.timedelta):
        return _duration(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return "" if value is None else str(value)


def _column_index(letters: str) -> int:
    index = 0
    for char in letters.upper():
        index = index * 26 + ord(char) - 64
    return index - 1


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class WorkbookReader:
    """The worksheets of an .xlsx workbook, read as text rows.

    Raises :class:`SpreadsheetError` for a file that is not a workbook, a zip bomb, unsafe XML;
    :meth:`rows` raises it for a sheet holding a formula, naming the cell.
    """

    def __init__(self, data: bytes, name: str) -> None:
        import python_calamine

        self.name = name
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise SpreadsheetError(_(
                "not an Excel workbook (.xlsx is a zip archive; this file is not one)"))
        try:
            self.archive = zipfile.ZipFile(io.BytesIO(data))
            infos = self.archive.infolist()
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise SpreadsheetError(_("a damaged zip archive: {problem}").format(
                problem=exc)) from None
        limit = min(MAX_UNPACKED, MAX_RATIO * max(len(data), 1))
        declared = sum(info.file_size for info in infos)
        if declared > limit:
            raise SpreadsheetError(_(
                "refused: the workbook would unpack to {size} bytes, far more than it holds")
                .format(size=declared))
        self.members = {_normal(info.filename): info for info in infos}
        self.formula_parts = self._scan(infos, limit)
        try:
            self.book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
            self.sheetnames = [sheet.name for sheet in self.book.sheets_metadata
                               if sheet.typ == python_calamine.SheetTypeEnum.WorkSheet]
        except Exception as exc:  # calamine's errors have no common base but Exception
            raise SpreadsheetError(_("not a readable workbook: {problem}").format(
                problem=str(exc).splitlines()[0] if str(exc) else type(exc).__name__)) from None
        self._parts: dict[str, str] | None = None

    # -- the guards

    def _scan(self, infos: list[zipfile.ZipInfo], limit: int) -> set[str]:
        """Unpack every member once, as a stream: count what it really unpacks to, refuse
        entity declarations and DTDs, and note the worksheets that hold a formula."""
        total = 0
        formulas: set[str] = set()
        for info in infos:
            part = _normal(info.filename)
            xml = part.endswith((".xml", ".rels", ".vml"))
            sheet = part.startswith("xl/worksheets/") and xml
            tail = b""
            try:
                with self.archive.open(info) as stream:
                    while chunk := stream.read(_CHUNK):
                        total += len(chunk)
                        if total > limit:
                            raise SpreadsheetError(_(
                                "refused: the workbook unpacks to more than {size} bytes, far "
                                "more than it holds").format(size=limit), info.filename)
                        if xml:
                            window = tail + chunk
                            if _UNSAFE.search(window):
                                raise SpreadsheetError(_(
                                    "entity declarations and DTDs are refused (they are how "
                                    "XML attacks work, and spreadsheets never need them)"),
                                    info.filename)
                            if sheet and part not in formulas and _FORMULA.search(window):
                                formulas.add(part)
                            tail = chunk[-64:]
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError,
                    RuntimeError, ValueError) as exc:  # ValueError: a member's offset < 0
                raise SpreadsheetError(_("a damaged zip archive: {problem}").format(
                    problem=exc), info.filename) from None
        return formulas

    def _part_xml(self, part: str) -> etree._Element | None:
        info = self.members.get(_normal(part))
        if info is None:
            return None
        try:
            return etree.fromstring(self.archive.read(info), etree.XMLParser(
                resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False))
        except etree.XMLSyntaxError:
            return None

    def _relationships(self, part: str) -> dict[str, str]:
        """{relationship id: target part} of the ``.rels`` of ``part``."""
        folder, _slash, base = _normal(part).rpartition("/")
        rels = self._part_xml(f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels")
        out: dict[str, str] = {}
        for element in rels if rels is not None else ():
            target = element.get("Target", "").replace("\\", "/")
            target = target[1:] if target.startswith("/") else (
                f"{folder}/{target}" if folder else target)
            out[element.get("Id", "")] = _normal(_normpath(target))
        return out

    def _sheet_parts(self) -> dict[str, str]:
        """{sheet name: its part}, for naming the sheet of a formula."""
        if self._parts is None:
            self._parts = {}
            top = self._relationships("")
            workbook = next((t for t in top.values() if t.endswith("workbook.xml")),
                            "xl/workbook.xml")
            targets = self._relationships(workbook)
            root = self._part_xml(workbook)
            for element in root.iter() if root is not None else ():
                if _local(element.tag) == "sheet":
                    rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), "")
                    if rid in targets:
                        self._parts[element.get("name", "")] = targets[rid]
        return self._parts

    def _refuse_formulas(self, sheet: str) -> None:
        if not self.formula_parts:
            return
        part = self._sheet_parts().get(sheet)
        if part is None:
            if len(self._sheet_parts()) == len(self.sheetnames):
                return
            raise SpreadsheetError(_(
                "the workbook holds formulas; tilmash reads typed values only: replace each "
                "formula by its value"), sheet=sheet)
        if part not in self.formula_parts:
            return
        found = _first_formula(self.archive, self.members[part])
        if found is not None:
            cell, row, formula = found
            if formula:
                detail = _("cell {cell} holds a formula ({formula}); tilmash reads typed values "
                           "only: replace the formula by its value").format(
                    cell=cell, formula="=" + formula)
            else:
                detail = _("cell {cell} holds a formula; tilmash reads typed values only: "
                           "replace the formula by its value").format(cell=cell)
            raise SpreadsheetError(detail, sheet=sheet, row=row)

    def _diagnose(self, sheet: str) -> None:
        """Where a sheet calamine could not read is broken, when it is its XML: raises
        :class:`SpreadsheetError` naming the part, its line, and the row where it breaks."""
        part = self._sheet_parts().get(sheet)
        if part is None or part not in self.members:
            return
        number = 0
        try:
            with self.archive.open(self.members[part]) as stream:
                for _event, row in etree.iterparse(stream, events=("end",), tag="{*}row",
                                                   resolve_entities=False, load_dtd=False,
                                                   no_network=True, huge_tree=True):
                    given = row.get("r")
                    number = int(given) if given and given.isdigit() else number + 1
                    row.clear(keep_tail=False)
        except etree.XMLSyntaxError as exc:
            raise SpreadsheetError(_("not well-formed XML: {problem}").format(problem=exc.msg),
                                   self.members[part].filename, exc.lineno, sheet,
                                   number + 1) from None

    # -- rows

    def rows(self, sheet: str) -> Iterator[tuple[int, list[str]]]:
        """(1-based row number, the texts of its cells by column, "" where empty) for each row
        that holds a value. A sheet holding a formula raises :class:`SpreadsheetError` naming
        the sheet, the row and the cell, before any row is given."""
        self._refuse_formulas(sheet)
        try:
            values = self.book.get_sheet_by_name(sheet)
            rows = values.iter_rows()
        except Exception as exc:  # calamine's errors have no common base but Exception
            self._diagnose(sheet)
            raise SpreadsheetError(_("not a readable sheet: {problem}").format(
                problem=str(exc).splitlines()[0] if str(exc) else type(exc).__name__),
                self._sheet_parts().get(sheet, ""), sheet=sheet) from None
        # calamine gives the rows from the first row of the sheet, but the columns from the
        # first used one: the columns before it are put back, so that B5 stays in column B.
        start = values.start
        pad = [""] * (start[1] if start else 0)
        for number, row in enumerate(rows, start=1):
            texts = pad + [value if type(value) is str else cell_text(value) for value in row]
            while texts and not texts[-1]:
                texts.pop()
            if texts:
                yield number, texts


def _first_formula(archive: zipfile.ZipFile, info: zipfile.ZipInfo
                   ) -> tuple[str, int, str] | None:
    """(cell reference, row, formula text) of the first cell of a worksheet holding a
    formula, streamed; references are counted where a writer left them out."""
    number = 0
    with archive.open(info) as stream:
        for _event, row in etree.iterparse(stream, events=("end",), tag="{*}row",
                                           resolve_entities=False, load_dtd=False,
                                           no_network=True, huge_tree=True):
            given = row.get("r")
            number = int(given) if given and given.isdigit() else number + 1
            column = -1
            for cell in row:
                if _local(cell.tag) != "c":
                    continue
                ref = cell.get("r")
                column = _column_index(ref.rstrip("0123456789")) if ref else column + 1
                formula = next((child for child in cell if _local(child.tag) == "f"), None)
                if formula is not None:
                    return ref or f"{_column_letter(column)}{number}", number, formula.text or ""
            row.clear(keep_tail=False)
    return None


def _normpath(path: str) -> str:
    parts: list[str] = []
    for piece in path.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts)
