"""Three versions at once: every check on every pair, the majority across the three, and
reports that show all three texts."""

from __future__ import annotations

import io
import json

import openpyxl
import pytest

from tests.conftest import REPO
from toolkit.check.runner import matchers_for
from toolkit.check.trio import Trio, check_trio, three_way_report, trio_units
from toolkit.glossary import load_glossary
from toolkit.lang import LANGS, Lang
from toolkit.report.html import render_html
from toolkit.report.xlsx import write_report_xlsx
from toolkit.resources import bundled_glossary_dir

EXAMPLES = REPO / "examples"


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(bundled_glossary_dir())


@pytest.fixture(scope="module")
def matchers(glossary):
    return matchers_for(glossary, LANGS)


@pytest.fixture(scope="module")
def example_report(glossary, matchers):
    versions = {lang: (f"article.{lang.value}.txt", (EXAMPLES / f"article.{lang.value}.txt")
                       .read_text(encoding="utf-8")) for lang in LANGS}
    return three_way_report(glossary, versions, matchers=matchers)


def trio(kk: str, ru: str, en: str) -> Trio:
    return Trio({Lang.KK: [kk], Lang.RU: [ru], Lang.EN: [en]}, {lang: [1] for lang in LANGS})


def test_every_planted_mistake_of_the_examples_is_found_in_its_version(example_report):
    errors = sorted((f.check, f.lang.value, f.concept) for f in example_report.findings
                    if f.severity.value == "error")
    assert errors == [
        ("number-mismatch", "en", ""),             # $10 million for $100 млн
        ("number-mismatch", "kk", ""),             # 27-28 сәуірде for 27-29 апреля
        ("term-forbidden", "en", "person-kosherbayev-yermek"),
        ("term-forbidden", "kk", "person-kosherbayev-yermek"),
        ("term-missing", "en", "title-head-republic-khakassia"),
        ("term-missing", "kk", "title-deputy-chairman-government-tuva"),
    ]
    warnings = [(f.check, f.lang.value) for f in example_report.findings
                if f.severity.value == "warning"]
    assert warnings == [("term-inconsistent", "en")]


def test_a_number_is_wrong_in_the_version_that_disagrees_with_both_others(glossary, matchers):
    findings = check_trio(glossary, trio(
        "Тауар айналымы 100 млн долларды құрады.",
        "Торговый оборот составил $100 млн.",
        "Trade amounted to $10 million."), matchers)
    assert [(f.check, f.lang, f.other) for f in findings] == [
        ("number-mismatch", Lang.EN, Lang.KK)]


def test_a_concept_two_versions_render_is_missing_in_the_third(glossary, matchers):
    findings = check_trio(glossary, trio(
        "Хакасия Республикасының Басшысы Валентин Коноваловпен кездесу өтті.",
        "Состоялась встреча с Главой Республики Хакасия Валентином Коноваловым.",
        "A meeting with Valentin Konovalov took place."), matchers)
    assert [(f.check, f.severity.value, f.lang, f.concept) for f in findings] == [
        ("term-missing", "error", Lang.EN, "title-head-republic-khakassia")]
    assert findings[0].other is Lang.KK and findings[0].source_span.text.startswith("Хакасия")


def test_a_concept_only_one_version_mentions_is_an_info_not_two_errors(glossary, matchers):
    # The English translator wrote the region's name where the others say "the krai".
    findings = check_trio(glossary, trio(
        "Өлке мен республика арасындағы тауар айналымы өсті.",
        "Торговый оборот между краем и республикой вырос.",
        "Trade between Krasnoyarsk Krai and the Republic grew."), matchers)
    assert [(f.check, f.severity.value, f.lang, f.found) for f in findings] == [
        ("term-missing", "info", Lang.EN, "Krasnoyarsk Krai")]


def test_sentences_are_aligned_through_the_russian_not_paired_by_line(glossary, matchers):
    texts = {Lang.RU: "Форум прошёл в Красноярске.\nГубернатор Красноярского края выступил.\n",
             Lang.KK: "Форум Красноярскіде өтті. Красноярск өлкесінің губернаторы сөз сөйледі.\n",
             Lang.EN: "The forum was held in Krasnoyarsk.\n\nThe Governor of Krasnoyarsk Krai "
                      "spoke.\n"}
    units = trio_units(texts, glossary, matchers=matchers)
    assert len(units) == 2
    assert units.texts[Lang.KK][1].startswith("Красноярск өлкесінің")
    assert units.lines[Lang.EN] == [1, 3] and units.lines[Lang.KK] == [1, 1]
    assert check_trio(glossary, units, matchers) == []


def test_json_has_one_entry_per_version_and_every_text(tilmash):
    result = tilmash("check", "--kk", str(EXAMPLES / "article.kk.txt"), "--ru",
                     str(EXAMPLES / "article.ru.txt"), "--en", str(EXAMPLES / "article.en.txt"),
                     "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [v["lang"] for v in data["versions"]] == ["kk", "ru", "en"]
    assert data["versions"][0]["file"].endswith("article.kk.txt")
    kk_missing = next(f for f in data["findings"] if f["check"] == "term-missing"
                      and f["lang"] == "kk")
    assert "Тыва" not in kk_missing["texts"]["kk"] and "Тыва" in kk_missing["texts"]["ru"]
    assert kk_missing["line"] == 19


def test_html_and_xlsx_show_the_kazakh_text_of_a_kazakh_finding(example_report):
    page = render_html(example_report)
    assert "Менги Кара-оолмен" in page  # the Kazakh sentence at fault is shown
    assert page.count('class="text fault" lang="kk"') == 3
    buffer = io.BytesIO()
    write_report_xlsx(buffer, example_report)
    sheet = openpyxl.load_workbook(buffer).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-3:] == ("Kazakh", "Russian", "English")
    kk_row = next(r for r in rows[1:] if r[1] == "kk" and r[4] == "term-missing")
    assert kk_row[-3].startswith("Екіжақты") and "Тыва" in kk_row[-2]


def test_terminal_shows_all_three_versions(tilmash):
    result = tilmash("check", "--kk", str(EXAMPLES / "article.kk.txt"), "--ru",
                     str(EXAMPLES / "article.ru.txt"), "--en", str(EXAMPLES / "article.en.txt"))
    assert "kk ▸ Екіжақты" in result.stdout and "ru ▸ Тема расширения" in result.stdout
    assert "en ▸ The expansion" in result.stdout
