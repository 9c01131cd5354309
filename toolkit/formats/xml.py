"""Parsing XML that comes from outside: no DTD loaded, no network, no entity declarations.

Entities are how XML attacks work (external entities read local files or call the network;
nested internal ones, the "billion laughs", blow up memory), and XLIFF, TMX and TBX never need
them. So a document whose document type declaration declares an entity, in its internal subset,
is refused before it is parsed. A plain ``<!DOCTYPE tmx SYSTEM "tmx14.dtd">``, which OmegaT,
translate-toolkit and the TBX samples write, is read: the parser never loads or fetches the DTD
it names, resolves no entity and reaches no network, and a reference to an entity that only
such a DTD could declare is refused after parsing. A DOCTYPE inside a comment is only a comment.

>>> parse_xml(b"<a>ok</a>", "t.xml").getroot().text
'ok'
>>> parse_xml(b'<!DOCTYPE a SYSTEM "a.dtd"><a>ok</a>', "t.xml").getroot().text
'ok'
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping

from lxml import etree

from toolkit.errors import InputError
from toolkit.formats.plain import MAX_TEXT_BYTES
from toolkit.i18n import gettext as _

__all__ = ["check_xml", "local_name", "parse_xml", "refuse_entity_references",
           "text_without_codes"]

# What may come before the root element: the declaration, comments, processing instructions,
# white space and one document type declaration.
_PROLOG_ITEM = re.compile(rb"\s+|<\?.*?\?>|<!--.*?-->", re.DOTALL)
_DOCTYPE = re.compile(rb"<!DOCTYPE\b", re.IGNORECASE)
# Inside a DOCTYPE: quoted strings and comments are skipped, "[" opens the internal subset.
_DTD_ITEM = re.compile(rb'"[^"]*"|\'[^\']*\'|<!--.*?-->|<!ENTITY\b|\[|\]|>',
                       re.DOTALL | re.IGNORECASE)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True,
                           dtd_validation=False, huge_tree=False, remove_comments=True)


def _prolog_bytes(data: bytes) -> bytes:
    """The bytes to scan for a DOCTYPE: UTF-16 documents decoded and re-encoded as UTF-8."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace").encode("utf-8")
    return data


def _entity_declaration(data: bytes) -> int | None:
    """The offset of the first entity declaration in the document type declaration, if any.

    Only the prolog is scanned, as XML defines it: a DOCTYPE can only stand there, and
    ``<!ENTITY`` anywhere else (in a comment, CDATA or text) declares nothing.
    """
    position = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    while True:
        item = _PROLOG_ITEM.match(data, position)
        if item is None:
            break
        position = item.end()
    if not _DOCTYPE.match(data, position):
        return None
    depth = 0
    for item in _DTD_ITEM.finditer(data, position + 9):
        token = item.group()
        if token.upper().startswith(b"<!ENTITY"):
            return item.start()
        if token == b"[":
            depth += 1
        elif token == b"]":
            depth -= 1
        elif token == b">" and depth <= 0:
            return None
    return None


def check_xml(data: bytes, name: str) -> None:
    """Refuse ``data`` before parsing: too large, empty, or with a document type declaration
    that declares entities (:class:`~toolkit.errors.InputError` naming the file and the line)."""
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(name, _("file too large ({size} bytes; the limit is {limit})").format(
            size=len(data), limit=MAX_TEXT_BYTES))
    if not data.strip():
        raise InputError(name, _("the file is empty"))
    scanned = _prolog_bytes(data)
    offset = _entity_declaration(scanned)
    if offset is not None:
        line = scanned[:offset].count(b"\n") + 1
        raise InputError(name, _(
            "entity declarations are refused (they are how XML attacks work, and translation "
            "files never need them)"), line)


def refuse_entity_references(root: etree._Element, name: str) -> None:
    """Refuse a tree that refers to an entity no one declared (one an unloaded DTD would
    define): its text is unknown, and guessing it would check the wrong words."""
    for entity in root.iter(etree.Entity):
        raise InputError(name, _("the entity {entity} is not declared (tilmash never loads a "
                                 "DTD)").format(entity=entity.text), entity.sourceline)


