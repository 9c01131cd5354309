"""Whole projects: folders, globs and manifests checked in one run, with cross-document checks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import REPO
from toolkit.glossary import load_glossary
from toolkit.lang import Lang
from toolkit.project import (
    DocumentSpec,
    _batches,
    check_document,
    check_documents,
    consistency,
    discover,
    is_project,
)
from toolkit.resources import bundled_glossary_dir

EXAMPLES = REPO / "examples"

RU = ("Губернатор Красноярского края Александр Усс встретился с делегацией.\n"
      "Красноярский край и Казахстан расширяют сотрудничество.\n")
EN_KRAI = ("Governor of Krasnoyarsk Krai Alexander Uss met the delegation.\n"
           "Krasnoyarsk Krai and Kazakhstan are expanding cooperation.\n")
EN_TERRITORY = ("Governor of Krasnoyarsk Territory Alexander Uss met the delegation.\n"
                "Krasnoyarsk Territory and Kazakhstan are expanding cooperation.\n")


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(bundled_glossary_dir())


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def week(tmp_path: Path) -> Path:
    """Four short articles: three render Krasnoyarsk Krai as "Krai", one as "Territory"."""
    for n, en in enumerate([EN_KRAI, EN_KRAI, EN_KRAI, EN_TERRITORY], start=1):
        _write(tmp_path, f"day{n}.ru.txt", RU)
        _write(tmp_path, f"day{n}.en.txt", en)
    return tmp_path


def test_a_folder_of_versions_becomes_pairs_and_trios(tmp_path):
    for lang in ("kk", "ru", "en"):
        shutil.copy(EXAMPLES / f"article.{lang}.txt", tmp_path / f"forum.{lang}.txt")
    _write(tmp_path, "brief.ru.txt", RU)
    _write(tmp_path, "brief.en.txt", EN_KRAI)
    _write(tmp_path, "notes.txt", "not a version of anything")
    docs = discover(str(tmp_path))
    assert [d.name for d in docs] == ["brief", "forum"]
    assert docs[0].source == str(tmp_path / "brief.ru.txt")
    assert (docs[0].source_lang, docs[0].target_lang) == (Lang.RU, Lang.EN)
    assert [lang for lang, _path in docs[1].versions] == [Lang.KK, Lang.RU, Lang.EN]


def test_a_glob_and_a_manifest_name_documents(tmp_path, week):
    assert len(discover(str(week / "day[12].*.txt"))) == 2
    manifest = _write(tmp_path, "project.tsv", "source\ttarget\tsource_lang\ttarget_lang\n"
                      "day1.ru.txt\tday1.en.txt\tru\ten\n\nday4.ru.txt\tday4.en.txt\t\t\n")
    assert is_project(str(manifest), None)
    docs = discover(str(manifest))
    assert [Path(d.source).name for d in docs] == ["day1.ru.txt", "day4.ru.txt"]
    assert docs[0].target_lang is Lang.EN and docs[1].target_lang is None


def test_a_pairs_tsv_is_a_document_not_a_manifest(tmp_path):
    pairs = _write(tmp_path, "pairs.tsv", "Посол РК в РФ\tAmbassador of Kazakhstan to Russia\n")
    assert not is_project(str(pairs), None)
    assert not is_project(str(EXAMPLES / "article.ru.txt"), None)
    assert is_project(str(EXAMPLES), None)


def test_a_manifest_with_an_unknown_language_names_its_row(tmp_path):
    manifest = _write(tmp_path, "m.csv", "source,target,source_lang,target_lang\na,b,ru,de\n")
    with pytest.raises(Exception) as caught:
        discover(str(manifest))
    assert "m.csv:2" in str(caught.value) and "de" in str(caught.value)


def test_one_concept_rendered_two_ways_across_documents(glossary, week):
    result = check_documents(glossary, discover(str(week)), jobs=1)
    outliers = [f for f in result.findings if f.check == "project-inconsistent"]
    assert [(Path(f.document).name, f.line, f.found, f.expected) for f in outliers] == [
        ("day4", 1, "Governor of Krasnoyarsk Territory", "Governor of Krasnoyarsk Krai"),
        ("day4", 2, "Krasnoyarsk Territory", "Krasnoyarsk Krai")]
    assert {f.lang for f in outliers} == {Lang.EN}
    # No single document is inconsistent in itself.
    assert not any(f.check == "term-inconsistent" for d in result.documents
                   for f in d.report.findings)


def test_a_target_term_used_for_another_source_concept(glossary, tmp_path):
    # "Красноярский край" rendered as Krasnoyarsk Krai in one article, but Красноярск (the
    # city) rendered as "Krasnoyarsk Krai" in another: the term renders two concepts.
    _write(tmp_path, "a.ru.txt", "Красноярский край и Казахстан расширяют сотрудничество.\n")
    _write(tmp_path, "a.en.txt", "Krasnoyarsk Krai and Kazakhstan are expanding cooperation.\n")
    _write(tmp_path, "b.ru.txt", "Форум прошёл в Красноярске.\n")
    _write(tmp_path, "b.en.txt", "The forum was held in Krasnoyarsk Krai.\n")
    result = check_documents(glossary, discover(str(tmp_path)), jobs=1)
    reused = [f for f in result.findings if f.check == "project-term-reused"]
    assert [(Path(f.document).name, f.found, f.concept) for f in reused] == [
        ("b", "Krasnoyarsk Krai", "place-krasnoyarsk")]


def test_two_jobs_give_the_same_result_as_one(glossary, week):
    docs = discover(str(week))
    one = check_documents(glossary, docs, jobs=1)
    two = check_documents(glossary, docs, jobs=2)
    assert [d.spec for d in one.documents] == [d.spec for d in two.documents]
    assert [d.report.findings for d in one.documents] == [d.report.findings for d in two.documents]
    assert one.findings == two.findings


def test_documents_that_share_a_text_are_checked_in_one_batch(tmp_path):
    """The same Russian article against two translations, and a copy of another pair, go to
    one worker (its caches serve both); every document is in exactly one batch."""
    ru = _write(tmp_path, "a/forum.ru.txt", RU)
    en = _write(tmp_path, "a/forum.en.txt", EN_KRAI)
    en2 = _write(tmp_path, "b/forum.en.txt", EN_TERRITORY)
    other_ru = _write(tmp_path, "c/other.ru.txt", "Казахстан и Россия.\n")
    other_en = _write(tmp_path, "c/other.en.txt", "Kazakhstan and Russia.\n")
    copy_ru = _write(tmp_path, "d/copy.ru.txt", "Казахстан и Россия.\n")  # same text
    copy_en = _write(tmp_path, "d/copy.en.txt", "Kazakhstan and Russia!\n")
    alone_ru = _write(tmp_path, "e/alone.ru.txt", "Астана.\n")
    alone_en = _write(tmp_path, "e/alone.en.txt", "Astana.\n")

    def spec(name: str, source: Path, target: Path) -> DocumentSpec:
        return DocumentSpec(name, str(source), str(target), Lang.RU, Lang.EN)

    specs = [spec("forum-krai", ru, en), spec("other", other_ru, other_en),
             spec("alone", alone_ru, alone_en), spec("forum-territory", ru, en2),
             spec("copy", copy_ru, copy_en)]
    specs += [spec(f"day{n}", _write(tmp_path, f"days/{n}.ru.txt", f"Встреча {n}.\n"),
                   _write(tmp_path, f"days/{n}.en.txt", f"Meeting {n}.\n"))
              for n in range(11)]  # 16 documents: a batch may hold two on one job
    batches = _batches(specs, jobs=1)
    assert sorted(i for batch in batches for i in batch) == list(range(16))
    assert [sorted(batch) for batch in batches if len(batch) > 1] == [[0, 3], [1, 4]]
    assert batches[0] == [0, 3]  # the largest texts first
    # A batch holds at most an eighth of a worker's share: on 2 jobs, one document.
    assert {len(batch) for batch in _batches(specs, jobs=2)} == {1}


def test_the_library_entry_point_maps_over_documents(glossary, week):
    """check_document is a plain function of picklable values, as an engine's map needs."""
    import pickle

    specs = discover(str(week))
    results = [pickle.loads(pickle.dumps(check_document(glossary, pickle.loads(
        pickle.dumps(spec))))) for spec in specs]
    assert [r.spec for r in results] == specs
    assert len(consistency(glossary, results)) == 2


