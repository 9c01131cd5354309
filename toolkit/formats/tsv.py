"""Bilingual TSV: one segment a line, source<TAB>target, UTF-8, no header, no quoting.

A cell that ``tilmash align --format tsv`` guarded against formula evaluation (``'-1``, see
:mod:`toolkit.cellguard`) is read without that quote, so an alignment can be checked as it is.

>>> read_tsv("Абакан\\tAbakan\\n\\nСибирь\\tSiberia\\n".encode(), "pairs.tsv").segments.targets
['Abakan', 'Siberia']
"""

from __future__ import annotations

from toolkit.cellguard import unguard
from toolkit.errors import InputError
from toolkit.formats.base import Bilingual, Segments
from toolkit.formats.plain import decode_text
from toolkit.i18n import gettext as _

__all__ = ["read_tsv"]


def read_tsv(data: bytes, name: str) -> Bilingual:
    """Segments of a source<TAB>target file; a non-blank line without a tab is an error."""
    sources, targets, lines = [], [], []
    for number, line in enumerate(decode_text(data, name).splitlines(), start=1):
        if not line.strip():
            continue
        if "\t" not in line:
            raise InputError(name, _("no tab between source and target"), number)
        source, _tab, target = line.partition("\t")
        sources.append(unguard(source))
        targets.append(unguard(target.split("\t")[0]))
        lines.append(number)
    return Bilingual(Segments(sources, targets, lines, lines))
