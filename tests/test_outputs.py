"""Outputs never clobber inputs, unwritable outputs are one clear error, and text may be UTF-16."""

from __future__ import annotations

import codecs
import os
import shutil
import tempfile
from pathlib import Path

import pytest

import toolkit.fsutil as fsutil
from tests.conftest import REPO
from toolkit.errors import OutputError

EXAMPLES = REPO / "examples"


@pytest.fixture
def article(tmp_path, monkeypatch) -> Path:
    """A folder holding the example article in kk, ru and en; the current folder."""
    for lang in ("kk", "ru", "en"):
        shutil.copy(EXAMPLES / f"article.{lang}.txt", tmp_path / f"article.{lang}.txt")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def strays(folder: Path) -> list[Path]:
    return sorted(folder.rglob(".*.tmp"))


# ------------------------------------------------------------------------ -o naming an input

@pytest.mark.parametrize("command", [
    ("check", "article.ru.txt", "article.en.txt", "--format", "json", "-o", "article.en.txt"),
    ("check", "article.ru.txt", "article.en.txt", "-o", "article.ru.txt"),
    ("check", "--kk", "article.kk.txt", "--ru", "article.ru.txt", "--en", "article.en.txt",
     "--format", "json", "-o", "article.kk.txt"),
    ("align", "article.ru.txt", "article.en.txt", "-o", "article.en.txt"),
    ("align", "--kk", "article.kk.txt", "--ru", "article.ru.txt", "--en", "article.en.txt",
     "--format", "tmx", "-o", "./article.ru.txt"),
])
def test_output_naming_an_input_is_refused_before_any_work(article, tilmash, command):
    before = {p.name: p.read_bytes() for p in article.iterdir()}
    result = tilmash(*command)
    assert result.exit_code == 2
    target = command[-1]
    assert result.stderr.strip().startswith(f"Error: -o {target} would overwrite the input ")
    assert result.stdout == ""  # no report: nothing was checked or aligned
    assert {p.name: p.read_bytes() for p in article.iterdir()} == before


def test_an_input_reached_by_a_hard_or_symbolic_link_is_refused(article, tilmash):
    os.link(article / "article.en.txt", article / "draft.txt")
    os.symlink(article / "article.ru.txt", article / "original.txt")
    original = (article / "article.en.txt").read_bytes()
    for link, what in (("draft.txt", "article.en.txt"), ("original.txt", "article.ru.txt")):
        result = tilmash("check", "article.ru.txt", "article.en.txt", "--format", "json",
                         "-o", link)
        assert result.exit_code == 2
        assert f"would overwrite the input {what}" in result.stderr
    assert (article / "article.en.txt").read_bytes() == original
    assert (article / "original.txt").is_symlink()


def test_export_over_the_glossary_it_reads_is_refused(article, tilmash):
    assert tilmash("glossary", "export", "-o", "terms.csv").exit_code == 0
    saved = (article / "terms.csv").read_bytes()
    result = tilmash("glossary", "export", "--glossary", "terms.csv", "--format", "tsv",
                     "-o", "terms.csv")
    assert result.exit_code == 2 and "would overwrite the input terms.csv" in result.stderr
    assert (article / "terms.csv").read_bytes() == saved
    folder = REPO / "glossary"
    result = tilmash("glossary", "export", "--glossary", str(folder), "--format", "tsv",
                     "-o", str(folder / "places.yaml"))
    assert result.exit_code == 2 and "would overwrite the input" in result.stderr


def test_a_new_output_beside_the_inputs_is_written(article, tilmash):
    result = tilmash("check", "article.ru.txt", "article.en.txt", "--format", "json",
                     "-o", "report.json")
    assert result.exit_code == 1  # the planted errors
    assert '"term-forbidden"' in (article / "report.json").read_text(encoding="utf-8")


# ------------------------------------------------------------------------ unwritable outputs

WRITERS = [
    ("check", "article.ru.txt", "article.en.txt", "--format", "json", "-o"),
    ("check", "article.ru.txt", "article.en.txt", "--format", "html", "-o"),
    ("align", "article.ru.txt", "article.en.txt", "--format", "tmx", "-o"),
    ("glossary", "export", "--format", "xlsx", "-o"),
    ("glossary", "export", "--format", "tbx", "-o"),
]


