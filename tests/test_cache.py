"""The glossary cache: used when nothing changed, rebuilt when a file did, never an error."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import toolkit.glossary as glossary_package
from tests.conftest import REPO
from toolkit import cache
from toolkit.errors import GlossaryInvalid
from toolkit.glossary import load_glossary, read_glossary
from toolkit.lang import Lang
from toolkit.resources import bundled_glossary_dir

ABAKAN = """
- id: "place-abakan"
  kind: "place"
  kk:
    - {term: "Абакан", status: "preferred", type: "fullForm"}
  ru:
    - {term: "Абакан", status: "preferred", type: "fullForm"}
  en:
    - {term: "Abakan", status: "preferred", type: "fullForm"}
"""


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("TILMASH_CACHE_DIR", str(folder))
    cache.set_enabled(True)
    yield folder
    cache.set_enabled(True)


@pytest.fixture
def reads(monkeypatch):
    """How many times the glossary files were really read."""
    calls = []
    real = glossary_package.read_glossary

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(glossary_package, "read_glossary", counting)
    return calls


def entries(folder):
    return sorted(folder.glob("glossary-*.pickle"))


def test_the_second_load_comes_from_the_cache_and_equals_a_fresh_read(cache_folder, reads):
    first = load_glossary(bundled_glossary_dir())
    assert len(entries(cache_folder)) == 1 and len(reads) == 1
    second = load_glossary(bundled_glossary_dir())
    assert len(reads) == 1  # not read again
    assert second == first == read_glossary(bundled_glossary_dir()).glossary
    kz = second.get("place-kazakhstan")
    assert kz is not None and kz.preferred(Lang.KK).text == "Қазақстан Республикасы"


def test_an_edited_file_is_read_again(cache_folder, reads, make_glossary):
    folder = make_glossary({"places.yaml": ABAKAN})
    assert load_glossary(folder).get("place-abakan").preferred(Lang.EN).text == "Abakan"
    (folder / "places.yaml").write_text(ABAKAN.replace('"Abakan"', '"Abakan City"'),
                                        encoding="utf-8")
    assert load_glossary(folder).get("place-abakan").preferred(Lang.EN).text == "Abakan City"
    assert len(reads) == 2 and len(entries(cache_folder)) == 2
    (folder / "events.yaml").write_text("[]\n", encoding="utf-8")  # a new file counts too
    load_glossary(folder)
    assert len(reads) == 3


def test_a_glossary_with_errors_is_never_cached(cache_folder, make_glossary):
    folder = make_glossary({"places.yaml": ABAKAN + '- id: "place-x"\n  kind: [unclosed\n'})
    for _ in range(2):
        with pytest.raises(GlossaryInvalid):
            load_glossary(folder)
    assert entries(cache_folder) == []


def test_a_corrupt_or_truncated_entry_is_ignored_and_rebuilt(cache_folder, reads, make_glossary):
    folder = make_glossary({"places.yaml": ABAKAN})
    expected = load_glossary(folder)
    (entry,) = entries(cache_folder)
    data = entry.read_bytes()
    for damaged in (data[: len(data) // 2], data[:-1] + bytes([data[-1] ^ 1]), b"",
                    b"not a cache at all"):
        entry.write_bytes(damaged)
        assert load_glossary(folder) == expected
    assert len(reads) == 5
    assert entry.read_bytes() == data  # rebuilt


def test_an_entry_others_can_write_is_not_trusted(cache_folder, reads, make_glossary):
    folder = make_glossary({"places.yaml": ABAKAN})
    load_glossary(folder)
    (entry,) = entries(cache_folder)
    entry.chmod(0o666)
    load_glossary(folder)
    assert len(reads) == 2


# A file where the folder should be; a file of /proc; a folder nobody (not even root) can make.
@pytest.mark.parametrize("where", ["a file", "/proc/version", "/proc/tilmash-cache"])
def test_an_unusable_cache_folder_is_no_error(tmp_path, monkeypatch, tilmash, where):
    if where == "a file":
        folder = tmp_path / "cache"
        folder.write_text("not a folder", encoding="utf-8")
    else:
        folder = type(tmp_path)(where)
    monkeypatch.setenv("TILMASH_CACHE_DIR", str(folder))
    result = tilmash("glossary", "show", "Кошербаев")
    assert result.exit_code == 0 and result.stderr == ""
    assert "Yermek Kosherbayev" in result.stdout
    assert not list(tmp_path.glob("**/.glossary-*.tmp"))


def test_no_cache_neither_reads_nor_writes(cache_folder, tilmash):
    result = tilmash("glossary", "show", "Кошербаев", "--no-cache")
    assert result.exit_code == 0 and "Yermek Kosherbayev" in result.stdout
    assert not cache_folder.exists() or entries(cache_folder) == []
    assert tilmash("glossary", "show", "Кошербаев").exit_code == 0
    assert len(entries(cache_folder)) == 1  # the flag lasts one run, not the process
    environment = tilmash("glossary", "stats", env={"TILMASH_NO_CACHE": "1"})
    assert environment.exit_code == 0


def test_no_cache_bypasses_a_stale_entry(cache_folder, tilmash, make_glossary):
    # The key covers the files and the code; --no-cache is there for what it cannot see.
    folder = make_glossary({"places.yaml": ABAKAN})
    load_glossary(folder)
    (entry,) = entries(cache_folder)
    other = make_glossary({"places.yaml": ABAKAN.replace('"Abakan"', '"Abakan City"')}, "h")
    load_glossary(other)
    stale = next(e for e in entries(cache_folder) if e != entry)
    entry.write_bytes(stale.read_bytes())  # the entry of folder now holds the other glossary
    assert "Abakan City" in tilmash("glossary", "show", "Абакан", "--glossary",
                                    str(folder)).stdout
    fresh = tilmash("glossary", "show", "Абакан", "--glossary", str(folder), "--no-cache")
    assert "Abakan City" not in fresh.stdout and "Abakan" in fresh.stdout


def test_old_entries_are_pruned(cache_folder, make_glossary):
    for n in range(cache.KEEP + 3):
        load_glossary(make_glossary({"places.yaml": ABAKAN.replace("Abakan", f"Abakan {n}")},
                                    f"g{n}"))
    assert len(entries(cache_folder)) == cache.KEEP


def test_the_command_uses_the_users_cache_folder_by_default(tmp_path):
    env = {key: value for key, value in os.environ.items()
           if key not in ("TILMASH_CACHE_DIR", "PYTHONPATH")}
    env.update({"XDG_CACHE_HOME": str(tmp_path / "xdg"), "HOME": str(tmp_path)})
    done = subprocess.run([sys.executable, "-m", "toolkit", "glossary", "stats"], cwd=REPO,
                          env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    if sys.platform.startswith("linux"):
        assert list((tmp_path / "xdg" / "tilmash").glob("glossary-*.pickle"))
