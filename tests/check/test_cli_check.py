"""tilmash check: exit codes, the JSON schema, three-way, languages, bad input."""

from __future__ import annotations

import json

from tests.conftest import REPO

EXAMPLES = REPO / "examples"


def test_examples_report_each_planted_mistake(tilmash):
    result = tilmash("check", str(EXAMPLES / "article.ru.txt"), str(EXAMPLES / "article.en.txt"),
                     "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["version"] == 1
    assert data["source"] == {"file": str(EXAMPLES / "article.ru.txt"), "lang": "ru"}
    found = [(f["check"], f["line"], f["concept"]) for f in data["findings"]]
    assert found == [
        ("term-forbidden", 9, "person-kosherbayev-yermek"),
        ("number-mismatch", 13, ""),
        ("term-inconsistent", 13, "place-krasnoyarsk-krai"),
        ("term-missing", 17, "title-head-republic-khakassia"),
    ]
    first = data["findings"][0]
    for key in ("check", "severity", "segment", "segments", "line", "concept", "expected",
                "found",
                "message", "source_span", "target_span"):
        assert key in first
    assert first["target_span"]["text"] == "Yermek Kosherbaev"
    text = first["target_text"]
    assert text[first["target_span"]["start"]:first["target_span"]["end"]] == "Yermek Kosherbaev"
    assert data["summary"]["by_severity"] == {"error": 3, "warning": 1, "info": 0}
    assert result.stderr.strip() == "3 errors, 1 warning"


def test_fail_on_sets_the_exit_code(tilmash, tmp_path):
    source = tmp_path / "a.ru.txt"
    target = tmp_path / "a.en.txt"
    source.write_text("Красноярский край\nКрасноярский край\n", encoding="utf-8")
    target.write_text("Krasnoyarsk Krai\nKrasnoyarsk Territory\n", encoding="utf-8")
    assert tilmash("check", str(source), str(target)).exit_code == 0  # a warning only
    assert tilmash("check", str(source), str(target), "--fail-on", "warning").exit_code == 1
    target.write_text("Krasnoyarsk Krai\nthe region\n", encoding="utf-8")
    assert tilmash("check", str(source), str(target)).exit_code == 1
    assert tilmash("check", str(source), str(target), "--fail-on", "never").exit_code == 0


def test_clean_translation_exits_0(tilmash, tmp_path):
    source = tmp_path / "a.ru.txt"
    target = tmp_path / "a.kk.txt"
    source.write_text("Губернатор Красноярского края Александр Усс посетил Абакан 27-29 апреля.\n",
                      encoding="utf-8")
    target.write_text("Красноярск өлкесінің губернаторы Александр Усс 27-29 сәуірде Абаканға "
                      "барды.\n", encoding="utf-8")
    result = tilmash("check", str(source), str(target))
    assert (result.exit_code, result.stdout.strip()) == (0, "0 errors, 0 warnings")


def test_three_way(tilmash):
    result = tilmash("check", "--kk", str(EXAMPLES / "article.kk.txt"), "--ru",
                     str(EXAMPLES / "article.ru.txt"), "--en", str(EXAMPLES / "article.en.txt"),
                     "--format", "json")
    data = json.loads(result.stdout)
    missing = [(f["lang"], f["concept"]) for f in data["findings"]
               if f["check"] == "term-missing" and f["severity"] == "error"]
    assert missing == [("en", "title-head-republic-khakassia"),
                       ("kk", "title-deputy-chairman-government-tuva")]


def test_tsv_input(tilmash, tmp_path):
    path = tmp_path / "pairs.tsv"
    path.write_text("Посол РК в РФ\tAmbassador of Kazakhstan to Russia\n"
                    "Ермек Кошербаев\tYermek Kosherbaev\n", encoding="utf-8")
    result = tilmash("check", str(path), "--source-lang", "ru", "--target-lang", "en",
                     "--format", "json")
    data = json.loads(result.stdout)
    assert [(f["check"], f["line"]) for f in data["findings"]] == [("term-forbidden", 2)]


def test_language_must_be_known_never_guessed(tilmash, tmp_path):
    source = tmp_path / "source.txt"
    target = tmp_path / "target.txt"
    source.write_text("Абакан\n", encoding="utf-8")
    target.write_text("Abakan\n", encoding="utf-8")
    result = tilmash("check", str(source), str(target))
    assert result.exit_code == 2
    assert f"cannot tell the language of {source}: use --source-lang" in result.stderr
    assert tilmash("check", str(source), str(target), "--source-lang", "ru",
                   "--target-lang", "en").exit_code == 0


def test_bad_input_exits_2(tilmash, tmp_path):
    good = tmp_path / "a.ru.txt"
    good.write_text("Абакан\n", encoding="utf-8")
    empty = tmp_path / "b.en.txt"
    empty.write_text("", encoding="utf-8")
    result = tilmash("check", str(good), str(empty))
    assert result.exit_code == 2 and "the file is empty" in result.stderr
    tsv = tmp_path / "c.tsv"
    tsv.write_text("Абакан\tAbakan\nСибирь без перевода\n", encoding="utf-8")
    result = tilmash("check", str(tsv), "--source-lang", "ru", "--target-lang", "en")
    assert result.exit_code == 2 and f"{tsv}:2: no tab" in result.stderr
    result = tilmash("check", str(good))
    assert result.exit_code == 2 and "two files" in result.stderr


def test_report_to_file_is_written_atomically(tilmash, tmp_path):
    out = tmp_path / "report.json"
    result = tilmash("check", str(EXAMPLES / "article.ru.txt"), str(EXAMPLES / "article.kk.txt"),
                     "--format", "json", "-o", str(out))
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["findings"] == 3
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_sentences_are_aligned_so_a_dropped_sentence_shifts_nothing(tilmash, tmp_path):
    source, target = tmp_path / "a.ru.txt", tmp_path / "a.en.txt"
    source.write_text("Делегация прибыла в Абакан. Там прошла встреча с Главой Республики "
                      "Хакасия. Затем делегация посетила Красноярск.\n", encoding="utf-8")
    target.write_text("The delegation arrived in Abakan.\n"
                      "The delegation then visited Krasnoyarsk.\n", encoding="utf-8")
    result = tilmash("check", str(source), str(target), "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    # The dropped middle sentence is said to be untranslated, with the term it names; the
    # sentences around it are checked against their own translations and pass.
    assert [(f["check"], f["segment"], f["segments"]) for f in findings] == [
        ("sentence-missing", 1, 1)]
    assert "“Главой Республики Хакасия”" in findings[0]["message"]
    assert f"1 sentence has no translation in {target}" in result.stderr
    # Line by line, everything after the first line would be compared with the wrong text.
    result = tilmash("check", str(source), str(target), "--by-line", "--format", "json")
    by_line = [(f["check"], f["concept"]) for f in json.loads(result.stdout)["findings"]]
    assert ("term-missing", "place-krasnoyarsk") in by_line


def test_the_library_says_which_language_is_unknown_and_the_cli_names_its_option(
        tilmash, tmp_path):
    import pickle

    import pytest

    from toolkit.check.inputs import resolve_lang
    from toolkit.errors import LanguageUnknown, UsageError

    with pytest.raises(LanguageUnknown) as caught:
        resolve_lang(None, None, "draft.txt", "target")
    assert (caught.value.name, caught.value.side) == ("draft.txt", "target")
    assert not isinstance(caught.value, UsageError)
    assert "--" not in str(caught.value)  # no option of any command in the library's error
    again = pickle.loads(pickle.dumps(caught.value))  # crosses to a project's worker and back
    assert (again.name, again.side) == ("draft.txt", "target")
    source = tmp_path / "source.txt"
    source.write_text("Абакан — столица Хакасии.\n", encoding="utf-8")
    target = tmp_path / "target.txt"
    target.write_text("Abakan is the capital of Khakassia.\n", encoding="utf-8")
    aligned = tilmash("align", str(source), str(target), "--src-lang", "ru")
    assert aligned.exit_code == 2
    assert f"cannot tell the language of {target}: use --tgt-lang" in aligned.stderr
