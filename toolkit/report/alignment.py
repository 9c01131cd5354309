"""Aligned documents for people and tools: beads, TSV, and an XLSX review sheet.

(TMX is written by :func:`toolkit.formats.tmx.write_tmx`.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from toolkit.align.bead import Bead
from toolkit.i18n import gettext as _
from toolkit.labels import lang_label
from toolkit.lang import Lang
from toolkit.report.xlsx import text_cell

__all__ = ["beads_text", "tsv_text", "write_alignment_xlsx"]


def beads_text(beads: Sequence[Bead]) -> str:
    """One bead a line with its confidence, as Vecalign prints them: ``[0, 1]:[0]:0.912``."""
    return "".join(f"{bead}:{bead.score:.3f}\n" for bead in beads)


def _clean(text: str) -> str:
    return " ".join(text.split())  # a TSV cell holds no tab and no line break


def tsv_text(rows: Sequence[Sequence[str]], scores: Sequence[float], low: float) -> str:
    """text<TAB>text[<TAB>text]<TAB>score<TAB>"review" for low-confidence units, one a line."""
    lines = []
    for texts, value in zip(rows, scores, strict=True):
        flag = "review" if value < low else ""
        lines.append("\t".join([*(_clean(t) for t in texts), f"{value:.3f}", flag]))
    return "\n".join(lines) + "\n"


def write_alignment_xlsx(out: IO[bytes], langs: Sequence[Lang], rows: Sequence[Sequence[str]],
                         scores: Sequence[float], low: float) -> None:
    """A side-by-side review sheet: the languages in columns, the score, low-confidence rows
    highlighted; bold frozen header, autofilter, wrapped text."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Alignment"))
    headers = ["#", *(lang_label(lang) for lang in langs), _("Score"), _("Review")]
    for index, width in enumerate([6, *(60 for _l in langs), 8, 10]):
        sheet.column_dimensions[chr(65 + index)].width = width
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{chr(64 + len(headers))}{len(rows) + 1}"
    sheet.append([text_cell(sheet, h, font=Font(bold=True)) for h in headers])
    wrap = Alignment(wrap_text=True, vertical="top")
    review = PatternFill("solid", fgColor="FFF1C2")
    for n, (texts, value) in enumerate(zip(rows, scores, strict=True), start=1):
        flagged = value < low
        style = {"alignment": wrap, **({"fill": review} if flagged else {})}
        sheet.append([n, *(text_cell(sheet, t, **style) for t in texts), round(value, 3),
                      text_cell(sheet, _("review") if flagged else "", **style)])
    book.save(out)
