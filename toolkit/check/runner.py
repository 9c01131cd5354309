"""Run the checks over a document: pair segments, find mentions once, collect findings.

Three ways to look at a translation:

- :func:`check_pairs`: segment by segment (line k with line k, or the units of a TSV, PO,
  XLIFF or TMX file);
- ``document=True``: a concept mentioned anywhere in the source must be rendered somewhere in
  the translation (for drafts whose sentences do not line up);
- :func:`check_three_way`: the kk, ru and en versions of one article at once; a concept that
  two versions mention and the third does not is missing in the third.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from toolkit.check.base import Check, Context, Finding, Pair, Severity, Span
from toolkit.check.registry import CHECKS
from toolkit.check.terms import rendered_concepts, unrendered
from toolkit.formats.base import Segments
from toolkit.glossary.model import Glossary
from toolkit.i18n import gettext as _
from toolkit.labels import lang_label, status_label
from toolkit.lang import LANGS, Lang
from toolkit.match import Matcher

__all__ = ["check_pairs", "check_three_way", "matchers_for"]


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
        elif document and check.id == "number-mismatch":
            continue  # numbers are compared segment by segment only
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


def check_three_way(glossary: Glossary, texts: Mapping[Lang, Sequence[str]],
                    lines: Mapping[Lang, Sequence[int]],
                    matchers: dict[Lang, Matcher] | None = None) -> list[Finding]:
    """Findings over the three versions of an article, segment k of each together.

    A concept that two versions mention in segment k and the third does not is reported as
    ``term-missing`` in the third, naming the two that have it; deprecated and forbidden terms
    are reported in whichever version uses them.
    """
    matchers = matchers or matchers_for(glossary, LANGS)
    count = max(len(v) for v in texts.values())
    findings: list[Finding] = []
    for i in range(count):
        mentions = {lang: matchers[lang].find(texts[lang][i]) if i < len(texts[lang]) else []
                    for lang in LANGS}
        # What a version names with a term, and what it renders (derived forms and broader
        # concepts included): two versions that name a concept ask the third to render it.
        concepts = {lang: {m.concept for m in mentions[lang] if not m.derived} for lang in LANGS}
        rendered = {lang: rendered_concepts(mentions[lang], glossary) for lang in LANGS}
        for lang in LANGS:
            line = lines[lang][i] if i < len(lines[lang]) else 0
            others = [o for o in LANGS if o is not lang]
            both = concepts[others[0]] & concepts[others[1]]
            for concept_id in sorted(both - rendered[lang]):
                concept = glossary.get(concept_id)
                preferred = concept.preferred(lang) if concept else None
                if preferred is None:
                    continue
                shown = next(m.text for m in mentions[others[0]]
                             if m.concept == concept_id and not m.derived)
                findings.append(Finding(
                    "term-missing", Severity.ERROR, i, line,
                    _("the {lang} version lacks “{expected}”, which the {first} and {second} "
                      "versions have (“{shown}”)").format(
                        lang=lang_label(lang), expected=preferred.text,
                        first=lang_label(others[0]), second=lang_label(others[1]),
                        shown=shown),
                    lang, concept=concept_id, expected=preferred.text,
                    suggestion=preferred.text))
            for mention in mentions[lang]:
                if mention.status.approved:
                    continue
                concept = glossary.get(mention.concept)
                preferred = concept.preferred(lang) if concept else None
                expected = preferred.text if preferred else ""
                findings.append(Finding(
                    "term-forbidden", Severity.ERROR, i, line,
                    _("“{found}” is a {status} term; use “{expected}”{note}").format(
                        found=mention.text, status=status_label(mention.status), expected=expected,
                        note=""),
                    lang, concept=mention.concept, expected=expected, found=mention.text,
                    suggestion=expected, target_span=Span.of(mention)))
    return sorted(findings, key=lambda f: (f.segment, f.lang.value, f.check))
