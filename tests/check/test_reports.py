"""HTML and XLSX reports, and accepted findings (.tilmash-ignore)."""

from __future__ import annotations

import json

from lxml import html as lxml_html
from openpyxl import load_workbook

from tests.conftest import REPO

EXAMPLES = REPO / "examples"
RU, EN = str(EXAMPLES / "article.ru.txt"), str(EXAMPLES / "article.en.txt")


def test_html_report_is_self_contained_and_complete(tilmash, tmp_path):
    out = tmp_path / "report.html"
    result = tilmash("check", RU, EN, "--format", "html", "-o", str(out))
    assert result.exit_code == 1
    text = out.read_text(encoding="utf-8")
    assert "http://" not in text and "https://" not in text  # nothing to fetch
    page = lxml_html.fromstring(text)
    rows = page.xpath("//table[@id='findings']/tbody/tr")
    assert [r.get("data-check") for r in rows] == [
        "term-forbidden", "number-mismatch", "term-inconsistent", "term-missing"]
    marks = [m.text for m in page.xpath("//mark")]
    assert "Yermek Kosherbaev" in marks and "Главой Республики Хакасия" in marks
    assert page.xpath("//input[@data-severity='error']")  # filters exist
    assert page.xpath("//input[@data-check='term-missing']")
    assert page.xpath("string(//div[@id='summary'])") == "3 errors, 1 warning"


def test_html_escapes_document_text(tilmash, tmp_path):
    source, target = tmp_path / "a.ru.txt", tmp_path / "a.en.txt"
    source.write_text("Абакан <script>alert(1)</script>\n", encoding="utf-8")
    target.write_text("the city <b>\n", encoding="utf-8")
    out = tmp_path / "r.html"
    tilmash("check", str(source), str(target), "--format", "html", "-o", str(out))
    text = out.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text


def test_html_report_speaks_the_ui_language(tilmash, tmp_path):
    out = tmp_path / "report.html"
    tilmash("--lang", "kk", "check", RU, EN, "--format", "html", "-o", str(out))
    page = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    assert page.get("lang") == "kk"
    assert page.xpath("string(//div[@id='summary'])") == "3 қате, 1 ескерту"


def test_xlsx_report_reads_back_with_a_frozen_filtered_header(tilmash, tmp_path):
    out = tmp_path / "report.xlsx"
    result = tilmash("check", RU, EN, "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 1
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Segment", "Line", "Severity", "Check")
    assert [r[3] for r in rows[1:]] == [
        "term-forbidden", "number-mismatch", "term-inconsistent", "term-missing"]
    assert rows[1][6] == "Yermek Kosherbaev" and rows[1][7] == "Yermek Kosherbayev"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:K5"
    assert sheet["A1"].font.bold


def test_xlsx_never_holds_a_formula(tilmash, tmp_path):
    source, target = tmp_path / "a.ru.txt", tmp_path / "a.en.txt"
    source.write_text("=HYPERLINK(\"http://x\") Абакан 5\n", encoding="utf-8")
    target.write_text("=HYPERLINK(\"http://x\") the city 6\n", encoding="utf-8")
    out = tmp_path / "r.xlsx"
    tilmash("check", str(source), str(target), "--format", "xlsx", "-o", str(out))
    sheet = load_workbook(out).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    assert any(str(c.value).startswith("=HYPERLINK") for c in cells)


def test_html_and_xlsx_need_an_output_file(tilmash):
    result = tilmash("check", RU, EN, "--format", "xlsx")
    assert result.exit_code == 2 and "-o" in result.stderr


def test_accepted_findings_stay_accepted_until_the_text_changes(tilmash, tmp_path,
                                                               monkeypatch):
    monkeypatch.chdir(tmp_path)
    source, target = tmp_path / "a.ru.txt", tmp_path / "a.en.txt"
    source.write_text("Глава Республики Хакасия\nАбакан\n", encoding="utf-8")
    target.write_text("the head of the region\nthe city\n", encoding="utf-8")
    result = tilmash("check", str(source), str(target), "--write-ignore")
    assert result.exit_code == 0
    assert "2 accepted findings in .tilmash-ignore" in result.stderr
    lines = (tmp_path / ".tilmash-ignore").read_text(encoding="utf-8").splitlines()
    assert [line.split("\t")[:2] for line in lines if not line.startswith("#")] == [
        ["term-missing", "place-abakan"], ["term-missing", "title-head-republic-khakassia"]]

    result = tilmash("check", str(source), str(target), "--format", "json")
    data = json.loads(result.stdout)
    assert (result.exit_code, data["findings"], data["summary"]["suppressed"]) == (0, [], 2)
    assert "(2 suppressed)" in result.stderr

    target.write_text("the head of the region\nthe town\n", encoding="utf-8")  # text changed
    result = tilmash("check", str(source), str(target), "--format", "json")
    data = json.loads(result.stdout)
    assert [f["concept"] for f in data["findings"]] == ["place-abakan"]
    assert data["summary"]["suppressed"] == 1


def test_a_broken_ignore_file_is_an_input_error(tilmash, tmp_path):
    ignore = tmp_path / "accepted.tsv"
    ignore.write_text("term-missing only two fields\n", encoding="utf-8")
    result = tilmash("check", RU, EN, "--ignore", str(ignore))
    assert result.exit_code == 2 and f"{ignore}:1:" in result.stderr
    result = tilmash("check", RU, EN, "--ignore", str(tmp_path / "missing"))
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_the_report_formats_offered_are_those_of_the_renderer_table(tilmash):
    from toolkit.report.renderers import RENDERERS

    result = tilmash("check", "--help")
    assert "[terminal|json|html|xlsx]" in " ".join(result.stdout.split())
    assert [r.name for r in RENDERERS] == ["terminal", "json", "html", "xlsx"]


def test_every_renderer_writes_a_document_and_a_project_report(tilmash, tmp_path):
    from toolkit.report.renderers import RENDERERS

    project = tmp_path / "project"
    project.mkdir()
    for lang in ("ru", "en"):
        (project / f"article.{lang}.txt").write_bytes(
            (EXAMPLES / f"article.{lang}.txt").read_bytes())
    for renderer in RENDERERS:
        for name, args in (("doc", [RU, EN]), ("project", [str(project)])):
            out = tmp_path / f"{name}{renderer.suffixes[0]}"
            result = tilmash("check", *args, "--format", renderer.name, "-o", str(out))
            assert result.exit_code == 1, result.stderr
            data = out.read_bytes()
            if renderer.name == "xlsx":
                assert data.startswith(b"PK")
                cells = [c for row in load_workbook(out).active.iter_rows(values_only=True)
                         for c in row]
                assert "term-forbidden" in cells
            else:
                assert "term-forbidden" in data.decode("utf-8")
                assert "Yermek Kosherbaev" in data.decode("utf-8")
