"""Text from documents, glossaries and file names reaches the terminal as text (issue 18): no
escape sequence of a document acts on the terminal, control characters are shown, and console
markup in the text stays literal."""

from __future__ import annotations

import io
import re

from rich.text import Text

from toolkit.terminal import SafeConsole, visible, visible_text

# A document that tries to set the window title (OSC), recolour and clear the screen (CSI), use
# an 8-bit CSI (C1), rub out text with backspaces, and smuggle console markup and emoji codes.
HOSTILE_RU = ("В Абакане \x1b]0;pwned\x07живут [bold red]186[/bold red] тысяч :warning: "
              "человек.\x1b[2J\x08\x08")
HOSTILE_EN = "Abakan has 168 thousand people.\x9b31m"


def test_every_control_character_is_shown_and_text_is_kept():
    assert visible("Астана\tАлматы") == "Астана\tАлматы"
    assert visible("\x1b[31mҚызыл\x1b[0m") == "␛[31mҚызыл␛[0m"
    assert visible("a\rb\x7fc\x00d\x9be\x85f") == "a␍b␡c␀d\\x9be\\x85f"
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", visible(
        "".join(chr(c) for c in range(0xA0))))


def test_styles_stay_on_the_same_characters():
    text = Text("\x1b[31m")
    text.append("Посол", style="bold")
    shown = visible_text(text)
    assert shown.plain == "␛[31mПосол"
    assert [(s.start, s.end, s.style) for s in shown.spans] == [(5, 10, "bold")]


def _terminal() -> tuple[SafeConsole, io.StringIO]:
    out = io.StringIO()
    return SafeConsole(file=out, force_terminal=True, color_system="standard", width=200), out


def test_a_coloured_terminal_gets_only_our_own_colours():
    console, out = _terminal()
    line = Text("  ◂ ", style="dim") + Text(HOSTILE_RU)
    line.stylize("reverse", 6, 13)
    console.print(line)
    console.print(HOSTILE_EN, style="red")
    written = out.getvalue()
    assert "␛]0;pwned" in written and "␛[2J" in written and "\\x9b31m" in written
    assert "[bold red]186[/bold red]" in written and ":warning:" in written
    assert "\x9b" not in written
    # What is left once our SGR colour codes are taken out holds no escape at all.
    assert "\x1b" not in re.sub("\x1b\\[[0-9;]*m", "", written)


def test_check_report_shows_the_document_s_escapes_without_running_them(tilmash, tmp_path):
    (tmp_path / "e.tsv").write_text(f"{HOSTILE_RU}\t{HOSTILE_EN}\n", encoding="utf-8")
    run = tilmash("check", str(tmp_path / "e.tsv"), "--source-lang", "ru", "--target-lang",
                  "en")
    assert run.exit_code == 1, run.stderr
    # BEL, which rich would drop from a styled excerpt, is shown as well
    assert "◂ В Абакане ␛]0;pwned␇живут [bold red]186[/bold red] тысяч :warning: человек.␛[2J" \
        in run.stdout
    assert "▸ Abakan has 168 thousand people.\\x9b31m" in run.stdout
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", run.stdout + run.stderr)
    assert tilmash("check", str(tmp_path / "e.tsv"), "--source-lang", "ru", "--target-lang",
                   "en", "-o", str(tmp_path / "r.txt")).exit_code == 1
    report = (tmp_path / "r.txt").read_text(encoding="utf-8")
    assert "␛]0;pwned" in report and "\x1b" not in report


def test_scan_shows_the_escapes_of_the_text(tilmash, tmp_path):
    (tmp_path / "e.ru.txt").write_text(HOSTILE_RU + "\n", encoding="utf-8")
    run = tilmash("scan", str(tmp_path / "e.ru.txt"))
    assert run.exit_code == 0, run.stderr
    assert "␛]0;pwned␇живут" in run.stdout and "[bold red]186[/bold red]" in run.stdout
    assert "\x1b" not in run.stdout


def test_glossary_show_and_the_import_diff_keep_markup_literal(tilmash, tmp_path):
    terms = tmp_path / "terms.csv"
    terms.write_text("concept,kind,lang,term,status,type,note\n"
                     "place-abakan,place,ru,[red]Абакан[/red],preferred,fullForm,\n"
                     "place-abakan,place,en,Abakan :warning:,preferred,fullForm,\n",
                     encoding="utf-8")
    shown = tilmash("glossary", "show", "Abakan", "--glossary", str(terms))
    assert shown.exit_code == 0, shown.stderr
    assert "[red]Абакан[/red]" in shown.stdout and "Abakan :warning:" in shown.stdout
    assert tilmash("glossary", "import", str(terms), "--into", str(tmp_path / "g")).exit_code == 0
    terms.write_text(terms.read_text(encoding="utf-8").replace("[red]", "[blink]"),
                     encoding="utf-8")
    run = tilmash("glossary", "import", str(terms), "--into", str(tmp_path / "g"),
                  "--dry-run")
    assert run.exit_code == 0, run.stderr
    assert "[red]Абакан[/red]" in run.stdout and "[blink]Абакан[/red]" in run.stdout


def test_a_file_name_with_escapes_is_shown_in_the_error(tilmash, tmp_path):
    name = str(tmp_path / "статья\x1b]0;pwned\x07.ru.txt")
    run = tilmash("check", name, str(tmp_path / "article.en.txt"))
    assert run.exit_code == 2
    assert "статья␛]0;pwned␇.ru.txt" in run.stderr and "\x1b" not in run.stderr


def test_segment_shows_escapes_on_a_terminal_and_keeps_them_in_a_pipe(tmp_path):
    import os
    import pty
    import subprocess
    import sys

    from tests.conftest import REPO

    (tmp_path / "e.ru.txt").write_text(HOSTILE_RU + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "toolkit", "segment", str(tmp_path / "e.ru.txt"),
               "--lang", "ru"]
    env = {**os.environ, "PYTHONPATH": str(REPO), "TILMASH_LANG": "en"}
    piped = subprocess.run(command, env=env, capture_output=True, check=True).stdout
    assert b"\x1b]0;pwned" in piped
    leader, follower = pty.openpty()
    with subprocess.Popen(command, env=env, stdout=follower, stderr=subprocess.DEVNULL) as run:
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal is gone once the command has ended
                break
            if not chunk:
                break
            shown += chunk
    os.close(leader)
    assert run.returncode == 0
    assert "␛]0;pwned".encode() in shown and b"\x1b" not in shown


def test_json_reports_escape_every_control_character_and_keep_the_text(tilmash, tmp_path):
    import json

    (tmp_path / "e.tsv").write_text(f"{HOSTILE_RU}\t{HOSTILE_EN}\n", encoding="utf-8")
    run = tilmash("check", str(tmp_path / "e.tsv"), "--source-lang", "ru", "--target-lang",
                  "en", "--format", "json")
    assert run.exit_code == 1, run.stderr
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", run.stdout)
    assert "\\u009b31m" in run.stdout
    assert json.loads(run.stdout)["findings"][0]["target_text"] == HOSTILE_EN
