"""The CLI speaks kk, ru and en: catalogs complete and current, plural rules, language choice."""

from __future__ import annotations

import importlib.util
import re
import string

import polib
import pytest

from tests.conftest import REPO
from toolkit.i18n import ngettext, pick_language, set_language
from toolkit.labels import number
from toolkit.lang import Lang, UnknownLanguage

CATALOGS = {lang: REPO / "locales" / lang / "LC_MESSAGES" / "tilmash.po" for lang in ("kk", "ru")}


def placeholders(text: str) -> set[str]:
    names = {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    return names | set(re.findall(r"%\((\w+)\)s", text))


@pytest.mark.parametrize("lang", sorted(CATALOGS))
def test_catalog_is_complete_without_fuzzy_entries(lang):
    catalog = polib.pofile(str(CATALOGS[lang]))
    assert [e.msgid for e in catalog.untranslated_entries()] == []
    assert [e.msgid for e in catalog.fuzzy_entries()] == []
    assert catalog.percent_translated() == 100


@pytest.mark.parametrize("lang", sorted(CATALOGS))
def test_translations_keep_the_placeholders(lang):
    for entry in polib.pofile(str(CATALOGS[lang])):
        if entry.msgid_plural:
            allowed = placeholders(entry.msgid) | placeholders(entry.msgid_plural)
            for form in entry.msgstr_plural.values():
                assert placeholders(form) <= allowed, (entry.msgid, form)
                assert placeholders(form) >= placeholders(entry.msgid_plural) - {"nargs"} or \
                    placeholders(form) >= placeholders(entry.msgid), (entry.msgid, form)
        else:
            assert placeholders(entry.msgstr) == placeholders(entry.msgid), entry.msgid


def test_plural_form_counts_match_the_language():
    assert polib.pofile(str(CATALOGS["ru"])).metadata["Plural-Forms"].startswith("nplurals=3")
    assert polib.pofile(str(CATALOGS["kk"])).metadata["Plural-Forms"].startswith("nplurals=2")


def test_committed_template_matches_a_fresh_extraction():
    spec = importlib.util.spec_from_file_location("catalogs", REPO / "scripts" / "catalogs.py")
    assert spec and spec.loader
    catalogs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(catalogs)
    fresh = polib.pofile(catalogs.template_text(catalogs.extract()))
    committed = polib.pofile(str(REPO / "locales" / "tilmash.pot"))
    # What matters is the messages, where they come from and how they are flagged; the header's
    # "Generated-By: Babel X.Y" line changes with every Babel release and is not compared.
    assert _messages(fresh) == _messages(committed), \
        "run `python scripts/catalogs.py update` and translate"
    assert fresh.metadata.get("Content-Type") == committed.metadata.get("Content-Type")


def _messages(catalog: polib.POFile) -> list[tuple]:
    """Every entry of a template as the fields a translator sees, in file order."""
    return [(e.msgctxt, e.msgid, e.msgid_plural, tuple(e.occurrences), tuple(sorted(e.flags)),
             e.comment) for e in catalog]


def test_template_comparison_ignores_only_the_header():
    pot = (REPO / "locales" / "tilmash.pot").read_text(encoding="utf-8")
    other_babel = polib.pofile(re.sub(r"Generated-By: Babel [^\\]+", "Generated-By: Babel 9", pot))
    assert _messages(other_babel) == _messages(polib.pofile(pot))
    moved = pot.replace("#: toolkit/glossary/fields.py\n", "#: toolkit/glossary/other.py\n", 1)
    assert _messages(polib.pofile(moved)) != _messages(polib.pofile(pot))
    unflagged = pot.replace("#, python-brace-format\n", "", 1)
    assert _messages(polib.pofile(unflagged)) != _messages(polib.pofile(pot))


@pytest.mark.parametrize(("n", "expected"), [
    (1, "1 ошибка"), (2, "2 ошибки"), (4, "4 ошибки"), (5, "5 ошибок"), (11, "11 ошибок"),
    (21, "21 ошибка"), (22, "22 ошибки"), (111, "111 ошибок")])
def test_russian_plurals_one_few_many(n, expected):
    set_language(Lang.RU)
    assert ngettext("{n} error", "{n} errors", n).format(n=n) == expected


@pytest.mark.parametrize(("lang", "n", "expected"), [
    (Lang.KK, 1, "1 қате"), (Lang.KK, 5, "5 қате"), (Lang.EN, 1, "1 error"),
    (Lang.EN, 5, "5 errors")])
def test_kazakh_and_english_plurals(lang, n, expected):
    set_language(lang)
    assert ngettext("{n} error", "{n} errors", n).format(n=n) == expected


def test_numbers_are_formatted_for_the_ui_language():
    set_language(Lang.RU)
    assert number(12345) == "12\xa0345"
    set_language(Lang.KK)
    assert number(12345) == "12\xa0345"
    set_language(Lang.EN)
    assert number(12345) == "12,345"


def test_language_precedence():
    env = {"TILMASH_LANG": "ru", "LANGUAGE": "kk", "LANG": "en_US.UTF-8"}
    assert pick_language("kk", env) is Lang.KK
    assert pick_language(None, env) is Lang.RU
    assert pick_language(None, {"LANGUAGE": "de:kk", "LANG": "ru_RU.UTF-8"}) is Lang.KK
    assert pick_language(None, {"LC_ALL": "ru_RU.UTF-8", "LANG": "kk_KZ"}) is Lang.RU
    assert pick_language(None, {"LC_MESSAGES": "kk_KZ.UTF-8"}) is Lang.KK
    assert pick_language(None, {"LANG": "de_DE.UTF-8"}) is Lang.EN
    assert pick_language(None, {}) is Lang.EN
    with pytest.raises(UnknownLanguage):
        pick_language(None, {"TILMASH_LANG": "klingon"})


def test_kazakh_help_text(tilmash):
    result = tilmash("--lang", "kk", "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("Қолданылуы: tilmash [ОПЦИЯЛАР] КОМАНДА [АРГУМЕНТТЕР]...")
    assert "Осы хабарламаны көрсетіп, шығу." in result.stdout
    assert "Глоссарийді қарау, тексеру, пішімдеу және экспорттау." in result.stdout


def test_russian_from_the_environment(tilmash):
    result = tilmash("glossary", "show", "Гондор", env={"LANG": "ru_RU.UTF-8"})
    assert result.stderr.strip() == "Ни одно понятие не соответствует 'Гондор'."


def test_click_errors_are_translated(tilmash):
    result = tilmash("--lang", "kk", "glossary", "export", "--format", "pdf")
    assert result.exit_code == 2
    assert "Қате: --format үшін жарамсыз мән" in result.stderr.replace("'", "")


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "5 errors, 1 warning"), ("ru", "5 ошибок, 1 предупреждение"),
    ("kk", "5 қате, 1 ескерту")])
def test_validation_summary_in_each_language(tilmash, make_glossary, lang, expected):
    folder = make_glossary({"titles.yaml": """
        - id: "title-a"
          kind: "title"
          ru:
            - {term: "посол", status: "admitted", type: "fullForm"}
        - id: "title-b"
          kind: "title"
          ru: ["посол"]
          related: ["title-x", "title-y", "title-z"]
        - id: "Title C"
          kind: "title"
          en: ["ambassador"]
        """})
    result = tilmash("--lang", lang, "glossary", "validate", str(folder))
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == expected


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_dogfood_our_catalogs_use_our_ui_terminology(tilmash, lang):
    dogfood = REPO / "locales" / "dogfood"
    result = tilmash("check", str(CATALOGS[lang]), "--source-lang", "en",
                     "--glossary", str(dogfood / "ui-glossary.csv"),
                     "--ignore", str(dogfood / f"accepted.{lang}.tsv"), "--fail-on", "warning")
    assert result.exit_code == 0, result.stdout
    assert "suppressed" in result.stdout  # the accepted code literals are still seen
