"""tilmash check over a project: a folder, a glob pattern or a manifest, in one run."""

from __future__ import annotations

import io
import sys
from dataclasses import replace
from pathlib import Path

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from toolkit.check.base import Severity
from toolkit.cli.common import stderr, stdout, write_output
from toolkit.errors import InputError
from toolkit.glossary.model import Glossary
from toolkit.i18n import gettext as _
from toolkit.lang import Lang
from toolkit.project import ProjectResult, check_documents, default_jobs, discover
from toolkit.report.project import (
    project_summary,
    render_project_html,
    render_project_terminal,
    write_project_json,
    write_project_xlsx,
)
from toolkit.terminal import SafeConsole

__all__ = ["check_project"]


def check_project(glossary: Glossary, spec: str, source_lang: Lang | None,
                  target_lang: Lang | None, jobs: int | None, by_line: bool, document: bool,
                  fmt_name: str, output: str | None, ignore_file: str | None,
                  write_ignore: bool) -> Severity | None:
    """Check every document of the project; render one report; the worst severity found."""
    documents = discover(spec, source_lang, target_lang)
    if output:
        inputs = {Path(f).resolve() for d in documents for f in d.files}
        if Path(output).resolve() in inputs:
            raise InputError(output, _("the report would overwrite an input file"))
    console = stderr()
    jobs = jobs or default_jobs()
    if console.is_terminal:
        with Progress(TextColumn(_("Checking documents")), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=console, transient=True) as bar:
            task = bar.add_task("project", total=len(documents))
            result = check_documents(glossary, documents, jobs, by_line, document,
                                     progress=lambda: bar.advance(task))
    else:
        result = check_documents(glossary, documents, jobs, by_line, document)
    result = _apply_ignore(result, ignore_file, write_ignore)
    _emit(result, fmt_name, output)
    return result.worst()


def _apply_ignore(result: ProjectResult, ignore_file: str | None,
                  write: bool) -> ProjectResult:
    """One ignore file for the whole project, as ``check`` reads and writes it."""
    from toolkit.cli.check_cmd import ignore_keys, without_accepted

    keys = ignore_keys(ignore_file, write, [doc.report for doc in result.documents])
    return ProjectResult([replace(doc, report=without_accepted(doc.report, keys))
                          for doc in result.documents], result.findings)


def _emit(result: ProjectResult, fmt_name: str, output: str | None) -> None:
    if fmt_name == "terminal" and not output:
        render_project_terminal(stdout(), result)
        return
    if fmt_name == "html":
        data = render_project_html(result).encode("utf-8")
    elif fmt_name == "xlsx":
        workbook = io.BytesIO()
        write_project_xlsx(workbook, result)
        data = workbook.getvalue()
    else:
        text = io.StringIO()
        if fmt_name == "json":
            write_project_json(text, result)
        else:
            render_project_terminal(SafeConsole(file=text, width=120, no_color=True), result)
        data = text.getvalue().encode("utf-8")
    write_output(data, output)
    if output or fmt_name != "json" or not sys.stdout.isatty():
        stderr().print(project_summary(result), markup=False)
