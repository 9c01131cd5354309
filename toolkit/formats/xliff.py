"""XLIFF 1.2 (trans-unit) and 2.0 (unit/segment), as Okapi, memoQ, Trados and Weblate write them.

Inline markup is kept out of the texts that are checked: native code (ph, bpt, ept, it, sub in
1.2; ph, sc, ec, cp, sm, em in 2.0) is dropped, content markers (g, mrk, pc) keep their text.
Languages come from the file: ``source-language``/``target-language`` of a ``file`` (1.2),
``srcLang``/``trgLang`` of the root (2.0). A translation whose state says it is not final
("needs-review-translation", 2.0's "initial") is marked fuzzy.
"""

from __future__ import annotations

from lxml import etree

from toolkit.errors import InputError
from toolkit.formats.base import Bilingual, Segments
from toolkit.formats.xml import local_name, parse_xml, text_without_codes
from toolkit.i18n import gettext as _
from toolkit.lang import Lang, UnknownLanguage, parse_lang

__all__ = ["read_xliff", "xml_lang"]

_CODES_12 = frozenset({"ph", "bpt", "ept", "it", "sub"})
_CODES_20 = frozenset({"ph", "sc", "ec", "cp", "sm", "em"})


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

    def add(self, source: etree._Element, target: etree._Element | None,
            codes: frozenset[str], fuzzy: bool) -> None:
        self.sources.append(text_without_codes(source, codes))
        self.targets.append("" if target is None else text_without_codes(target, codes))
        self.source_lines.append(source.sourceline or 0)
        self.target_lines.append((target if target is not None else source).sourceline or 0)
        self.fuzzy.append(fuzzy and target is not None)

    def segments(self) -> Segments:
        return Segments(self.sources, self.targets, self.source_lines, self.target_lines,
                        self.fuzzy)


def read_xliff(data: bytes, name: str) -> Bilingual:
    """The segment pairs of an XLIFF 1.2 or 2.0 file, with the languages it declares."""
    root = parse_xml(data, name).getroot()
    if local_name(root) != "xliff":
        raise InputError(name, _("not an XLIFF file: the root element is <{tag}>").format(
            tag=local_name(root)), root.sourceline)
    version = root.get("version", "")
    pairs = _Pairs()
    if version.startswith("2"):
        for unit in root.iter("{*}unit"):
            for segment in unit.iter("{*}segment"):
                source = segment.find("{*}source")
                if source is not None:
                    pairs.add(source, segment.find("{*}target"), _CODES_20,
                              segment.get("state") == "initial")
        return Bilingual(pairs.segments(),
                         xml_lang(root.get("srcLang"), name, root.sourceline),
                         xml_lang(root.get("trgLang"), name, root.sourceline))
    if not version.startswith("1"):
        raise InputError(name, _("unsupported XLIFF version {version!r}; 1.2 and 2.0 are read")
                         .format(version=version), root.sourceline)
    source_lang = target_lang = None
    for file in root.iter("{*}file"):
        source_lang = source_lang or xml_lang(file.get("source-language"), name, file.sourceline)
        target_lang = target_lang or xml_lang(file.get("target-language"), name, file.sourceline)
        for unit in file.iter("{*}trans-unit"):
            source = unit.find("{*}source")
            if source is None or unit.get("translate") == "no":
                continue
            target = unit.find("{*}target")
            state = target.get("state", "") if target is not None else ""
            pairs.add(source, target, _CODES_12, state.startswith("needs-") or state == "new")
    return Bilingual(pairs.segments(), source_lang, target_lang)
