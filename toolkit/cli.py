"""The ``tilmash`` command: parse arguments, call the library, render. Nothing else.

The UI language must be known before any help text is built, because click evaluates help
strings when the commands are declared. So :func:`main` first picks the language (``--lang``
before the subcommand, then the environment), and only then :func:`build_cli` declares the
commands, with every string going through gettext at that moment. ``--lang`` is declared on the
group as well, so that it is listed in ``--help`` and validated like any option.
"""

from __future__ import annotations

import dataclasses
import io
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console

from toolkit import __version__
from toolkit.check.base import Severity as FindingSeverity
from toolkit.check.inputs import FORMATS, format_of, load_pair
from toolkit.check.runner import check_pairs, check_three_way
from toolkit.clicktr import install_click_translations
from toolkit.errors import GlossaryInvalid, InputError, TilmashError, UsageError
from toolkit.formats.plain import decode_text
from toolkit.fsutil import atomic_write_text, replace_all
from toolkit.glossary import glossary_path, load_glossary, read_glossary
from toolkit.glossary.io.csv import write_csv
from toolkit.glossary.model import Glossary, Kind, Status, Term
from toolkit.glossary.stats import glossary_stats
from toolkit.glossary.store import check_folder, render_folder
from toolkit.glossary.validate import Problem, Severity
from toolkit.i18n import gettext as _
from toolkit.i18n import ngettext, pick_language, set_language
from toolkit.labels import number
from toolkit.lang import LANGS, Lang, UnknownLanguage, parse_lang
from toolkit.match import Matcher
from toolkit.report.findings import Report, render_terminal, summary_line, write_json
from toolkit.report.glossary_view import render_concepts, render_stats
from toolkit.report.scan_view import render_mentions, write_jsonl
from toolkit.text.segment import segment as split_paragraphs

__all__ = ["build_cli", "main"]

F = TypeVar("F", bound=Callable[..., Any])


def _stdout() -> Console:
    console = Console(highlight=False)
    # Piped output is for files and programs: long lines stay whole instead of being folded.
    console.soft_wrap = not console.is_terminal
    return console


def _stderr() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _problem_line(console: Console, problem: Problem) -> None:
    style = "red" if problem.severity is Severity.ERROR else "yellow"
    console.print(str(problem), style=style, markup=False)


def _summary(problems: Sequence[Problem]) -> str:
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    return ", ".join([
        ngettext("{n} error", "{n} errors", errors).format(n=number(errors)),
        ngettext("{n} warning", "{n} warnings", warnings).format(n=number(warnings)),
    ])


def _glossary_option(function: F) -> F:
    return click.option(
        "--glossary", "glossary_option", metavar=_("PATH"), envvar="TILMASH_GLOSSARY",
        help=_("Glossary folder, or a CSV/TSV file in the long format "
               "(default: $TILMASH_GLOSSARY, else the bundled glossary)."))(function)


