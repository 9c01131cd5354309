"""Shared fixtures: run the CLI in-process, and write small glossaries to temporary folders."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from toolkit.cli import main
from toolkit.i18n import set_language
from toolkit.lang import Lang

REPO = Path(__file__).resolve().parent.parent
SEED_ARTICLE = REPO / "examples" / "article.ru.txt"


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


def run_cli(*args: str, env: Mapping[str, str | None] | None = None,
            input: str | None = None) -> Run:
    """Run ``tilmash ARGS`` in this process, as the console script would, and capture it."""
    base: dict[str, str | None] = {"TILMASH_LANG": None, "LANGUAGE": None, "LC_ALL": None,
                                   "LC_MESSAGES": None, "LANG": None, "TILMASH_GLOSSARY": None,
                                   "NO_COLOR": "1", "COLUMNS": "120"}
    base.update(env or {})
    runner = CliRunner()
    with runner.isolation(input=input, env=base) as (out, err, _):
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        finally:
            set_language(Lang.EN)
        return Run(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))


@pytest.fixture
def tilmash() -> Callable[..., Run]:
    return run_cli


@pytest.fixture(autouse=True)
def english_messages() -> None:
    """Library messages are asserted in English unless a test picks another language."""
    set_language(Lang.EN)


def write_files(folder: Path, files: Mapping[str, str]) -> Path:
    """Write dedented text files into ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return folder


@pytest.fixture
def make_glossary(tmp_path: Path) -> Callable[..., Path]:
    """A glossary folder from {file name: YAML text}."""
    def make(files: Mapping[str, str], name: str = "g") -> Path:
        return write_files(tmp_path / name, files)
    return make
