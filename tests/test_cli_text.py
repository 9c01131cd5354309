"""tilmash scan and tilmash segment: output formats, standard input, bad input."""

from __future__ import annotations

import json

from tests.conftest import SEED_ARTICLE

KK_TEXT = ("ҚР-ның РФ-дағы Елшісі Е. Көшербаев Красноярскіде болды.\n"
           "\n"
           "Qazaqstan Respublikasynyñ delegasiasy Abakanğa bardy.\n")


def test_scan_jsonl_has_the_documented_keys(tilmash, tmp_path):
    path = tmp_path / "draft.kk.txt"
    path.write_text(KK_TEXT, encoding="utf-8")
    result = tilmash("scan", str(path), "--lang", "kk", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["line"], r["text"], r["concept"]) for r in rows] == [
        (1, "ҚР-ның РФ-дағы Елшісі", "title-ambassador-kazakhstan-russia"),
        (1, "Е. Көшербаев", "person-kosherbayev-yermek"),
        (1, "Красноярскіде", "place-krasnoyarsk"),
        (3, "Qazaqstan Respublikasynyñ", "place-kazakhstan"),
        (3, "Abakanğa", "place-abakan")]
    assert set(rows[0]) == {"line", "start", "end", "text", "concept", "term", "status"}
    lines = KK_TEXT.splitlines()
    for row in rows:
        assert lines[row["line"] - 1][row["start"]:row["end"]] == row["text"]


def test_scan_text_shows_the_other_languages(tilmash):
    result = tilmash("scan", str(SEED_ARTICLE), "--lang", "ru")
    assert result.exit_code == 0
    line = next(li for li in result.stdout.splitlines() if "Ермеком Кошербаевым" in li
                and "→" in li)
    assert "person-kosherbayev-yermek" in line
    assert "kk: Ермек Көшербаев" in line and "en: Yermek Kosherbayev" in line
    assert result.stderr.strip().endswith("mentions")


def test_scan_reads_standard_input(tilmash):
    result = tilmash("scan", "-", "--lang", "en", "--format", "jsonl",
                     input="Governor of Krasnoyarsk Territory Alexander Uss\n")
    concepts = [json.loads(line)["concept"] for line in result.stdout.splitlines()]
    assert concepts == ["title-governor-krasnoyarsk-krai", "person-uss-alexander"]


def test_scan_summary_plural_in_russian(tilmash):
    result = tilmash("--lang", "ru", "scan", "-", "--lang", "ru",
                     input="Абакан, Абакан, Абакан, Абакан, Абакан\n")
    assert result.stderr.strip() == "5 упоминаний"
    result = tilmash("--lang", "ru", "scan", "-", "--lang", "ru", input="Абакан и Абакан\n")
    assert result.stderr.strip() == "2 упоминания"


def test_scan_bad_input_exits_2_naming_the_place(tilmash, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Абакан\nКрасноярск ".encode() + "край".encode("cp1251") + b"\n")
    result = tilmash("scan", str(bad), "--lang", "ru")
    assert result.exit_code == 2
    assert f"{bad}:2:12: not UTF-8 text" in result.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = tilmash("scan", str(empty), "--lang", "ru")
    assert (result.exit_code, result.stderr.strip()) == (2, f"Error: {empty}: the file is empty")
    result = tilmash("scan", str(tmp_path / "missing.txt"), "--lang", "ru")
    assert result.exit_code == 2 and "no such file" in result.stderr
    result = tilmash("scan", str(SEED_ARTICLE), "--lang", "de")
    assert result.exit_code == 2 and "'de' is not one of" in result.stderr
    for text in (result.stdout, result.stderr):
        assert "Traceback" not in text


def test_segment_prints_a_sentence_a_line_and_keeps_paragraphs(tilmash, tmp_path):
    path = tmp_path / "a.ru.txt"
    path.write_text("Посол РК в РФ Е. Кошербаев прибыл в Красноярск. Встреча прошла "
                    "в т.ч. с губернатором.\n\nВторой абзац.\n", encoding="utf-8")
    result = tilmash("segment", str(path), "--lang", "ru")
    assert result.exit_code == 0
    assert result.stdout == ("Посол РК в РФ Е. Кошербаев прибыл в Красноярск.\n"
                             "Встреча прошла в т.ч. с губернатором.\n\n"
                             "Второй абзац.\n")


def test_segment_reads_the_language_from_the_file_name(tilmash, tmp_path):
    kazakh = tmp_path / "a.kk.txt"
    kazakh.write_text("Мемлекет басшысы Қ.-Ж. Тоқаев келді. Кездесу Ақордада өтті.\n",
                      encoding="utf-8")
    result = tilmash("segment", str(kazakh))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Мемлекет басшысы Қ.-Ж. Тоқаев келді.\nКездесу Ақордада өтті.\n"
    unnamed = tmp_path / "a.txt"
    unnamed.write_text("Кездесу Ақордада өтті.\n", encoding="utf-8")
    result = tilmash("segment", str(unnamed))
    assert result.exit_code == 2
    assert "cannot tell the language of" in result.stderr and "--lang" in result.stderr


def test_segment_founding_article_keeps_the_quoted_title_whole(tilmash):
    result = tilmash("segment", str(SEED_ARTICLE), "--lang", "ru")
    assert any("“Сибирь. Экономика будущего” в рамках" in line
               for line in result.stdout.splitlines())
