"""Add the newsroom short forms and the derived forms (adjectives, demonyms) to glossary/.

Usage::

    python scripts/apply_glossary_forms.py [GLOSSARY_FOLDER]     # default: glossary/

The data lives in two reviewable tables beside this script (issue 12, kinds 1 and 5):

- ``glossary_forms/short_forms.tsv``: short and common forms a newsroom writes ("U.S.",
  "Северная Корея", "Мемлекет басшысы"), added as *admitted* terms of existing concepts. A term
  that the concept already has (case aside) is left as it is: a preferred term is never replaced.
- ``glossary_forms/derived.tsv``: the relational adjectives and demonyms of a concept
  ("Russian", "российский", "ресейлік"), written to the concept's ``derived`` field. The table
  owns that field for the concepts it lists.

Each concept touched gets the origin of what was added in its ``source`` field ("...; short
forms: ...; derived forms: ..."), replaced on every run, so running the script twice gives the
same files. ``scripts/countries_from_cldr.py`` applies the tables too when it regenerates the
CLDR countries. The result must pass every rule of the validator (warnings included), or
nothing is written.
"""

from __future__ import annotations

import csv
import dataclasses
import sys
from collections import defaultdict
from pathlib import Path

from toolkit.fsutil import replace_all
from toolkit.glossary import load_glossary
from toolkit.glossary.model import (
    Concept,
    Derived,
    Form,
    Glossary,
    Kind,
    Status,
    Term,
    TermType,
    lookup_key,
)
from toolkit.glossary.store import read_folder, render_folder
from toolkit.glossary.validate import has_errors, validate
from toolkit.lang import Lang

HERE = Path(__file__).resolve().parent / "glossary_forms"

# What each source key of short_forms.tsv stands for. Compiled by hand for issue 12.
SOURCES: dict[str, str] = {
    "style": "en: abbreviations with full stops of US and agency style (U.S., U.K.) and standard "
             "acronyms",
    "press-en": "en: common English news usage",
    "press-ru": "ru: common Russian news usage",
    "press-kk": "kk: common Kazakh news usage",
    "press-kz": "usage of Kazakhstan's state media and agencies in kk/ru/en (Akorda, Kazinform)",
    "official-en": "en: the state's official long name",
    "official-ru": "ru: the state's official long name in Russian",
    "official-kk": "kk: the state's official long name in Kazakh",
    "official-kg": "Constitution of the Kyrgyz Republic (Кыргызская Республика, Кыргызстан)",
    "official-un": "United Nations country names (UNTERM)",
    "official-kuzbass": "Charter of Kemerovo Oblast as amended in 2019 "
                        "(Кемеровская область — Кузбасс)",
    "former": "former official name",
    "akorda": "Akorda and MFA of Kazakhstan English releases",
}

# Where the derived forms come from, by language (only the languages a concept has are named):
# countries, places within a country (regions, republics, cities), generic titles.
DERIVED_SOURCES: dict[str, dict[Lang, str]] = {
    "country": {
        Lang.EN: "en: nationality adjectives and nouns in the convention of the CIA World "
                 "Factbook's 'nationality' field (written by hand in that convention, not copied "
                 "entry by entry)",
        Lang.RU: "ru: relational adjectives and names of inhabitants as in Russian dictionaries, "
                 "each checked to inflect with pymorphy3 (OpenCorpora)",
        Lang.KK: "kk: adjectives in -лық/-лік and ethnonyms of Kazakh press usage",
    },
    "place": {
        Lang.EN: "en: the usual English adjectives and demonyms (Dagestani, Muscovite)",
        Lang.RU: "ru: relational adjectives and names of inhabitants as in Russian dictionaries, "
                 "each checked to inflect with pymorphy3 (OpenCorpora)",
        Lang.KK: "kk: adjectives in -лық/-лік of Kazakh press usage",
    },
    "title": {
        Lang.EN: "en: the title's relational adjective (presidential)",
        Lang.RU: "ru: the title's relational adjective (президентский) or a descriptive "
                 "phrase for its holder (член парламента)",
        Lang.KK: "kk: the title's adjective in -лық/-лік (президенттік)",
    },
}
COUNTRIES_BY_HAND = {"place-russia", "place-kazakhstan"}
DERIVED_TABLE = "table scripts/glossary_forms/derived.tsv (issue 12)"

_SHORT_MARK = "; short forms: "
_DERIVED_MARK = "; derived forms: "


