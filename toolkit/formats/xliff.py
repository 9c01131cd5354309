"""XLIFF 1.x (trans-unit) and 2.x (unit/segment), as Okapi, memoQ, Trados and Weblate write them.

Inline markup is kept out of the texts that are checked: native code (ph, bpt, ept, it in 1.2;
ph, sc, ec, sm, em in 2.0) is dropped, except the translatable text of a ``<sub>`` inside it;
content markers (g, mrk, pc) keep their text; a code that stands for a line break or a space is
a space; 2.0's ``<cp>`` is its character. Languages come from the file:
``source-language``/``target-language`` of a ``file`` (1.x), ``srcLang``/``trgLang`` of the root
(2.0). Units marked ``translate="no"`` (or in such a group) are skipped, units without a
translation are counted as untranslated and not checked, as in PO. A translation whose state
says it is not final ("needs-review-translation", 2.0's "initial") is marked fuzzy. A file
without a ``version`` attribute is read as 1.x, as XLIFF 1.0 and 1.1 tools write it.
"""

from __future__ import annotations

from lxml import etree

from toolkit.errors import InputError
from toolkit.formats.base import Bilingual, Segments, known_lang
from toolkit.formats.xml import local_name, parse_xml, text_without_codes
from toolkit.i18n import gettext as _
from toolkit.i18n import ngettext
from toolkit.lang import Lang, UnknownLanguage, parse_lang

__all__ = ["read_xliff", "xml_lang"]

_CODES_12 = frozenset({"ph", "bpt", "ept", "it"})
_CODES_20 = frozenset({"ph", "sc", "ec", "sm", "em"})


def xml_lang(value: str | None, name: str, line: int | None) -> Lang | None:
    """A language attribute's value as a Lang; an unknown code is an input error."""
    if not value:
        return None
    try:
        return parse_lang(value)
    except UnknownLanguage:
        raise InputError(name, _("unknown language {code!r}; expected kk, ru or en").format(
            code=value), line) from None


class _Pairs:
    def __init__(self) -> None:
        self.sources: list[str] = []
        self.targets: list[str] = []
        self.source_lines: list[int] = []
        self.target_lines: list[int] = []
        self.fuzzy: list[bool] = []
        self.untranslated = 0

    def add(self, source: etree._Element, target: etree._Element | None,
            codes: frozenset[str], fuzzy: bool, data: dict[str, str] | None = None) -> None:
        """A pair; a unit with no translation, or an empty one, is only counted (as PO's
        untranslated entries are): there is nothing to check in it."""
        source_text = text_without_codes(source, codes, data)
        if not source_text.strip():
            return
        target_text = "" if target is None else text_without_codes(target, codes, data)
        if not target_text.strip():
            self.untranslated += 1
            return
        assert target is not None
        self.sources.append(source_text)
        self.targets.append(target_text)
        self.source_lines.append(source.sourceline or 0)
        self.target_lines.append(target.sourceline or 0)
        self.fuzzy.append(fuzzy)

    def segments(self) -> Segments:
        return Segments(self.sources, self.targets, self.source_lines, self.target_lines,
                        self.fuzzy)


_XLIFF_2 = "urn:oasis:names:tc:xliff:document:2."


def _skipped(element: etree._Element, stop: etree._Element) -> bool:
    """translate="no" on the unit or on a group (or file) around it."""
    while element is not None and element is not stop:
        if element.get("translate") == "no":
            return True
        element = element.getparent()
    return bool(stop.get("translate") == "no")


def read_xliff(data: bytes, name: str, wanted: tuple[Lang | None, Lang | None] = (None, None)
               ) -> Bilingual:
    """The segment pairs of an XLIFF 1.x or 2.x file, with the languages it declares.

    A file of several ``<file>`` elements with different language pairs is not merged: the
    pair ``wanted`` (the options' languages, where given) is read, else the first, and a note
    says what was left out.
    """
    root = parse_xml(data, name).getroot()
    if local_name(root) != "xliff":
        raise InputError(name, _("not an XLIFF file: the root element is <{tag}>").format(
            tag=local_name(root)), root.sourceline)
    version = root.get("version", "")
    namespace = root.tag[1: root.tag.index("}")] if root.tag.startswith("{") else ""
    if version.startswith("2") or (not version and namespace.startswith(_XLIFF_2)):
        return _read_20(root, name)
    # XLIFF 1.0 and 1.1 files often carry no version attribute: read as 1.x.
    if version and not version.startswith("1"):
        raise InputError(name, _("unsupported XLIFF version {version!r}; 1.2 and 2.0 are read")
                         .format(version=version), root.sourceline)
    groups: dict[tuple[str, str], list[etree._Element]] = {}
    for file in root.iter("{*}file"):
        key = ((file.get("source-language") or "").strip(),
               (file.get("target-language") or "").strip())
        groups.setdefault((key[0].lower(), key[1].lower()), []).append(file)
    if not groups:
        return Bilingual(_Pairs().segments())
    chosen = next((key for key in groups if _matches(key, wanted)), next(iter(groups)))
    notes = []
    others = [key for key in groups if key != chosen]
    if others:
        skipped = sum(len(groups[key]) for key in others)
        notes.append(ngettext(
            "{n} <file> element with another language pair ({pairs}) is not read",
            "{n} <file> elements with other language pairs ({pairs}) are not read",
            skipped).format(n=skipped, pairs=", ".join(
                f"{a or '?'} → {b or '?'}" for a, b in others)))
    pairs = _Pairs()
    for file in groups[chosen]:
        for unit in file.iter("{*}trans-unit"):
            source = unit.find("{*}source")
            if source is None or _skipped(unit, file):
                continue
            target = unit.find("{*}target")
            state = target.get("state", "") if target is not None else ""
            pairs.add(source, target, _CODES_12, state.startswith("needs-") or state == "new")
    first = groups[chosen][0]
    source_code = (first.get("source-language") or "").strip() or None
    target_code = (first.get("target-language") or "").strip() or None
    return Bilingual(pairs.segments(), known_lang(source_code), known_lang(target_code),
                     source_code, target_code, pairs.untranslated, tuple(notes))


def _matches(key: tuple[str, str], wanted: tuple[Lang | None, Lang | None]) -> bool:
    return all(lang is None or known_lang(code) is lang
               for code, lang in zip(key, wanted, strict=True))


def _read_20(root: etree._Element, name: str) -> Bilingual:
    pairs = _Pairs()
    for unit in root.iter("{*}unit"):
        if _skipped(unit, root):
            continue
        data = {item.get("id", ""): item.text or "" for item in unit.iter("{*}data")}
        for segment in unit.iter("{*}segment"):
            source = segment.find("{*}source")
            if source is not None:
                pairs.add(source, segment.find("{*}target"), _CODES_20,
                          segment.get("state") == "initial", data)
    source_code = (root.get("srcLang") or "").strip() or None
    target_code = (root.get("trgLang") or "").strip() or None
    return Bilingual(pairs.segments(), known_lang(source_code), known_lang(target_code),
                     source_code, target_code, pairs.untranslated)
