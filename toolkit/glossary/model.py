"""The glossary model: concepts with terms in kk, ru and en. Values only, no I/O.

The shape follows TBX-Basic (ISO 30042): a *concept* (``conceptEntry``) holds, per language
(``langSec``), one or more *terms* (``termSec``), each with an administrative status and a term
type. Unlike a source/target term base, nothing here has a direction: the same concept serves
a ru→en check, a kk→ru check and the aligner.

>>> ru = (Term("Красноярский край"),)
>>> en = (Term("Krasnoyarsk Krai"), Term("Krasnoyarsk Territory", Status.ADMITTED))
>>> krai = Concept("place-krasnoyarsk-krai", Kind.PLACE, ru=ru, en=en)
>>> krai.preferred(Lang.EN).text
'Krasnoyarsk Krai'
>>> [t.text for t in krai.approved(Lang.EN)]
['Krasnoyarsk Krai', 'Krasnoyarsk Territory']
>>> krai.preferred(Lang.KK) is None
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from toolkit.lang import LANGS, Lang

__all__ = [
    "ID_PATTERN",
    "Concept",
    "Derived",
    "Form",
    "Glossary",
    "Kind",
    "Status",
    "Term",
    "TermType",
    "lookup_key",
]


class Kind(StrEnum):
    """What a concept is. Each kind is stored in its own file of the glossary folder."""

    TITLE = "title"
    PERSON = "person"
    PLACE = "place"
    ORGANISATION = "organisation"
    EVENT = "event"
    OTHER = "other"


class Status(StrEnum):
    """TBX administrative status. Preferred and admitted terms are approved renderings."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    FORBIDDEN = "forbidden"

    @property
    def approved(self) -> bool:
        """Whether a translation may use a term of this status."""
        return self in (Status.PREFERRED, Status.ADMITTED)


class TermType(StrEnum):
    """TBX term type (the values are TBX's own spelling)."""

    FULL_FORM = "fullForm"
    SHORT_FORM = "shortForm"
    ACRONYM = "acronym"
    ABBREVIATION = "abbreviation"
    VARIANT = "variant"


class Form(StrEnum):
    """What a derived form of a concept is: a relational adjective or a demonym."""

    ADJECTIVE = "adjective"
    DEMONYM = "demonym"


# Readable, stable ids: lower-case ASCII words joined by hyphens, e.g. "place-krasnoyarsk-krai".
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class Term:
    """One rendering of a concept in one language.

    ``case_sensitive`` is for acronyms (РК is not рк); ``inflects`` is False for terms that never
    change form (a Latin-script brand inside Russian text). ``latin`` is the Kazakh Latin-script
    (2021 alphabet) spelling when it must differ from the mechanical transliteration; it is empty
    for ru and en terms and usually for kk ones too. Empty strings mean "not given".
    """

    text: str
    status: Status = Status.PREFERRED
    type: TermType = TermType.FULL_FORM
    note: str = ""
    case_sensitive: bool = False
    inflects: bool = True
    latin: str = ""


@dataclass(frozen=True, slots=True)
class Derived:
    """A word derived from a concept's name in one language: its relational adjective
    ("российский", "Russian", "ресейлік") or its demonym ("россиянин").

    A derived form renders the concept in a translation ("Russian government" renders
    "Правительство РФ"), is never a misspelling of the concept's terms, and is not an approved
    term in its own right: it is never suggested and never reported as untranslated. ``text``
    is the dictionary form (ru: masculine nominative singular; the matcher inflects it). The
    other fields mean what they mean on :class:`Term`.

    >>> Derived(Lang.RU, "российский").form
    <Form.ADJECTIVE: 'adjective'>
    """

    lang: Lang
    text: str
    form: Form = Form.ADJECTIVE
    note: str = ""
    case_sensitive: bool = False
    inflects: bool = True
    latin: str = ""


@dataclass(frozen=True, slots=True)
class Concept:
    """A thing the glossary names: a person, a title, a place, an organisation, an event.

    ``related`` lists ids of other concepts (a title's holder, a city's region); ``homonyms``
    lists concepts that knowingly share a term with this one (it explains the validator's
    shared-term warning, which is otherwise a sign of a duplicate concept). ``derived`` holds
    the concept's adjectives and demonyms in every language (see :class:`Derived`), in the
    glossary's order; ``broader`` lists ids of generic broader concepts (TBX
    ``broaderConceptGeneric``): rendering this concept also renders each of them ("President of
    Russia" renders "president").
    """

    id: str
    kind: Kind
    kk: tuple[Term, ...] = ()
    ru: tuple[Term, ...] = ()
    en: tuple[Term, ...] = ()
    definition: str = ""
    note: str = ""
    source: str = ""
    related: tuple[str, ...] = ()
    homonyms: tuple[str, ...] = ()
    derived: tuple[Derived, ...] = ()
    broader: tuple[str, ...] = ()

    def terms(self, lang: Lang) -> tuple[Term, ...]:
        """All terms of one language, in the glossary's order."""
        terms: tuple[Term, ...] = getattr(self, lang.value)
        return terms

    def preferred(self, lang: Lang) -> Term | None:
        """The preferred term in ``lang``, or None when the language has no terms."""
        return next((t for t in self.terms(lang) if t.status is Status.PREFERRED), None)

    def approved(self, lang: Lang) -> tuple[Term, ...]:
        """Preferred and admitted terms: the renderings a translation may use."""
        return tuple(t for t in self.terms(lang) if t.status.approved)

    def derived_in(self, lang: Lang) -> tuple[Derived, ...]:
        """The derived forms of one language, in the glossary's order."""
        return tuple(d for d in self.derived if d.lang is lang)

    def all_terms(self) -> Iterator[tuple[Lang, Term]]:
        """Every term with its language, kk first, then ru, then en."""
        for lang in LANGS:
            for term in self.terms(lang):
                yield lang, term


