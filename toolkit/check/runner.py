"""Run the checks over a document: pair segments, find mentions once, collect findings.
Each check says which modes it supports (:class:`toolkit.check.base.Mode`); the runner knows
no check by name.

Three ways to look at a translation:

- :func:`check_pairs`: segment by segment (line k with line k, or the units of a TSV, PO,
  XLIFF or TMX file);
- ``document=True``: the whole source against the whole translation, for drafts whose
  sentences do not line up (a concept mentioned anywhere in the source must be rendered
  somewhere in the translation);
- the kk, ru and en versions of one article at once: :mod:`toolkit.check.trio`, which runs
  :func:`check_pairs` on every pair of versions and resolves the findings by majority.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from toolkit.check.base import Check, Context, Finding, Mode, Pair
from toolkit.check.pairing import Pairing
from toolkit.check.registry import CHECKS
from toolkit.formats.base import Segments
from toolkit.glossary.model import Glossary
from toolkit.lang import Lang
from toolkit.match import Matcher

__all__ = ["check_pairs", "matchers_for"]


def matchers_for(glossary: Glossary, langs: Sequence[Lang]) -> dict[Lang, Matcher]:
    """One compiled matcher per language (build them once per run)."""
    return {lang: Matcher(glossary, lang) for lang in langs}


def check_pairs(glossary: Glossary, source_lang: Lang, target_lang: Lang, segments: Segments,
                matchers: dict[Lang, Matcher] | None = None, document: bool = False,
                checks: Sequence[Check] = CHECKS,
                progress: Callable[[], None] | None = None,
                mode: Mode | None = None, pairing: Pairing | None = None) -> list[Finding]:
    """Findings of ``checks`` over the segment pairs, ordered by segment, then severity: in
    segment mode, or with ``document`` in document mode; ``mode`` names the mode outright
    (:data:`Mode.THREE_WAY`: one pair of versions of a trio, segment by segment). Checks that
    do not support the mode are left out. ``progress`` is called once per segment read (for a
    progress bar). ``pairing`` is the run's, when the segments come from its aligner: the
    mentions it found there are not looked up again; else one is made over ``matchers``."""
    pairing = pairing or Pairing(glossary, matchers)
    source_finder, target_finder = pairing.finder(source_lang), pairing.finder(target_lang)
    pairs = []
    for i, (source, target) in enumerate(zip(segments.sources, segments.targets, strict=True)):
        if progress is not None:
            progress()
        pairs.append(Pair(
            i, source, target, segments.source_lines[i], segments.target_lines[i],
            source_finder.find(source) if source else [],
            target_finder.find(target) if target else [],
            bool(segments.fuzzy[i]) if i < len(segments.fuzzy) else False))
    context = Context(glossary, source_lang, target_lang, pairs,
                      {source_lang: source_finder, target_lang: target_finder})
    mode = mode or (Mode.DOCUMENT if document else Mode.SEGMENT)
    running = [check for check in checks if mode in check.modes]
    findings: list[Finding] = []
    for check in running:
        findings.extend(check.run_document(context) if mode is Mode.DOCUMENT
                        else check.run(context))
    for check in running:
        findings = check.combine(findings)
    return sorted(findings, key=lambda f: (f.segment, -f.severity.rank, f.check))
