"""What changes between two glossaries: concepts added, removed, and changed field by field.

>>> from toolkit.glossary.model import Concept, Kind, Term
>>> old = Glossary((Concept("place-abakan", Kind.PLACE, ru=(Term("Абакан"),)),))
>>> new = Glossary((Concept("place-abakan", Kind.PLACE, ru=(Term("Абакан"),), note="City."),))
>>> [(c.id, [f.field for f in c.fields]) for c in glossary_diff(old, new).changed]
[('place-abakan', ['note'])]
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.glossary.model import Concept, Derived, Glossary, Term
from toolkit.lang import LANGS

__all__ = ["ConceptChange", "FieldChange", "GlossaryDiff", "glossary_diff", "term_summary"]


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