class _Command(click.Command):
    """A command whose usage line is translated too ("[OPTIONS]" is click's literal default)."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("options_metavar", _("[OPTIONS]"))
        super().__init__(*args, **kwargs)


class _Group(click.Group):
    command_class = _Command

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("options_metavar", _("[OPTIONS]"))
        kwargs.setdefault("subcommand_metavar", _("COMMAND [ARGS]..."))
        super().__init__(*args, **kwargs)


_Group.group_class = _Group


def _load(option: str | None) -> Glossary:
    return load_glossary(glossary_path(option))


def build_cli() -> click.Group:
    """Declare the commands in the current UI language."""

    @click.group(cls=_Group, help=_(
        "tilmash: keep Kazakh, Russian and English versions of an article consistent with a "
        "trilingual glossary."), context_settings={"help_option_names": ["-h", "--help"]})
    @click.version_option(__version__, "--version", prog_name="tilmash",
                          message=_("%(prog)s %(version)s"),
                          help=_("Show the version and exit."))
    @click.option("--lang", "ui_lang", type=click.Choice([lang.value for lang in LANGS]),
                  help=_("Language of messages: kk, ru or en "
                         "(default: $TILMASH_LANG, else the system locale)."))
    def cli(ui_lang: str | None) -> None:
        # The language was applied by main() before the commands were declared.
        pass

    @cli.group(help=_("Inspect, check, format and export the glossary."))
    def glossary() -> None:
        pass

    @glossary.command(help=_(
        "Check a glossary: exit 0 when valid, 1 with errors or warnings, 2 when unreadable."))
    @click.argument("path", required=False, metavar=_("[PATH]"))
    def validate(path: str | None) -> None:
        target = glossary_path(path)
        result = read_glossary(target, path)
        out, err = _stdout(), _stderr()
        unreadable = [p for p in result.problems if p.code in _UNREADABLE]
        for problem in result.problems:
            _problem_line(err, problem)
        if unreadable:
            sys.exit(2)
        if result.problems:
            err.print(_summary(result.problems), markup=False)
            sys.exit(1)
        n = len(result.concepts)
        out.print(ngettext("{path}: valid, {n} concept", "{path}: valid, {n} concepts", n).format(
            path=path or target, n=number(n)), markup=False)

    @glossary.command(help=_("Find concepts by any of their terms in any language."))
    @click.argument("query", metavar=_("QUERY"))
    @_glossary_option
    @click.option("--limit", default=20, show_default=True, type=click.IntRange(1),
                  help=_("Show at most this many concepts."))
    def show(query: str, glossary_option: str | None, limit: int) -> None:
        found = _load(glossary_option).search(query)
        if not found:
            _stderr().print(_("No concept matches {query!r}.").format(query=query), markup=False)
            sys.exit(1)
        render_concepts(_stdout(), found[:limit])
        if len(found) > limit:
            more = len(found) - limit
            _stderr().print(ngettext(
                "{n} more concept matches; use --limit to see it.",
                "{n} more concepts match; use --limit to see them.", more).format(n=number(more)),
                markup=False)

    @glossary.command(help=_("Count concepts by kind, language and status."))
    @_glossary_option
    def stats(glossary_option: str | None) -> None:
        render_stats(_stdout(), glossary_stats(_load(glossary_option)))

    @glossary.command(help=_(
        "Rewrite a glossary folder in canonical form (sorted by id, fixed key order)."))
    @click.argument("path", required=False, metavar=_("[PATH]"))
    @click.option("--check", is_flag=True, help=_(
        "Change nothing; exit 1 when a file is not in canonical form."))
    def fmt(path: str | None, check: bool) -> None:
        target = glossary_path(path)
        if not target.is_dir():
            raise UsageError(_("{path} is not a glossary folder; fmt rewrites folders only").format(
                path=path or target))
        if path is None and target.resolve().is_relative_to(_INSTALLED):
            raise UsageError(_("name the glossary folder to format; the installed glossary is "
                               "read-only"))
        loaded = load_glossary(target, path)
        stale = check_folder(loaded, target)
        if check:
            for file in stale:
                _stderr().print(_("{file}: not in canonical form; run `tilmash glossary fmt`")
                                .format(file=file), markup=False)
            sys.exit(1 if stale else 0)
        files = render_folder(loaded, target)
        replace_all({file: data for file, data in files.items() if file in stale})
        _stdout().print(ngettext("{n} file rewritten", "{n} files rewritten", len(stale)).format(
            n=len(stale)), markup=False)

    @glossary.command(help=_("Write the glossary in an interchange format."))
    @_glossary_option
    @click.option("--format", "fmt_name", type=click.Choice(["csv", "tsv"]), default="csv",
                  show_default=True, help=_("Output format."))
    @click.option("-o", "--output", metavar=_("FILE"),
                  help=_("Write to FILE instead of standard output."))
    @click.option("--kind", "kinds", multiple=True, type=click.Choice([k.value for k in Kind]),
                  help=_("Only concepts of this kind (repeatable)."))
    @click.option("--status", "statuses", multiple=True,
                  type=click.Choice([s.value for s in Status]),
                  help=_("Only terms of this status (repeatable)."))
    def export(glossary_option: str | None, fmt_name: str, output: str | None,
               kinds: tuple[str, ...], statuses: tuple[str, ...]) -> None:
        selected = _select(_load(glossary_option), kinds, statuses)
        buffer = io.StringIO()
        write_csv(selected, buffer, "\t" if fmt_name == "tsv" else ",")
        if output:
            atomic_write_text(Path(output), buffer.getvalue())
        else:
            click.echo(buffer.getvalue(), nl=False)

    @cli.command(help=_(
        "Find every mention of a glossary concept in a text, in any grammatical form."))
    @click.argument("file", metavar=_("FILE"))
    @click.option("--lang", "text_lang", required=True, type=click.Choice(_LANG_CODES),
                  help=_("Language of the text."))
    @_glossary_option
    @click.option("--format", "fmt_name", type=click.Choice(["text", "jsonl"]), default="text",
                  show_default=True, help=_("Output format."))
    def scan(file: str, text_lang: str, glossary_option: str | None, fmt_name: str) -> None:
        lang = parse_lang(text_lang)
        text = decode_text(_read_input(file), _shown(file))
        glossary = _load(glossary_option)
        lines = text.splitlines()
        mentions = list(Matcher(glossary, lang).scan(lines))
        if fmt_name == "jsonl":
            write_jsonl(sys.stdout, mentions)
            sys.stdout.flush()
        else:
            render_mentions(_stdout(), lines, mentions, glossary, lang)
            n = len(mentions)
            _stderr().print(ngettext("{n} mention", "{n} mentions", n).format(n=number(n)),
                            markup=False)

    @cli.command(help=_(
        "Split a text into sentences, one a line; blank lines between paragraphs are kept."))
    @click.argument("file", metavar=_("FILE"))
    @click.option("--lang", "text_lang", required=True, type=click.Choice(_LANG_CODES),
                  help=_("Language of the text."))
    def segment(file: str, text_lang: str) -> None:
        text = decode_text(_read_input(file), _shown(file))
        paragraphs = split_paragraphs(text, parse_lang(text_lang))
        click.echo("\n\n".join("\n".join(sentences) for sentences in paragraphs))

    @cli.command(help=_(
        "Check that a translation renders every glossary term of its source the approved way, "
        "and that their numbers agree. Exit 0 when no finding reaches --fail-on, 1 when one "
        "does, 2 on unusable input."))
    @click.argument("source", required=False, metavar=_("SOURCE"))
    @click.argument("target", required=False, metavar=_("[TARGET]"))
    @click.option("--source-lang", type=click.Choice(_LANG_CODES),
                  help=_("Language of the source (default: from the file or its name)."))
    @click.option("--target-lang", type=click.Choice(_LANG_CODES),
                  help=_("Language of the translation (default: from the file or its name)."))
    @click.option("--kk", metavar=_("FILE"), help=_("Kazakh version (three-way check)."))
    @click.option("--ru", metavar=_("FILE"), help=_("Russian version (three-way check)."))
    @click.option("--en", metavar=_("FILE"), help=_("English version (three-way check)."))
    @click.option("--input-format", type=click.Choice(FORMATS),
                  help=_("Input format (default: from the extension)."))
    @click.option("--by-line", is_flag=True,
                  help=_("Pair line k of the source with line k of the translation."))
    @click.option("--document", is_flag=True, help=_(
        "Check the whole document: a concept mentioned anywhere in the source must be rendered "
        "somewhere in the translation."))
    @_glossary_option
    @click.option("--format", "fmt_name", type=click.Choice(["terminal", "json"]),
                  default="terminal", show_default=True, help=_("Report format."))
    @click.option("-o", "--output", metavar=_("FILE"),
                  help=_("Write the report to FILE instead of standard output."))
    @click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error",
                  show_default=True, help=_("Lowest severity that makes the exit code 1."))
    def check(source: str | None, target: str | None, source_lang: str | None,
              target_lang: str | None, kk: str | None, ru: str | None, en: str | None,
              input_format: str | None, by_line: bool, document: bool,
              glossary_option: str | None, fmt_name: str, output: str | None,
              fail_on: str) -> None:
        glossary = _load(glossary_option)
        if kk or ru or en:
            report = _three_way(glossary, {Lang.KK: kk, Lang.RU: ru, Lang.EN: en}, source)
        else:
            if source is None:
                raise UsageError(_("name the source and the translation, or use --kk, --ru "
                                   "and --en"))
            fmt = format_of(source, input_format)
            pair = load_pair(fmt, (source, _read_input(source)),
                             (target, _read_input(target)) if target else None,
                             parse_lang(source_lang) if source_lang else None,
                             parse_lang(target_lang) if target_lang else None)
            findings = check_pairs(glossary, pair.source_lang, pair.target_lang, pair.segments,
                                   document=document)
            report = Report(findings, pair.segments.sources, pair.segments.targets,
                            {"file": pair.source_name, "lang": pair.source_lang.value},
                            {"file": pair.target_name, "lang": pair.target_lang.value})
        _emit(report, fmt_name, output)
        threshold = {"error": FindingSeverity.ERROR,
                     "warning": FindingSeverity.WARNING}.get(fail_on)
        failing = threshold is not None and any(
            f.severity.rank >= threshold.rank for f in report.findings)
        sys.exit(1 if failing else 0)

    return cli


def _three_way(glossary: Glossary, files: dict[Lang, str | None], extra: str | None) -> Report:
    if extra is not None or not all(files.values()):
        raise UsageError(_("a three-way check needs --kk, --ru and --en, and no other file"))
    texts: dict[Lang, list[str]] = {}
    lines: dict[Lang, list[int]] = {}
    for lang, path in files.items():
        assert path is not None
        all_lines = decode_text(_read_input(path), path).splitlines()
        kept = [(k + 1, line) for k, line in enumerate(all_lines) if line.strip()]
        lines[lang] = [k for k, _line in kept]
        texts[lang] = [line for _k, line in kept]
    findings = check_three_way(glossary, texts, lines)
    return Report(findings, texts[Lang.RU], texts[Lang.EN],
                  {"file": str(files[Lang.RU]), "lang": "ru"},
                  {"file": str(files[Lang.EN]), "lang": "en"})


def _emit(report: Report, fmt_name: str, output: str | None) -> None:
    if fmt_name == "json":
        buffer = io.StringIO()
        write_json(buffer, report)
        if output:
            atomic_write_text(Path(output), buffer.getvalue())
        else:
            sys.stdout.write(buffer.getvalue())
            sys.stdout.flush()
        _stderr().print(summary_line(report), markup=False)
        return
    if output:
        buffer = io.StringIO()
        render_terminal(Console(file=buffer, width=120, no_color=True), report)
        atomic_write_text(Path(output), buffer.getvalue())
        _stderr().print(summary_line(report), markup=False)
    else:
        render_terminal(_stdout(), report)


_LANG_CODES = [lang.value for lang in LANGS]


def _shown(path: str) -> str:
    return "<stdin>" if path == "-" else path


def _read_input(path: str) -> bytes:
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


# The glossary inside an installed wheel: never rewritten in place.
_INSTALLED = Path(__file__).resolve().parent / "_bundled"

# Problems that mean the glossary could not be read at all: validate exits 2 on them.
_UNREADABLE = {"encoding", "yaml", "csv", "no-header", "missing-column", "not-a-glossary"}


def _select(glossary: Glossary, kinds: tuple[str, ...], statuses: tuple[str, ...]) -> Glossary:
    concepts = [c for c in glossary if not kinds or c.kind.value in kinds]
    if statuses:
        def keep(terms: tuple[Term, ...]) -> tuple[Term, ...]:
            return tuple(t for t in terms if t.status.value in statuses)

        concepts = [dataclasses.replace(c, kk=keep(c.kk), ru=keep(c.ru), en=keep(c.en))
                    for c in concepts]
        concepts = [c for c in concepts if any(c.terms(lang) for lang in LANGS)]
    return Glossary.of(concepts)


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
    err = _stderr()
    if isinstance(error, GlossaryInvalid):
        for problem in error.problems:
            _problem_line(err, problem)
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
    cli = build_cli()
    try:
        code = cli.main(args=args, prog_name="tilmash", standalone_mode=False)
    except click.exceptions.Abort:
        _stderr().print(_("Aborted!"), markup=False)
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

