"""A rich console that shows a document's text as text, never as terminal commands.

A document, a glossary or a file name can hold ANSI and OSC escape sequences (ESC ``[31m``
recolours the screen, ESC ``]0;...`` BEL sets the window title, ESC ``]8;;URL`` makes a link)
and other control characters (CR overwrites the line, BS erases). Written to a terminal as they
are, they act. :class:`SafeConsole`, the console every command prints through, shows each C0
control character but tab and line feed, DEL, and each C1 control character visibly instead:
C0 and DEL as their Unicode control pictures (ESC as ``␛``, CR as ``␍``, U+2400–U+2421), C1
as ``\\x9b``. Its own colours and styles are untouched: rich adds them after this step.

It also takes every string literally: no console markup (``[bold]`` stays ``[bold]``), no emoji
codes (``:warning:`` stays), no highlighting.

>>> visible("Астана\\x1b]0;pwned\\x07 \\x9b31m")
'Астана␛]0;pwned␇ \\\\x9b31m'
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment
from rich.text import Span, Text

__all__ = ["SafeConsole", "json_text", "pictured", "visible", "visible_text"]

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_JSON_RAW = re.compile("[\x7f-\x9f]")  # what json.dumps(ensure_ascii=False) leaves raw


def _shown(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return f"\\x{code:02x}"


def visible(text: str) -> str:
    """``text`` with each control character (but tab and line feed) shown as a visible sign."""
    if not _CONTROL.search(text):
        return text
    return _CONTROL.sub(lambda match: _shown(match.group()), text)


_C0 = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def pictured(text: str) -> str:
    """``text`` with each C0 control character (but tab and line feed) and DEL as its control
    picture, one character for one, so that offsets into it stay right. Call it on a
    document's text before it goes into a :class:`~rich.text.Text`: rich drops BEL, BS, VT, FF
    and CR there, and they would vanish instead of showing.

    >>> pictured("a\\rb\\x07")
    'a␍b␇'
    """
    if not _C0.search(text):
        return text
    return _C0.sub(lambda match: _shown(match.group()), text)


def visible_text(text: Text) -> Text:
    """A :class:`~rich.text.Text` as :func:`visible` shows it, its styled spans kept on the
    same characters."""
    plain = text.plain
    if not _CONTROL.search(plain):
        return text
    offsets, pieces, position = [], [], 0
    for char in plain:
        offsets.append(position)
        piece = _shown(char) if _CONTROL.match(char) else char
        pieces.append(piece)
        position += len(piece)
    offsets.append(position)
    shown = Text("".join(pieces), style=text.style, justify=text.justify,
                 overflow=text.overflow, no_wrap=text.no_wrap, end=text.end,
                 tab_size=text.tab_size)
    last = len(plain)
    shown.spans = [Span(offsets[min(span.start, last)], offsets[min(span.end, last)], span.style)
                   for span in text.spans]
    return shown


def json_text(value: object, indent: int | None = None) -> str:
    """``value`` as JSON, non-ASCII text as it is, but every control character escaped:
    :func:`json.dumps` escapes C0 itself, this escapes DEL and C1 too (``\\u009b``), so that
    JSON printed to a terminal carries none. The same JSON value, other bytes.

    >>> json_text({"text": "Астана\x1b[2J\x9b"})
    '{"text": "Астана\\\\u001b[2J\\\\u009b"}'
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _JSON_RAW.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class SafeConsole(Console):
    """A :class:`rich.console.Console` that prints control characters visibly and strings
    literally (no markup, no emoji codes, no highlighting unless asked for)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("markup", False)
        kwargs.setdefault("emoji", False)
        kwargs.setdefault("highlight", False)
        super().__init__(**kwargs)

    def render_str(self, text: str, **kwargs: Any) -> Text:
        kwargs["markup"] = False
        kwargs["emoji"] = False
        return super().render_str(visible(text), **kwargs)

    def render(self, renderable: RenderableType,
               options: ConsoleOptions | None = None) -> Iterable[Segment]:
        if isinstance(renderable, Text):
            renderable = visible_text(renderable)
        for segment in super().render(renderable, options):
            # Renderables other than Text and str (none of ours) are made safe here.
            if not segment.control and _CONTROL.search(segment.text):
                yield Segment(visible(segment.text), segment.style)
            else:
                yield segment
