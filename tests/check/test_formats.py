"""Every input format, with files shaped as real tools write them, and hostile input."""

from __future__ import annotations

import json

import pytest

from tests.conftest import REPO
from toolkit.errors import InputError
from toolkit.formats.po import read_po
from toolkit.formats.tmx import read_tmx
from toolkit.formats.xliff import read_xliff
from toolkit.lang import Lang

FIXTURES = REPO / "tests" / "fixtures" / "formats"


def data(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def findings(tilmash, *args):
    result = tilmash("check", *args, "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.stderr
    return [(f["check"], f["line"], f["concept"]) for f in json.loads(result.stdout)["findings"]]


def test_xliff_12_as_okapi_writes_it():
    bilingual = read_xliff(data("okapi.ru-en.xlf"), "okapi.xlf")
    assert (bilingual.source_lang, bilingual.target_lang) == (Lang.RU, Lang.EN)
    segments = bilingual.segments
    # <g> keeps its text; <x/> and <ph> (native code) are taken out; translate="no" is skipped
    assert segments.sources[0] == "Казахстан укрепляет сотрудничество с сибирскими регионами России"
    assert segments.targets[1] == "A delegation led by the Ambassador of Kazakhstan to Russia " \
                                  "Yermek Kosherbaev"
    assert list(segments.fuzzy) == [False, True]
    assert list(segments.target_lines) == [7, 11]


def test_check_okapi_xliff(tilmash):
    assert findings(tilmash, str(FIXTURES / "okapi.ru-en.xlf")) == [
        ("term-forbidden", 11, "person-kosherbayev-yermek"), ("entry-fuzzy", 11, "")]


def test_check_memoq_xliff_with_three_letter_language_codes(tilmash):
    assert findings(tilmash, str(FIXTURES / "memoq.ru-kk.mqxliff")) == [
        ("number-mismatch", 12, "")]


def test_check_xliff_20(tilmash):
    assert findings(tilmash, str(FIXTURES / "article.xliff20.xlf")) == [
        ("term-missing", 7, "title-head-republic-khakassia"), ("entry-fuzzy", 11, "")]


def test_po_plural_context_fuzzy_untranslated_and_obsolete():
    bilingual = read_po(data("gnome-style.kk.po"), "kk.po")
    assert (bilingual.source_lang, bilingual.target_lang) == (None, Lang.KK)
    segments = bilingual.segments
    assert list(segments.sources) == [
        "Embassy of the Republic of Kazakhstan in the Russian Federation",
        "News from Astana",
        "Ambassador Yermek Kosherbayev met the Governor of Krasnoyarsk Krai",
        "{n} meeting in Krasnoyarsk", "{n} meetings in Krasnoyarsk"]
    assert list(segments.fuzzy) == [False, False, True, False, False]
    assert list(segments.source_lines)[:3] == [20, 24, 29]  # where each entry begins


def test_check_po_needs_the_source_language(tilmash):
    result = tilmash("check", str(FIXTURES / "gnome-style.kk.po"))
    assert result.exit_code == 2 and "--source-lang" in result.stderr
    assert findings(tilmash, str(FIXTURES / "gnome-style.kk.po"), "--source-lang", "en") == [
        ("term-missing", 29, "title-governor-krasnoyarsk-krai"), ("entry-fuzzy", 29, "")]


def test_our_own_kazakh_catalog_is_read(tilmash):
    catalog = REPO / "locales" / "kk" / "LC_MESSAGES" / "tilmash.po"
    bilingual = read_po(catalog.read_bytes(), "tilmash.po")
    assert bilingual.target_lang is Lang.KK
    assert len(bilingual.segments.sources) > 100


def test_multilingual_tmx_pair_is_chosen():
    memory = read_tmx(data("memory.tmx"), "memory.tmx")
    assert memory.langs == (Lang.RU, Lang.KK, Lang.EN)
    segments, source, target = memory.pair(None, Lang.EN)
    assert (source, target) == (Lang.RU, Lang.EN)
    assert segments.targets[0] == "Mayor of Krasnoyarsk Sergei Eremin"  # codes taken out


def test_check_tmx(tilmash):
    assert findings(tilmash, str(FIXTURES / "memory.tmx"), "--target-lang", "en") == [
        ("term-missing", 13, "title-head-republic-khakassia")]
    assert findings(tilmash, str(FIXTURES / "memory.tmx"), "--target-lang", "kk") == []
    result = tilmash("check", str(FIXTURES / "memory.tmx"))
    assert result.exit_code == 2 and "--target-lang" in result.stderr


@pytest.mark.parametrize(("name", "expected"), [
    ("billion-laughs.xlf", "billion-laughs.xlf:3: entity declarations"),
    ("external-entity.tmx", "external-entity.tmx:2: entity declarations"),
    ("malformed.xlf", "malformed.xlf:4:"),
])
def test_hostile_and_broken_xml_is_refused_with_its_place(tilmash, name, expected):
    result = tilmash("check", str(FIXTURES / name), "--source-lang", "ru", "--target-lang", "en")
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "Traceback" not in result.stderr


def test_readers_refuse_without_parsing_entities():
    with pytest.raises(InputError) as caught:
        read_xliff(data("billion-laughs.xlf"), "b.xlf")
    assert caught.value.line == 3  # the first <!ENTITY


def test_wrong_encoding_and_empty_files(tilmash, tmp_path):
    po = tmp_path / "cp1251.po"
    po.write_bytes('msgid ""\nmsgstr ""\n"Language: ru\\n"\n\nmsgid "Abakan"\nmsgstr "Абакан"\n'
                   .encode("cp1251"))
    result = tilmash("check", str(po), "--source-lang", "en")
    assert result.exit_code == 2 and f"{po}:6:" in result.stderr and "UTF-8" in result.stderr
    empty = tmp_path / "empty.tmx"
    empty.write_text("", encoding="utf-8")
    result = tilmash("check", str(empty), "--source-lang", "ru", "--target-lang", "en")
    assert result.exit_code == 2 and "the file is empty" in result.stderr
    broken = tmp_path / "broken.po"
    broken.write_text('msgid "Abakan"\nmsgstr "Абакан\n', encoding="utf-8")
    result = tilmash("check", str(broken), "--source-lang", "en", "--target-lang", "ru")
    assert result.exit_code == 2
    assert f"{broken}:2: not a valid PO file: the string is not closed" in result.stderr
