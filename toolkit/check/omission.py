"""Source sentences with no translation: one finding for a run of them, not one per term.

A plain-text draft that translates only the first half of an article, or a translation that
leaves a sentence out, pairs each untranslated sentence with an empty text (the aligner's 1-0
beads; with ``--by-line``, the lines past the end of a shorter target). Term-missing would then
report every glossary term of those sentences as an error, "Красноярске is not rendered as
Krasnoyarsk" twenty times over, when the fact is one: the sentences are not translated. So this
check rewrites them (:meth:`SentenceMissing.combine`): the term-missing findings of an
untranslated run give way to one error at the run's first sentence, naming its source lines
and the terms that could not be checked there. A run without glossary terms gets no finding,
as before: a translation that drops a byline or a photo caption, as professional ones do, is
not reported for it. Numbers and dates are already not compared with an empty text.

Only segment by segment: in document mode there are no sentences to miss. In the three-way
mode the majority of the versions settles term by term which version lacks a term, and
:mod:`toolkit.check.trio` then says a run of units that one version leaves empty in one finding
of this check's id, the same way.

Why a rewrite in ``combine`` rather than term-missing skipping empty targets: the three-way
mode needs term-missing's findings on a version that lacks a unit, and a run that names
terms is only known from term-missing's own findings (the mentions it asks a rendering for).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from itertools import groupby

from toolkit.check.base import CheckBase, Context, Finding, Mode, Severity
from toolkit.i18n import gettext as _
from toolkit.i18n import ngettext
from toolkit.labels import number

__all__ = ["SentenceMissing", "consecutive_runs", "lines_text", "listed_terms"]

# Terms named in a run's finding; the rest are counted.
SHOWN_TERMS = 4


class SentenceMissing(CheckBase):
    """Source text paired with an empty translation, where it mentions glossary terms."""

    id = "sentence-missing"
    severity = Severity.ERROR
    modes = frozenset({Mode.SEGMENT})

    @property
    def title(self) -> str:
        return _("Source sentences with no translation")

    def run(self, context: Context) -> Iterator[Finding]:
        """One finding per untranslated segment, with its source line in ``found``; runs are
        merged, and kept only where they hold terms, in :meth:`combine`."""
        for pair in context.pairs:
            if pair.source.strip() and not pair.target.strip():
                yield Finding(self.id, self.severity, pair.index, pair.target_line, "",
                              context.target_lang, found=str(pair.source_line))

    def combine(self, findings: list[Finding]) -> list[Finding]:
        from toolkit.check.terms import TermMissing

        untranslated = {f.segment: f for f in findings if f.check == self.id}
        if not untranslated:
            return findings
        terms: dict[int, list[str]] = {}
        for f in findings:
            if f.check == TermMissing.id and f.segment in untranslated and f.source_span:
                terms.setdefault(f.segment, []).append(f.source_span.text)
        runs = [[untranslated[k] for k in run]
                for run in consecutive_runs(sorted(untranslated))]
        merged = [self._run_finding(run, terms) for run in runs
                  if any(f.segment in terms for f in run)]
        kept = [f for f in findings if f.check != self.id
                and not (f.check == TermMissing.id and f.segment in untranslated)]
        return kept + merged

    def _run_finding(self, run: list[Finding], terms: dict[int, list[str]]) -> Finding:
        named = [text for f in run for text in terms.get(f.segment, ())]
        n = len(run)
        message = ngettext(
            "{n} source sentence ({where}) has no translation; its glossary terms are not "
            "checked: {listed}",
            "{n} source sentences ({where}) have no translation; their glossary terms are not "
            "checked: {listed}", n).format(n=number(n), where=lines_text(run[0].found,
                                                                         run[-1].found),
                                           listed=listed_terms(named))
        return replace(run[0], message=message, found="", segments=n)


def consecutive_runs(indices: list[int]) -> list[list[int]]:
    """Increasing indices cut into runs of consecutive ones.

    >>> consecutive_runs([3, 4, 5, 9, 10])
    [[3, 4, 5], [9, 10]]
    """
    return [[k for _index, k in group]
            for _key, group in groupby(enumerate(indices), key=lambda item: item[1] - item[0])]


def lines_text(first: str, last: str) -> str:
    """"line 9", or "lines 11–21"."""
    return (_("line {line}").format(line=first) if first == last else
            _("lines {first}–{last}").format(first=first, last=last))


def listed_terms(named: list[str]) -> str:
    """The terms of an untranslated run, each once, the first few quoted and the rest
    counted."""
    unique = list(dict.fromkeys(named))
    shown = ", ".join(f"“{text}”" for text in unique[:SHOWN_TERMS])
    if len(unique) > SHOWN_TERMS:
        shown += " " + _("and {n} more").format(n=number(len(unique) - SHOWN_TERMS))
    return shown
