"""The months that source and target name must agree: "27-29 апреля" is not "May 27-29".

Months are read in every case form (see :mod:`toolkit.text.dates`) and compared as multisets,
per segment or, with ``--document``, over the whole document. A segment is checked only when
both versions name a month: a translation that leaves the month implicit ("last month", "в
этом месяце") or spells out one the source leaves implicit is a rephrasing, not a changed
date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from toolkit.check.base import CheckBase, Context, Finding, Majority, Pair, Severity
from toolkit.i18n import gettext as _
from toolkit.lang import Lang
from toolkit.text.dates import months, months_in

__all__ = ["DateMismatch"]


def _written(text: str, lang: Lang) -> dict[int, str]:
    """Each month of ``text`` as it is first written there ("апреля", "мамырда")."""
    out: dict[int, str] = {}
    for month in months(text, lang):
        out.setdefault(month.month, text[month.start:month.end])
    return out


class DateMismatch(CheckBase):
    """Months named in the source and not in the translation, or the other way round."""

    id = "date-mismatch"
    severity = Severity.ERROR
    majority = Majority.COMPARISON

    @property
    def title(self) -> str:
        return _("Dates differ")

    def _finding(self, context: Context, pair: Pair, missing: list[str],
                 extra: list[str]) -> Finding:
        parts = []
        if missing:
            parts.append(_("month missing in the translation: {months}").format(
                months=", ".join(missing)))
        if extra:
            parts.append(_("month not in the source: {months}").format(months=", ".join(extra)))
        return Finding(self.id, self.severity, pair.index, pair.target_line, "; ".join(parts),
                       context.target_lang, expected=", ".join(missing), found=", ".join(extra))

    def run(self, context: Context) -> Iterator[Finding]:
        for pair in context.pairs:
            if not pair.target.strip():
                continue
            source = Counter(months_in(pair.source, context.source_lang))
            target = Counter(months_in(pair.target, context.target_lang))
            if not source or not target or source == target:
                continue
            shown_source = _written(pair.source, context.source_lang)
            shown_target = _written(pair.target, context.target_lang)
            yield self._finding(context, pair,
                                [shown_source[m] for m in sorted((source - target).elements())],
                                [shown_target[m] for m in sorted((target - source).elements())])

    def run_document(self, context: Context) -> Iterator[Finding]:
        """The months of the whole source against those of the whole translation, each
        difference reported at the first segment that names it."""
        source: Counter[int] = Counter()
        target: Counter[int] = Counter()
        first: dict[tuple[str, int], tuple[Pair, str]] = {}
        for pair in context.pairs:
            if not pair.target.strip():
                continue
            for side, text, lang, counts in (("s", pair.source, context.source_lang, source),
                                             ("t", pair.target, context.target_lang, target)):
                for month, written in _written(text, lang).items():
                    first.setdefault((side, month), (pair, written))
                counts.update(months_in(text, lang))
        if not source or not target:
            return
        by_pair: dict[int, tuple[Pair, list[str], list[str]]] = {}
        for side, months_left in (("s", source - target), ("t", target - source)):
            for month in sorted(months_left.elements()):
                pair, written = first[(side, month)]
                entry = by_pair.setdefault(pair.index, (pair, [], []))
                (entry[1] if side == "s" else entry[2]).append(written)
        for index in sorted(by_pair):
            pair, missing, extra = by_pair[index]
            yield self._finding(context, pair, missing, extra)
