"""Reports of a whole project: terminal, JSON, HTML and XLSX, built from the document reports.

JSON (``"version": 1``, ``"project": true``)::

    {"version": 1, "project": true,
     "documents": [{"name": "...", ...one document's report as report.findings describes...}],
     "project_findings": [{"check": "project-inconsistent", "severity": "warning",
                           "document": "...", "segment": 3, "line": 7, "lang": "en",
                           "concept": "...", "expected": "...", "found": "...",
                           "message": "..."}],
     "summary": {"documents": 12, "segments": 480, "findings": 30,
                 "by_severity": {...}, "by_check": {...}}}

The HTML report is one self-contained file: an overview (a row per document with its counts,
then the project's findings) and a page per document, reached by its link (``#doc-3``).
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterator
from typing import IO, TextIO

from rich.console import Console
from rich.text import Text

from toolkit import __version__
from toolkit.check.base import Severity
from toolkit.i18n import current_language, ngettext
from toolkit.i18n import gettext as _
from toolkit.labels import number
from toolkit.project import ProjectFinding, ProjectResult
from toolkit.report.findings import render_terminal, report_dict, summary_line
from toolkit.report.html import _COLUMNS, _CSS, _row
from toolkit.spreadsheet import WRAP, Cell, Sheet, Styled, write_workbook
from toolkit.terminal import json_text

__all__ = ["project_summary", "render_project_html", "render_project_terminal",
           "write_project_json", "write_project_xlsx"]


def _labels() -> dict[Severity, str]:
    return {Severity.ERROR: _("error"), Severity.WARNING: _("warning"), Severity.INFO: _("info")}


def _counts(result: ProjectResult) -> Counter[Severity]:
    counts: Counter[Severity] = Counter()
    for doc in result.documents:
        counts.update(doc.report.counts())
    counts.update(f.severity for f in result.findings)
    return counts


def project_summary(result: ProjectResult) -> str:
    """"12 documents: 3 errors, 5 warnings" in the UI language."""
    counts = _counts(result)
    errors, warnings = counts[Severity.ERROR], counts[Severity.WARNING]
    docs = len(result.documents)
    suppressed = sum(d.report.suppressed for d in result.documents)
    text = ngettext("{n} document", "{n} documents", docs).format(n=number(docs)) + ": " + (
        ", ".join([
            ngettext("{n} error", "{n} errors", errors).format(n=number(errors)),
            ngettext("{n} warning", "{n} warnings", warnings).format(n=number(warnings))]))
    if suppressed:
        text += " " + ngettext("({n} suppressed)", "({n} suppressed)", suppressed).format(
            n=number(suppressed))
    return text


def _project_finding_dict(f: ProjectFinding) -> dict[str, object]:
    return {"check": f.check, "severity": f.severity.value, "document": f.document,
            "segment": f.segment, "line": f.line, "lang": f.lang.value, "concept": f.concept,
            "expected": f.expected, "found": f.found, "message": f.message}


def write_project_json(out: TextIO, result: ProjectResult) -> None:
    """The project report in JSON (see the module docstring)."""
    counts = _counts(result)
    documents = [{"name": d.spec.name, **report_dict(d.report)} for d in result.documents]
    by_check: Counter[str] = Counter()
    for doc in result.documents:
        by_check.update(f.check for f in doc.report.findings)
    by_check.update(f.check for f in result.findings)
    data = {
        "version": 1, "project": True, "documents": documents,
        "project_findings": [_project_finding_dict(f) for f in result.findings],
        "summary": {
            "documents": len(result.documents),
            "segments": sum(max(len(d.report.sources), len(d.report.targets))
                            for d in result.documents),
            "findings": sum(counts.values()),
            "suppressed": sum(d.report.suppressed for d in result.documents),
            "by_severity": {s.value: counts[s] for s in Severity},
            "by_check": dict(sorted(by_check.items())),
        },
    }
    out.write(json_text(data, indent=2) + "\n")  # no raw control character


_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "blue"}


def render_project_terminal(console: Console, result: ProjectResult) -> None:
    """Each document with findings under its name, then the project's own findings."""
    labels = _labels()
    for doc in result.documents:
        if not doc.report.findings:
            continue
        console.print()
        console.print(Text(doc.spec.name, style="bold reverse"))
        render_terminal(console, doc.report)
    if result.findings:
        console.print()
        console.print(Text(_("Across the project"), style="bold reverse"))
        for f in result.findings:
            line = Text("    ")
            line.append(labels[f.severity], style=_STYLE[f.severity])
            line.append(f" [{f.check}] ", style="dim")
            line.append(f"{f.document}:{f.line}: ", style="bold")
            line.append(f.message)
            line.append(f"  ({f.concept})", style="dim")
            console.print(line)
    console.print()
    counts = _counts(result)
    style = "bold red" if counts[Severity.ERROR] else (
        "bold yellow" if counts[Severity.WARNING] else "bold green")
    console.print(project_summary(result), style=style)


_PAGE_CSS = """
.page{display:none}.page:target{display:block}#overview:has(~ .page:target){display:none}
nav a{margin-right:1rem}td.num{text-align:right}
"""


