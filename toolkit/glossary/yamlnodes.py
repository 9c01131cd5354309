"""YAML text to PyYAML's node tree, with libyaml's speed where it is safe and the same result.

The glossary is read from the node tree (``yaml.compose``), not from constructed objects, so
that every problem can name its line. libyaml's parser (``yaml.CSafeLoader``) builds the same
tree with the same marks as PyYAML's pure-Python ``SafeLoader``, about ten times faster. Two
differences are handled here, so that callers see one behaviour whichever parser ran:

- Errors. libyaml words a few messages differently and refuses a few things PyYAML accepts
  (a ``\\ud800`` escape, which the glossary reader reports as a bad character on its line).
  So a document libyaml refuses is parsed again by PyYAML, whose verdict is the one given.
- Depth. libyaml's composer recurses on the C stack without a limit and crashes the process
  on a deeply nested document. Nesting can be no deeper than the longest line (block nodes
  need indentation or an indicator each) plus the deepest run of flow brackets, so a document
  whose bound passes :data:`C_DEPTH_LIMIT` goes to PyYAML, whose recursion is guarded; a
  document nested beyond Python's recursion limit is a YAML error, never a crash.

Where libyaml is absent (PyYAML built without it), PyYAML's loader is used throughout.
"""

from __future__ import annotations

import re
from itertools import accumulate

import yaml

from toolkit.i18n import gettext as _

__all__ = ["C_DEPTH_LIMIT", "HAS_LIBYAML", "compose", "nesting_bound"]

HAS_LIBYAML = hasattr(yaml, "CSafeLoader")
_CLoader = getattr(yaml, "CSafeLoader", None)

# Far below the depth at which libyaml exhausts an 8 MiB stack (about 20 000 levels), and far
# above any glossary (whose nesting is 5 deep and whose longest lines are a few hundred
# characters).
C_DEPTH_LIMIT = 2000

_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def nesting_bound(text: str) -> int:
    """An upper bound of the nesting depth of the YAML document ``text``.

    >>> nesting_bound('- {term: "Абакан", status: "preferred"}')
    40
    """
    longest = max(map(len, text.splitlines()), default=0)
    brackets = _NOT_BRACKET.sub("", text)
    flow = max(accumulate(1 if c in "[{" else -1 for c in brackets), default=0)
    return longest + max(flow, 0)


def compose(text: str) -> yaml.Node | None:
    """The node tree of the single YAML document ``text`` (``None`` for an empty one).

    Raises :class:`yaml.YAMLError` (with marks where PyYAML gives them) for invalid YAML,
    including a document nested too deeply to read.
    """
    if _CLoader is not None and nesting_bound(text) <= C_DEPTH_LIMIT:
        try:
            return yaml.compose(text, Loader=_CLoader)
        except yaml.YAMLError:
            pass  # PyYAML below gives the verdict, worded as everywhere else
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except RecursionError:
        raise yaml.YAMLError(_("nested too deeply to read")) from None