@pytest.mark.parametrize("command", WRITERS, ids=lambda c: " ".join(c[:2] + c[-2:-1]))
@pytest.mark.parametrize("output", [".", "folder", "/proc/version", "/proc/new/report.out"])
def test_an_unwritable_output_is_one_clear_error(article, tilmash, command, output):
    (article / "folder").mkdir()
    result = tilmash(*command, output)
    assert result.exit_code == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith(f"Error: cannot write {output}: "), result.stderr
    assert "Traceback" not in result.stderr
    assert strays(article) == [] and list((article / "folder").iterdir()) == []


def test_a_read_only_folder_is_one_clear_error(article, tilmash, monkeypatch):
    # As every user but root sees a read-only folder: creating the file there is refused.
    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(fsutil.tempfile, "mkstemp", refused)
    for command in WRITERS:
        result = tilmash(*command, "out/report.file")
        assert result.exit_code == 2
        assert result.stderr.strip().splitlines()[-1] == (
            "Error: cannot write out/report.file: no file can be created in out "
            "(Permission denied)")
    result = tilmash("check", "article.ru.txt", "article.en.txt", "--write-ignore")
    assert result.exit_code == 2
    assert "Error: cannot write .tilmash-ignore: no file can be created in ." in result.stderr


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root writes into read-only folders; the test above covers it")
def test_a_really_read_only_folder_is_one_clear_error(article, tilmash):
    locked = article / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = tilmash("check", "article.ru.txt", "article.en.txt", "--format", "json",
                         "-o", "locked/report.json")
        assert result.exit_code == 2
        assert "Error: cannot write locked/report.json: no file can be created" in result.stderr
    finally:
        locked.chmod(0o700)


def test_write_ignore_into_a_folder_is_one_clear_error(article, tilmash):
    (article / "accepted").mkdir()
    result = tilmash("check", "article.ru.txt", "article.en.txt", "--write-ignore",
                     "--ignore", "accepted")
    assert result.exit_code == 2
    assert "Error: cannot write accepted: it is a folder; name a file" in result.stderr
    assert strays(article) == []


def test_import_into_an_unwritable_place_is_one_clear_error(article, tilmash):
    assert tilmash("glossary", "export", "-o", "terms.csv").exit_code == 0
    result = tilmash("glossary", "import", "terms.csv", "--into", "/proc/tilmash-glossary")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines()[-1].startswith(
        "Error: cannot write /proc/tilmash-glossary/")


def test_fmt_of_an_unwritable_folder_is_one_clear_error(article, tilmash, monkeypatch):
    folder = article / "g"
    assert tilmash("glossary", "export", "-o", "terms.csv").exit_code == 0
    assert tilmash("glossary", "import", "terms.csv", "--into", str(folder)).exit_code == 0
    places = folder / "places.yaml"
    places.write_text(places.read_text(encoding="utf-8").replace('"place"', "place", 3),
                      encoding="utf-8")
    before = places.read_bytes()
    real = tempfile.mkstemp
    made = []

    def second_refused(*args, **kwargs):  # the first file is written, the second is refused
        if made:
            raise PermissionError(13, "Permission denied")
        made.append(real(*args, **kwargs))
        return made[-1]

    monkeypatch.setattr(fsutil.tempfile, "mkstemp", second_refused)
    (folder / "titles.yaml").write_text((folder / "titles.yaml").read_text(
        encoding="utf-8").replace('"title"', "title", 1), encoding="utf-8")
    result = tilmash("glossary", "fmt", str(folder))
    assert result.exit_code == 2
    assert "Error: cannot write " in result.stderr and "(Permission denied)" in result.stderr
    assert places.read_bytes() == before  # nothing renamed: all files or none
    assert strays(folder) == []


def test_a_failed_rename_leaves_nothing_behind(tmp_path, monkeypatch):
    def cross_device(*args):
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(fsutil.os, "replace", cross_device)
    with pytest.raises(OutputError) as caught:
        fsutil.atomic_write_text(tmp_path / "report.html", "<p>Посол РК в РФ</p>")
    assert str(caught.value) == (f"cannot write {tmp_path / 'report.html'}: "
                                 "Invalid cross-device link")
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------------------- encodings

