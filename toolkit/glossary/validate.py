"""Semantic rules of a glossary, and the problems they report with file and line.

Readers (``store``, ``io.csv``) report what is wrong with the *shape* of their input (bad YAML,
unknown keys, unknown kinds or statuses) as they read it; :func:`validate` then checks the rules
that hold across terms and concepts, whatever format the glossary came from:

========================  ========  ===================================================
code                      severity  rule
========================  ========  ===================================================
``bad-id``                error     ids are lower-case ASCII words joined by hyphens
``bad-character``         error     no text holds a control character or a lone surrogate,
                                    which no XML, TBX or UTF-8 file can hold (a CSV or
                                    a workbook can bring them in; YAML refuses them)
``duplicate-id``          error     each id names one concept
``no-terms``              error     a concept has a term in at least one language
``empty-term``            error     a term has text
``no-preferred``          error     a language with terms has a preferred one ...
``many-preferred``        error     ... and only one
``duplicate-term``        error     a term appears once per concept and language
``latin-not-kk``          error     only Kazakh terms have a Latin-script form
``unknown-related``       error     ``related``, ``homonyms`` and ``broader`` name
                                    existing concepts other than the concept itself
``broader-cycle``         error     following ``broader`` links never leads back to a
                                    concept
``empty-derived``         error     a derived form has text
``duplicate-derived``     error     a derived form appears once per concept and language
``derived-is-term``       error     a derived form is not also a term of its concept in
                                    that language (it is either a name or a derivation)
``shared-term``           warning   two concepts share a term in one language, unless
                                    one lists the other in ``homonyms``
========================  ========  ===================================================
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from toolkit.glossary.model import ID_PATTERN, Glossary, Status, lookup_key
from toolkit.i18n import gettext as _
from toolkit.lang import LANGS, Lang
from toolkit.severity import Severity

# What the checks below call with each problem they find.
Reporter = Callable[[Severity, str, str, "Origin"], None]

# Characters XML 1.0 cannot carry (tab and line breaks are fine), and lone surrogates: no
# glossary text may hold them, whatever file it came from (the YAML reader uses them too).
XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
SURROGATE = re.compile("[\ud800-\udfff]")

__all__ = ["Origin", "Problem", "Severity", "SourceMap", "has_errors", "validate"]


@dataclass(frozen=True)
class Origin:
    """Where something was read: a file as the user named it and a 1-based line, if known."""

    file: str
    line: int | None = None

    def __str__(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Problem:
    """One finding about a glossary. ``code`` is stable (for scripts); ``message`` is localised."""

    severity: Severity
    code: str
    message: str
    origin: Origin

    @property
    def file(self) -> str:
        return self.origin.file

    @property
    def line(self) -> int | None:
        return self.origin.line

    def __str__(self) -> str:
        label = _("error") if self.severity is Severity.ERROR else _("warning")
        return f"{self.origin}: {label}: {self.message} [{self.code}]"


@dataclass
class SourceMap:
    """Where each concept and term of a glossary was read, by position.

    Positions rather than ids, because a glossary with a duplicate id must still say where both
    copies are. ``terms`` is keyed by (concept index, language, term index), ``derived`` by
    (concept index, index in the concept's ``derived``).
    """

    concepts: list[Origin] = field(default_factory=list)
    terms: dict[tuple[int, Lang, int], Origin] = field(default_factory=dict)
    derived: dict[tuple[int, int], Origin] = field(default_factory=dict)

    def concept(self, index: int) -> Origin:
        if index < len(self.concepts):
            return self.concepts[index]
        return Origin("<glossary>")

    def term(self, index: int, lang: Lang, term_index: int) -> Origin:
        return self.terms.get((index, lang, term_index)) or self.concept(index)

    def derived_form(self, index: int, form_index: int) -> Origin:
        return self.derived.get((index, form_index)) or self.concept(index)


def has_errors(problems: list[Problem]) -> bool:
    """Whether any problem is an error (warnings alone leave a glossary usable)."""
    return any(p.severity is Severity.ERROR for p in problems)


def validate(glossary: Glossary, where: SourceMap | None = None) -> list[Problem]:
    """All rule violations of ``glossary``, in file order (see the module docstring)."""
    where = where or SourceMap()
    problems: list[Problem] = []

    def report(severity: Severity, code: str, message: str, origin: Origin) -> None:
        problems.append(Problem(severity, code, message, origin))

    error = Severity.ERROR
    first_seen: dict[str, int] = {}
    for i, concept in enumerate(glossary.concepts):
        here = where.concept(i)
        _check_characters(i, glossary, where, report)
        if not ID_PATTERN.match(concept.id):
            report(error, "bad-id", _(
                "id {id!r} must be lower-case ASCII words joined by hyphens, "
                "like place-krasnoyarsk-krai").format(id=concept.id), here)
        if concept.id in first_seen:
            report(error, "duplicate-id", _("id {id!r} is already used at {place}").format(
                id=concept.id, place=where.concept(first_seen[concept.id])), here)
        else:
            first_seen[concept.id] = i
        if not any(concept.terms(lang) for lang in LANGS):
            report(error, "no-terms", _("concept {id!r} has no terms in any language").format(
                id=concept.id), here)
        for lang in LANGS:
            _check_language(i, concept.id, lang, glossary, where, report)

    ids = set(first_seen)
    for i, concept in enumerate(glossary.concepts):
        _check_derived(i, glossary, where, report)
        for key, targets in (("related", concept.related), ("homonyms", concept.homonyms),
                             ("broader", concept.broader)):
            for target in targets:
                if target not in ids or target == concept.id:
                    report(error, "unknown-related", _(
                        "{key} of {id!r} names {target!r}, which is not another concept of "
                        "this glossary").format(key=key, id=concept.id, target=target),
                        where.concept(i))

    problems.extend(_broader_cycles(glossary, where))
    problems.extend(_shared_terms(glossary, where))
    problems.sort(key=lambda p: (p.severity is not Severity.ERROR, p.file, p.line or 0))
    return problems


def _check_characters(i: int, glossary: Glossary, where: SourceMap, report: Reporter) -> None:
    """Text that an export could not write: control characters, lone surrogates."""
    concept = glossary.concepts[i]
    texts = [(key, getattr(concept, key), where.concept(i))
             for key in ("id", "definition", "note", "source")]
    for lang in LANGS:
        for j, term in enumerate(concept.terms(lang)):
            origin = where.term(i, lang, j)
            texts += [("term", term.text, origin), ("note", term.note, origin),
                      ("latin", term.latin, origin)]
    for j, form in enumerate(concept.derived):
        origin = where.derived_form(i, j)
        texts += [("form", form.text, origin), ("note", form.note, origin),
                  ("latin", form.latin, origin)]
    for key, text, origin in texts:
        control = XML_UNSAFE.search(text)
        if control:
            report(Severity.ERROR, "bad-character", _(
                "{key} holds the control character {code}, which no XML or spreadsheet file "
                "can hold").format(key=key, code=f"U+{ord(control[0]):04X}"), origin)
        surrogate = SURROGATE.search(text)
        if surrogate:
            report(Severity.ERROR, "bad-character", _(
                "{key} holds a lone UTF-16 surrogate ({code}), which no UTF-8 file can hold")
                .format(key=key, code=f"U+{ord(surrogate[0]):04X}"), origin)


def _check_language(
    i: int, concept_id: str, lang: Lang, glossary: Glossary, where: SourceMap, report: Reporter
) -> None:
    terms = glossary.concepts[i].terms(lang)
    if not terms:
        return
    error = Severity.ERROR
    preferred = [j for j, t in enumerate(terms) if t.status is Status.PREFERRED]
    if not preferred:
        report(error, "no-preferred", _(
            "concept {id!r} has {lang} terms but none is preferred").format(
            id=concept_id, lang=lang.value), where.term(i, lang, 0))
    for j in preferred[1:]:
        report(error, "many-preferred", _(
            "concept {id!r} has more than one preferred {lang} term: {first!r} and {other!r}"
        ).format(id=concept_id, lang=lang.value, first=terms[preferred[0]].text,
                 other=terms[j].text), where.term(i, lang, j))
    seen: set[str] = set()
    for j, term in enumerate(terms):
        origin = where.term(i, lang, j)
        if not term.text.strip():
            report(error, "empty-term", _("concept {id!r} has an empty {lang} term").format(
                id=concept_id, lang=lang.value), origin)
            continue
        # Folded whatever the case sensitivity: "КНДР" and "кндр" in one concept are one term
        # written twice, and a spreadsheet keyed by term text could not tell them apart.
        key = lookup_key(term.text)
        if key in seen:
            report(error, "duplicate-term", _(
                "concept {id!r} lists the {lang} term {term!r} twice").format(
                id=concept_id, lang=lang.value, term=term.text), origin)
        seen.add(key)
        if term.latin and lang is not Lang.KK:
            report(error, "latin-not-kk", _(
                "{lang} term {term!r} has a Latin-script form; only Kazakh terms have one"
            ).format(lang=lang.value, term=term.text), origin)


def _check_derived(i: int, glossary: Glossary, where: SourceMap, report: Reporter) -> None:
    concept = glossary.concepts[i]
    error = Severity.ERROR
    seen: set[tuple[Lang, str]] = set()
    for j, form in enumerate(concept.derived):
        origin = where.derived_form(i, j)
        if not form.text.strip():
            report(error, "empty-derived", _(
                "concept {id!r} has an empty {lang} derived form").format(
                id=concept.id, lang=form.lang.value), origin)
            continue
        key = lookup_key(form.text)
        if (form.lang, key) in seen:
            report(error, "duplicate-derived", _(
                "concept {id!r} lists the {lang} derived form {term!r} twice").format(
                id=concept.id, lang=form.lang.value, term=form.text), origin)
        seen.add((form.lang, key))
        if any(lookup_key(t.text) == key for t in concept.terms(form.lang)):
            report(error, "derived-is-term", _(
                "the {lang} derived form {term!r} of {id!r} is also one of its terms; "
                "keep it in one place").format(
                lang=form.lang.value, term=form.text, id=concept.id), origin)
        if form.latin and form.lang is not Lang.KK:
            report(error, "latin-not-kk", _(
                "{lang} term {term!r} has a Latin-script form; only Kazakh terms have one"
            ).format(lang=form.lang.value, term=form.text), origin)


def _broader_cycles(glossary: Glossary, where: SourceMap) -> list[Problem]:
    """One error per cycle of ``broader`` links, at the first concept of the cycle read."""
    index = {c.id: i for i, c in reversed(list(enumerate(glossary.concepts)))}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    problems: list[Problem] = []
    for start in glossary.concepts:
        if start.id in state:
            continue
        path: list[str] = []
        stack: list[tuple[str, int]] = [(start.id, 0)]
        while stack:
            node, k = stack.pop()
            if k == 0:
                state[node] = 1
                path.append(node)
            targets = glossary.concepts[index[node]].broader
            if k < len(targets):
                stack.append((node, k + 1))
                target = targets[k]
                if target not in index or target == node:
                    continue  # reported as unknown-related
                if state.get(target) == 1:
                    cycle = [*path[path.index(target):], target]
                    first = min(cycle[:-1], key=lambda c: index[c])
                    problems.append(Problem(Severity.ERROR, "broader-cycle", _(
                        "broader links go round in a circle: {cycle}").format(
                        cycle=" → ".join(cycle)), where.concept(index[first])))
                elif target not in state:
                    stack.append((target, 0))
            else:
                state[node] = 2
                path.pop()
    return problems


def _shared_terms(glossary: Glossary, where: SourceMap) -> list[Problem]:
    """One warning per pair of concepts that share a term text in one language."""
    owners: dict[tuple[Lang, str], list[tuple[int, int]]] = defaultdict(list)
    for i, concept in enumerate(glossary.concepts):
        for lang in LANGS:
            for j, term in enumerate(concept.terms(lang)):
                key = lookup_key(term.text)
                if key and all(k != i for k, _ in owners[(lang, key)]):
                    owners[(lang, key)].append((i, j))
    problems = []
    for (lang, _key), places in owners.items():
        for n, (a, ja) in enumerate(places):
            for b, jb in places[n + 1:]:
                first, second = glossary.concepts[a], glossary.concepts[b]
                if second.id in first.homonyms or first.id in second.homonyms:
                    continue
                problems.append(Problem(Severity.WARNING, "shared-term", _(
                    "the {lang} term {term!r} belongs to {first!r} ({place}) and to {second!r}; "
                    "merge the concepts, or list each other in 'homonyms'"
                ).format(lang=lang.value, term=second.terms(lang)[jb].text, first=first.id,
                         place=where.term(a, lang, ja), second=second.id),
                    where.term(b, lang, jb)))
    return problems
