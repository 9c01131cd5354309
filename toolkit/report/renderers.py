"""The tables of report formats: a new format is one module and one line in :data:`RENDERERS`
(reports of ``check``) or :data:`ALIGNMENT_RENDERERS` (outputs of ``align``).

Each :class:`Renderer` names its format, the file suffixes it writes, and two writers: one of
a document's :class:`~toolkit.report.findings.Report`, one of a whole project's
:class:`~toolkit.project.ProjectResult`. Writers are named as ``"module:function"`` and
imported on first use, so that listing the formats (``tilmash check --help``) loads none of
them. A writer has one of four shapes, said by ``kind``:

- ``"bytes"``: ``write(out: IO[bytes], report)`` (a binary file, such as a workbook);
- ``"text"``: ``write(out: TextIO, report)``;
- ``"string"``: ``render(report) -> str``;
- ``"console"``: ``render(console, report)`` on a rich console: shown on a terminal as is,
  written to a file as plain text 120 columns wide.

Text is written as UTF-8.

>>> [r.name for r in RENDERERS], renderer_names(ALIGNMENT_RENDERERS)
(['terminal', 'json', 'html', 'xlsx'], ['tsv', 'tmx', 'xlsx', 'beads'])
>>> renderer("xlsx").needs_file, renderer("json").suffixes
(True, ('.json',))
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from toolkit.lazy import load_reference

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["ALIGNMENT_RENDERERS", "RENDERERS", "Renderer", "alignment_renderer",
           "file_only_names", "renderer", "renderer_names"]

Kind = Literal["bytes", "text", "string", "console"]


@dataclass(frozen=True)
class Renderer:
    """One report format: its name (``--format``), suffixes, and writers as ``module:name``.

    ``needs_file`` is true for a format that only makes sense as a file (``-o``); an empty
    ``project`` says that the format has no project report.
    """

    name: str
    suffixes: tuple[str, ...]
    kind: Kind
    document: str
    project: str
    needs_file: bool = False

    def render(self, report: object, project: bool = False) -> bytes:
        """``report`` (a document report, or with ``project`` a project result) as bytes."""
        write = load_reference(self.project if project else self.document)
        if self.kind == "bytes":
            binary = io.BytesIO()
            write(binary, report)
            return binary.getvalue()
        if self.kind == "string":
            return str(write(report)).encode("utf-8")
        text = io.StringIO()
        if self.kind == "text":
            write(text, report)
        else:  # a console report as plain text in a file
            from toolkit.terminal import SafeConsole

            write(SafeConsole(file=text, width=120, no_color=True), report)
        return text.getvalue().encode("utf-8")

    def show(self, console: Console, report: object, project: bool = False) -> None:
        """``report`` on ``console``: only for a renderer of kind ``"console"``."""
        if self.kind != "console":
            raise ValueError(f"{self.name} does not render on a console")
        load_reference(self.project if project else self.document)(console, report)


RENDERERS: tuple[Renderer, ...] = (
    Renderer("terminal", (".txt",), "console", "toolkit.report.findings:render_terminal",
             "toolkit.report.project:render_project_terminal"),
    Renderer("json", (".json",), "text", "toolkit.report.findings:write_json",
             "toolkit.report.project:write_project_json"),
    Renderer("html", (".html", ".htm"), "string", "toolkit.report.html:render_html",
             "toolkit.report.project:render_project_html", needs_file=True),
    Renderer("xlsx", (".xlsx",), "bytes", "toolkit.report.xlsx:write_report_xlsx",
             "toolkit.report.project:write_project_xlsx", needs_file=True),
)


# The outputs of ``tilmash align``, of an :class:`toolkit.report.alignment.Aligned` (the same
# writer serves a project, whose rows name their documents).
_ALIGNED = "toolkit.report.alignment:"
ALIGNMENT_RENDERERS: tuple[Renderer, ...] = (
    Renderer("tsv", (".tsv",), "string", _ALIGNED + "aligned_tsv", _ALIGNED + "aligned_tsv"),
    Renderer("tmx", (".tmx",), "bytes", _ALIGNED + "write_aligned_tmx",
             _ALIGNED + "write_aligned_tmx"),
    Renderer("xlsx", (".xlsx",), "bytes", _ALIGNED + "write_aligned_xlsx", "", needs_file=True),
    Renderer("beads", (".beads",), "string", _ALIGNED + "aligned_beads", ""),
)


def renderer_names(table: tuple[Renderer, ...] = RENDERERS) -> list[str]:
    """The names of the formats, in the order of the table (the CLI's ``--format`` choices)."""
    return [r.name for r in table]


def file_only_names(table: tuple[Renderer, ...] = RENDERERS) -> tuple[str, ...]:
    """The names of the formats that need ``-o`` (:attr:`Renderer.needs_file`)."""
    return tuple(r.name for r in table if r.needs_file)


def renderer(name: str, table: tuple[Renderer, ...] = RENDERERS) -> Renderer:
    """The renderer called ``name``; ``KeyError`` for a name not in the table."""
    for candidate in table:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def alignment_renderer(name: str) -> Renderer:
    """The writer of ``tilmash align``'s output format called ``name``."""
    return renderer(name, ALIGNMENT_RENDERERS)
