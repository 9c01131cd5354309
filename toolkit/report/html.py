"""The HTML report: one self-contained file (no network), for editors to open and work through.

A table of findings, sortable by any column and filterable by check and severity (also from
the address: ``report.html#severity=error&check=term-missing``), with the source and target
texts side by side and the mention highlighted. Styles and the small script
are inline; every text from the documents is escaped. Headings are in the UI language.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from toolkit import __version__
from toolkit.check.base import Finding, Severity, Span
from toolkit.check.registry import CHECKS
from toolkit.i18n import current_language
from toolkit.i18n import gettext as _
from toolkit.labels import lang_label
from toolkit.report.findings import Report, summary_line

__all__ = ["render_html"]

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#1b1f24}
h1{font-size:1.3rem;margin:0 0 .3rem}.meta{color:#57606a;margin-bottom:1rem}
.controls{display:flex;gap:1rem;flex-wrap:wrap;align-items:center;margin:.8rem 0}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #d0d7de;padding:.4rem .5rem;vertical-align:top;text-align:left}
th{background:#f6f8fa;cursor:pointer;user-select:none;position:sticky;top:0}
th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
td.text{white-space:pre-wrap;word-wrap:break-word}
mark{background:#fff3a3;padding:0 .1em;border-radius:2px}
.sev{font-weight:600;border-radius:3px;padding:.1em .4em;color:#fff}
.sev-error{background:#cf222e}.sev-warning{background:#9a6700}.sev-info{background:#0969da}
tr.hidden{display:none}.empty{color:#57606a;font-style:italic}
td.fault{background:#fff8f7}
"""

_SCRIPT = """
(function(){
  const table=document.getElementById('findings');
  const rows=()=>Array.from(table.tBodies[0].rows);
  function filter(){
    const checks=new Set(Array.from(document.querySelectorAll('input[data-check]:checked'))
      .map(i=>i.dataset.check));
    const sevs=new Set(Array.from(document.querySelectorAll('input[data-severity]:checked'))
      .map(i=>i.dataset.severity));
    let shown=0;
    rows().forEach(r=>{const on=checks.has(r.dataset.check)&&sevs.has(r.dataset.severity);
      r.classList.toggle('hidden',!on);if(on)shown++;});
    document.getElementById('shown').textContent=shown;
  }
  // A filtered view can be shared: report.html#severity=error&check=term-missing
  const wanted=new URLSearchParams(location.hash.slice(1));
  ['severity','check'].forEach(k=>{const v=wanted.getAll(k);if(v.length)
    document.querySelectorAll('input[data-'+k+']').forEach(i=>{i.checked=v.includes(i.dataset[k]);});});
  document.querySelectorAll('.controls input').forEach(i=>i.addEventListener('change',filter));
  table.querySelectorAll('th').forEach((th,col)=>th.addEventListener('click',()=>{
    const asc=!th.classList.contains('sorted-asc');
    table.querySelectorAll('th').forEach(h=>h.classList.remove('sorted-asc','sorted-desc'));
    th.classList.add(asc?'sorted-asc':'sorted-desc');
    const key=r=>r.cells[col].dataset.sort??r.cells[col].textContent;
    const sorted=rows().sort((a,b)=>{const x=key(a),y=key(b);
      const n=(Number(x)-Number(y));return (isNaN(n)?x.localeCompare(y):n)*(asc?1:-1);});
    sorted.forEach(r=>table.tBodies[0].appendChild(r));
  }));
  filter();
})();
"""


# Segment, line, severity, check, finding, source, translation.
_COLUMNS = "".join(f'<col style="width:{w}%">' for w in (7, 5, 8, 11, 21, 24, 24))
# The same with three versions' texts.
_COLUMNS3 = "".join(f'<col style="width:{w}%">' for w in (6, 4, 7, 10, 19, 18, 18, 18))


def _highlight(text: str, span: Span | None) -> str:
    if span is None or span.end > len(text):
        return html.escape(text)
    return (html.escape(text[:span.start]) + "<mark>" + html.escape(text[span.start:span.end])
            + "</mark>" + html.escape(text[span.end:]))


