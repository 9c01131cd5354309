"""What the commands share: consoles, the --glossary option, reading inputs, translated usage.

Every command module registers its commands on the group with a ``register(cli)`` function,
called by :func:`toolkit.cli.main.build_cli` after the UI language is chosen, so that help texts
go through gettext in the right language.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from toolkit.errors import InputError, UsageError
from toolkit.i18n import gettext as _
from toolkit.i18n import ngettext
from toolkit.lang import LANGS

if TYPE_CHECKING:  # imported where used: `tilmash --help` needs none of them
    from rich.console import Console

    from toolkit.glossary.model import Glossary
    from toolkit.glossary.validate import Problem

__all__ = [
    "LANG_CODES",
    "Command",
    "Group",
    "emit_report",
    "glossary_option",
    "load_chosen_glossary",
    "problem_line",
    "problems_summary",
    "read_input",
    "refuse_output_over_inputs",
    "require_output",
    "shown",
    "stderr",
    "stdout",
    "three_versions_option",
    "write_output",
]

F = TypeVar("F", bound=Callable[..., Any])
LANG_CODES = [lang.value for lang in LANGS]


def stdout() -> Console:
    from toolkit.terminal import SafeConsole  # a document's control characters shown, not run

    console = SafeConsole()
    # Piped output is for files and programs: long lines stay whole instead of being folded.
    console.soft_wrap = not console.is_terminal
    return console


def stderr() -> Console:
    from toolkit.terminal import SafeConsole

    return SafeConsole(stderr=True, soft_wrap=True)


def problem_line(console: Console, problem: Problem) -> None:
    from toolkit.glossary.validate import Severity

    style = "red" if problem.severity is Severity.ERROR else "yellow"
    console.print(str(problem), style=style, markup=False)


def problems_summary(problems: Sequence[Problem]) -> str:
    from toolkit.glossary.validate import Severity
    from toolkit.labels import number

    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    return ", ".join([
        ngettext("{n} error", "{n} errors", errors).format(n=number(errors)),
        ngettext("{n} warning", "{n} warnings", warnings).format(n=number(warnings)),
    ])


def glossary_option(function: F) -> F:
    """--glossary, and --no-cache for the glossary it names."""
    function = click.option(
        "--no-cache", is_flag=True, expose_value=False, callback=_no_cache,
        help=_("Read the glossary files again instead of the copy cached on an earlier run."),
    )(function)
    return click.option(
        "--glossary", "glossary_option", metavar=_("PATH"), envvar="TILMASH_GLOSSARY",
        help=_("Glossary folder, or a CSV/TSV file in the long format "
               "(default: $TILMASH_GLOSSARY, else the bundled glossary)."))(function)


def _no_cache(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value:
        from toolkit import cache

        cache.set_enabled(False)


class Command(click.Command):
    """A command whose usage line is translated too ("[OPTIONS]" is click's literal default)."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("options_metavar", _("[OPTIONS]"))
        super().__init__(*args, **kwargs)


class Group(click.Group):
    command_class = Command

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("options_metavar", _("[OPTIONS]"))
        kwargs.setdefault("subcommand_metavar", _("COMMAND [ARGS]..."))
        super().__init__(*args, **kwargs)


Group.group_class = Group


def three_versions_option(function: F) -> F:
    """--kk, --ru and --en: the three versions of one article, for check and align."""
    for code, label in (("en", _("English version (of three versions at once).")),
                        ("ru", _("Russian version (of three versions at once).")),
                        ("kk", _("Kazakh version (of three versions at once)."))):
        function = click.option(f"--{code}", metavar=_("FILE"), help=label)(function)
    return function


def require_output(fmt: str, output: str | None, file_formats: tuple[str, ...]) -> None:
    """A usage error when a format that only makes sense as a file has no ``-o``."""
    if fmt in file_formats and not output:
        raise UsageError(_("--format {format} writes a file: name it with -o").format(
            format=fmt))


def refuse_output_over_inputs(output: str | None, inputs: Sequence[str | None]) -> None:
    """Before any work: a usage error when ``-o`` names one of the inputs (the same file by
    any path: a symbolic or hard link too); an output error when it names a folder or a place
    where no file can be written."""
    if not output:
        return
    from toolkit.fsutil import check_writable

    target = Path(output)
    check_writable(target)
    if not target.exists():
        return
    for name in inputs:
        if not name or name == "-":
            continue
        candidates = [Path(name)]
        if candidates[0].is_dir():  # a glossary folder: its files
            candidates = [p for p in candidates[0].iterdir() if p.is_file()]
        for candidate in candidates:
            try:
                same = os.path.samefile(target, candidate)
            except OSError:
                continue
            if same:
                raise UsageError(_("-o {output} would overwrite the input {input}; name "
                                   "another file").format(output=output, input=name))


def write_output(data: bytes, output: str | None) -> None:
    """``data`` to ``-o FILE`` atomically, else to standard output."""
    if output:
        from toolkit.fsutil import atomic_write_bytes

        atomic_write_bytes(Path(output), data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def emit_report(report: object, fmt_name: str, output: str | None,
                project: bool = False) -> bool:
    """``report`` (a project result with ``project``) in the format called ``fmt_name``: on
    the terminal for a console format without ``-o``, else to ``-o FILE`` or standard output.
    True when it was written out (not shown on the terminal)."""
    from toolkit.report.renderers import renderer

    chosen = renderer(fmt_name)
    if chosen.kind == "console" and not output:
        chosen.show(stdout(), report, project)
        return False
    write_output(chosen.render(report, project), output)
    return True


def load_chosen_glossary(option: str | None) -> Glossary:
    """The glossary that --glossary, TILMASH_GLOSSARY or the bundled default names."""
    from toolkit.glossary import glossary_path, load_glossary

    return load_glossary(glossary_path(option))


def shown(path: str) -> str:
    return "<stdin>" if path == "-" else path


def read_input(path: str) -> bytes:
    """The bytes of an input file, or of standard input for "-"."""
    if path == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, _("no such file or folder")) from None
    except IsADirectoryError:
        raise InputError(path, _("a folder, not a file")) from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