def lookup_key(text: str) -> str:
    """Key for case-insensitive lookup by people: NFC, case folded, ё→е, spaces collapsed.
    (Matching keys a single word with :func:`toolkit.text.normalize.fold`, which also mends
    Latin look-alike letters in Cyrillic words.)

    >>> lookup_key("  Ерёмин ") == lookup_key("ЕРЕМИН")
    True
    """
    text = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return " ".join(text.split())


@dataclass(frozen=True)
class Glossary:
    """An ordered collection of concepts with unique ids (the validator guarantees uniqueness)."""

    concepts: tuple[Concept, ...] = field(default=())

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def __len__(self) -> int:
        return len(self.concepts)

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self._by_id

    @cached_property
    def _by_id(self) -> dict[str, Concept]:
        return {c.id: c for c in self.concepts}

    def get(self, concept_id: str) -> Concept | None:
        """The concept with this id, or None."""
        return self._by_id.get(concept_id)

    @cached_property
    def _broader(self) -> dict[str, frozenset[str]]:
        closure: dict[str, frozenset[str]] = {}

        def visit(concept_id: str, path: frozenset[str]) -> frozenset[str]:
            if concept_id in closure:
                return closure[concept_id]
            concept = self._by_id.get(concept_id)
            found: set[str] = set()
            for target in concept.broader if concept else ():
                if target in path or target == concept_id:
                    continue  # a cycle (the validator reports it): stop there
                found.add(target)
                found |= visit(target, path | {concept_id})
            closure[concept_id] = frozenset(found)
            return closure[concept_id]

        for concept in self.concepts:
            visit(concept.id, frozenset())
        return closure

    def broader_of(self, concept_id: str) -> frozenset[str]:
        """Every concept that ``concept_id`` is narrower than, following ``broader`` links
        transitively ("President of Russia" → "president").

        >>> g = Glossary((Concept("title-president", Kind.TITLE, en=(Term("president"),)),
        ...     Concept("title-president-russia", Kind.TITLE, en=(Term("President of Russia"),),
        ...             broader=("title-president",))))
        >>> sorted(g.broader_of("title-president-russia"))
        ['title-president']
        """
        return self._broader.get(concept_id, frozenset())

    def of_kind(self, kind: Kind) -> tuple[Concept, ...]:
        """Concepts of one kind, in glossary order."""
        return tuple(c for c in self.concepts if c.kind is kind)

    def sorted(self) -> Glossary:
        """The same concepts sorted by id: the canonical order."""
        return Glossary(tuple(sorted(self.concepts, key=lambda c: c.id)))

    def search(self, query: str) -> list[Concept]:
        """Concepts whose id or any term in any language contains ``query``, best first.

        Case, ё/е and spacing are ignored. Exact matches of a whole term come first, then terms
        that start with the query, then terms that merely contain it; ties keep glossary order.

        >>> uss = (Term("Александр Усс"), Term("Усс", type=TermType.SHORT_FORM))
        >>> g = Glossary((Concept("person-uss-alexander", Kind.PERSON, ru=uss),))
        >>> [c.id for c in g.search("усс")]
        ['person-uss-alexander']
        """
        key = lookup_key(query)
        if not key:
            return []
        ranked: list[tuple[tuple[int, int], int, Concept]] = []
        for position, concept in enumerate(self.concepts):
            texts = [lookup_key(t.text) for _, t in concept.all_terms()]
            texts += [lookup_key(t.latin) for _, t in concept.all_terms() if t.latin]
            rank = _rank(key, texts, concept.id)
            if rank is not None:
                ranked.append((rank, position, concept))
        ranked.sort(key=lambda item: (item[0], item[1]))
        return [concept for _, _, concept in ranked]

    @staticmethod
    def of(concepts: Iterable[Concept]) -> Glossary:
        """A glossary of these concepts, in the given order."""
        return Glossary(tuple(concepts))


def _rank(key: str, texts: list[str], concept_id: str) -> tuple[int, int] | None:
    """(how well, length of the best matching term): whole term, then word prefix, then part.

    Among equally good matches the concept whose matching term is shortest comes first, as it
    is the closest to what was typed ("красноярский" finds Красноярский край before the forum).
    """
    tiers: tuple[Callable[[str], bool], ...] = (
        lambda t: t == key,
        lambda t: any(w.startswith(key) for w in [t, *t.split()]),
        lambda t: key in t,
    )
    for tier, matches in enumerate(tiers):
        lengths = [len(t) for t in texts if matches(t)]
        if lengths:
            return tier, min(lengths)
    if key == concept_id:
        return 0, 0
    if key in concept_id:
        return 2, len(concept_id)
    return None
