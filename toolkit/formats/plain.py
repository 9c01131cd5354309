"""Plain text documents: UTF-8 (BOM accepted) or UTF-16 with a BOM, any line ends, checked
before anything is read.

>>> decode_text("Сибирь\\r\\nАбакан".encode(), "a.ru.txt").splitlines()
['Сибирь', 'Абакан']
"""

from __future__ import annotations

import codecs

from toolkit.errors import InputError
from toolkit.formats.base import Segments
from toolkit.i18n import gettext as _
from toolkit.lang import Lang
from toolkit.text.segment import split_sentences

__all__ = ["MAX_TEXT_BYTES", "decode_text", "pair_lines", "sentences_with_lines"]

# Far beyond any article or book; a larger input is a mistake (a binary, a dump) to refuse
# before it fills memory.
MAX_TEXT_BYTES = 256 * 1024 * 1024


def decode_text(data: bytes, name: str) -> str:
    """The text of a document: UTF-8 (with or without a BOM), or UTF-16 with a BOM (what
    Windows Notepad and Excel save as "Unicode"). :class:`~toolkit.errors.InputError` names the
    file and line of the first byte that is not UTF-8, or says the file is empty, too large, in
    another Unicode form, or binary.

    >>> decode_text("\ufeffАстана".encode("utf-16-le"), "a.kk.txt")
    'Астана'
    """
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(name, _("file too large ({size} bytes; the limit is {limit})").format(
            size=len(data), limit=MAX_TEXT_BYTES))
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InputError(name, _("UTF-32 text; save the file as UTF-8"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_utf16(data, name)
    if not data.strip():
        raise InputError(name, _("the file is empty"))
    if b"\x00" in data:
        head = data[:8192]
        if b"\x00" in head and _looks_like_utf16(head):
            raise InputError(name, _(
                "UTF-16 text without a byte order mark; save the file as UTF-8"))
        # Anywhere, not only at the start: no text holds a NUL, and no TMX could carry it.
        at = data.index(b"\x00")
        raise InputError(name, _("binary data, not text"), data[:at].count(b"\n") + 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        # Characters, not bytes: the column an editor shows.
        column = len(data[line_start:exc.start].decode("utf-8", errors="replace")) + 1
        raise InputError(name, _(
            "not UTF-8 text: byte {byte} cannot be decoded; save the file as UTF-8").format(
            byte=f"0x{data[exc.start]:02x}"), line, column) from None


def _decode_utf16(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-16")  # the BOM says the byte order, and is dropped
    except UnicodeDecodeError as exc:
        start = exc.start - exc.start % 2
        line = data[:start].decode("utf-16", errors="replace").count("\n") + 1
        raise InputError(name, _(
            "not valid UTF-16 text (a broken character); save the file as UTF-8"),
            line) from None
    if not text.strip():
        raise InputError(name, _("the file is empty"))
    if "\x00" in text[:4096]:
        raise InputError(name, _("binary data, not text"))
    return text


def _looks_like_utf16(head: bytes) -> bool:
    """Text in UTF-16 without a BOM: zero bytes (the high byte of every space, digit, mark
    and Latin letter; Cyrillic letters have none) always on the same side of a pair."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return len(head) >= 4 and max(even, odd) >= len(head) // 20 and min(even, odd) == 0


def sentences_with_lines(text: str, lang: Lang) -> tuple[list[str], list[int], frozenset[int]]:
    """The sentences of a text, the 1-based line each starts on, and the indices of the
    sentences that begin a paragraph (after a blank line, or at the start)."""
    sentences: list[str] = []
    lines: list[int] = []
    breaks: set[int] = set()
    blank = True
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            blank = True
            continue
        if blank:
            breaks.add(len(sentences))
            blank = False
        for sentence in split_sentences(line, lang):
            sentences.append(sentence.text)
            lines.append(number)
    return sentences, lines, frozenset(breaks)


def pair_lines(source: str, target: str) -> Segments:
    """Line k of the source with line k of the target; lines blank on both sides are skipped
    (they are paragraph breaks), a line missing on one side pairs with an empty text."""
    source_lines, target_lines = source.splitlines(), target.splitlines()
    sources, targets, numbers = [], [], []
    for k in range(max(len(source_lines), len(target_lines))):
        s = source_lines[k] if k < len(source_lines) else ""
        t = target_lines[k] if k < len(target_lines) else ""
        if not s.strip() and not t.strip():
            continue
        sources.append(s)
        targets.append(t)
        numbers.append(k + 1)
    return Segments(sources, targets, numbers, numbers)
