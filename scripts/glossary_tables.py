"""Shared helpers of the scripts that turn reviewable tables into glossary concepts.

A generating script owns exactly the concept ids it generates: :func:`write_generated` replaces
those concepts in the glossary folder, keeps every other concept as it is, writes the folder
through tilmash's canonical writer and loads the result, which must pass every rule.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from toolkit.fsutil import replace_all
from toolkit.glossary import load_glossary
from toolkit.glossary.model import Concept, Glossary, Status, Term, TermType
from toolkit.glossary.store import read_folder, render_folder
from toolkit.glossary.validate import has_errors, validate

__all__ = ["acronym", "admitted", "preferred", "terms_of", "write_generated"]


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
