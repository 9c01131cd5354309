"""Parsing XML that comes from outside: no DTD, no network, no entities.

XLIFF, TMX and TBX never need entity declarations, and entities are how XML attacks work
(external entities read local files or call the network; nested internal ones, the "billion
laughs", blow up memory). So a document that declares any entity is refused before it is
parsed, and the parser itself loads no DTD, resolves no entity and reaches no network.

>>> parse_xml(b"<a>ok</a>", "t.xml").getroot().text
'ok'
"""

from __future__ import annotations

import re

from lxml import etree

from toolkit.errors import InputError
from toolkit.formats.plain import MAX_TEXT_BYTES
from toolkit.i18n import gettext as _

__all__ = ["check_xml", "local_name", "parse_xml", "text_without_codes"]

_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>]*\b(SYSTEM|PUBLIC)\b", re.IGNORECASE)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True,
                           dtd_validation=False, huge_tree=False, remove_comments=True)


def check_xml(data: bytes, name: str) -> None:
    """Refuse ``data`` before parsing: too large, empty, or declaring entities or an external
    DTD (:class:`~toolkit.errors.InputError` naming the file and the line)."""
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(name, _("file too large ({size} bytes; the limit is {limit})").format(
            size=len(data), limit=MAX_TEXT_BYTES))
    if not data.strip():
        raise InputError(name, _("the file is empty"))
    for pattern in (_ENTITY, _DOCTYPE):
        match = pattern.search(data)
        if match:
            line = data[: match.start()].count(b"\n") + 1
            raise InputError(name, _(
                "entity declarations and external DTDs are refused (they are how XML attacks "
                "work, and translation files never need them)"), line)


def parse_xml(data: bytes, name: str) -> etree._ElementTree:
    """The tree of ``data``; :class:`~toolkit.errors.InputError` for anything unsafe or broken,
    naming the file and the line."""
    check_xml(data, name)
    try:
        return etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (exc.lineno, None)
        raise InputError(name, _("not well-formed XML: {problem}").format(
            problem=exc.msg), line, column) from None


def local_name(element: etree._Element) -> str:
    """The tag without its namespace: "trans-unit" for {urn:...:1.2}trans-unit."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def text_without_codes(element: etree._Element, codes: frozenset[str]) -> str:
    """The text of an element with inline markup taken out: the content of elements named in
    ``codes`` (native code such as XLIFF's ph, bpt, ept, it) is dropped, other inline elements
    (g, mrk, pc, hi) keep their text, empty placeholders (x, bx, ex) vanish."""
    parts = [element.text or ""]
    for child in element:
        if local_name(child) not in codes:
            parts.append(text_without_codes(child, codes))
        parts.append(child.tail or "")
    return "".join(parts)