def test_cli_checks_a_folder_with_one_report_and_the_worst_exit_code(tilmash, tmp_path):
    for lang in ("ru", "en"):
        shutil.copy(EXAMPLES / f"article.{lang}.txt", tmp_path / f"forum.{lang}.txt")
    _write(tmp_path, "brief.ru.txt", RU)
    _write(tmp_path, "brief.en.txt", EN_KRAI)
    run = tilmash("check", str(tmp_path), "--jobs", "2")
    assert run.exit_code == 1, run.stderr
    assert "term-forbidden" in run.stdout and "forum" in run.stdout
    assert "2 documents" in run.stdout
    clean = tilmash("check", str(tmp_path / "brief.*.txt"))
    assert clean.exit_code == 0, clean.stdout + clean.stderr
    assert "1 document: 0 errors, 0 warnings" in clean.stdout


def test_cli_project_json_html_and_xlsx(tilmash, week, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    run = tilmash("check", str(week), "--format", "json", "-o", str(out / "r.json"))
    assert run.exit_code == 0, run.stderr
    data = json.loads((out / "r.json").read_text(encoding="utf-8"))
    assert data["project"] is True and data["summary"]["documents"] == 4
    assert [f["check"] for f in data["project_findings"]] == ["project-inconsistent"] * 2
    assert data["documents"][3]["target"]["file"].endswith("day4.en.txt")
    assert tilmash("check", str(week), "--format", "html", "-o", str(out / "r.html")).exit_code == 0
    page = (out / "r.html").read_text(encoding="utf-8")
    assert 'id="doc-3"' in page and "Krasnoyarsk Territory" in page
    assert tilmash("check", str(week), "--format", "xlsx", "-o", str(out / "r.xlsx")).exit_code == 0
    book = openpyxl.load_workbook(out / "r.xlsx")
    across = list(book.worksheets[1].iter_rows(values_only=True))
    assert across[1][0].endswith("day4") and across[1][6] == "Governor of Krasnoyarsk Territory"
    assert [row[0] for row in book.worksheets[2].iter_rows(
        min_row=2, values_only=True)] == ["day1", "day2", "day3", "day4"]


def test_cli_project_fail_on_warning_and_unusable_document(tilmash, week):
    assert tilmash("check", str(week), "--fail-on", "warning").exit_code == 1
    (week / "day2.en.txt").write_bytes("Краснояр".encode("cp1251"))
    run = tilmash("check", str(week))
    assert run.exit_code == 2
    assert "day2.en.txt" in run.stderr and "Traceback" not in run.stderr


def test_cli_refuses_a_report_over_a_project_input(tilmash, week):
    before = (week / "day1.en.txt").read_bytes()
    run = tilmash("check", str(week), "--format", "json", "-o", str(week / "day1.en.txt"))
    assert run.exit_code == 2
    assert (week / "day1.en.txt").read_bytes() == before


def test_empty_folder_is_a_clear_error(tilmash, tmp_path):
    run = tilmash("check", str(tmp_path))
    assert run.exit_code == 2 and "no documents found" in run.stderr


def test_spec_for_bilingual_files(tmp_path):
    _write(tmp_path, "a.tsv", "Посол РК в РФ\tҚР-ның РФ-дағы Елшісі\n")
    docs = discover(str(tmp_path), Lang.RU, Lang.KK)
    assert docs == [DocumentSpec("a.tsv", str(tmp_path / "a.tsv"), None,
                                 Lang.RU, Lang.KK)]


def test_cli_aligns_a_project_into_one_tsv_and_one_tmx(tilmash, week, tmp_path):
    from lxml import etree

    tsv = tilmash("align", str(week), "--jobs", "2")
    assert tsv.exit_code == 0, tsv.stderr
    rows = [line.split("\t") for line in tsv.stdout.splitlines()]
    assert [row[0] for row in rows] == ["day1", "day1", "day2", "day2", "day3", "day3", "day4",
                                        "day4"]
    assert rows[7][1].startswith("Красноярский край") and rows[7][2].startswith(
        "Krasnoyarsk Territory")
    out = tmp_path / "week.tmx"
    assert tilmash("align", str(week), "--format", "tmx", "-o", str(out)).exit_code == 0
    units = etree.parse(str(out)).findall(".//tu")
    assert len(units) == 8
    assert units[-1].findtext("prop[@type='x-tilmash-document']") == "day4"


def test_cli_scans_many_files_into_one_jsonl_stream(tilmash, week):
    run = tilmash("scan", str(week / "day1.ru.txt"), str(week / "day4.en.txt"))
    assert run.exit_code == 0, run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    files = {Path(r["file"]).name for r in records}
    assert files == {"day1.ru.txt", "day4.en.txt"}
    texts = {(Path(r["file"]).name, r["text"]) for r in records}
    assert ("day1.ru.txt", "Губернатор Красноярского края") in texts
    assert ("day4.en.txt", "Krasnoyarsk Territory") in texts
    folder = tilmash("scan", str(week), "--format", "jsonl", "--jobs", "2")
    assert {Path(json.loads(x)["file"]).name for x in folder.stdout.splitlines()} == {
        f"day{n}.{lang}.txt" for n in range(1, 5) for lang in ("ru", "en")}


def test_a_local_dask_cluster_checks_the_project_as_one_process_does(glossary, week):
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from toolkit.distributed import check_bag

    specs = discover(str(week))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster):
        result = check_bag(db.from_sequence(specs, npartitions=2),
                           str(bundled_glossary_dir())).compute()
    local = check_documents(glossary, specs, jobs=1)
    assert [d.spec for d in result.documents] == specs
    assert [d.report.findings for d in result.documents] == [
        d.report.findings for d in local.documents]
    assert result.findings == local.findings and len(result.findings) == 2


def test_one_ignore_file_accepts_findings_across_the_project(tilmash, tmp_path):
    project = tmp_path / "week"
    project.mkdir()
    for lang in ("ru", "en"):
        shutil.copy(EXAMPLES / f"article.{lang}.txt", project / f"forum.{lang}.txt")
    _write(project, "brief.ru.txt", RU)
    _write(project, "brief.en.txt", EN_KRAI)
    ignore = tmp_path / "accepted.tsv"
    before = tilmash("check", str(project), "--format", "json")
    data = json.loads(before.stdout)
    assert data["project_findings"] == []  # "Kazakh" is a derived form, not another rendering
    found = data["summary"]["findings"]
    assert before.exit_code == 1 and found > 0
    first = tilmash("check", str(project), "--write-ignore", "--ignore", str(ignore))
    assert first.exit_code == 0, first.stdout + first.stderr
    assert f"{found} accepted findings" in first.stderr
    again = tilmash("check", str(project), "--ignore", str(ignore))
    assert again.exit_code == 0
    assert f"({found} suppressed)" in again.stdout
