"""Gettext PO/POT catalogs through polib: msgid → msgstr, plurals, context, fuzzy entries.

The target language is the header's ``Language``; the source language, which PO does not
record, comes from ``X-Source-Language`` when a tool wrote it, else from the options. Plural
entries give a pair for msgid/msgstr[0] and one for msgid_plural/each other form. Untranslated
entries are counted and skipped, obsolete ones skipped: there is nothing to check in them;
fuzzy ones are checked and marked, since their translation is a draft.

The catalog is decoded in the charset its header declares (``Content-Type: text/plain;
charset=windows-1251``), UTF-8 when it declares none or the template's ``CHARSET``. A comment
without a space after ``#`` ("#Comment") is a translator comment, as msgfmt reads it.
"""

from __future__ import annotations

import codecs
import re

import polib

from toolkit.errors import InputError
from toolkit.formats.base import Bilingual, Segments, known_lang
from toolkit.formats.plain import MAX_TEXT_BYTES, decode_text
from toolkit.i18n import gettext as _

__all__ = ["read_po"]


# A PO line is a comment, blank, a keyword with a string, or a string continuing the last one.
_LINE = re.compile(r'^(?:#.*|\s*|(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+(".*)|(".*))$')
_STRING = re.compile(r'^"(?:[^"\\]|\\.)*"\s*$')


def _check_lines(text: str, name: str) -> None:
    """polib is lenient (it reads an unterminated string by dropping its last letter): check
    every line first, so that a broken catalog is refused with the line at fault."""
    for number, line in enumerate(text.splitlines(), start=1):
        match = _LINE.match(line)
        if match is None:
            raise InputError(name, _("not a valid PO file: unknown keyword"), number)
        string = match.group(1) or match.group(2)
        if string is not None and not _STRING.match(string):
            raise InputError(name, _("not a valid PO file: the string is not closed"), number)


_CHARSET = re.compile(rb'^"Content-Type:[^"\n]*charset=([A-Za-z0-9_.:-]+)', re.MULTILINE)
# "#" then anything but the markers of the other comment kinds ("#.", "#:", "#,", "#|", "#~").
_BARE_COMMENT = re.compile(r"^#(?=[^\s.:,|~])", re.MULTILINE)


def _decode(data: bytes, name: str) -> str:
    """The catalog's text, in the charset its header declares (UTF-8 when it names none)."""
    match = _CHARSET.search(data[:65536])
    charset = match.group(1).decode("ascii").lower() if match else "utf-8"
    if charset in ("charset", "utf-8", "utf8") or data.startswith(b"\xef\xbb\xbf"):
        return decode_text(data, name)
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        raise InputError(name, _("the catalog declares the unknown charset {charset!r}").format(
            charset=charset)) from None
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(name, _("file too large ({size} bytes; the limit is {limit})").format(
            size=len(data), limit=MAX_TEXT_BYTES))
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(name, _(
            "not {charset} text, as the header says: byte {byte} cannot be decoded").format(
            charset=charset, byte=f"0x{data[exc.start]:02x}"), line) from None


def read_po(data: bytes, name: str) -> Bilingual:
    """The segment pairs of a PO file, with the languages its header declares."""
    text = _BARE_COMMENT.sub("# ", _decode(data, name))
    _check_lines(text, name)
    try:
        catalog = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as exc:
        # polib says "Syntax error in po file (line N)"; keep its words, name our file.
        said = re.search(r"\(line (\d+)\)", str(exc))
        raise InputError(name, _("not a valid PO file: {problem}").format(
            problem=str(exc).replace("\n", " ")), int(said.group(1)) if said else None) from None
    sources: list[str] = []
    targets: list[str] = []
    lines: list[int] = []
    fuzzy: list[bool] = []
    untranslated = 0
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
            pairs = [(entry.msgid, forms[0] if forms else "")]
            pairs += [(entry.msgid_plural, form) for form in forms[1:]]
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        if not any(target for _source, target in pairs):
            untranslated += 1
            continue
        for source, target in pairs:
            if not target:
                continue
            sources.append(source)
            targets.append(target)
            lines.append(entry.linenum)
            fuzzy.append("fuzzy" in entry.flags)
    metadata = catalog.metadata
    source_code = metadata.get("X-Source-Language", "").strip() or None
    target_code = metadata.get("Language", "").strip() or None
    return Bilingual(Segments(sources, targets, lines, lines, fuzzy), known_lang(source_code),
                     known_lang(target_code), source_code, target_code, untranslated)
