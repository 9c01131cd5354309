"""Generate the countries of the world in kk, ru and en from CLDR (through babel) into glossary/.

Usage::

    python scripts/countries_from_cldr.py [GLOSSARY_FOLDER]     # default: glossary/

Every ISO 3166-1 alpha-2 territory that CLDR names becomes a concept ``place-<english-slug>``
with the CLDR display names as preferred terms. CLDR's names are written for menus ("Congo -
Kinshasa", "St. Kitts & Nevis", "о-ва Херд и Макдональд"), so a few rules and the ``OVERRIDES``
table below turn them into the forms a news translator writes; ``EXTRAS`` adds the acronyms and
short names that articles use (США, АҚШ, UK, ...). Kazakhstan and Russia are maintained by hand
(they carry the acronyms РК/ҚР/РФ and notes) and are skipped here.

The script owns exactly the concepts whose ``source`` starts with ``CLDR``: it replaces them and
keeps everything else, then writes the folder through tilmash's canonical writer. Re-running it
with the same babel gives the same files.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import babel
from apply_glossary_forms import apply as apply_forms
from babel import Locale
from babel.core import get_cldr_version

from toolkit.fsutil import replace_all
from toolkit.glossary import load_glossary
from toolkit.glossary.fields import slugify
from toolkit.glossary.model import Concept, Glossary, Kind, Status, Term, TermType
from toolkit.glossary.store import read_folder, render_folder
from toolkit.glossary.validate import has_errors

# Not countries: CLDR's regions, pseudo-locales and exceptionally reserved codes.
NOT_COUNTRIES = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "ZZ"}
BY_HAND = {"KZ", "RU"}

# (en, ru, kk) where CLDR's display name is not what a translator writes. The source says so.
OVERRIDES: dict[str, tuple[str, str, str]] = {
    "CD": ("Democratic Republic of the Congo", "Демократическая Республика Конго",
           "Конго Демократиялық Республикасы"),
    "CG": ("Republic of the Congo", "Республика Конго", "Конго Республикасы"),
    "HK": ("Hong Kong", "Гонконг", "Гонконг"),
    "MO": ("Macao", "Макао", "Макао"),
    "MM": ("Myanmar", "Мьянма", "Мьянма"),
    "UM": ("United States Minor Outlying Islands", "Внешние малые острова США",
           "АҚШ-тың сыртқы кіші аралдары"),
    "VG": ("British Virgin Islands", "Британские Виргинские острова",
           "Британдық Виргин аралдары"),
    "VI": ("United States Virgin Islands", "Виргинские острова США", "АҚШ-тың Виргин аралдары"),
    "CC": ("Cocos (Keeling) Islands", "Кокосовые острова", "Кокос (Килинг) аралдары"),
    "GS": ("South Georgia and the South Sandwich Islands",
           "Южная Георгия и Южные Сандвичевы острова",
           "Оңтүстік Георгия және Оңтүстік Сандвич аралдары"),
    "HM": ("Heard Island and McDonald Islands", "острова Херд и Макдональд",
           "Херд аралы және Макдональд аралдары"),
    "TC": ("Turks and Caicos Islands", "острова Теркс и Кайкос", "Теркс және Кайкос аралдары"),
    "US": ("United States", "Соединённые Штаты Америки", "Америка Құрама Штаттары"),
}

# Extra approved terms: (lang, text, type, case_sensitive, note).
EXTRAS: dict[str, list[tuple[str, str, TermType, bool, str]]] = {
    "US": [("en", "United States of America", TermType.FULL_FORM, False, ""),
           ("en", "USA", TermType.ACRONYM, True, ""),
           ("en", "US", TermType.ACRONYM, True, "Case-sensitive: 'us' is a pronoun."),
           ("ru", "США", TermType.ACRONYM, True, ""),
           ("ru", "Соединённые Штаты", TermType.SHORT_FORM, False, ""),
           ("kk", "АҚШ", TermType.ACRONYM, True, "")],
    "GB": [("en", "UK", TermType.ACRONYM, True, ""),
           ("en", "Britain", TermType.SHORT_FORM, False, ""),
           ("en", "Great Britain", TermType.VARIANT, False,
            "Strictly the island; used for the state in the press."),
           ("ru", "Соединённое Королевство", TermType.FULL_FORM, False, "")],
    "AE": [("en", "UAE", TermType.ACRONYM, True, ""), ("ru", "ОАЭ", TermType.ACRONYM, True, ""),
           ("ru", "Объединённые Арабские Эмираты", TermType.FULL_FORM, False, ""),
           ("kk", "БАӘ", TermType.ACRONYM, True, "")],
    "CN": [("en", "People's Republic of China", TermType.FULL_FORM, False, ""),
           ("ru", "Китайская Народная Республика", TermType.FULL_FORM, False, ""),
           ("ru", "КНР", TermType.ACRONYM, True, ""),
           ("kk", "Қытай Халық Республикасы", TermType.FULL_FORM, False, ""),
           ("kk", "ҚХР", TermType.ACRONYM, True, "")],
    "KP": [("ru", "КНДР", TermType.ACRONYM, True, ""), ("en", "DPRK", TermType.ACRONYM, True, ""),
           ("ru", "Корейская Народно-Демократическая Республика", TermType.FULL_FORM, False, "")],
    "CZ": [("en", "Czech Republic", TermType.VARIANT, False, ""),
           ("ru", "Чешская Республика", TermType.FULL_FORM, False, "")],
    "TR": [("en", "Turkey", TermType.VARIANT, False,
            "The state's English name has been Türkiye since 2022; Turkey is still common.")],
    "CI": [("en", "Ivory Coast", TermType.VARIANT, False, "")],
    "DE": [("ru", "ФРГ", TermType.ACRONYM, True, ""), ("kk", "ГФР", TermType.ACRONYM, True, "")],
    "MM": [("en", "Burma", TermType.VARIANT, False, ""),
           ("ru", "Бирма", TermType.VARIANT, False, ""),
           ("kk", "Бирма", TermType.VARIANT, False, "")],
    "CD": [("en", "DR Congo", TermType.SHORT_FORM, False, ""),
           ("en", "DRC", TermType.ACRONYM, True, ""), ("ru", "ДР Конго", TermType.SHORT_FORM,
                                                       False, "")],
}

_RU_ABBREVIATIONS = ((re.compile(r"\bо-ва\b"), "острова"), (re.compile(r"\bо-в\b"), "остров"))


def _clean(lang: str, name: str) -> str:
    """Menu style to running-text style: '&' → and/и/және, 'St.' → Saint, о-ва → острова."""
    name = name.replace(" & ", {"en": " and ", "ru": " и ", "kk": " және "}[lang])
    if lang == "en":
        name = re.sub(r"\bSt\. ", "Saint ", name)
    if lang == "ru":
        for pattern, full in _RU_ABBREVIATIONS:
            name = pattern.sub(full, name)
    return name


def country_concepts() -> list[Concept]:
    """One concept per ISO 3166-1 country that CLDR names in all three languages."""
    names = {lang: Locale.parse(lang).territories for lang in ("en", "ru", "kk")}
    source_base = f"CLDR {get_cldr_version()} territory names via babel {babel.__version__}"
    concepts = []
    for code in sorted(names["en"]):
        if not re.fullmatch(r"[A-Z]{2}", code) or code in NOT_COUNTRIES | BY_HAND:
            continue
        if code in OVERRIDES:
            en, ru, kk = OVERRIDES[code]
            source = f"{source_base}, adjusted for running text (ISO 3166-1 {code})"
        else:
            en, ru, kk = (_clean(lang, str(names[lang][code])) for lang in ("en", "ru", "kk"))
            source = f"{source_base} (ISO 3166-1 {code})"
        terms: dict[str, list[Term]] = {"en": [Term(en)], "ru": [Term(ru)], "kk": [Term(kk)]}
        for lang, text, term_type, case_sensitive, note in EXTRAS.get(code, []):
            if any(t.text.casefold() == text.casefold() for t in terms[lang]):
                # CLDR's own name is the acronym (ru "КНДР"): one term, marked as what it is.
                terms[lang] = [Term(t.text, t.status, term_type, note, case_sensitive)
                               if t.text.casefold() == text.casefold() else t
                               for t in terms[lang]]
                continue
            terms[lang].append(Term(text, Status.ADMITTED, term_type, note, case_sensitive))
        concepts.append(Concept(
            id=f"place-{slugify(en)}", kind=Kind.PLACE,
            kk=tuple(terms["kk"]), ru=tuple(terms["ru"]), en=tuple(terms["en"]),
            note="Country or territory (ISO 3166-1).", source=source))
    return concepts


def main() -> None:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "glossary")
    # The files as read, before the semantic rules: the concepts being replaced may be the very
    # ones that break them.
    read = read_folder(folder)
    if has_errors(read.problems):
        sys.exit("\n".join(str(p) for p in read.problems))
    current = read.glossary
    generated = country_concepts()
    kept = [c for c in current if not c.source.startswith("CLDR")]
    clashes = {c.id for c in kept} & {c.id for c in generated}
    if clashes:
        sys.exit(f"hand-made concepts use ids the generator needs: {sorted(clashes)}")
    # The newsroom short forms and derived forms of issue 12 live in tables of their own.
    replace_all(render_folder(Glossary.of(apply_forms(kept + generated)), folder))
    load_glossary(folder)  # the result must pass every rule
    print(f"{len(generated)} countries written to {folder}")


if __name__ == "__main__":
    main()
