"""The XLSX report: one row per finding, for editors who work in spreadsheets.

Columns: segment, line, severity, check, concept, expected, found, suggestion, message, source,
target. Bold frozen header, autofilter, readable widths, wrapped text. Any text that a
spreadsheet would read as a formula (=, +, -, @, or a leading tab or CR) is written as a
literal string: a report is never a way to run something on an editor's machine.
"""

from __future__ import annotations

from typing import IO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from toolkit.check.base import Severity
from toolkit.i18n import gettext as _
from toolkit.report.findings import Report

__all__ = ["text_cell", "write_xlsx"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FILLS = {Severity.ERROR: "FFD7D5", Severity.WARNING: "FFF1C2", Severity.INFO: "DDF4FF"}


def text_cell(sheet: Worksheet, value: str, **style: object) -> WriteOnlyCell | str:
    """A cell that holds ``value`` as a string, whatever it starts with: never a formula.

    openpyxl would store "=..." as a formula; the type is forced to string, and the quote
    prefix style makes spreadsheet programs show and keep it as typed text when edited. Plain
    text with no style is returned as it is: a cell object per value is what makes large
    workbooks slow, and openpyxl writes a str that does not start with "=" as a string.
    """
    if not style and not value.startswith(_FORMULA_START):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    if value.startswith(_FORMULA_START):
        cell.quotePrefix = True
    for key, item in style.items():
        setattr(cell, key, item)
    return cell


def write_xlsx(out: IO[bytes], report: Report) -> None:
    """Write the report as an .xlsx workbook to a binary stream."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Findings"))
    headers = [_("Segment"), _("Line"), _("Severity"), _("Check"), _("Concept"), _("Expected"),
               _("Found"), _("Suggestion"), _("Finding"), _("Source"), _("Translation")]
    widths = [9, 7, 11, 18, 30, 30, 24, 30, 50, 60, 60]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(report.findings) + 1}"
    bold = Font(bold=True)
    sheet.append([text_cell(sheet, h, font=bold) for h in headers])
    wrap = Alignment(wrap_text=True, vertical="top")
    labels = {Severity.ERROR: _("error"), Severity.WARNING: _("warning"),
              Severity.INFO: _("info")}
    for f in report.findings:
        source = report.sources[f.segment] if f.segment < len(report.sources) else ""
        target = report.targets[f.segment] if f.segment < len(report.targets) else ""
        fill = PatternFill("solid", fgColor=_FILLS[f.severity])
        row: list[object] = [f.segment + 1, f.line]
        row.append(text_cell(sheet, labels[f.severity], fill=fill))
        row += [text_cell(sheet, value, alignment=wrap) for value in (
            f.check, f.concept, f.expected, f.found, f.suggestion, f.message, source, target)]
        sheet.append(row)
    book.save(out)
