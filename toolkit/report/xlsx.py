"""The XLSX report: one row per finding, for editors who work in spreadsheets.

Columns: segment, line, severity, check, concept, expected, found, suggestion, message, source,
target. Bold frozen header, autofilter, readable widths, wrapped text. Any text that a
spreadsheet would read as a formula (=, +, -, @, or a leading tab or CR) is written as a
literal string: a report is never a way to run something on an editor's machine.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from toolkit.check.base import Severity
from toolkit.i18n import gettext as _
from toolkit.labels import lang_label
from toolkit.report.findings import Report
from toolkit.spreadsheet import WRAP, Cell, Sheet, Style, Styled, write_workbook

__all__ = ["write_report_xlsx"]

_FILLS = {Severity.ERROR: "FFD7D5", Severity.WARNING: "FFF1C2", Severity.INFO: "DDF4FF"}


def write_report_xlsx(out: IO[bytes], report: Report) -> None:
    """Write the report as an .xlsx workbook to a binary stream."""
    if report.versions:
        _write_three_way(out, report)
        return
    headers = [_("Segment"), _("Line"), _("Severity"), _("Check"), _("Concept"), _("Expected"),
               _("Found"), _("Suggestion"), _("Finding"), _("Source"), _("Translation")]
    labels = {Severity.ERROR: _("error"), Severity.WARNING: _("warning"),
              Severity.INFO: _("info")}
    fills = {severity: Style(fill=rgb) for severity, rgb in _FILLS.items()}

    def rows() -> Iterator[list[Cell]]:
        for f in report.findings:
            source = report.sources[f.segment] if f.segment < len(report.sources) else ""
            target = report.targets[f.segment] if f.segment < len(report.targets) else ""
            yield [f.segment + 1, f.line, Styled(labels[f.severity], fills[f.severity]),
                   *(Styled(value, WRAP) for value in (
                       f.check, f.concept, f.expected, f.found, f.suggestion, f.message, source,
                       target))]

    write_workbook(out, [Sheet(_("Findings"), headers, rows(),
                               widths=[9, 7, 11, 18, 30, 30, 24, 30, 50, 60, 60])],
                   title=_("tilmash report"))


def _write_three_way(out: IO[bytes], report: Report) -> None:
    """Three versions: the version at fault in its own column, then every version's text."""
    headers = [_("Segment"), _("Version"), _("Line"), _("Severity"), _("Check"), _("Concept"),
               _("Expected"), _("Found"), _("Suggestion"), _("Finding"),
               *(lang_label(v.lang) for v in report.versions)]
    labels = {Severity.ERROR: _("error"), Severity.WARNING: _("warning"),
              Severity.INFO: _("info")}
    fills = {severity: Style(fill=rgb) for severity, rgb in _FILLS.items()}

    def rows() -> Iterator[list[Cell]]:
        for f in report.findings:
            yield [f.segment + 1, f.lang.value, f.line,
                   Styled(labels[f.severity], fills[f.severity]),
                   *(Styled(value, WRAP) for value in (
                       f.check, f.concept, f.expected, f.found, f.suggestion, f.message,
                       *(v.text(f.segment) for v in report.versions)))]

    write_workbook(out, [Sheet(_("Findings"), headers, rows(),
                               widths=[9, 8, 7, 11, 18, 30, 30, 24, 30, 50, 50, 50, 50])],
                   title=_("tilmash report"))
