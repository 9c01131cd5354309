"""Term checks: missing, forbidden, inconsistent and untranslated glossary terms.

All of them read the mentions that the matcher found on both sides, so an inflected form is
as good as the base form: "Губернатором Красноярского края" renders "Governor of Krasnoyarsk
Krai", and "Ермеком Кошербаевым" needs no flag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from toolkit.check.base import CheckBase, Context, Finding, Majority, Pair, Severity, Span
from toolkit.check.metonymy import metonymic
from toolkit.evidence import other_sense
from toolkit.glossary.model import Concept, Glossary, Term, TermType
from toolkit.i18n import gettext as _
from toolkit.labels import status_label
from toolkit.lang import Lang
from toolkit.match import NAME_KINDS, Match, base_key, word_keys
from toolkit.text.lexicon import glossary_words, is_known
from toolkit.text.tokenize import tokenize

__all__ = [
    "EntryFuzzy",
    "TermForbidden",
    "TermInconsistent",
    "TermMissing",
    "TermMisspelled",
    "TermUntranslated",
    "asking",
    "expected_rendering",
    "rendered_concepts",
    "unrendered",
]


def _preferred_text(concept: Concept | None, context: Context) -> str:
    if concept is None:
        return ""
    preferred = concept.preferred(context.target_lang)
    return preferred.text if preferred else ""


def expected_rendering(concept: Concept, source_term: str, context: Context) -> str:
    """The target term to suggest: the preferred one, unless the source used a term of another
    type and the target has an approved term of that type (source "Казахстан", a short form →
    "Kazakhstan" rather than "Republic of Kazakhstan")."""
    preferred = concept.preferred(context.target_lang)
    source = next((t for t in concept.terms(context.source_lang) if t.text == source_term), None)
    if source is not None and (preferred is None or preferred.type is not source.type):
        same_type = next((t for t in concept.approved(context.target_lang)
                          if t.type is source.type), None)
        if same_type is not None:
            return same_type.text
    return preferred.text if preferred else ""


class EntryFuzzy(CheckBase):
    """A segment its tool marks as a draft (PO fuzzy, XLIFF needs-review): checked, and said."""

    id = "entry-fuzzy"
    severity = Severity.INFO

    @property
    def title(self) -> str:
        return _("Translation marked as not final")

    def run(self, context: Context) -> Iterator[Finding]:
        for pair in context.pairs:
            if pair.fuzzy:
                yield Finding(self.id, self.severity, pair.index, pair.target_line,
                              _("the translation is marked fuzzy (not final) in its file"),
                              context.target_lang)


def rendered_concepts(mentions: Iterable[Match], glossary: Glossary) -> set[str]:
    """The concepts that mentions in a translation render: each mentioned concept (by a term
    or by a derived form: "Russian government" renders Russia) and every concept broader
    than it ("President of Russia" renders "president")."""
    concepts = {m.concept for m in mentions}
    for concept_id in list(concepts):
        concepts |= glossary.broader_of(concept_id)
    return concepts


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’.&-]*")


def kept_as_name(text: str, target: str) -> bool:
    """Whether ``text`` (a source mention in Latin script) stands in a Cyrillic ``target`` as
    part of a longer Latin-script name kept as it is: "U.S." in "U.S. Drought Monitor", "China"
    in “South China Morning Post”. The translator kept a name, not an untranslated term.

    >>> kept_as_name("China", "“South China Morning Post” газетінің айтуынша")
    True
    >>> kept_as_name("China", "China туралы"), kept_as_name("NBC", "CBS, ABC, , MSNBC")
    (False, False)
    """
    if not text or not text[:1].isascii() or not text[:1].isalpha():
        return False
    for match in re.finditer(r"(?<![\w'’.&-])" + re.escape(text) + r"(?![\w'’&-])", target):
        begin, end = match.start(), match.end()
        words = 1
        before = target[:begin].rstrip(" ")
        after = target[end:].lstrip(" .")
        previous = _LATIN_WORD.findall(before[-40:])
        following = _LATIN_WORD.match(after)
        if previous and before.endswith(previous[-1]) and previous[-1][:1].isupper():
            words += 1
        if following and following.group()[:1].isupper():
            words += 1
        if words > 1:
            return True
    return False


def unrendered(mentions: Iterable[Match], rendered: set[str],
               context: Context) -> Iterator[tuple[Match, Concept]]:
    """Source mentions whose concept is not in ``rendered`` and has approved target terms,
    the first mention of each concept only. Derived forms in the source ("Russian") ask for
    nothing: an adjective is often rendered by a construction that names nothing."""
    reported: set[str] = set()
    for mention in mentions:
        if mention.derived:
            continue
        concept = context.glossary.get(mention.concept)
        if (concept is None or mention.concept in rendered or mention.concept in reported
                or not concept.approved(context.target_lang)):
            continue
        reported.add(mention.concept)
        yield mention, concept


def _public_offices(context: Context) -> frozenset[str]:
    """The generic titles that the glossary makes broader than others (the state offices:
    president, governor, ambassador), computed once per document (``context.memo``)."""
    key = ("public offices",)
    if key not in context.memo:
        context.memo[key] = frozenset(b for concept in context.glossary for b in concept.broader)
    return context.memo[key]  # type: ignore[return-value]


def asking(mentions: Sequence[Match], text: str, context: Context) -> list[Match]:
    """The source mentions of one line that ask the translation for a rendering: those the
    text does not show to be in another sense (:func:`toolkit.evidence.other_sense`:
    "долл. США", "послом марки", "the prison's governor")."""
    if not mentions:
        return []
    glossary, lang = context.glossary, context.source_lang
    tokens = tokenize(text)
    first = {t.start: i for i, t in enumerate(tokens)}
    after = {t.end: i + 1 for i, t in enumerate(tokens)}
    starts = frozenset(first[m.start] for m in mentions if m.start in first)
    offices = _public_offices(context)
    out = []
    for mention in mentions:
        concept = glossary.get(mention.concept)
        start, end = first.get(mention.start), after.get(mention.end)
        if concept is not None and start is not None and end is not None \
                and not mention.derived:
            term = next((t for t in concept.terms(lang) if t.text == mention.term),
                        Term(mention.term))
            if other_sense(lang, concept.kind, term, tokens, start, end, starts,
                           concept.id in offices):
                continue
        out.append(mention)
    return out


def _unrendered(pair: Pair, context: Context) -> Iterator[tuple[Match, Concept]]:
    rendered = rendered_concepts(pair.target_mentions, context.glossary)
    if context.target_lang is not Lang.EN:
        rendered |= {m.concept for m in pair.source_mentions if kept_as_name(m.text, pair.target)}
    rendered |= metonymic(pair, rendered, context)
    source = asking(pair.source_mentions, pair.source, context)
    return unrendered(source, rendered, context)


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of two short words, or limit + 1 as soon as it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, start=1):
        current = [i]
        for j, other in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char != other)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _close(term_key: str, candidates: frozenset[str]) -> bool:
    """Whether one of a text word's keys is the term word's key with a slip: one letter off
    for words of five letters or more, two for words of ten or more."""
    limit = 2 if len(term_key) >= 10 else 1 if len(term_key) >= 5 else 0
    return limit > 0 and any(_distance(term_key, c, limit) <= limit for c in candidates)


def near_miss(concept: Concept, pair: Pair, context: Context) -> tuple[Span, str] | None:
    """A place in the target that is an approved term of ``concept`` but for a slip of a letter
    or two in some of its words ("Тұнық мұхиттың" for "Тынық мұхит", "уинверситетінің"), and
    the term it misspells; None when there is none. Computed once per segment and concept."""
    key = ("near-miss", pair.index, concept.id)
    if key not in context.memo:
        context.memo[key] = _near_miss(concept, pair, context)
    return context.memo[key]  # type: ignore[return-value]


def _lexicon(context: Context) -> frozenset[str]:
    key = ("glossary-words", context.target_lang)
    if key not in context.memo:
        context.memo[key] = glossary_words(context.glossary, context.target_lang)
    return context.memo[key]  # type: ignore[return-value]


def _near_miss(concept: Concept, pair: Pair, context: Context) -> tuple[Span, str] | None:
    lang = context.target_lang
    tokens = [t for t in tokenize(pair.target) if t.is_word]
    known = _lexicon(context) if lang is Lang.KK else frozenset()
    own = frozenset(base_key(t.text, lang) for term in concept.terms(lang)
                    for t in tokenize(term.text) if t.is_word)
    for term in concept.approved(lang):
        words = [t.text for t in tokenize(term.text) if t.is_word]
        if not words or len(words) > len(tokens):
            continue
        term_keys = [base_key(w, lang) for w in words]
        # A name's misspelling is still written with a capital ("адамдардың" is no "Адамс").
        capitals = [concept.kind in NAME_KINDS and w[:1].isupper() for w in words]
        for start in range(len(tokens) - len(words) + 1):
            window = tokens[start:start + len(words)]
            slips = 0
            for key, capital, token in zip(term_keys, capitals, window, strict=True):
                keys = word_keys(token.text, lang) | {base_key(token.text, lang)}
                if key in keys:
                    continue
                if (capital and not token.text[:1].isupper()) or not _close(key, keys):
                    break
                # A word the language knows is that word, not a slip: "Indonesian" is no
                # misspelling of Indonesia, nor "Австрия" of Австралия.
                if is_known(token.text, lang, known, own):
                    break
                slips += 1
            else:
                if slips:
                    first, last = window[0], window[-1]
                    return Span(first.start, last.end, pair.target[first.start:last.end]), \
                        term.text
    return None


class TermMisspelled(CheckBase):
    """The target has a glossary term with a slip of a letter or two: a likely misspelling
    rather than a missing term."""

    id = "term-misspelled"
    severity = Severity.WARNING

    @property
    def title(self) -> str:
        return _("Glossary term misspelled")

    def run(self, context: Context) -> Iterator[Finding]:
        for pair in context.pairs:
            for mention, concept in _unrendered(pair, context):
                near = near_miss(concept, pair, context)
                if near is None:
                    continue
                span, term = near
                yield Finding(
                    self.id, self.severity, pair.index, pair.target_line,
                    _("“{found}” looks like a misspelling of “{expected}”").format(
                        found=span.text, expected=term),
                    context.target_lang, concept=concept.id, expected=term, found=span.text,
                    suggestion=term, source_span=Span.of(mention), target_span=span)


class TermMissing(CheckBase):
    """The source mentions a concept; the target renders it with none of its approved terms
    (and with nothing that looks like a misspelling of one: that is term-misspelled)."""

    id = "term-missing"
    severity = Severity.ERROR
    majority = Majority.RENDERING

    @property
    def title(self) -> str:
        return _("Glossary term missing in the translation")

    def run_document(self, context: Context) -> Iterator[Finding]:
        """A concept mentioned anywhere in the source must be rendered somewhere in the
        translation; reported at its first mention."""
        rendered = rendered_concepts(
            (m for pair in context.pairs for m in pair.target_mentions), context.glossary)
        for pair in context.pairs:
            rendered |= metonymic(pair, rendered, context)
        where = {id(m): pair for pair in context.pairs for m in pair.source_mentions}
        mentions = [m for pair in context.pairs
                    for m in asking(pair.source_mentions, pair.source, context)]
        for mention, concept in unrendered(mentions, rendered, context):
            pair = where[id(mention)]
            preferred = concept.preferred(context.target_lang)
            expected = preferred.text if preferred else ""
            yield Finding(
                self.id, self.severity, pair.index, pair.source_line,
                _("“{source}” (source line {line}) is rendered nowhere in the translation; "
                  "expected “{expected}”").format(source=mention.text, line=pair.source_line,
                                                  expected=expected),
                context.target_lang, concept=mention.concept, expected=expected,
                suggestion=expected, source_span=Span.of(mention))

    def combine(self, findings: list[Finding]) -> list[Finding]:
        """A term left untranslated is also a missing rendering: one finding says both, as
        the error, with the untranslated text as what was found."""
        untranslated = TermUntranslated.id
        leftovers = {(f.segment, f.concept): f for f in findings if f.check == untranslated}
        missing = {(f.segment, f.concept) for f in findings if f.check == self.id}
        merged = []
        for finding in findings:
            leftover = leftovers.get((finding.segment, finding.concept))
            if finding.check == self.id and leftover is not None:
                merged.append(replace(
                    finding, found=leftover.found, target_span=leftover.target_span,
                    message=_("{message}; “{found}” is left untranslated").format(
                        message=finding.message, found=leftover.found)))
            elif finding.check != untranslated or (finding.segment,
                                                   finding.concept) not in missing:
                merged.append(finding)
        return merged

    def run(self, context: Context) -> Iterator[Finding]:
        for pair in context.pairs:
            for mention, concept in _unrendered(pair, context):
                if near_miss(concept, pair, context) is not None:
                    continue
                expected = expected_rendering(concept, mention.term, context)
                yield Finding(
                    self.id, self.severity, pair.index, pair.target_line,
                    _("“{source}” is not rendered as “{expected}” (or another approved term)")
                    .format(source=mention.text, expected=expected),
                    context.target_lang, concept=mention.concept, expected=expected,
                    suggestion=expected, source_span=Span.of(mention))


class TermForbidden(CheckBase):
    """The target uses a deprecated or forbidden term."""

    id = "term-forbidden"
    severity = Severity.ERROR

    @property
    def title(self) -> str:
        return _("Deprecated or forbidden term")

    def run(self, context: Context) -> Iterator[Finding]:
        for pair in context.pairs:
            for mention in pair.target_mentions:
                if mention.status.approved:
                    continue
                concept = context.glossary.get(mention.concept)
                expected = _preferred_text(concept, context)
                term = concept and next((t for t in concept.terms(context.target_lang)
                                         if t.text == mention.term), None)
                note = f" ({term.note})" if term and term.note else ""
                yield Finding(
                    self.id, self.severity, pair.index, pair.target_line,
                    _("“{found}” is a {status} term; use “{expected}”{note}").format(
                        found=mention.text, status=status_label(mention.status), expected=expected,
                        note=note),
                    context.target_lang, concept=mention.concept, expected=expected,
                    found=mention.text, suggestion=expected, target_span=Span.of(mention))


# Short forms, acronyms and abbreviations stand beside the full form by design ("Yermek
# Kosherbayev" ... "Kosherbayev"); two *full* renderings of one concept are the inconsistency.
_FULL = (TermType.FULL_FORM, TermType.VARIANT)
_JUXTAPOSED = re.compile(r"^[\s()\[\]«»\"“”„',/–—-]{0,4}$")


class TermInconsistent(CheckBase):
    """One concept rendered with two different approved full terms in one document."""

    id = "term-inconsistent"
    severity = Severity.WARNING

    @property
    def title(self) -> str:
        return _("One concept, two renderings")

    def run(self, context: Context) -> Iterator[Finding]:
        first: dict[str, tuple[str, Pair]] = {}
        for pair in context.pairs:
            previous_end: dict[str, int] = {}
            for mention in pair.target_mentions:
                # Two renderings side by side mirror the source ("чемпионате по робототехнике
                # FIRST RUSSIA ROBOTICS CHAMPIONSHIP", "Krai (Territory)"): not inconsistent.
                gap = pair.target[previous_end.get(mention.concept, -99):mention.start]
                juxtaposed = mention.concept in previous_end and _JUXTAPOSED.match(gap)
                previous_end[mention.concept] = mention.end
                concept = context.glossary.get(mention.concept)
                if concept is None or not mention.status.approved or mention.derived:
                    continue
                term = next((t for t in concept.terms(context.target_lang)
                             if t.text == mention.term), None)
                if term is None or term.type not in _FULL:
                    continue
                if mention.concept not in first:
                    first[mention.concept] = (term.text, pair)
                    continue
                used, where = first[mention.concept]
                if term.text != used and not juxtaposed:
                    yield Finding(
                        self.id, self.severity, pair.index, pair.target_line,
                        _("“{found}” here, “{used}” in segment {segment}: keep one rendering")
                        .format(found=mention.text, used=used, segment=where.index + 1),
                        context.target_lang, concept=mention.concept, expected=used,
                        found=mention.text, suggestion=used, target_span=Span.of(mention))


class TermUntranslated(CheckBase):
    """A source-language term left as it is in the target where the glossary has a target term
    ("Красцветмет" in English text)."""

    id = "term-untranslated"
    severity = Severity.WARNING

    @property
    def title(self) -> str:
        return _("Source term left untranslated")

    def run(self, context: Context) -> Iterator[Finding]:
        source_matcher = context.matchers[context.source_lang]
        for pair in context.pairs:
            covered = {(m.start, m.end, m.concept) for m in pair.target_mentions}
            spans = [(m.start, m.end) for m in pair.target_mentions]
            for leftover in source_matcher.find(pair.target):
                concept = context.glossary.get(leftover.concept)
                if (concept is None or leftover.derived
                        or not concept.approved(context.target_lang)):
                    continue
                # A source term that is also a target term ("Абакан" in ru and kk) is fine, and
                # so is a word of a foreign name kept as it is ("U.S. Drought Monitor").
                if (leftover.start, leftover.end, leftover.concept) in covered or any(
                        s <= leftover.start and leftover.end <= e for s, e in spans) or (
                        context.target_lang is not Lang.EN
                        and kept_as_name(leftover.text, pair.target)):
                    continue
                expected = _preferred_text(concept, context)
                yield Finding(
                    self.id, self.severity, pair.index, pair.target_line,
                    _("“{found}” is left in the source language; the glossary has “{expected}”")
                    .format(found=leftover.text, expected=expected),
                    context.target_lang, concept=leftover.concept, expected=expected,
                    found=leftover.text, suggestion=expected, target_span=Span.of(leftover))
