"""The command line: help and version, glossary commands, exit codes, bad input."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys

import click
import pytest

from tests.conftest import REPO
from toolkit.cli import build_cli


def all_command_paths(group: click.Group, prefix: tuple[str, ...] = ()):
    ctx = click.Context(group)
    for name in group.list_commands(ctx):  # as --help lists them: the top level is lazy
        command = group.get_command(ctx, name)
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from all_command_paths(command, (*prefix, name))


def test_version(tilmash):
    result = tilmash("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("tilmash ")


@pytest.mark.parametrize("path", list(all_command_paths(build_cli())))
def test_every_command_has_help(tilmash, path):
    result = tilmash(*path, "--help")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("Usage: tilmash " + " ".join(path))


def test_python_dash_m_runs_the_same_command():
    done = subprocess.run([sys.executable, "-m", "toolkit", "glossary", "show", "Уссом"],
                          capture_output=True, text=True, encoding="utf-8", cwd="/",
                          env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "100",
                               "PYTHONPATH": str(REPO)})
    # "Уссом" is an inflected form: search is by substring, so it is not found...
    assert done.returncode == 1
    assert "No concept matches 'Уссом'" in done.stderr
    # ...while the base form is.
    done = subprocess.run([sys.executable, "-m", "toolkit", "glossary", "show", "Усс"],
                          capture_output=True, text=True, encoding="utf-8", cwd="/",
                          env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "100",
                               "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    assert "Alexander Uss" in done.stdout and "Александр Усс" in done.stdout


def test_show_prints_three_languages_side_by_side(tilmash):
    result = tilmash("glossary", "show", "Кошербаев")
    assert result.exit_code == 0
    first_row = next(line for line in result.stdout.splitlines() if "Ермек" in line)
    assert "Ермек Көшербаев" in first_row and "Ермек Кошербаев" in first_row
    assert "Yermek Kosherbayev" in first_row
    assert "deprecated" in result.stdout


def test_show_nothing_found_exits_1(tilmash):
    result = tilmash("glossary", "show", "Гондор")
    assert result.exit_code == 1
    assert "No concept matches 'Гондор'" in result.stderr


def test_stats_counts_the_bundled_glossary(tilmash):
    result = tilmash("glossary", "stats")
    assert result.exit_code == 0
    assert "person" in result.stdout and "Total" in result.stdout


def test_validate_bundled_glossary_is_clean(tilmash):
    result = tilmash("glossary", "validate")
    assert result.exit_code == 0, result.stderr
    assert "valid" in result.stdout and result.stderr == ""


def test_validate_exit_codes(tilmash, make_glossary, tmp_path):
    bad = make_glossary({"places.yaml": """
        - id: "place-abakan"
          kind: "place"
          ru:
            - {term: "Абакан", status: "admitted", type: "fullForm"}
        """}, name="bad")
    result = tilmash("glossary", "validate", str(bad))
    assert result.exit_code == 1
    assert f"{bad}/places.yaml:4: error:" in result.stderr
    assert "1 error, 0 warnings" in result.stderr

    broken = make_glossary({"places.yaml": "- id: [\n"}, name="broken")
    result = tilmash("glossary", "validate", str(broken))
    assert result.exit_code == 2
    assert f"{broken}/places.yaml:" in result.stderr and "not valid YAML" in result.stderr

    result = tilmash("glossary", "validate", str(tmp_path / "missing"))
    assert result.exit_code == 2
    assert "missing: no such file or folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_glossary_option_and_environment_pick_a_csv_glossary(tilmash, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("concept,kind,lang,term,status,type,note\n"
                    "place-abakan,place,ru,Абакан,preferred,fullForm,\n"
                    "place-abakan,place,en,Abakan,preferred,fullForm,\n", encoding="utf-8")
    result = tilmash("glossary", "stats", "--glossary", str(path))
    assert result.exit_code == 0
    assert re.search(r"│ Total\s+│\s+1 │", result.stdout)
    result = tilmash("glossary", "show", "Abakan", env={"TILMASH_GLOSSARY": str(path)})
    assert result.exit_code == 0 and "Абакан" in result.stdout


def test_invalid_glossary_stops_other_commands_with_exit_2(tilmash, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("concept,kind,lang,term,status,type,note\n"
                    "place-abakan,town,ru,Абакан,preferred,fullForm,\n", encoding="utf-8")
    result = tilmash("glossary", "show", "Абакан", "--glossary", str(path))
    assert result.exit_code == 2
    assert f"{path}:2: error: unknown kind 'town'" in result.stderr


def test_export_csv_round_trips_and_filters(tilmash, tmp_path):
    out = tmp_path / "export.csv"
    result = tilmash("glossary", "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {"concept", "kind", "lang", "term", "status", "type", "note"} <= set(rows[0])
    assert any(r["term"] == "Посол РК в РФ" and r["status"] == "admitted" for r in rows)
    result = tilmash("glossary", "stats", "--glossary", str(out))
    assert result.exit_code == 0

    result = tilmash("glossary", "export", "--kind", "person", "--status", "deprecated")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted((r["lang"], r["term"]) for r in rows) == [
        ("en", "Yermek Kosherbaev"), ("kk", "Ермек Кошербаев")]
    assert {r["status"] for r in rows} == {"deprecated"}


def test_fmt_check_and_rewrite(tilmash, make_glossary):
    folder = make_glossary({"places.yaml": """
        - id: "place-siberia"
          kind: "place"
          ru: ["Сибирь"]
        - id: "place-abakan"
          kind: "place"
          ru: ["Абакан"]
        """})
    before = (folder / "places.yaml").read_bytes()
    result = tilmash("glossary", "fmt", "--check", str(folder))
    assert result.exit_code == 1
    assert "places.yaml: not in canonical form" in result.stderr
    assert (folder / "places.yaml").read_bytes() == before  # --check changes nothing

    assert tilmash("glossary", "fmt", str(folder)).exit_code == 0
    text = (folder / "places.yaml").read_text(encoding="utf-8")
    assert text.index("place-abakan") < text.index("place-siberia")
    assert tilmash("glossary", "fmt", "--check", str(folder)).exit_code == 0
    assert tilmash("glossary", "fmt", str(folder)).stdout.startswith("0 files rewritten")


def test_fmt_refuses_an_invalid_glossary_and_writes_nothing(tilmash, make_glossary):
    folder = make_glossary({"places.yaml": """
        - id: "place-abakan"
          kind: "place"
          ru: ["Абакан"]
          related: ["place-khakasia"]
        """})
    before = sorted(p.name for p in folder.iterdir())
    result = tilmash("glossary", "fmt", str(folder))
    assert result.exit_code == 2
    assert "place-khakasia" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == before


def test_repository_glossary_passes_fmt_check(tilmash):
    assert tilmash("glossary", "fmt", "--check", str(REPO / "glossary")).exit_code == 0


def test_unknown_ui_language_is_a_usage_error(tilmash):
    result = tilmash("--lang", "de", "glossary", "stats")
    assert result.exit_code == 2
    assert "unknown language 'de'" in result.stderr
    result = tilmash("glossary", "stats", env={"TILMASH_LANG": "fr"})
    assert result.exit_code == 2


def test_click_usage_errors_exit_2(tilmash):
    result = tilmash("glossary", "export", "--format", "docx")
    assert result.exit_code == 2
    assert "'docx' is not one of 'csv', 'tsv'" in result.stderr


def _modules_after(*args: str) -> set[str]:
    code = ("import sys\nfrom toolkit.cli import main\ntry:\n    main(sys.argv[1:])\n"
            "except SystemExit:\n    pass\nprint(' '.join(sorted(sys.modules)), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=REPO, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
                                         "TILMASH_CACHE_DIR": os.environ["TILMASH_CACHE_DIR"]})
    return set(done.stderr.split())


def test_help_loads_only_what_help_needs():
    loaded = _modules_after("--help")
    heavy = {"yaml", "rich", "lxml", "pymorphy3", "babel", "razdel", "sacremoses",
             "importlib.metadata", "xml.sax.saxutils", "urllib.request", "ssl",
             "toolkit.glossary.store", "toolkit.match", "toolkit.spreadsheet"}
    assert "click" in loaded and "toolkit.cli.check_cmd" in loaded  # it lists every command
    assert loaded & heavy == set()


def test_a_command_loads_its_own_module_only():
    loaded = _modules_after("segment", "examples/article.ru.txt", "--lang", "ru")
    assert "toolkit.text.segment" in loaded
    assert {"toolkit.cli.check_cmd", "toolkit.cli.align_cmd", "toolkit.cli.glossary_cmds",
            "toolkit.glossary.store", "yaml", "lxml"} & loaded == set()


def test_a_check_imports_no_package_metadata_and_no_moses_tokenizer():
    loaded = _modules_after("check", "examples/article.ru.txt", "examples/article.en.txt")
    assert "pymorphy3" in loaded and "toolkit.check.runner" in loaded
    assert {"importlib.metadata", "sacremoses", "joblib", "toolkit.cli.align_cmd"} & loaded == set()
