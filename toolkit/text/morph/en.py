"""English: case, possessive 's and s', regular plurals.

>>> sorted(en_keys("Governors'"))
['governor', 'governors', "governors'"]
>>> sorted(en_keys("Kazakhstan's"))
['kazakhstan', "kazakhstan's"]
"""

from __future__ import annotations

from functools import lru_cache

from toolkit.text.normalize import fold

__all__ = ["en_keys"]


@lru_cache(maxsize=500_000)
def en_keys(word: str) -> frozenset[str]:
    """The folded word and the forms it reduces to without possessive and plural endings."""
    folded = fold(word)
    keys = {folded}
    base = folded
    if base.endswith("'s"):
        base = base[:-2]
        keys.add(base)
    elif base.endswith("s'"):
        base = base[:-1]
        keys.add(base)
    if len(base) > 3 and base.endswith("ies"):
        keys.add(base[:-3] + "y")
    elif len(base) > 3 and base.endswith(("ches", "shes", "sses", "xes", "zes")):
        keys.add(base[:-2])
    elif len(base) > 2 and base.endswith("s") and not base.endswith("ss"):
        keys.add(base[:-1])
    return frozenset(keys)
