"""Findings for people (terminal) and programs (JSON, schema version 1).

JSON schema, version 1 (stable: fields are only ever added)::

    {
      "version": 1,
      "source": {"file": "article.ru.txt", "lang": "ru"},      # three-way: "versions": [...]
      "target": {"file": "article.en.txt", "lang": "en"},
      "findings": [
        {"check": "term-missing", "severity": "error", "segment": 4, "segments": 1, "line": 9,
         "lang": "en",
         "concept": "title-ambassador-kazakhstan-russia",
         "expected": "Ambassador of the Republic of Kazakhstan to the Russian Federation",
         "found": "", "suggestion": "...", "message": "...",
         "source_span": {"start": 39, "end": 52, "text": "Послом РК в РФ"} | null,
         "target_span": null,
         "source_text": "...", "target_text": "..."}
      ],
      "summary": {"segments": 21, "findings": 5, "suppressed": 0,
                  "by_severity": {"error": 4, "warning": 1, "info": 0},
                  "by_check": {"term-missing": 2, ...}}
    }

``segment`` is 0-based, ``line`` the 1-based line of the target file where the segment starts
(in three-way mode, of the version at fault); ``segments`` is how many segments from
``segment`` on the finding covers (more than 1 for a run of untranslated sentences); spans
are character offsets in the segment's text.

A three-way report has ``"versions": [{"file": ..., "lang": "kk"}, {... "ru"}, {... "en"}]``
instead of ``source`` and ``target``; each finding's ``lang`` is the version at fault, ``other``
the version its ``source_span`` is in (or null), and ``texts`` holds the unit's text in every
version (``{"kk": ..., "ru": ..., "en": ...}``) instead of ``source_text`` and ``target_text``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TextIO

from rich.console import Console
from rich.text import Text

from toolkit.check.base import Finding, Severity, Span
from toolkit.check.registry import CHECKS
from toolkit.i18n import gettext as _
from toolkit.i18n import ngettext
from toolkit.labels import number
from toolkit.lang import Lang
from toolkit.terminal import json_text

__all__ = ["Report", "Version", "render_terminal", "report_dict", "summary_line", "write_json"]


@dataclass(frozen=True)
class Version:
    """One language version of a three-way check: its file, the text of each unit and the
    1-based line each unit starts on."""

    lang: Lang
    file: str
    texts: Sequence[str]
    lines: Sequence[int] = ()

    def text(self, segment: int) -> str:
        return self.texts[segment] if segment < len(self.texts) else ""


@dataclass
class Report:
    """What a check run produced, with what the renderers need to show it.

    A pair check has a source and a target; a three-way check has ``versions`` (kk, ru, en),
    one entry per language version, and every finding names the version at fault
    (``Finding.lang``) and, where it compares two, the other one (``Finding.other``).
    ``sources`` and ``targets`` are then the Russian and English texts, for code that only
    knows pairs.
    """

    findings: Sequence[Finding]
    sources: Sequence[str]
    targets: Sequence[str]
    source: dict[str, str]
    target: dict[str, str]
    suppressed: int = 0
    versions: Sequence[Version] = ()

    def version(self, lang: Lang | None) -> Version | None:
        """The version in ``lang`` of a three-way report, or None."""
        return next((v for v in self.versions if v.lang is lang), None)

    def counts(self) -> Counter[Severity]:
        return Counter(f.severity for f in self.findings)


def _span(span: Span | None) -> dict[str, object] | None:
    return span.as_dict() if span else None


def report_dict(report: Report) -> dict[str, object]:
    """The report as the JSON object of schema version 1 (see the module docstring)."""
    if report.versions:
        return _three_way_dict(report)
    counts = report.counts()
    return {
        "version": 1,
        "source": report.source,
        "target": report.target,
        "findings": [{
            "check": f.check, "severity": f.severity.value, "segment": f.segment,
            "segments": f.segments, "line": f.line, "lang": f.lang.value, "concept": f.concept,
            "expected": f.expected, "found": f.found, "suggestion": f.suggestion,
            "message": f.message, "source_span": _span(f.source_span),
            "target_span": _span(f.target_span),
            "source_text": report.sources[f.segment] if f.segment < len(report.sources) else "",
            "target_text": report.targets[f.segment] if f.segment < len(report.targets) else "",
        } for f in report.findings],
        "summary": {
            "segments": max(len(report.sources), len(report.targets)),
            "findings": len(report.findings),
            "suppressed": report.suppressed,
            "by_severity": {s.value: counts[s] for s in Severity},
            "by_check": {c.id: sum(1 for f in report.findings if f.check == c.id)
                         for c in CHECKS},
        },
    }


def _three_way_dict(report: Report) -> dict[str, object]:
    counts = report.counts()
    return {
        "version": 1,
        "versions": [{"file": v.file, "lang": v.lang.value} for v in report.versions],
        "findings": [{
            "check": f.check, "severity": f.severity.value, "segment": f.segment,
            "segments": f.segments, "line": f.line, "lang": f.lang.value,
            "other": f.other.value if f.other else None, "concept": f.concept,
            "expected": f.expected, "found": f.found,
            "suggestion": f.suggestion, "message": f.message,
            "source_span": _span(f.source_span), "target_span": _span(f.target_span),
            "texts": {v.lang.value: v.text(f.segment) for v in report.versions},
        } for f in report.findings],
        "summary": {
            "segments": max(len(v.texts) for v in report.versions),
            "findings": len(report.findings),
            "suppressed": report.suppressed,
            "by_severity": {s.value: counts[s] for s in Severity},
            "by_check": dict(sorted(Counter(f.check for f in report.findings).items())),
        },
    }


def write_json(out: TextIO, report: Report) -> None:
    """The report in JSON schema version 1 (see the module docstring)."""
    out.write(json_text(report_dict(report), indent=2) + "\n")  # no raw control character


def summary_line(report: Report) -> str:
    """"2 errors, 1 warning (3 suppressed)" in the UI language, with its plural rules."""
    counts = report.counts()
    errors, warnings = counts[Severity.ERROR], counts[Severity.WARNING]
    text = ", ".join([
        ngettext("{n} error", "{n} errors", errors).format(n=number(errors)),
        ngettext("{n} warning", "{n} warnings", warnings).format(n=number(warnings)),
    ])
    if report.suppressed:
        text += " " + ngettext("({n} suppressed)", "({n} suppressed)", report.suppressed).format(
            n=number(report.suppressed))
    return text


_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "blue"}


def _excerpt(text: str, span: Span | None, width: int = 160) -> Text:
    from toolkit.terminal import pictured

    text = pictured(text)  # one character for one: the span stays right
    if span is None:
        return Text(text if len(text) <= width else text[: width - 1] + "…")
    start = max(0, span.start - width // 2)
    end = min(len(text), span.end + width // 2)
    out = Text("…" if start else "")
    out.append(text[start:span.start])
    out.append(text[span.start:span.end], style="reverse")
    out.append(text[span.end:end])
    if end < len(text):
        out.append("…")
    return out


def _print_versions(console: Console, report: Report, findings: Sequence[Finding]) -> None:
    """Each version's text of one unit, with the spans of the unit's findings in it."""
    for version in report.versions:
        span = next((f.target_span for f in findings
                     if f.lang is version.lang and f.target_span), None) or next(
            (f.source_span for f in findings if f.other is version.lang and f.source_span), None)
        text = version.text(findings[0].segment)
        if text:
            console.print(Text(f"  {version.lang.value} ▸ ", style="dim")
                          + _excerpt(text, span))


def render_terminal(console: Console, report: Report) -> None:
    """Findings grouped by segment, with both texts and the mention highlighted."""
    labels = {Severity.ERROR: _("error"), Severity.WARNING: _("warning"),
              Severity.INFO: _("info")}
    current = None
    for finding in report.findings:
        if finding.segment != current:
            current = finding.segment
            console.print()
            heading = (_("Segment {n} · line {line}").format(n=finding.segment + 1,
                                                             line=finding.line)
                       if finding.segments == 1 else
                       _("Segments {first}–{last} · line {line}").format(
                           first=finding.segment + 1, last=finding.segment + finding.segments,
                           line=finding.line))
            console.print(Text(heading, style="bold underline"))
            source = report.sources[finding.segment] if finding.segment < len(
                report.sources) else ""
            target = report.targets[finding.segment] if finding.segment < len(
                report.targets) else ""
            spans = [f for f in report.findings if f.segment == current]
            if report.versions:
                _print_versions(console, report, spans)
                source = target = ""
            source_span = next((f.source_span for f in spans if f.source_span), None)
            target_span = next((f.target_span for f in spans if f.target_span), None)
            if source:
                console.print(Text("  ◂ ", style="dim") + _excerpt(source, source_span))
            if target:
                console.print(Text("  ▸ ", style="dim") + _excerpt(target, target_span))
        line = Text("    ")
        line.append(labels[finding.severity], style=_STYLE[finding.severity])
        line.append(f" [{finding.check}] ", style="dim")
        line.append(finding.message)
        if finding.concept:
            line.append(f"  ({finding.concept})", style="dim")
        console.print(line)
    console.print()
    counts = report.counts()
    style = "bold red" if counts[Severity.ERROR] else (
        "bold yellow" if counts[Severity.WARNING] else "bold green")
    console.print(summary_line(report), style=style)