def _project_rows(result: ProjectResult) -> str:
    labels = _labels()
    index = {d.spec.name: i for i, d in enumerate(result.documents)}
    return "".join(
        f'<tr data-check="{html.escape(f.check)}" data-severity="{f.severity.value}">'
        f'<td><a href="#doc-{index.get(f.document, 0)}">{html.escape(f.document)}</a></td>'
        f"<td>{f.line}</td>"
        f'<td><span class="sev sev-{f.severity.value}">{html.escape(labels[f.severity])}'
        f"</span></td><td>{html.escape(f.check)}</td><td>{html.escape(f.message)}"
        f"<br><small>{html.escape(f.concept)}</small></td></tr>"
        for f in result.findings)


def render_project_html(result: ProjectResult) -> str:
    """The whole project as one HTML document: an overview and a page per document."""
    labels = _labels()
    title = _("tilmash project report")
    overview_rows = []
    pages = []
    for i, doc in enumerate(result.documents):
        counts = doc.report.counts()
        overview_rows.append(
            f'<tr><td><a href="#doc-{i}">{html.escape(doc.spec.name)}</a></td>'
            f'<td class="num">{counts[Severity.ERROR]}</td>'
            f'<td class="num">{counts[Severity.WARNING]}</td>'
            f'<td class="num">{counts[Severity.INFO]}</td></tr>')
        rows = "".join(_row(f, doc.report, labels) for f in doc.report.findings) or (
            f'<tr><td colspan="7" class="empty">{html.escape(_no_findings())}</td></tr>')
        headers = [_("Segment"), _("Line"), _("Severity"), _("Check"), _("Finding"),
                   _("Source ({lang})").format(lang=doc.report.source.get("lang", "")),
                   _("Translation ({lang})").format(lang=doc.report.target.get("lang", ""))]
        pages.append(
            f'<section class="page" id="doc-{i}"><nav><a href="#overview">'
            f'{html.escape(_("Project overview"))}</a></nav>'
            f"<h2>{html.escape(doc.spec.name)}</h2>"
            f'<div class="meta">{html.escape(summary_line(doc.report))}</div>'
            f"<table><colgroup>{_COLUMNS}</colgroup><thead><tr>"
            + "".join(f"<th>{html.escape(h)}</th>" for h in headers)
            + f"</tr></thead><tbody>{rows}</tbody></table></section>")
    project_rows = _project_rows(result) or (
        f'<tr><td colspan="5" class="empty">{html.escape(_no_findings())}</td></tr>')
    doc_headers = [_("Document"), _("Errors"), _("Warnings"), _("Info")]
    finding_headers = [_("Document"), _("Line"), _("Severity"), _("Check"), _("Finding")]
    return (
        f'<!DOCTYPE html>\n<html lang="{current_language().value}"><head><meta charset="utf-8">'
        f'<meta name="generator" content="tilmash {__version__}">'
        f"<title>{html.escape(title)}</title><style>{_CSS}{_PAGE_CSS}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        f'<div class="meta" id="summary">{html.escape(project_summary(result))}</div>'
        f'<section id="overview"><table><thead><tr>'
        + "".join(f"<th>{html.escape(h)}</th>" for h in doc_headers)
        + f"</tr></thead><tbody>{''.join(overview_rows)}</tbody></table>"
        f"<h2>{html.escape(_('Across the project'))}</h2><table><thead><tr>"
        + "".join(f"<th>{html.escape(h)}</th>" for h in finding_headers)
        + f"</tr></thead><tbody>{project_rows}</tbody></table></section>"
        + "".join(pages) + "</body></html>\n"
    )


def write_project_xlsx(out: IO[bytes], result: ProjectResult) -> None:
    """A workbook: every finding of every document on one sheet, the project's findings on
    another, and a row per document with its counts."""
    labels = _labels()

    def findings() -> Iterator[list[Cell]]:
        for doc in result.documents:
            report = doc.report
            for f in report.findings:
                source = report.sources[f.segment] if f.segment < len(report.sources) else ""
                target = report.targets[f.segment] if f.segment < len(report.targets) else ""
                yield [Styled(doc.spec.name, WRAP), f.segment + 1, f.line,
                       labels[f.severity], *(Styled(v, WRAP) for v in (
                           f.check, f.concept, f.expected, f.found, f.message, source, target))]

    def project() -> Iterator[list[Cell]]:
        for f in result.findings:
            yield [Styled(f.document, WRAP), f.line, labels[f.severity], *(
                Styled(v, WRAP) for v in (f.check, f.concept, f.expected, f.found, f.message))]

    def documents() -> Iterator[list[Cell]]:
        for doc in result.documents:
            counts = doc.report.counts()
            yield [Styled(doc.spec.name, WRAP), counts[Severity.ERROR], counts[Severity.WARNING],
                   counts[Severity.INFO]]

    write_workbook(out, [
        Sheet(_("Findings"), [_("Document"), _("Segment"), _("Line"), _("Severity"), _("Check"),
                              _("Concept"), _("Expected"), _("Found"), _("Finding"),
                              _("Source"), _("Translation")], findings(),
              widths=[30, 9, 7, 11, 18, 30, 30, 24, 50, 60, 60]),
        Sheet(_("Across the project"), [_("Document"), _("Line"), _("Severity"), _("Check"),
                                        _("Concept"), _("Expected"), _("Found"), _("Finding")],
              project(), widths=[30, 7, 11, 22, 30, 30, 24, 60]),
        Sheet(_("Documents"), [_("Document"), _("Errors"), _("Warnings"), _("Info")],
              documents(), widths=[50, 10, 10, 10]),
    ], title=_("tilmash project report"))


def _no_findings() -> str:
    # Looked up outside f-strings, where the message extractor does not see it.
    return _("No findings.")
