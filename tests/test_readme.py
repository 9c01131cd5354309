"""The README's quick start is what CI runs, and its commands exist."""

from __future__ import annotations

import re

from tests.conftest import REPO


def quick_start_commands() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Quick start\n(.*?)(?=^## )", text, re.S | re.M)
    assert section
    blocks = re.findall(r"```sh\n(.*?)```", section.group(1), re.S)
    return [line for block in blocks for line in block.splitlines() if line.strip()]


def test_quick_start_has_exactly_two_commands():
    assert len(quick_start_commands()) == 2


def test_ci_runs_the_readme_test_command_verbatim_in_a_fresh_clone():
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in ci.splitlines()
                if line.strip() and not line.lstrip().startswith("#")]
    readme = quick_start_commands()[1]
    assert readme in commands
    # After it only the linter and the type checker, in the venv the test extra filled; with
    # `set -e` a failing README command is CI's exit code.
    lint = commands[commands.index(readme) + 1:]
    assert lint == ["python3 -m ruff check toolkit tests benchmarks scripts"
                    " && python3 -m mypy --strict toolkit"]
    setup = commands[:commands.index(readme)]
    # The set-up only makes a clean copy and an empty venv: it installs and tests nothing itself.
    assert not [line for line in setup if re.search(r"\bpip\b|pytest", line)]
    assert any(line.startswith("git clone") for line in setup)
    assert any(line.startswith("python3 -m venv") for line in setup)
    assert "set -euo pipefail" in setup


def test_first_command_runs_the_main_job(tilmash, monkeypatch):
    first = quick_start_commands()[0]
    args = re.search(r"&& tilmash (.*)$", first)
    assert args
    words = [w.strip('"') for w in re.findall(r'"[^"]*"|\S+', args.group(1))]
    monkeypatch.chdir(REPO)
    result = tilmash(*words)
    assert result.exit_code == 1, result.stderr  # it finds the planted errors
    for expected in ("Yermek Kosherbaev", "term-forbidden", "number-mismatch",
                     "term-inconsistent", "term-missing", "3 errors, 1 warning"):
        assert expected in result.stdout
