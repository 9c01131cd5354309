"""Writers killed mid-way and writers at the same time (issue 18): stale temporaries of our own
naming are cleaned up by the next write, and a glossary folder has one writer at a time."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import REPO
from toolkit.folderlock import LOCK_NAME
from toolkit.fsutil import STALE_AFTER, atomic_write_text

CSV = ("concept,kind,lang,term,status,type,note\n"
       "place-abakan,place,kk,Абақан,preferred,fullForm,\n"
       "place-abakan,place,ru,Абакан,preferred,fullForm,\n"
       "place-abakan,place,en,Abakan,preferred,fullForm,\n")


def _python(code: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                            text=True)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_write_killed_mid_way_leaves_a_temporary_the_next_write_removes(tmp_path):
    writer = _python(
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "import toolkit.fsutil as f\n"
        "def hang(fd):\n"
        "    print('writing', flush=True); time.sleep(60)\n"
        "f.os.fsync = hang\n"
        f"f.atomic_write_text(Path({str(tmp_path)!r}) / 'report.html', '<p>Посол РК</p>')\n")
    assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    (left,) = tmp_path.glob(".report.html.*.tmp")
    assert f".tilmash-{writer.pid}." in left.name
    atomic_write_text(tmp_path / "places.yaml", "- id: place-astana\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.yaml"]


def test_only_stale_temporaries_of_our_naming_are_removed(tmp_path):
    dead, running = _dead_pid(), os.getppid()
    names = {
        "dead": f".titles.yaml.tilmash-{dead}.abcd_123.tmp",
        "running": f".titles.yaml.tilmash-{running}.efgh4567.tmp",
        "running-but-old": f".places.yaml.tilmash-{running}.ijkl8901.tmp",
        "foreign": ".titles.yaml.abcd_123.tmp",
        "foreign-old": ".places.yaml.mnop2345.tmp",
        "other-program": "notes.tmp",
    }
    for name in names.values():
        (tmp_path / name).write_text("Астана\n", encoding="utf-8")
    old = time.time() - STALE_AFTER - 60
    for key in ("running-but-old", "foreign-old"):
        os.utime(tmp_path / names[key], (old, old))
    (tmp_path / "folder.tilmash-1.abcdefgh.tmp").mkdir()
    atomic_write_text(tmp_path / "titles.yaml", "- id: title-ambassador\n")
    left = {p.name for p in tmp_path.iterdir()}
    assert left == {"titles.yaml", names["running"], names["foreign"], names["foreign-old"],
                    names["other-program"], "folder.tilmash-1.abcdefgh.tmp"}


def _holder(folder: Path) -> subprocess.Popen[str]:
    holder = _python(
        "import time\n"
        "from pathlib import Path\n"
        "from toolkit.folderlock import locked\n"
        f"with locked(Path({str(folder)!r})):\n"
        "    print('locked', flush=True); time.sleep(60)\n")
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    return holder


def test_import_and_fmt_refuse_a_folder_another_process_holds(tilmash, tmp_path):
    (tmp_path / "terms.csv").write_text(CSV, encoding="utf-8")
    folder = tmp_path / "g"
    assert tilmash("glossary", "import", str(tmp_path / "terms.csv"), "--into",
                   str(folder)).exit_code == 0
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    (tmp_path / "terms.csv").write_text(CSV.replace("Abakan,", "Abakan City,"),
                                        encoding="utf-8")
    holder = _holder(folder)
    try:
        for args in (("import", str(tmp_path / "terms.csv"), "--into", str(folder)),
                     ("fmt", str(folder))):
            run = tilmash("glossary", *args)
            assert run.exit_code == 2, run.stdout
            assert f"{folder} is in use by process {holder.pid}" in run.stderr
            assert "Traceback" not in run.stderr
        assert tilmash("glossary", "import", str(tmp_path / "terms.csv"), "--into",
                       str(folder), "--dry-run").exit_code == 0
    finally:
        holder.kill()
        holder.wait()
    assert {p.name: p.read_bytes() for p in folder.iterdir()
            if p.name != LOCK_NAME} == before
    # The holder was killed: its lock file stays, with its process id, and is taken over.
    assert (folder / LOCK_NAME).read_text(encoding="ascii").strip() == str(holder.pid)
    run = tilmash("glossary", "import", str(tmp_path / "terms.csv"), "--into", str(folder))
    assert run.exit_code == 0, run.stderr
    assert "Abakan City" in (folder / "places.yaml").read_text(encoding="utf-8")
    assert not (folder / LOCK_NAME).exists()


def test_two_imports_at_once_never_mix_their_files(tmp_path):
    title = ("title-ambassador,title,kk,Елші,preferred,fullForm,\n"
             "title-ambassador,title,ru,Посол,preferred,fullForm,\n"
             "title-ambassador,title,en,{en},preferred,fullForm,\n")
    (tmp_path / "a.csv").write_text(CSV + title.format(en="Ambassador"), encoding="utf-8")
    (tmp_path / "b.csv").write_text(CSV.replace("Abakan,", "Abakan City,")
                                    + title.format(en="Envoy"), encoding="utf-8")
    folder = tmp_path / "g"
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1", "TILMASH_LANG": "en"}
    for _round in range(3):
        runs = [subprocess.Popen([sys.executable, "-m", "toolkit", "glossary", "import",
                                  str(tmp_path / name), "--into", str(folder)], env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for name in ("a.csv", "b.csv")]
        outcomes = [(*run.communicate(timeout=120), run.returncode) for run in runs]
        assert {code for _out, _err, code in outcomes} <= {0, 2}, outcomes
        for _out, err, code in outcomes:
            assert code == 0 or "is in use by process" in err, err
        places = (folder / "places.yaml").read_text(encoding="utf-8")
        titles = (folder / "titles.yaml").read_text(encoding="utf-8")
        assert ("Abakan City" in places) == ("Envoy" in titles)  # both files from one import
        assert not (folder / LOCK_NAME).exists()