def parse_xml(data: bytes, name: str) -> etree._ElementTree:
    """The tree of ``data``; :class:`~toolkit.errors.InputError` for anything unsafe or broken,
    naming the file and the line."""
    check_xml(data, name)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno, None)
        raise InputError(name, _("not well-formed XML: {problem}").format(
            problem=exc.msg), line, column) from None
    refuse_entity_references(root, name)
    return etree.ElementTree(root)


def local_name(element: etree._Element) -> str:
    """The tag without its namespace: "trans-unit" for {urn:...:1.2}trans-unit."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


# Inline codes that stand for white space: a line break, a tab, a space (XLIFF's ctype "lb",
# ODF's <text:s/> and <text:tab/>, HTML's <br> and block tags, Word's <w:br/>). Taking them out
# without a space would glue the words on either side ("dialog<x ctype="lb"/>box").
_SPACE_TYPES = frozenset({"lb", "x-lb", "x-br", "x-linebreak", "linebreak", "x-tab", "x-space",
                          "x-nbsp", "xlf:lb", "xlf:pb"})
_SPACE_CODE = re.compile(
    r"^\s*(?:</?(?:br|text:(?:tab|s|line-break)|w:(?:br|tab|cr)|p|div|li|tr|td|th|h[1-6]|"
    r"table|ul|ol|blockquote|hr)\b[^>]*>|&nbsp;|&#160;|&#xa0;|\\[nrt]|[\n\r\t\u00a0])+\s*$",
    re.IGNORECASE)
_SPACE = "\x00"  # a space a code stands for, resolved once the text is whole
_SPACES = re.compile("(\\s*)\x00[\\s\x00]*")


def _stands_for_space(element: etree._Element, data: Mapping[str, str]) -> bool:
    for attribute in ("ctype", "type", "subType"):
        if element.get(attribute, "").lower() in _SPACE_TYPES:
            return True
    for attribute in ("equiv", "disp"):
        value = element.get(attribute)
        if value and not value.strip():
            return True
    native = data.get(element.get("dataRef", ""), "") or element.text or ""
    return bool(native) and bool(_SPACE_CODE.match(native))


def _walk(element: etree._Element, codes: frozenset[str], data: Mapping[str, str],
          parts: list[str]) -> None:
    parts.append(element.text or "")
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction
            pass
        elif local_name(child) == "cp":  # XLIFF 2's code point: a character XML cannot carry
            with contextlib.suppress(ValueError, OverflowError):
                parts.append(chr(int(child.get("hex", ""), 16)))
        elif local_name(child) not in codes:
            if _stands_for_space(child, {}) and not len(child) and not child.text:
                parts.append(_SPACE)  # <x ctype="lb"/>
            _walk(child, codes, data, parts)
        else:
            if _stands_for_space(child, data):
                parts.append(_SPACE)
            # Native code is dropped, but a <sub> inside it is translatable text (an alt text,
            # a tooltip): kept, apart from the words around it.
            for sub in child.iter("{*}sub", "sub"):
                parts.extend((_SPACE, "".join(sub.itertext()), _SPACE))
        parts.append(child.tail or "")


def text_without_codes(element: etree._Element, codes: frozenset[str],
                       data: Mapping[str, str] | None = None) -> str:
    """The text of an element with inline markup taken out: the content of elements named in
    ``codes`` (native code such as XLIFF's ph, bpt, ept, it) is dropped, other inline elements
    (g, mrk, pc, hi) keep their text, empty placeholders (x, bx, ex) vanish. A code that
    stands for a line break or a space becomes one space; ``<sub>`` text inside a code is kept;
    XLIFF 2's ``<cp hex="…"/>`` is its character. ``data`` maps XLIFF 2's ``dataRef`` ids to the
    original code they stand for.

    >>> from lxml import etree
    >>> text_without_codes(etree.fromstring('<s>dialog<x ctype="lb"/>box</s>'), frozenset())
    'dialog box'
    """
    parts: list[str] = []
    _walk(element, codes, data or {}, parts)
    text = "".join(parts)
    if _SPACE not in text:
        return text
    # A space that only a code stood for, at either end, is no part of the text.
    lead, trail = text.startswith(_SPACE), text.endswith(_SPACE)
    text = _SPACES.sub(lambda m: m.group(1) or " ", text)
    return text[int(lead): len(text) - int(trail and text.endswith(" "))]