def _rows(name: str) -> list[list[str]]:
    """The data rows of a table (comment lines start with '#')."""
    with (HERE / name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [row for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def short_forms() -> dict[str, list[tuple[Lang, Term, str]]]:
    """The short forms by concept id: (language, admitted term, source key)."""
    out: dict[str, list[tuple[Lang, Term, str]]] = defaultdict(list)
    for number, row in enumerate(_rows("short_forms.tsv"), start=1):
        row += [""] * (7 - len(row))
        concept, lang, text, term_type, case, note, source = row[:7]
        if source not in SOURCES:
            sys.exit(f"short_forms.tsv row {number}: unknown source key {source!r}")
        term = Term(text, Status.ADMITTED, TermType(term_type), note, case == "y")
        out[concept].append((Lang(lang), term, source))
    return out


def derived_forms() -> dict[str, tuple[Derived, ...]]:
    """The derived forms by concept id, kk first, then ru, then en; adjectives before
    demonyms. A row's note goes to the forms it names (or to the first form)."""
    columns = ((Lang.KK, Form.ADJECTIVE, 5), (Lang.RU, Form.ADJECTIVE, 3),
               (Lang.RU, Form.DEMONYM, 4), (Lang.EN, Form.ADJECTIVE, 1),
               (Lang.EN, Form.DEMONYM, 2))
    out: dict[str, tuple[Derived, ...]] = {}
    for number, row in enumerate(_rows("derived.tsv"), start=1):
        row += [""] * (7 - len(row))
        concept, note = row[0], row[6]
        if concept in out:
            sys.exit(f"derived.tsv row {number}: {concept} listed twice")
        forms = [(lang, form, text.strip()) for lang, form, column in columns
                 for text in row[column].split(",") if text.strip()]
        if not forms:
            sys.exit(f"derived.tsv row {number}: {concept} has no forms")
        words = set(note.replace(",", " ").replace(";", " ").split())
        named = {text for _, _, text in forms if text in words}
        if note and not named and forms:
            named = {forms[0][2]}
        out[concept] = tuple(Derived(lang, text, form, note if text in named else "")
                             for lang, form, text in forms)
    return out


def _derived_note(concept: Concept) -> str:
    if concept.kind is Kind.TITLE:
        sources = DERIVED_SOURCES["title"]
    elif concept.source.startswith("CLDR") or concept.id in COUNTRIES_BY_HAND:
        sources = DERIVED_SOURCES["country"]
    else:
        sources = DERIVED_SOURCES["place"]
    langs = [lang for lang in (Lang.EN, Lang.RU, Lang.KK)
             if any(d.lang is lang for d in concept.derived)]
    return "; ".join(sources[lang] for lang in langs) + "; " + DERIVED_TABLE


def _strip_marks(source: str) -> str:
    for mark in (_SHORT_MARK, _DERIVED_MARK):
        if mark in source:
            source = source[:source.index(mark)]
    return source


def _with_short_forms(concept: Concept, rows: list[tuple[Lang, Term, str]]) -> tuple[Concept, str]:
    terms = {lang: list(concept.terms(lang)) for lang in Lang}
    used: list[str] = []
    for lang, term, source in rows:
        if source not in used:  # also when the term is there already: a second run
            used.append(source)
        if not any(lookup_key(t.text) == lookup_key(term.text) for t in terms[lang]):
            terms[lang].append(term)
    note = "; ".join(SOURCES[s] for s in used)
    changed = dataclasses.replace(concept, kk=tuple(terms[Lang.KK]), ru=tuple(terms[Lang.RU]),
                                  en=tuple(terms[Lang.EN]))
    return changed, note


def apply(concepts: list[Concept]) -> list[Concept]:
    """The concepts with the tables' short and derived forms and their origin in ``source``."""
    shorts, derived = short_forms(), derived_forms()
    known = {c.id for c in concepts}
    for table, ids in (("short_forms.tsv", shorts), ("derived.tsv", derived)):
        unknown = sorted(set(ids) - known)
        if unknown:
            sys.exit(f"{table} names concepts the glossary lacks: {unknown}")
    out = []
    for concept in concepts:
        base = _strip_marks(concept.source)
        concept = dataclasses.replace(concept, source=base)
        short_note = ""
        if concept.id in shorts:
            concept, short_note = _with_short_forms(concept, shorts[concept.id])
        source = base + (_SHORT_MARK + short_note if short_note else "")
        if concept.id in derived:
            concept = dataclasses.replace(concept, derived=derived[concept.id])
        if concept.derived:
            source += _DERIVED_MARK + _derived_note(concept)
        out.append(dataclasses.replace(concept, source=source))
    return out


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "glossary")
    read = read_folder(folder)
    if has_errors(read.problems):
        sys.exit("\n".join(str(p) for p in read.problems))
    glossary = Glossary.of(apply(list(read.glossary)))
    problems = validate(glossary)
    if problems:  # warnings too: a shared term needs a homonyms entry, not silence
        sys.exit("\n".join(str(p) for p in problems))
    replace_all(render_folder(glossary, folder))
    load_glossary(folder)  # what was written reads back and passes every rule
    concepts = list(glossary)
    print(f"{len(concepts)} concepts written to {folder}")


if __name__ == "__main__":
    main()
