"""tilmash glossary: validate, show, stats, fmt, export."""

from __future__ import annotations

import dataclasses
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

import click

from toolkit.cli.common import (
    glossary_option,
    load_chosen_glossary,
    problem_line,
    problems_summary,
    read_input,
    refuse_output_over_inputs,
    require_output,
    stderr,
    stdout,
    write_output,
)
from toolkit.errors import UsageError
from toolkit.glossary import glossary_path
from toolkit.glossary.io import EXPORT_FORMATS
from toolkit.glossary.model import Glossary, Kind, Status, Term
from toolkit.i18n import gettext as _
from toolkit.i18n import ngettext
from toolkit.lang import LANGS

if TYPE_CHECKING:
    from toolkit.glossary.store import ReadResult

__all__ = ["register"]


def register(cli: click.Group) -> None:
    """Add these commands to ``cli`` (called once the UI language is set)."""

    @cli.group(help=_("Inspect, check, format and export the glossary."))
    def glossary() -> None:
        pass

    @glossary.command(help=_(
        "Check a glossary: exit 0 when valid, 1 with errors or warnings, 2 when unreadable."))
    @click.argument("path", required=False, metavar=_("[PATH]"))
    def validate(path: str | None) -> None:
        from toolkit.glossary import read_glossary
        from toolkit.labels import number

        target = glossary_path(path)
        result = read_glossary(target, path)
        out, err = stdout(), stderr()
        unreadable = [p for p in result.problems if p.code in _UNREADABLE]
        for problem in result.problems:
            problem_line(err, problem)
        if unreadable:
            sys.exit(2)
        if result.problems:
            err.print(problems_summary(result.problems), markup=False)
            sys.exit(1)
        n = len(result.concepts)
        out.print(ngettext("{path}: valid, {n} concept", "{path}: valid, {n} concepts", n).format(
            path=path or target, n=number(n)), markup=False)

    @glossary.command(help=_("Find concepts by any of their terms in any language."))
    @click.argument("query", metavar=_("QUERY"))
    @glossary_option
    @click.option("--limit", default=20, show_default=True, type=click.IntRange(1),
                  help=_("Show at most this many concepts."))
    def show(query: str, glossary_option: str | None, limit: int) -> None:
        from toolkit.labels import number
        from toolkit.report.glossary_view import render_concepts

        found = load_chosen_glossary(glossary_option).search(query)
        if not found:
            stderr().print(_("No concept matches {query!r}.").format(query=query), markup=False)
            sys.exit(1)
        render_concepts(stdout(), found[:limit])
        if len(found) > limit:
            more = len(found) - limit
            stderr().print(ngettext(
                "{n} more concept matches; use --limit to see it.",
                "{n} more concepts match; use --limit to see them.", more).format(n=number(more)),
                markup=False)

    @glossary.command(help=_("Count concepts by kind, language and status."))
    @glossary_option
    def stats(glossary_option: str | None) -> None:
        from toolkit.glossary.stats import glossary_stats
        from toolkit.report.glossary_view import render_stats

        render_stats(stdout(), glossary_stats(load_chosen_glossary(glossary_option)))

    @glossary.command(help=_(
        "Rewrite a glossary folder in canonical form (sorted by id, fixed key order)."))
    @click.argument("path", required=False, metavar=_("[PATH]"))
    @click.option("--check", is_flag=True, help=_(
        "Change nothing; exit 1 when a file is not in canonical form."))
    def fmt(path: str | None, check: bool) -> None:
        from toolkit.folderlock import locked
        from toolkit.fsutil import replace_all
        from toolkit.glossary import load_glossary
        from toolkit.glossary.store import check_folder, render_folder

        target = glossary_path(path)
        if not target.is_dir():
            raise UsageError(_("{path} is not a glossary folder; fmt rewrites folders only").format(
                path=path or target))
        if path is None and target.resolve().is_relative_to(_INSTALLED):
            raise UsageError(_("name the glossary folder to format; the installed glossary is "
                               "read-only"))
        # One writer at a time: fmt holds the folder's lock from reading it to rewriting it.
        with nullcontext() if check else locked(target):
            loaded = load_glossary(target, path)
            stale = check_folder(loaded, target)
            if check:
                for file in stale:
                    stderr().print(_("{file}: not in canonical form; run `tilmash glossary fmt`")
                                   .format(file=file), markup=False)
                sys.exit(1 if stale else 0)
            files = render_folder(loaded, target)
            replace_all({file: data for file, data in files.items() if file in stale})
        stdout().print(ngettext("{n} file rewritten", "{n} files rewritten", len(stale)).format(
            n=len(stale)), markup=False)

    @glossary.command(help=_("Write the glossary in an interchange format."))
    @glossary_option
    @click.option("--format", "fmt_name", type=click.Choice(EXPORT_FORMATS),
                  default="csv", show_default=True, help=_("Output format (xlsx needs -o)."))
    @click.option("-o", "--output", metavar=_("FILE"),
                  help=_("Write to FILE instead of standard output."))
    @click.option("--kind", "kinds", multiple=True, type=click.Choice([k.value for k in Kind]),
                  help=_("Only concepts of this kind (repeatable)."))
    @click.option("--status", "statuses", multiple=True,
                  type=click.Choice([s.value for s in Status]),
                  help=_("Only terms of this status (repeatable)."))
    def export(glossary_option: str | None, fmt_name: str, output: str | None,
               kinds: tuple[str, ...], statuses: tuple[str, ...]) -> None:
        from toolkit.glossary.io import export_glossary

        require_output(fmt_name, output, ("xlsx",))
        refuse_output_over_inputs(output, [str(glossary_path(glossary_option))])
        selected = _select(load_chosen_glossary(glossary_option), kinds, statuses)
        data = export_glossary(selected, fmt_name)
        write_output(data, output)

    @glossary.command("import", help=_(
        "Read an edited glossary (xlsx, tbx, csv), show what changes, and apply it to the "
        "glossary folder if it is valid."))
    @click.argument("file", metavar=_("FILE"))
    @click.option("--into", metavar=_("PATH"), help=_(
        "Glossary folder to update or create (default: $TILMASH_GLOSSARY, else the bundled "
        "glossary of a source checkout)."))
    @click.option("--dry-run", is_flag=True, help=_("Show the changes; write nothing."))
    @click.option("--allow-remove", is_flag=True,
                  help=_("Let the import remove concepts that the file no longer has."))
    def import_(file: str, into: str | None, dry_run: bool, allow_remove: bool) -> None:
        from toolkit.folderlock import locked
        from toolkit.fsutil import check_writable, replace_all
        from toolkit.glossary import load_glossary, read_interchange
        from toolkit.glossary.diff import glossary_diff
        from toolkit.glossary.store import render_folder
        from toolkit.glossary.validate import has_errors
        from toolkit.report.glossary_view import render_diff

        target = glossary_path(into)
        if into is None and target.resolve().is_relative_to(_INSTALLED):
            raise UsageError(_("name the glossary folder with --into; the installed glossary "
                               "is read-only"))
        if not dry_run:  # before any work: a folder where nothing can be written
            check_writable(target / "titles.yaml")
        result = read_interchange(read_input(file), file)
        err = stderr()
        for problem in result.problems:
            problem_line(err, problem)
        if has_errors(result.problems):
            err.print(problems_summary(result.problems), markup=False)
            sys.exit(2)
        # One writer at a time: the lock is held from reading the folder to rewriting it.
        with nullcontext() if dry_run else locked(target):
            current = Glossary()
            if target.is_dir() and any(target.glob("*.yaml")):
                current = load_glossary(target, str(target))
            imported = _keep_unsaid(result, current)
            diff = glossary_diff(current, imported)
            render_diff(stdout(), diff)
            if diff.removed and not allow_remove:
                err.print(ngettext(
                    "{n} concept would be removed; nothing was written (use --allow-remove)",
                    "{n} concepts would be removed; nothing was written (use --allow-remove)",
                    len(diff.removed)).format(n=len(diff.removed)), style="red", markup=False)
                sys.exit(1)
            if dry_run or diff.empty:
                return
            replace_all(render_folder(imported, target))
            stdout().print(_("{path}: glossary updated").format(path=target), markup=False)


def _keep_unsaid(result: ReadResult, current: Glossary) -> Glossary:
    """The imported glossary, with what a workbook left unsaid kept from ``current``; each
    renamed term is reported."""
    from toolkit.glossary.diff import keep_unsaid
    from toolkit.glossary.io.xlsx import WorkbookResult

    if not isinstance(result, WorkbookResult):
        return result.glossary
    imported, renames = keep_unsaid(current, result.glossary, result.concept_columns,
                                    result.term_columns, result.detailed)
    for rename in renames:
        stderr().print(_("{id}: the {lang} term {old!r} is now {new!r}; it keeps its type, "
                         "note and options").format(id=rename.concept, lang=rename.lang.value,
                                                    old=rename.old, new=rename.new),
                       markup=False)
    return imported


# The glossary inside an installed wheel: never rewritten in place.
_INSTALLED = Path(__file__).resolve().parent.parent / "_bundled"

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
