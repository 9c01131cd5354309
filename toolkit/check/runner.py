"""Run the checks over a document: pair segments, find mentions once, collect findings.

Three ways to look at a translation:

- :func:`check_pairs`: segment by segment (line k with line k, or the units of a TSV, PO,
  XLIFF or TMX file);
- ``document=True``: a concept mentioned anywhere in the source must be rendered somewhere in
  the translation (for drafts whose sentences do not line up);
- the kk, ru and en versions of one article at once: :mod:`toolkit.check.trio`, which runs
  :func:`check_pairs` on every pair of versions and resolves the findings by majority.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from toolkit.check.base import Check, Context, Finding, Pair, Severity, Span
from toolkit.check.registry import CHECKS
from toolkit.check.terms import rendered_concepts, unrendered
from toolkit.formats.base import Segments
from toolkit.glossary.model import Glossary
from toolkit.i18n import gettext as _
from toolkit.lang import Lang
from toolkit.match import Matcher

__all__ = ["check_pairs", "matchers_for"]


def matchers_for(glossary: Glossary, langs: Sequence[Lang]) -> dict[Lang, Matcher]:
    """One compiled matcher per language (build them once per run)."""
    return {lang: Matcher(glossary, lang) for lang in langs}


def check_pairs(glossary: Glossary, source_lang: Lang, target_lang: Lang, segments: Segments,
                matchers: dict[Lang, Matcher] | None = None, document: bool = False,
                checks: Sequence[Check] = CHECKS,
                progress: Callable[[], None] | None = None) -> list[Finding]:
    """Findings of ``checks`` over the segment pairs, ordered by segment, then severity.
    ``progress`` is called once per segment read (for a progress bar)."""
    matchers = matchers or matchers_for(glossary, (source_lang, target_lang))
    pairs = []
    for i, (source, target) in enumerate(zip(segments.sources, segments.targets, strict=True)):
        if progress is not None:
            progress()
        pairs.append(Pair(
            i, source, target, segments.source_lines[i], segments.target_lines[i],
            matchers[source_lang].find(source) if source else [],
            matchers[target_lang].find(target) if target else [],
            bool(segments.fuzzy[i]) if i < len(segments.fuzzy) else False))
    context = Context(glossary, source_lang, target_lang, pairs, matchers)
    findings: list[Finding] = []
    for check in checks:
        if document and check.id == "term-missing":
            findings.extend(_missing_in_document(context))
        elif document and hasattr(check, "run_document"):
            findings.extend(check.run_document(context))  # numbers and dates: as multisets
        else:
            findings.extend(check.run(context))
    return sorted(_merge_untranslated(findings),
                  key=lambda f: (f.segment, -f.severity.rank, f.check))


def _merge_untranslated(findings: list[Finding]) -> list[Finding]:
    """A term left untranslated is also a missing rendering: one finding says both, as the
    error, with the untranslated text as what was found."""
    leftovers = {(f.segment, f.concept): f for f in findings if f.check == "term-untranslated"}
    missing = {(f.segment, f.concept) for f in findings if f.check == "term-missing"}
    merged = []
    for finding in findings:
        leftover = leftovers.get((finding.segment, finding.concept))
        if finding.check == "term-missing" and leftover is not None:
            merged.append(replace(
                finding, found=leftover.found, target_span=leftover.target_span,
                message=_("{message}; “{found}” is left untranslated").format(
                    message=finding.message, found=leftover.found)))
        elif finding.check == "term-untranslated" and (
                finding.segment, finding.concept) in missing:
            continue
        else:
            merged.append(finding)
    return merged


def _missing_in_document(context: Context) -> list[Finding]:
    rendered = rendered_concepts(
        (m for pair in context.pairs for m in pair.target_mentions), context.glossary)
    where = {id(m): pair for pair in context.pairs for m in pair.source_mentions}
    findings = []
    mentions = [m for pair in context.pairs for m in pair.source_mentions]
    for mention, concept in unrendered(mentions, rendered, context):
        pair = where[id(mention)]
        preferred = concept.preferred(context.target_lang)
        expected = preferred.text if preferred else ""
        findings.append(Finding(
            "term-missing", Severity.ERROR, pair.index, pair.source_line,
            _("“{source}” (source line {line}) is rendered nowhere in the translation; "
              "expected “{expected}”").format(source=mention.text, line=pair.source_line,
                                              expected=expected),
            context.target_lang, concept=mention.concept, expected=expected,
            suggestion=expected, source_span=Span.of(mention)))
    return findings
