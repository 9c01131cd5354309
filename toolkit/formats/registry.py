"""The table of document formats: a new format is one reader module and one line in
:data:`READERS`.

Every reader gives one document type, :class:`~toolkit.formats.base.Bilingual` (segment
pairs and the languages the file declares), so that ``check`` and ``align`` read the same
formats alike. Plain text is the exception that needs two files (a document and its
translation, read by :mod:`toolkit.formats.plain`); every other format holds both languages in
one file. Readers are named as ``"module:function"`` and imported when a file of their format
is read (lxml, for the XML formats, too).

>>> format_of("site.kk.po", None), format_of("memory.TMX", None), format_of("a.ru.txt", None)
('po', 'tmx', 'plain')
>>> FORMATS
('plain', 'tsv', 'po', 'xliff', 'tmx')
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from toolkit.formats.base import Bilingual
from toolkit.lang import Lang
from toolkit.lazy import load_reference

__all__ = ["FORMATS", "READERS", "Reader", "format_of", "read_bilingual", "reader"]

Wanted = tuple[Lang | None, Lang | None]


@dataclass(frozen=True)
class Reader:
    """One input format: its name (``--input-format``), the extensions it is known by, and
    its reader, ``"module:function"``: ``read(data, name) -> Bilingual``, or with
    ``chooses_pair`` ``read(data, name, wanted)``, where ``wanted`` is the (source, target)
    languages the caller chose, if any (a file with more than two languages needs them).
    Plain text has no reader here (``function`` is empty)."""

    name: str
    extensions: tuple[str, ...]
    function: str = ""
    chooses_pair: bool = False

    def read(self, data: bytes, name: str, wanted: Wanted = (None, None)) -> Bilingual:
        """The segment pairs of a file of this format."""
        if not self.function:
            raise ValueError(f"{self.name} is read from two files")
        read = load_reference(self.function)
        document: Bilingual = read(data, name, wanted) if self.chooses_pair else read(data, name)
        return document


READERS: tuple[Reader, ...] = (
    Reader("plain", ()),
    Reader("tsv", (".tsv", ".tab"), "toolkit.formats.tsv:read_tsv"),
    Reader("po", (".po", ".pot"), "toolkit.formats.po:read_po"),
    Reader("xliff", (".xlf", ".xliff", ".sdlxliff", ".mqxliff"),
           "toolkit.formats.xliff:read_xliff", chooses_pair=True),
    Reader("tmx", (".tmx",), "toolkit.formats.tmx:read_tmx_pair", chooses_pair=True),
)
FORMATS = tuple(r.name for r in READERS)
_BY_EXTENSION = {ext: r.name for r in READERS for ext in r.extensions}


def reader(fmt: str) -> Reader:
    """The reader of the format called ``fmt``; ``KeyError`` for a name not in the table."""
    for candidate in READERS:
        if candidate.name == fmt:
            return candidate
    raise KeyError(fmt)


def format_of(name: str, chosen: str | None) -> str:
    """The input format: the one chosen, else the one the extension says, else plain text."""
    if chosen:
        return chosen
    return _BY_EXTENSION.get(PurePath(name).suffix.lower(), "plain")


def read_bilingual(fmt: str, data: bytes, name: str, wanted: Wanted = (None, None)) -> Bilingual:
    """The segment pairs of ``data``, a file called ``name`` in the (bilingual) format ``fmt``."""
    return reader(fmt).read(data, name, wanted)
