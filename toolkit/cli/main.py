"""The ``tilmash`` command: parse arguments, call the library, render. Nothing else.

The UI language must be known before any help text is built, because click evaluates help
strings when the commands are declared. So :func:`main` first picks the language (``--lang``
before the subcommand, then the environment), and only then :func:`build_cli` declares the
commands, with every string going through gettext at that moment. ``--lang`` is declared on the
group as well, so that it is listed in ``--help`` and validated like any option.
"""

from __future__ import annotations

import importlib
import io
import sys
from collections.abc import Sequence

import click

from toolkit import __version__, cache
from toolkit.cli.common import LANG_CODES, Group, problem_line, stderr
from toolkit.cli.wording import worded
from toolkit.clicktr import install_click_translations
from toolkit.errors import (
    GlossaryInvalid,
    IgnoreLineInvalid,
    InputError,
    RequestError,
    TilmashError,
    UsageError,
)
from toolkit.i18n import gettext as _
from toolkit.i18n import pick_language, set_language
from toolkit.lang import UnknownLanguage

__all__ = ["build_cli", "main"]


# Which module declares each command. A module is imported when one of its commands is looked
# up (to run it, or to list it in --help), and imports its own heavy machinery only inside the
# command, so `tilmash --help` loads no glossary, morphology or XML code.
COMMAND_MODULES = {
    "glossary": "glossary_cmds",
    "scan": "text_cmds",
    "segment": "text_cmds",
    "check": "check_cmd",
    "align": "align_cmd",
}


class LazyGroup(Group):
    """The top-level group: commands are declared by their modules on first look-up."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMAND_MODULES, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = COMMAND_MODULES.get(cmd_name)
        if cmd_name not in self.commands and module is not None:
            importlib.import_module(f"toolkit.cli.{module}").register(self)
        return self.commands.get(cmd_name)


def build_cli() -> click.Group:
    """Declare the commands in the current UI language."""

    @click.group(cls=LazyGroup, help=_(
        "tilmash: keep Kazakh, Russian and English versions of an article consistent with a "
        "trilingual glossary."), context_settings={"help_option_names": ["-h", "--help"]})
    @click.version_option(__version__, "--version", prog_name="tilmash",
                          message=_("%(prog)s %(version)s"),
                          help=_("Show the version and exit."))
    @click.option("--lang", "ui_lang", type=click.Choice(LANG_CODES),
                  help=_("Language of messages: kk, ru or en "
                         "(default: $TILMASH_LANG, else the system locale)."))
    def cli(ui_lang: str | None) -> None:
        # The language was applied by main() before the commands were declared.
        pass

    return cli


def _prescan_lang(args: Sequence[str]) -> str | None:
    """The value of ``--lang`` given before the subcommand, if any."""
    it = iter(args)
    for arg in it:
        if arg == "--lang":
            return next(it, None)
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
        if not arg.startswith("-"):
            return None
    return None


def _report(error: TilmashError) -> None:
    err = stderr()
    if isinstance(error, RequestError | IgnoreLineInvalid):
        error = worded(error)
    if isinstance(error, GlossaryInvalid):
        for problem in error.problems:
            problem_line(err, problem)
        err.print(_("{file}: the glossary has errors; `tilmash glossary validate` lists them")
                  .format(file=error.file), style="red", markup=False)
    elif isinstance(error, InputError):
        err.print(_("Error: {place}: {detail}").format(place=error.where(), detail=error.detail),
                  style="red", markup=False)
    elif isinstance(error, UsageError):
        err.print(_("Error: {detail}").format(detail=error.detail), style="red", markup=False)
    else:
        err.print(_("Error: {detail}").format(detail=str(error)), style="red", markup=False)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of ``tilmash`` and ``python -m toolkit``; exits with the command's code."""
    args = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and (stream.encoding or "").lower() != "utf-8":
            stream.reconfigure(errors="backslashreplace")
    try:
        set_language(pick_language(_prescan_lang(args)))
    except UnknownLanguage as exc:
        # Said in English: the language to say it in is what could not be understood.
        print(f"Error: unknown language {exc.code!r}; use kk, ru or en.", file=sys.stderr,
              flush=True)
        sys.exit(2)
    install_click_translations()
    cache.set_enabled(True)  # until a command's --no-cache says otherwise
    cli = build_cli()
    try:
        code = cli.main(args=args, prog_name="tilmash", standalone_mode=False)
    except click.exceptions.Abort:
        stderr().print(_("Aborted!"), markup=False)
        code = 1
    except click.ClickException as exc:
        exc.show()
        code = exc.exit_code
    except TilmashError as exc:
        _report(exc)
        code = exc.exit_code
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:
        code = 0
    sys.exit(code if isinstance(code, int) else 0)
