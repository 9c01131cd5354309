"""Aligned documents for people and tools: beads, TSV, TMX and an XLSX review sheet.

Each format has a writer of an :class:`Aligned` value, listed in
:data:`toolkit.report.renderers.ALIGNMENT_RENDERERS` (TMX itself is written by
:func:`toolkit.formats.tmx.write_tmx`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO

from toolkit.align.bead import Bead
from toolkit.cellguard import guard
from toolkit.i18n import gettext as _
from toolkit.labels import lang_label
from toolkit.lang import Lang
from toolkit.spreadsheet import WRAP, Cell, Sheet, Style, Styled, write_workbook

__all__ = ["Aligned", "aligned_beads", "aligned_tsv", "beads_text", "tsv_text",
           "write_aligned_tmx", "write_aligned_xlsx", "write_alignment_xlsx"]


@dataclass(frozen=True)
class Aligned:
    """What ``tilmash align`` produced: a row of texts per unit, one column per language of
    ``langs``, each row's score; ``source_lang`` is the side the others were aligned to;
    ``beads`` the beads of two documents (for the beads format); ``documents`` each row's
    document, when a project was aligned into one output."""

    langs: Sequence[Lang]
    rows: Sequence[Sequence[str]]
    scores: Sequence[float]
    source_lang: Lang
    beads: Sequence[Bead] = ()
    documents: Sequence[str] = ()


def beads_text(beads: Sequence[Bead]) -> str:
    """One bead a line with its confidence, as Vecalign prints them: ``[0, 1]:[0]:0.912``."""
    return "".join(f"{bead}:{bead.score:.3f}\n" for bead in beads)


def _clean(text: str) -> str:
    # A TSV cell holds no tab and no line break, and a spreadsheet must not take it for a
    # formula: toolkit.cellguard puts a quote before =, +, -, @ (OWASP), and read_tsv removes it.
    return guard(" ".join(text.split()))


def tsv_text(rows: Sequence[Sequence[str]], scores: Sequence[float], low: float) -> str:
    """text<TAB>text[<TAB>text]<TAB>score<TAB>"review" for low-confidence units, one a line;
    a text beginning with a formula trigger gets a quote in front (:mod:`toolkit.cellguard`)."""
    lines = []
    for texts, value in zip(rows, scores, strict=True):
        flag = "review" if value < low else ""
        lines.append("\t".join([*(_clean(t) for t in texts), f"{value:.3f}", flag]))
    return "\n".join(lines) + "\n"


def write_alignment_xlsx(out: IO[bytes], langs: Sequence[Lang], rows: Sequence[Sequence[str]],
                         scores: Sequence[float], low: float) -> None:
    """A side-by-side review sheet: the languages in columns, the score, low-confidence rows
    highlighted; bold frozen header, autofilter, wrapped text."""
    headers = ["#", *(lang_label(lang) for lang in langs), _("Score"), _("Review")]
    review = Style(wrap=True, fill="FFF1C2")

    def cells() -> Iterator[list[Cell]]:
        for n, (texts, value) in enumerate(zip(rows, scores, strict=True), start=1):
            flagged = value < low
            style = review if flagged else WRAP
            yield [n, *(Styled(t, style) for t in texts), round(value, 3),
                   Styled(_("review") if flagged else "", style)]

    write_workbook(out, [Sheet(_("Alignment"), headers, cells(),
                               widths=[6, *(60 for _l in langs), 8, 10], freeze="B2")],
                   title=_("tilmash alignment"))


def _low() -> float:
    from toolkit.align.aligner import LOW_CONFIDENCE

    return LOW_CONFIDENCE


def aligned_tsv(aligned: Aligned) -> str:
    """The TSV of an alignment; a project's rows start with their document's name."""
    rows = ([[name, *row] for name, row in zip(aligned.documents, aligned.rows, strict=True)]
            if aligned.documents else aligned.rows)
    return tsv_text(rows, aligned.scores, _low())


def aligned_beads(aligned: Aligned) -> str:
    """The beads of an alignment of two documents."""
    return beads_text(aligned.beads)


def write_aligned_tmx(out: IO[bytes], aligned: Aligned) -> None:
    """A TMX of an alignment, a unit per row (with its document, for a project)."""
    from toolkit.formats.tmx import write_tmx

    units = [{lang: text for lang, text in zip(aligned.langs, row, strict=True) if text}
             for row in aligned.rows]
    out.write(write_tmx(units, aligned.source_lang, aligned.scores, _low(),
                        documents=aligned.documents))


def write_aligned_xlsx(out: IO[bytes], aligned: Aligned) -> None:
    """The review sheet of an alignment."""
    write_alignment_xlsx(out, aligned.langs, aligned.rows, aligned.scores, _low())
