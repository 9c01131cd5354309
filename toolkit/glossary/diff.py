"""What changes between two glossaries: concepts added, removed, and changed field by field.

>>> from toolkit.glossary.model import Concept, Kind, Term
>>> old = Glossary((Concept("place-abakan", Kind.PLACE, ru=(Term("Абакан"),)),))
>>> new = Glossary((Concept("place-abakan", Kind.PLACE, ru=(Term("Абакан"),), note="City."),))
>>> [(c.id, [f.field for f in c.fields]) for c in glossary_diff(old, new).changed]
[('place-abakan', ['note'])]
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from toolkit.glossary.model import Concept, Derived, Glossary, Status, Term
from toolkit.lang import LANGS, Lang

__all__ = ["ConceptChange", "FieldChange", "GlossaryDiff", "Rename", "glossary_diff",
           "keep_unsaid", "term_summary"]


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class ConceptChange:
    id: str
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class GlossaryDiff:
    added: tuple[Concept, ...]
    removed: tuple[Concept, ...]
    changed: tuple[ConceptChange, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


def term_summary(terms: tuple[Term, ...]) -> str:
    """Terms as one readable line: "Абакан (preferred, fullForm); ..."."""
    parts = []
    for term in terms:
        extras = [term.status.value, term.type.value]
        if term.case_sensitive:
            extras.append("case-sensitive")
        if not term.inflects:
            extras.append("no inflection")
        if term.latin:
            extras.append(f"latin={term.latin}")
        if term.note:
            extras.append(f"note={term.note}")
        parts.append(f"{term.text} ({', '.join(extras)})")
    return "; ".join(parts)


def derived_summary(forms: tuple[Derived, ...]) -> str:
    """Derived forms as one readable line: "ru российский (adjective); ..."."""
    parts = []
    for form in forms:
        extras = [form.form.value]
        if form.case_sensitive:
            extras.append("case-sensitive")
        if not form.inflects:
            extras.append("no inflection")
        if form.latin:
            extras.append(f"latin={form.latin}")
        if form.note:
            extras.append(f"note={form.note}")
        parts.append(f"{form.lang.value} {form.text} ({', '.join(extras)})")
    return "; ".join(parts)


def _fields(old: Concept, new: Concept) -> tuple[FieldChange, ...]:
    changes = []
    if old.kind is not new.kind:
        changes.append(FieldChange("kind", old.kind.value, new.kind.value))
    for lang in LANGS:
        if old.terms(lang) != new.terms(lang):
            changes.append(FieldChange(lang.value, term_summary(old.terms(lang)),
                                       term_summary(new.terms(lang))))
    if old.derived != new.derived:
        changes.append(FieldChange("derived", derived_summary(old.derived),
                                   derived_summary(new.derived)))
    for name in ("definition", "note", "source"):
        if getattr(old, name) != getattr(new, name):
            changes.append(FieldChange(name, getattr(old, name), getattr(new, name)))
    for name in ("broader", "related", "homonyms"):
        if getattr(old, name) != getattr(new, name):
            changes.append(FieldChange(name, " ".join(getattr(old, name)),
                                       " ".join(getattr(new, name))))
    return tuple(changes)


def glossary_diff(old: Glossary, new: Glossary) -> GlossaryDiff:
    """The changes that turn ``old`` into ``new``, by concept id, in id order."""
    old_by_id = {c.id: c for c in old}
    new_by_id = {c.id: c for c in new}
    added = tuple(new_by_id[i] for i in sorted(set(new_by_id) - set(old_by_id)))
    removed = tuple(old_by_id[i] for i in sorted(set(old_by_id) - set(new_by_id)))
    changed = tuple(ConceptChange(i, _fields(old_by_id[i], new_by_id[i]))
                    for i in sorted(set(old_by_id) & set(new_by_id))
                    if old_by_id[i] != new_by_id[i])
    return GlossaryDiff(added, removed, changed)


# ------------------------------------------------------------------ what an import leaves unsaid

_CONCEPT_FIELDS = ("definition", "note", "source", "related", "homonyms", "broader")
_TERM_DETAILS = ("type", "note", "latin", "case_sensitive", "inflects")


@dataclass(frozen=True)
class Rename:
    """A term of ``concept`` in ``lang`` whose text changed from ``old`` to ``new`` (the same
    place on the Concepts sheet, no Terms row of its own): it keeps the old one's details."""

    concept: str
    lang: Lang
    old: str
    new: str


