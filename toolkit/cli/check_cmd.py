"""tilmash check: glossary QA of a translation against its source."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from toolkit.cli.common import (
    LANG_CODES,
    emit_report,
    glossary_option,
    load_chosen_glossary,
    read_input,
    refuse_output_over_inputs,
    require_output,
    stderr,
    three_versions_option,
)
from toolkit.errors import InputError, UsageError
from toolkit.formats.registry import FORMATS
from toolkit.i18n import gettext as _
from toolkit.i18n import ngettext
from toolkit.lang import Lang, parse_lang
from toolkit.report.renderers import file_only_names, renderer_names

if TYPE_CHECKING:  # the machinery is imported when the command runs, not for --help
    from toolkit.check.ignore import IgnoreKey
    from toolkit.glossary.model import Glossary
    from toolkit.report.findings import Report

__all__ = ["register"]


def register(cli: click.Group) -> None:
    """Add these commands to ``cli`` (called once the UI language is set)."""

    @cli.command(help=_(
        "Check that a translation renders every glossary term of its source the approved way, "
        "and that their numbers agree. Exit 0 when no finding reaches --fail-on, 1 when one "
        "does, 2 on unusable input."))
    @click.argument("source", required=False, metavar=_("SOURCE"))
    @click.argument("target", required=False, metavar=_("[TARGET]"))
    @click.option("--source-lang", type=click.Choice(LANG_CODES),
                  help=_("Language of the source (default: from the file or its name)."))
    @click.option("--target-lang", type=click.Choice(LANG_CODES),
                  help=_("Language of the translation (default: from the file or its name)."))
    @three_versions_option
    @click.option("--input-format", type=click.Choice(FORMATS),
                  help=_("Input format (default: from the extension)."))
    @click.option("--by-line", is_flag=True, help=_(
        "Pair line k of the source with line k of the translation, instead of aligning the "
        "sentences of plain text."))
    @click.option("--document", is_flag=True, help=_(
        "Check the whole document: a concept mentioned anywhere in the source must be rendered "
        "somewhere in the translation."))
    @glossary_option
    @click.option("--format", "fmt_name",
                  type=click.Choice(renderer_names()), default="terminal",
                  show_default=True, help=_("Report format (html and xlsx need -o)."))
    @click.option("-o", "--output", metavar=_("FILE"),
                  help=_("Write the report to FILE instead of standard output."))
    @click.option("--fail-on", type=click.Choice(["error", "warning", "never"]), default="error",
                  show_default=True, help=_("Lowest severity that makes the exit code 1."))
    @click.option("--ignore", "ignore_file", metavar=_("FILE"), help=_(
        "File of accepted findings (default: .tilmash-ignore in the current folder, if any)."))
    @click.option("--write-ignore", is_flag=True, help=_(
        "Accept every current finding: add them to the ignore file."))
    @click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N", help=_(
        "Documents checked at once when SOURCE is a folder, a glob pattern or a manifest "
        "(default: every core)."))
    def check(source: str | None, target: str | None, source_lang: str | None,
              target_lang: str | None, kk: str | None, ru: str | None, en: str | None,
              input_format: str | None, by_line: bool, document: bool,
              glossary_option: str | None, fmt_name: str, output: str | None,
              fail_on: str, ignore_file: str | None, write_ignore: bool,
              jobs: int | None) -> None:
        from toolkit.check.base import Severity
        from toolkit.check.ignore import DEFAULT_NAME
        from toolkit.check.inputs import load_pair
        from toolkit.check.pairing import Pairing
        from toolkit.check.runner import check_pairs
        from toolkit.cli.wording import print_notes
        from toolkit.formats.registry import format_of
        from toolkit.fsutil import check_writable
        from toolkit.glossary import glossary_path
        from toolkit.project import is_project
        from toolkit.report.findings import Report

        require_output(fmt_name, output, file_only_names())
        refuse_output_over_inputs(output, [source, target, kk, ru, en, ignore_file or DEFAULT_NAME,
                                           str(glossary_path(glossary_option))])
        if write_ignore:
            check_writable(Path(ignore_file or DEFAULT_NAME))
        threshold = {"error": Severity.ERROR,
                     "warning": Severity.WARNING}.get(fail_on)
        if not (kk or ru or en) and is_project(source, target):
            from toolkit.cli.project_check import check_project

            worst = check_project(
                load_chosen_glossary(glossary_option), str(source),
                parse_lang(source_lang) if source_lang else None,
                parse_lang(target_lang) if target_lang else None, jobs, by_line, document,
                fmt_name, output, ignore_file, write_ignore)
            sys.exit(1 if threshold is not None and worst is not None
                     and worst.rank >= threshold.rank else 0)
        glossary = load_chosen_glossary(glossary_option)
        if kk or ru or en:
            report = _three_way(glossary, {Lang.KK: kk, Lang.RU: ru, Lang.EN: en}, source,
                                by_line)
        else:
            if source is None:
                raise UsageError(_("name the source and the translation, or use --kk, --ru "
                                   "and --en"))
            fmt = format_of(source, input_format)
            # The matchers of the pair's two languages, built on first use, and the mentions
            # of each sentence, shared by the aligner and the checks.
            pairing = Pairing(glossary)
            pair = load_pair(fmt, (source, read_input(source)),
                             (target, read_input(target)) if target else None,
                             parse_lang(source_lang) if source_lang else None,
                             parse_lang(target_lang) if target_lang else None,
                             by_line=by_line, pairing=pairing)
            print_notes(pair)
            with _progress(len(pair.segments.sources)) as advance:
                findings = check_pairs(glossary, pair.source_lang, pair.target_lang,
                                       pair.segments, document=document, progress=advance,
                                       pairing=pairing)
            report = Report(findings, pair.segments.sources, pair.segments.targets,
                            {"file": pair.source_name, "lang": pair.source_lang.value},
                            {"file": pair.target_name, "lang": pair.target_lang.value})
        report = _apply_ignore(report, ignore_file, write_ignore)
        _emit(report, fmt_name, output)
        failing = threshold is not None and any(
            f.severity.rank >= threshold.rank for f in report.findings)
        sys.exit(1 if failing else 0)


def _three_way(glossary: Glossary, files: dict[Lang, str | None], extra: str | None,
               by_line: bool) -> Report:
    from toolkit.check.trio import three_way_report
    from toolkit.formats.plain import decode_text

    if extra is not None or not all(files.values()):
        raise UsageError(_("a three-way check needs --kk, --ru and --en, and no other file"))
    versions = {lang: (str(path), decode_text(read_input(str(path)), str(path)))
                for lang, path in files.items()}
    return three_way_report(glossary, versions, by_line)


# Below this many segments a check takes about a second: no progress bar to flicker.
PROGRESS_FROM = 3000


@contextmanager
def _progress(total: int) -> Iterator[Callable[[], None] | None]:
    """A progress bar on standard error for long inputs on a terminal; nothing otherwise."""
    console = stderr()
    if total < PROGRESS_FROM or not console.is_terminal:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    with Progress(TextColumn(_("Checking")), BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=console, transient=True) as bar:
        task = bar.add_task("check", total=total)
        yield lambda: bar.advance(task)


def ignore_keys(ignore_file: str | None, write: bool, reports: Sequence[Report]) -> set[IgnoreKey]:
    """The accepted findings of the ignore file; with ``write``, every finding of ``reports``
    added and the file rewritten (atomically), saying how many it holds."""
    from toolkit.check.ignore import DEFAULT_NAME, format_ignore, key_of, parse_ignore
    from toolkit.fsutil import atomic_write_text

    path = Path(ignore_file or DEFAULT_NAME)
    keys = parse_ignore(read_input(str(path)), str(path)) if path.is_file() else set()
    if ignore_file and not path.is_file() and not write:
        raise InputError(ignore_file, _("no such file or folder"))
    if write:
        for report in reports:
            keys |= {key_of(f, report.sources, report.targets) for f in report.findings}
        atomic_write_text(path, format_ignore(keys))
        stderr().print(ngettext("{n} accepted finding in {file}",
                                "{n} accepted findings in {file}", len(keys)).format(
            n=len(keys), file=path), markup=False)
    return keys


def without_accepted(report: Report, keys: set[IgnoreKey]) -> Report:
    """``report`` less the findings accepted in ``keys``, counted as suppressed."""
    from toolkit.check.ignore import suppress

    kept, suppressed = suppress(report.findings, keys, report.sources, report.targets)
    return replace(report, findings=kept, suppressed=report.suppressed + suppressed)


def _apply_ignore(report: Report, ignore_file: str | None, write: bool) -> Report:
    return without_accepted(report, ignore_keys(ignore_file, write, [report]))


def _emit(report: Report, fmt_name: str, output: str | None) -> None:
    from toolkit.report.findings import summary_line

    if emit_report(report, fmt_name, output):
        stderr().print(summary_line(report), markup=False)
