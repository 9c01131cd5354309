"""Renderers of mentions: each line with its mentions highlighted, or JSON lines for programs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TextIO

from rich.console import Console
from rich.text import Text

from toolkit.glossary.model import Glossary, Status
from toolkit.labels import status_label
from toolkit.lang import LANGS, Lang
from toolkit.match import Mention
from toolkit.terminal import json_text, pictured

__all__ = ["render_mentions", "write_jsonl"]

_STYLE = {Status.PREFERRED: "bold green", Status.ADMITTED: "bold cyan",
          Status.DEPRECATED: "bold yellow", Status.FORBIDDEN: "bold red"}


def write_jsonl(out: TextIO, mentions: Iterable[Mention]) -> None:
    """One JSON object per mention: line, start, end, text, concept, term, status."""
    for mention in mentions:
        out.write(json_text(mention.as_dict()) + "\n")


def render_mentions(console: Console, lines: Sequence[str], mentions: Sequence[Mention],
                    glossary: Glossary, lang: Lang) -> None:
    """Each line that has mentions, highlighted, then its mentions with the concept's
    preferred terms in the other two languages."""
    by_line: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_line.setdefault(mention.line, []).append(mention)
    others = [other for other in LANGS if other is not lang]
    for number in sorted(by_line):
        line = pictured(lines[number - 1])  # one character for one: offsets stay right
        text = Text(f"{number}: ", style="dim")
        position = 0
        for mention in by_line[number]:
            text.append(line[position:mention.start])
            text.append(line[mention.start:mention.end], style=_STYLE[mention.status])
            position = mention.end
        text.append(line[position:])
        console.print(text)
        for mention in by_line[number]:
            concept = glossary.get(mention.concept)
            renderings = []
            for other in others:
                preferred = concept.preferred(other) if concept else None
                renderings.append(f"{other.value}: {preferred.text if preferred else '—'}")
            detail = Text(f"    {mention.start}-{mention.end} ", style="dim")
            detail.append(mention.text, style=_STYLE[mention.status])
            detail.append(f" → {mention.concept} ({mention.term}, "
                          f"{status_label(mention.status)}); ")
            detail.append(" | ".join(renderings), style="dim")
            console.print(detail)
