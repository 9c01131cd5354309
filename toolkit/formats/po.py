"""Gettext PO/POT catalogs through polib: msgid → msgstr, plurals, context, fuzzy entries.

The target language is the header's ``Language``; the source language, which PO does not
record, comes from ``X-Source-Language`` when a tool wrote it, else from the options. Plural
entries give a pair for msgid/msgstr[0] and one for msgid_plural/each other form. Untranslated
and obsolete entries are skipped: there is nothing to check in them; fuzzy ones are checked and
marked, since their translation is a draft.
"""

from __future__ import annotations

import re

import polib

from toolkit.errors import InputError
from toolkit.formats.base import Bilingual, Segments
from toolkit.formats.plain import decode_text
from toolkit.formats.xliff import xml_lang
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


def read_po(data: bytes, name: str) -> Bilingual:
    """The segment pairs of a PO file, with the languages its header declares."""
    text = decode_text(data, name)
    _check_lines(text, name)
    try:
        catalog = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as exc:
        # polib says "Syntax error in po file (line N)"; keep its words, name our file.
        raise InputError(name, _("not a valid PO file: {problem}").format(
            problem=str(exc).replace("\n", " "))) from None
    sources: list[str] = []
    targets: list[str] = []
    lines: list[int] = []
    fuzzy: list[bool] = []
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)]
            pairs = [(entry.msgid, forms[0] if forms else "")]
            pairs += [(entry.msgid_plural, form) for form in forms[1:]]
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        for source, target in pairs:
            if not target:
                continue
            sources.append(source)
            targets.append(target)
            lines.append(entry.linenum)
            fuzzy.append("fuzzy" in entry.flags)
    metadata = catalog.metadata
    return Bilingual(Segments(sources, targets, lines, lines, fuzzy),
                     xml_lang(metadata.get("X-Source-Language"), name, 1),
                     xml_lang(metadata.get("Language"), name, 1))
