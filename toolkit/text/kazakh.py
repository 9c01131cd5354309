"""Kazakh in two scripts: Cyrillic and the Latin alphabet of 2021, seen as the same text.

The Latin alphabet approved in 2021 has 31 letters: A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R
S Ş T U Ū Ü V Y Z. It writes ң as **Ñ ñ** (the 2021 alphabet's letter; the 2017-2018 drafts'
apostrophe and acute forms and the informal "ng" are not accepted, because "ng" also occurs as
н+г in loanwords). Other correspondences: ә ä, ғ ğ, қ q, ө ö, ұ ū, ү ü, ш ş, ы y, і ı, и/й i.

Matching compares *keys*, not spellings: :func:`kk_key` turns a word in either script into one
Cyrillic form, and merges letters that the two scripts (or Russian loanword spelling) do not
keep apart: и/й → и, һ → х, э → е, ё → е, ц → тс, щ → шш, ю → иу, я → иа, ии → и, ъ and ь
dropped. So "Qazaqstan" and "Қазақстан" have the same key, and so do "Хакасия", "Hakasiia" and
"Hakasia" (и before я/ю is merged: the official "ia" after i is often written once).

>>> kk_key("Qazaqstan") == kk_key("Қазақстан")
True
>>> to_latin("Қазақстан Республикасы")
'Qazaqstan Respublikasy'
"""

from __future__ import annotations

import re
from functools import lru_cache

from toolkit.text.normalize import fold

__all__ = ["is_kazakh_latin", "kk_key", "to_cyrillic", "to_latin"]

_TO_LATIN = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io",
    "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
    "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū",
    "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ъ": "",
    "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia",
}
# Latin to Cyrillic, longest first: digraphs of loanwords, then single letters.
_DIGRAPHS = (("ch", "ч"), ("şş", "щ"), ("ts", "ц"), ("io", "ё"), ("iu", "ю"), ("ia", "я"))
_TO_CYRILLIC = {
    "a": "а", "ä": "ә", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "ğ": "ғ", "h": "х",
    "ı": "і", "i": "и", "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "ñ": "ң", "o": "о",
    "ö": "ө", "p": "п", "q": "қ", "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ",
    "ü": "ү", "v": "в", "y": "ы", "z": "з",
}
# Letters of the Kazakh Latin alphabet; a word with any other Latin letter (c, w, x) is a
# foreign name written in Latin, which is compared as it is.
_KAZAKH_LATIN = re.compile(r"^[abdefghijklmnopqrstuvyzäğıİñöşūü'-]+$", re.IGNORECASE)
_HAS_LATIN = re.compile(r"[a-zäğıñöşūü]", re.IGNORECASE)
_COLLAPSE = str.maketrans({"й": "и", "һ": "х", "э": "е", "ё": "е", "ъ": None, "ь": None})
_CLUSTERS = (("ц", "тс"), ("щ", "шш"), ("ю", "иу"), ("я", "иа"), ("ии", "и"))


def to_latin(text: str) -> str:
    """Kazakh Cyrillic to the 2021 Latin alphabet, keeping capitals (Ш → Ş, Ц → Ts)."""
    out = []
    for char in text:
        latin = _TO_LATIN.get(char.lower())
        if latin is None:
            out.append(char)
        elif char.isupper():
            out.append(latin[:1].upper() + latin[1:] if latin != "i" else "İ"
                       if char in "ИЙ" else latin.upper())
        else:
            out.append(latin)
    return "".join(out)


def is_kazakh_latin(word: str) -> bool:
    """Whether ``word`` is written in Kazakh Latin letters only (and has at least one)."""
    return bool(_HAS_LATIN.search(word)) and bool(_KAZAKH_LATIN.match(word))


def to_cyrillic(word: str) -> str:
    """A Kazakh Latin word in Cyrillic (lower case); other words are returned unchanged."""
    if not is_kazakh_latin(word):
        return word
    text = word.replace("İ", "i").lower()
    for latin, cyrillic in _DIGRAPHS:
        text = text.replace(latin, cyrillic)
    return "".join(_TO_CYRILLIC.get(char, char) for char in text)


@lru_cache(maxsize=200_000)
def kk_key(word: str) -> str:
    """The matching key of a Kazakh word in either script (see the module docstring)."""
    key = to_cyrillic(fold(word)).translate(_COLLAPSE)
    for cluster, replacement in _CLUSTERS:
        key = key.replace(cluster, replacement)
    return key
