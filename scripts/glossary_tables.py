"""Shared helpers of the scripts that turn reviewable tables into glossary concepts.

A generating script owns exactly the concept ids it generates: :func:`write_generated` replaces
those concepts in the glossary folder, keeps every other concept as it is, checks that the result
passes every rule (warnings included) and only then writes the folder through tilmash's canonical
writer. Because of that, a merge conflict in ``glossary/*.yaml`` is resolved by taking the other
side's files and running the generating scripts again.

:func:`concept` reads terms written as compact specs, for tables typed by hand::

    "Организация Объединённых Наций"   first term of a language: preferred fullForm;
    "Генпрокуратура РК"                later terms: admitted shortForm;
    "!ООН" / "@NATO"                   admitted acronym, case-sensitive / not;
    "~Majilis" / "=Group of Seven"     admitted variant / fullForm; "%Совфед" abbreviation;
    "-Tsaritsyn"                       (after the marker) deprecated;
    "WHO | Case-sensitive: a pronoun"  a note after " | ".
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from toolkit.fsutil import replace_all
from toolkit.glossary import load_glossary
from toolkit.glossary.model import Concept, Derived, Form, Glossary, Kind, Status, Term, TermType
from toolkit.glossary.store import read_folder, render_folder
from toolkit.glossary.validate import has_errors, validate
from toolkit.lang import Lang

__all__ = ["acronym", "admitted", "concept", "preferred", "spec_term", "terms_of",
           "write_generated"]


def preferred(text: str, type_: TermType = TermType.FULL_FORM, note: str = "",
              case_sensitive: bool = False) -> Term:
    """The preferred term of a language."""
    return Term(text, Status.PREFERRED, type_, note, case_sensitive)


def admitted(text: str, type_: TermType = TermType.SHORT_FORM, note: str = "",
             case_sensitive: bool = False) -> Term:
    """An approved alternative (a short form, an acronym, a variant)."""
    return Term(text, Status.ADMITTED, type_, note, case_sensitive)


def acronym(text: str, note: str = "") -> Term:
    """An admitted acronym, matched with its exact letters (МИД РК is not «мид рк»)."""
    return Term(text, Status.ADMITTED, TermType.ACRONYM, note, True)


def terms_of(first: str | Term, *others: str | Term) -> tuple[Term, ...]:
    """A language's terms: the first is preferred, plain strings after it are admitted short
    forms; duplicates (same text) are dropped, keeping the first."""
    out: list[Term] = []
    for i, item in enumerate((first, *others)):
        term = item if isinstance(item, Term) else (preferred(item) if i == 0 else admitted(item))
        if all(t.text != term.text for t in out):
            out.append(term)
    return tuple(out)


_MARKS = {"!": (TermType.ACRONYM, True), "@": (TermType.ACRONYM, False),
          "~": (TermType.VARIANT, False), "=": (TermType.FULL_FORM, False),
          "%": (TermType.ABBREVIATION, False)}


def spec_term(spec: str, first: bool) -> Term:
    """A term from a compact spec (see the module docstring)."""
    text, _, note = spec.partition(" | ")
    type_, case_sensitive = (TermType.FULL_FORM if first else TermType.SHORT_FORM), False
    if text[:1] in _MARKS:
        type_, case_sensitive = _MARKS[text[0]]
        text = text[1:]
    status = Status.PREFERRED if first else Status.ADMITTED
    if text.startswith("-"):
        text, status = text[1:], Status.DEPRECATED
    return Term(text, status, type_, note, case_sensitive)


def concept(id_: str, kind: str, kk: list[str], ru: list[str], en: list[str], note: str = "",
            source: str = "", related: tuple[str, ...] | list[str] = (),
            broader: tuple[str, ...] | list[str] = (),
            derived: dict[str, list[str]] | None = None) -> Concept:
    """A concept from compact term specs; ``derived`` maps a language to its adjectives
    (a leading ``*`` marks a demonym)."""
    forms = [Derived(Lang(lang), text.lstrip("*"),
                     Form.DEMONYM if text.startswith("*") else Form.ADJECTIVE)
             for lang, texts in (derived or {}).items() for text in texts]
    return Concept(id_, Kind(kind),
                   kk=tuple(spec_term(s, i == 0) for i, s in enumerate(kk)),
                   ru=tuple(spec_term(s, i == 0) for i, s in enumerate(ru)),
                   en=tuple(spec_term(s, i == 0) for i, s in enumerate(en)),
                   note=note, source=source, related=tuple(related), broader=tuple(broader),
                   derived=tuple(forms))


def write_generated(folder: Path, generated: Iterable[Concept]) -> int:
    """Replace the generated concepts (by id) in ``folder``; keep the rest. Returns the count."""
    generated = list(generated)
    ids = [c.id for c in generated]
    if len(ids) != len(set(ids)):
        sys.exit(f"the tables generate an id twice: {sorted({i for i in ids if ids.count(i) > 1})}")
    read = read_folder(folder)
    if has_errors(read.problems):
        sys.exit("\n".join(str(p) for p in read.problems))
    kept = [c for c in read.glossary if c.id not in set(ids)]
    result = Glossary.of(kept + generated)
    problems = validate(result)
    if problems:  # nothing is written unless the result passes every rule, warnings included
        sys.exit("\n".join(str(p) for p in problems))
    replace_all(render_folder(result, folder))
    load_glossary(folder)
    return len(generated)
