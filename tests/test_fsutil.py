"""Atomic writes leave files as a user's own save would: the old mode kept, a new file by umask."""

from __future__ import annotations

import os
import stat

from toolkit.fsutil import atomic_write_text, replace_all


def test_a_new_file_gets_the_umask_mode_and_a_replaced_one_keeps_its_own(tmp_path):
    old = os.umask(0o022)
    try:
        report = tmp_path / "report.html"
        atomic_write_text(report, "<p>Посол РК в РФ</p>")
        assert stat.S_IMODE(report.stat().st_mode) == 0o644
        glossary = tmp_path / "places.yaml"
        glossary.write_text("- id: place-astana\n", encoding="utf-8")
        glossary.chmod(0o664)
        replace_all({glossary: b"- id: place-almaty\n", tmp_path / "titles.yaml": b""})
        assert stat.S_IMODE(glossary.stat().st_mode) == 0o664
        assert stat.S_IMODE((tmp_path / "titles.yaml").stat().st_mode) == 0o644
        assert glossary.read_text(encoding="utf-8") == "- id: place-almaty\n"
        assert sorted(p.name for p in tmp_path.iterdir()) == [
            "places.yaml", "report.html", "titles.yaml"]
    finally:
        os.umask(old)
