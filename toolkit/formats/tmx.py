"""TMX 1.4: translation units with any number of languages; the caller picks the pair.

Each ``tu`` holds a ``tuv`` per language (``xml:lang``, or ``lang`` in TMX 1.1) with a ``seg``;
inline codes (bpt, ept, it, ph, ut) are dropped (a code standing for a line break or a space
is a space, ``sub`` text is kept), ``hi`` keeps its text. The header's ``srclang`` says which
language is the source, unless it is ``*all*``. Languages other than kk, ru and en are
recorded (``other_langs``) and left out, so that a multilingual memory gives its kk/ru/en
pairs; a unit without text in the target language is untranslated, counted and not checked.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lxml import etree

from toolkit.errors import InputError, LanguageAbsent, PairUnclear
from toolkit.formats.base import Bilingual, Segments, known_lang
from toolkit.formats.xml import local_name, parse_xml, text_without_codes
from toolkit.i18n import gettext as _
from toolkit.lang import Lang

__all__ = ["LOCALE_CODES", "Multilingual", "read_tmx", "read_tmx_pair", "write_tmx"]

_CODES = frozenset({"bpt", "ept", "it", "ph", "ut"})
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Characters XML 1.0 cannot carry: written as U+FFFD, since a TMX cannot hold them at all.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass
class Multilingual:
    """Units as {language: (text, line)}, and the source language the header names."""

    units: list[dict[Lang, tuple[str, int]]]
    source_lang: Lang | None
    langs: tuple[Lang, ...]
    other_langs: tuple[str, ...] = ()

    def untranslated(self, source: Lang, target: Lang) -> int:
        """How many units have ``source`` text but no ``target`` text (not checked)."""
        return sum(1 for u in self.units if source in u and not u.get(target, ("",))[0].strip())

    def pair(self, source: Lang | None, target: Lang | None) -> tuple[Segments, Lang, Lang]:
        """The segments of one language pair: given, else the header's source and the one
        other language of the file: :class:`~toolkit.errors.PairUnclear` when the pair cannot
        be told, :class:`~toolkit.errors.LanguageAbsent` when the file lacks one of them."""
        source = source or self.source_lang
        others = [lang for lang in self.langs if lang is not source]
        if target is None and len(others) == 1:
            target = others[0]
        if source is None or target is None:
            raise PairUnclear(tuple(x.value for x in self.langs))
        if source not in self.langs or target not in self.langs:
            raise LanguageAbsent((source if source not in self.langs else target).value,
                                 tuple(x.value for x in self.langs))
        kept = [u for u in self.units
                if source in u and target in u and u[target][0].strip() and u[source][0].strip()]
        return (Segments([u[source][0] for u in kept], [u[target][0] for u in kept],
                         [u[source][1] for u in kept], [u[target][1] for u in kept]),
                source, target)


def read_tmx(data: bytes, name: str) -> Multilingual:
    """Every unit of a TMX file with its texts by language."""
    root = parse_xml(data, name).getroot()
    if local_name(root) != "tmx":
        raise InputError(name, _("not a TMX file: the root element is <{tag}>").format(
            tag=local_name(root)), root.sourceline)
    header = root.find("header")
    srclang = header.get("srclang") if header is not None else None
    source = None if not srclang or srclang == "*all*" else known_lang(srclang)
    units: list[dict[Lang, tuple[str, int]]] = []
    langs: dict[Lang, None] = {}
    others: dict[str, None] = {}
    for tu in root.iter("tu"):
        unit: dict[Lang, tuple[str, int]] = {}
        latin_held: set[Lang] = set()
        for tuv in tu.iter("tuv"):
            code = (tuv.get(_XML_LANG) or tuv.get("lang") or "").strip()
            lang = known_lang(code)
            seg = tuv.find("seg")
            if lang is None:
                if code:
                    others.setdefault(code.lower())
                continue
            latin = "latn" in code.lower()
            # Two variants of one language (kk-Latn beside kk-Cyrl): the first, but the
            # Cyrillic one before a Latin one, since the glossary's terms are Cyrillic.
            if seg is None or (lang in unit and (latin or lang not in latin_held)):
                continue
            if latin:
                latin_held.add(lang)
            else:
                latin_held.discard(lang)
            unit[lang] = (text_without_codes(seg, _CODES), seg.sourceline or 0)
            langs.setdefault(lang)
        if unit:
            units.append(unit)
    return Multilingual(units, source, tuple(langs), tuple(others))


def read_tmx_pair(data: bytes, name: str,
                  wanted: tuple[Lang | None, Lang | None] = (None, None)) -> Bilingual:
    """The segments of one language pair of a TMX file (``wanted``, else as
    :meth:`Multilingual.pair` chooses), as every reader gives them: the pair chosen is the
    pair declared, and a note names the languages left out."""
    memory = read_tmx(data, name)
    segments, source, target = memory.pair(*wanted)
    notes: tuple[str, ...] = ()
    if memory.other_langs:
        notes = (_("the file also has {langs}: not read (tilmash reads kk, ru and en)")
                 .format(langs=", ".join(memory.other_langs)),)
    return Bilingual(segments, source, target, untranslated=memory.untranslated(source, target),
                     notes=notes)


# The locale codes written in xml:lang: the region where each language's official texts come
# from, as translation memories usually carry them.
LOCALE_CODES = {Lang.KK: "kk-KZ", Lang.RU: "ru-RU", Lang.EN: "en-GB"}


def write_tmx(units: Sequence[Mapping[Lang, str]], source_lang: Lang,
              scores: Sequence[float] = (), low: float = 0.0,
              documents: Sequence[str] = ()) -> bytes:
    """TMX 1.4b bytes: one ``tu`` per unit, one ``tuv`` per language it has. A unit's score is
    kept in a ``prop`` (x-tilmash-score), units under ``low`` are marked (x-tilmash-review),
    and the document a unit comes from, when given, in x-tilmash-document."""
    from toolkit import __version__

    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", creationtool="tilmash", creationtoolversion=__version__,
                     datatype="plaintext", segtype="sentence", adminlang="en-GB",
                     srclang=LOCALE_CODES[source_lang], **{"o-tmf": "tilmash"})
    body = etree.SubElement(root, "body")
    for n, unit in enumerate(units):
        tu = etree.SubElement(body, "tu", tuid=str(n + 1))
        if n < len(documents):
            etree.SubElement(tu, "prop", type="x-tilmash-document").text = documents[n]
        if n < len(scores):
            prop = etree.SubElement(tu, "prop", type="x-tilmash-score")
            prop.text = f"{scores[n]:.3f}"
            if scores[n] < low:
                etree.SubElement(tu, "prop", type="x-tilmash-review").text = "low-confidence"
        for lang, text in unit.items():
            tuv = etree.SubElement(tu, "tuv", {_XML_LANG: LOCALE_CODES[lang]})
            etree.SubElement(tuv, "seg").text = _XML_UNSAFE.sub("\ufffd", text)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
