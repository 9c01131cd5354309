"""Formula guard for the cells of CSV and TSV files that a spreadsheet may open.

A spreadsheet that opens a CSV or TSV file takes a cell beginning with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return for a formula, and evaluates it (``=HYPERLINK(...)``,
``=cmd|' /C calc'!A0``). OWASP's "CSV Injection" advice is to prepend a single quote to such a
cell, which spreadsheets show as text; its stronger variant also wraps every cell in double
quotes and doubles the double quotes inside. How this module follows it:

- The trigger characters are OWASP's list, ``= + - @ TAB CR``; a cell beginning with one of
  them is written with a single quote in front: ``-1`` → ``'-1``.
- A cell that itself begins with a single quote is guarded too (``'s-Hertogenbosch`` →
  ``''s-Hertogenbosch``). OWASP does not ask for this; it makes the guard reversible without
  ambiguity, so that :func:`unguard` (the import side) removes exactly the quotes
  :func:`guard` added, and a real term beginning with ``-``, ``+`` or ``'`` survives the
  round trip.
- :func:`unguard` removes a leading quote only when a trigger or another quote follows it. A
  hand-written ``'s-Hertogenbosch`` (never guarded) therefore keeps its quote as well.
- Quoting the cell and doubling inner quotes is left to :mod:`csv` (``QUOTE_MINIMAL``: a cell
  holding the file's delimiter, a quote or a line break is wrapped). We do not wrap every cell,
  OWASP's answer to a spreadsheet that splits a comma-separated file on semicolons and so may
  find a formula after a ``;`` inside a cell: our files are for the import dialog of a
  spreadsheet, which names the delimiter, and for diff-friendly review in git.

>>> guard("-1"), guard("=SUM(A1:A2)"), guard("'s-Hertogenbosch"), guard("Абакан")
("'-1", "'=SUM(A1:A2)", "''s-Hertogenbosch", 'Абакан')
>>> [unguard(guard(t)) for t in ("-1", "'s-Hertogenbosch", "+7", "Абакан")]
['-1', "'s-Hertogenbosch", '+7', 'Абакан']
>>> unguard("'s-Hertogenbosch")
"'s-Hertogenbosch"
"""

from __future__ import annotations

__all__ = ["FORMULA_START", "guard", "unguard"]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_GUARDED = (*FORMULA_START, "'")


def guard(cell: str) -> str:
    """``cell`` as a spreadsheet will not evaluate it: a quote in front of a formula trigger
    or of a leading quote."""
    return "'" + cell if cell.startswith(_GUARDED) else cell


def unguard(cell: str) -> str:
    """The text :func:`guard` was given: one leading quote removed when a formula trigger or
    another quote follows it."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_GUARDED) else cell