def keep_unsaid(current: Glossary, imported: Glossary, concept_columns: Collection[str],
                term_columns: Collection[str], detailed: Collection[tuple[str, str, str]],
                ) -> tuple[Glossary, list[Rename]]:
    """``imported`` with what its workbook did not say taken from ``current``.

    A concept field whose column the workbook lacks keeps its value; so do the terms of a
    missing "<lang> <status>" column. A term keeps the details (type, note, Latin form, case
    sensitivity, inflection) that its Terms row does not give: all of them when it has no row
    (no Terms sheet, or a term renamed on the Concepts sheet, which takes them from the term it
    replaces: the vanished term of the same concept, language and status, in order), else
    those of the columns the Terms sheet lacks. Renamed terms are returned so that the import
    can say what happened to each.
    """
    renames: list[Rename] = []
    concepts = []
    for concept in imported:
        old = current.get(concept.id)
        concepts.append(concept if old is None else _merge(
            old, concept, set(concept_columns), set(term_columns), set(detailed), renames))
    return Glossary(tuple(concepts)), renames


def _merge(old: Concept, new: Concept, concept_columns: set[str], term_columns: set[str],
           detailed: set[tuple[str, str, str]], renames: list[Rename]) -> Concept:
    fields = {name: getattr(old, name) for name in _CONCEPT_FIELDS
              if name not in concept_columns}
    for lang in LANGS:
        fields[lang.value] = _merge_terms(old, new, lang, concept_columns, term_columns,
                                          detailed, renames)
    fields["derived"] = _merge_derived(old, new, concept_columns, term_columns, detailed)
    return replace(new, **fields)


# The details of a derived form that only the Terms sheet holds.
_DERIVED_DETAILS = ("note", "latin", "case_sensitive", "inflects")


def _merge_derived(old: Concept, new: Concept, concept_columns: set[str],
                   term_columns: set[str], detailed: set[tuple[str, str, str]],
                   ) -> tuple[Derived, ...]:
    """Derived forms as for terms: those of a "<lang> <form>" column the workbook lacks are
    kept, and a form keeps the details its Terms row does not give (all without a row)."""
    by_key = {(d.lang, d.form, d.text): d for d in old.derived}
    merged = []
    for form in new.derived:
        source = by_key.get((form.lang, form.form, form.text))
        if source is not None:
            if (new.id, form.lang.value, form.text) in detailed:
                unsaid = [d for d in _DERIVED_DETAILS if d not in term_columns]
            else:
                unsaid = list(_DERIVED_DETAILS)
            form = replace(form, **{d: getattr(source, d) for d in unsaid})
        merged.append(form)
    said = {(f.lang, f.form, f.text) for f in merged}
    merged += [d for d in old.derived if (d.lang, d.form, d.text) not in said
               and f"{d.lang.value} {d.form.value}" not in concept_columns]
    return tuple(merged)


def _merge_terms(old: Concept, new: Concept, lang: Lang, concept_columns: set[str],
                 term_columns: set[str], detailed: set[tuple[str, str, str]],
                 renames: list[Rename]) -> tuple[Term, ...]:
    old_terms, new_terms = old.terms(lang), list(new.terms(lang))
    texts = {t.text for t in new_terms}
    # Terms of a column the workbook lacks were not said to be gone.
    unsaid = {s for s in Status if f"{lang.value} {s.value}" not in concept_columns}
    kept = [t for t in old_terms if t.status in unsaid and t.text not in texts]
    by_text = {t.text: t for t in old_terms}
    vanished = [t for t in old_terms if t.text not in texts and t.status not in unsaid]
    newcomers = [i for i, t in enumerate(new_terms)
                 if t.text not in by_text and (new.id, lang.value, t.text) not in detailed]
    partner: dict[int, Term] = {}
    for i in newcomers:  # the same status first, in order
        match = next((t for t in vanished if t.status is new_terms[i].status), None)
        if match is not None:
            partner[i] = match
            vanished.remove(match)
    rest = [i for i in newcomers if i not in partner]
    if len(rest) == 1 and len(vanished) == 1:
        partner[rest[0]] = vanished[0]
    for i, term in enumerate(new_terms):
        source = by_text.get(term.text) or partner.get(i)
        if source is None:
            continue
        if (new.id, lang.value, term.text) in detailed:
            unsaid_details = [d for d in _TERM_DETAILS if d not in term_columns]
        else:
            unsaid_details = list(_TERM_DETAILS)
        new_terms[i] = replace(term, **{d: getattr(source, d) for d in unsaid_details})
        if i in partner:
            renames.append(Rename(new.id, lang, partner[i].text, term.text))
    ordered_by_sheet = any((new.id, lang.value, t.text) in detailed for t in new_terms)
    if not kept and ordered_by_sheet:
        return tuple(new_terms)
    # Without Terms rows, the Concepts sheet's columns (preferred, admitted, ...) say nothing of
    # the order: the glossary's own order stands, new terms after it.
    order = {t.text: k for k, t in enumerate(old_terms)}
    merged = new_terms + kept
    return tuple(sorted(merged, key=lambda t: order.get(t.text, len(order) + merged.index(t))))