def _saved_as(article: Path, encoding: str, bom: bytes = b"") -> str:
    text = (article / "article.ru.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    name = f"notepad-{encoding}.ru.txt"
    (article / name).write_bytes(bom + text.encode(encoding))
    return name


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
    ("utf-8", codecs.BOM_UTF8), ("utf-8", b"")])
def test_utf16_with_a_bom_and_utf8_are_read_as_text(article, tilmash, encoding, bom):
    name = _saved_as(article, encoding, bom)
    result = tilmash("check", name, "article.en.txt")
    expected = tilmash("check", "article.ru.txt", "article.en.txt")
    assert result.exit_code == expected.exit_code == 1
    assert result.stdout.replace(name, "article.ru.txt") == expected.stdout
    assert "3 errors, 1 warning" in result.stdout
    segmented = tilmash("segment", name, "--lang", "ru")
    assert segmented.stdout == tilmash("segment", "article.ru.txt", "--lang", "ru").stdout


@pytest.mark.parametrize(("encoding", "bom", "message"), [
    ("utf-16-le", b"", "UTF-16 text without a byte order mark; save the file as UTF-8"),
    ("utf-32-le", codecs.BOM_UTF32_LE, "UTF-32 text; save the file as UTF-8"),
    ("cp1251", b"", "not UTF-8 text: byte 0xca cannot be decoded; save the file as UTF-8"),
])
def test_other_encodings_are_told_to_save_as_utf8(article, tilmash, encoding, bom, message):
    name = _saved_as(article, encoding, bom)
    result = tilmash("check", name, "article.en.txt")
    assert result.exit_code == 2
    assert message in result.stderr and name in result.stderr


def test_a_broken_utf16_file_names_its_line(article, tilmash):
    text = "Красноярск\r\nАбакан \ud800\r\n"
    (article / "broken.ru.txt").write_bytes(
        codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass"))
    result = tilmash("segment", "broken.ru.txt", "--lang", "ru")
    assert result.exit_code == 2
    assert "broken.ru.txt:2: not valid UTF-16 text" in result.stderr


def test_an_excel_unicode_text_glossary_is_read(article, tilmash):
    assert tilmash("glossary", "export", "--format", "tsv", "-o", "terms.tsv").exit_code == 0
    tsv = (article / "terms.tsv").read_text(encoding="utf-8")
    (article / "unicode.tsv").write_bytes(tsv.replace("\n", "\r\n").encode("utf-16"))
    result = tilmash("glossary", "show", "Кошербаев", "--glossary", "unicode.tsv")
    assert result.exit_code == 0, result.stderr
    assert "Yermek Kosherbayev" in result.stdout


@pytest.mark.parametrize("output", ["/proc/version", "folder", "/proc/report.json"])
def test_an_unwritable_output_is_refused_before_any_work(article, tilmash, monkeypatch, output):
    import toolkit.glossary

    (article / "folder").mkdir()

    def no_work(*args, **kwargs):
        raise AssertionError("the glossary was loaded: work started")

    monkeypatch.setattr(toolkit.glossary, "load_glossary", no_work)
    for command in WRITERS:
        result = tilmash(*command, output)
        assert result.exit_code == 2, result.stderr
        assert result.stderr.startswith(f"Error: cannot write {output}: ")
    assert strays(article) == []


def test_import_into_a_read_only_folder_is_refused_before_the_diff(article, tilmash,
                                                                   monkeypatch):
    assert tilmash("glossary", "export", "-o", "terms.csv").exit_code == 0
    assert tilmash("glossary", "import", "terms.csv", "--into", "g").exit_code == 0
    before = files_of(article / "g")

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(fsutil.tempfile, "mkstemp", refused)
    result = tilmash("glossary", "import", "terms.csv", "--into", "g")
    assert result.exit_code == 2 and result.stdout == ""  # no diff shown: nothing was read
    assert result.stderr.strip() == ("Error: cannot write g/titles.yaml: no file can be "
                                     "created in g (Permission denied)")
    dry = tilmash("glossary", "import", "terms.csv", "--into", "g", "--dry-run")
    assert dry.exit_code == 0 and "0 added, 0 changed, 0 removed" in dry.stdout
    assert files_of(article / "g") == before


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}