def _text_cells(finding: Finding, report: Report) -> str:
    """The segment's texts: source and translation, or each version of a three-way check
    (the version at fault marked, the spans highlighted where they are)."""
    if report.versions:
        cells = []
        for version in report.versions:
            span = finding.target_span if finding.lang is version.lang else (
                finding.source_span if finding.other is version.lang else None)
            fault = " fault" if finding.lang is version.lang else ""
            cells.append(f'<td class="text{fault}" lang="{version.lang.value}">'
                         f"{_highlight(version.text(finding.segment), span)}</td>")
        return "".join(cells)
    source = report.sources[finding.segment] if finding.segment < len(report.sources) else ""
    target = report.targets[finding.segment] if finding.segment < len(report.targets) else ""
    return (
        f'<td class="text" lang="{html.escape(report.source.get("lang", ""))}">'
        f"{_highlight(source, finding.source_span)}</td>"
        f'<td class="text" lang="{html.escape(report.target.get("lang", ""))}">'
        f"{_highlight(target, finding.target_span)}</td>")


def _segments(finding: Finding) -> str:
    """The segment's number, or the first and last of the run it covers ("6–24")."""
    first = finding.segment + 1
    return str(first) if finding.segments == 1 else f"{first}–{first + finding.segments - 1}"


def _row(finding: Finding, report: Report, labels: dict[Severity, str]) -> str:
    return (
        f'<tr data-check="{html.escape(finding.check)}" '
        f'data-severity="{finding.severity.value}">'
        f'<td data-sort="{finding.segment + 1}">{_segments(finding)}</td>'
        f'<td data-sort="{finding.line}">{finding.line}</td>'
        f'<td data-sort="{finding.severity.rank}"><span class="sev sev-{finding.severity.value}">'
        f"{html.escape(labels[finding.severity])}</span></td>"
        f"<td>{html.escape(finding.check)}</td>"
        f"<td>{html.escape(finding.message)}"
        + (f"<br><small>{html.escape(finding.concept)}</small>" if finding.concept else "")
        + "</td>" + _text_cells(finding, report) + "</tr>"
    )


def _text_headers(report: Report) -> list[str]:
    if report.versions:
        return [lang_label(v.lang) for v in report.versions]
    return [_("Source ({lang})").format(lang=report.source.get("lang", "")),
            _("Translation ({lang})").format(lang=report.target.get("lang", ""))]


def _title(report: Report) -> str:
    if report.versions:
        return _("tilmash report: {files}").format(
            files=" · ".join(v.file for v in report.versions))
    return _("tilmash report: {source} → {target}").format(
        source=report.source.get("file", ""), target=report.target.get("file", ""))


def render_html(report: Report) -> str:
    """The whole report as one HTML document."""
    labels = {Severity.ERROR: _("error"), Severity.WARNING: _("warning"),
              Severity.INFO: _("info")}
    used_checks = [c for c in CHECKS if any(f.check == c.id for f in report.findings)]
    check_boxes = "".join(
        f'<label><input type="checkbox" data-check="{c.id}" checked> {html.escape(c.title)} '
        f"<code>{c.id}</code></label>" for c in used_checks)
    severity_boxes = "".join(
        f'<label><input type="checkbox" data-severity="{s.value}" checked> '
        f"{html.escape(labels[s])}</label>" for s in Severity)
    rows: Sequence[str] = [_row(f, report, labels) for f in report.findings]
    headers = [_("Segment"), _("Line"), _("Severity"), _("Check"), _("Finding"),
               *_text_headers(report)]
    body = "".join(rows) or (
        f'<tr><td colspan="{len(headers)}" class="empty">{html.escape(_no_findings())}'
        "</td></tr>")
    title = _title(report)
    columns = _COLUMNS if not report.versions else _COLUMNS3
    data = json.dumps({"version": 1, "findings": len(report.findings)})
    return (
        f'<!DOCTYPE html>\n<html lang="{current_language().value}"><head><meta charset="utf-8">'
        f'<meta name="generator" content="tilmash {__version__}">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        f'<div class="meta" id="summary">{html.escape(summary_line(report))}</div>'
        f'<div class="controls">{severity_boxes}</div>'
        f'<div class="controls">{check_boxes}</div>'
        f'<div class="meta">{html.escape(_("Shown:"))} <span id="shown"></span></div>'
        f'<table id="findings"><colgroup>{columns}</colgroup><thead><tr>'
        + "".join(f"<th>{html.escape(h)}</th>" for h in headers)
        + f"</tr></thead><tbody>{body}</tbody></table>"
        f'<script type="application/json" id="report-data">{html.escape(data)}</script>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )


def _no_findings() -> str:
    # Looked up outside f-strings, where the message extractor does not see it.
    return _("No findings.")
