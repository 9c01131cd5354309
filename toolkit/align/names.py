"""Proper names as anchors across scripts: "Кошербаев" and "Kosherbayev" get the same key.

News sentences are full of names of people, places and organisations, and a translation keeps
them: transliterated between Cyrillic (Russian, Kazakh) and Latin (English). The key of a name
is its first three consonants after a rough transliteration, with the letters that
transliteration conventions disagree on merged (c/k/q, w/v, z/s, j/y/dzh): crude, but two
names of one sentence pair rarely collide, and a name and its transliteration nearly always
meet.

>>> name_key("Красноярск") == name_key("Krasnoyarsk")
True
>>> name_key("Хакасии") == name_key("Khakassia")
True
>>> name_key("Трамп") == name_key("Trump"), name_key("Трамп") == name_key("Moscow")
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["cognate_keys", "name_key", "names_in", "same_script_key"]

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "a", "g",
     "k", "n", "o", "u", "u", "h", "i"], strict=True))
# Letters that transliterations render differently, merged; vowels and semivowels dropped.
_MERGE = str.maketrans({"c": "k", "q": "k", "w": "v", "z": "s", "x": "k", "j": "", "h": "",
                        "a": "", "e": "", "i": "", "o": "", "u": "", "y": ""})
_WORD = re.compile(r"\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'’]{2,}\b")
# Between a sentence's end and its first word.
_OPENERS = " \t«»\"“”„‘’'(—–-"
_KEY_LENGTH = 3


# The transliteration as one table, and the patterns compiled once: keys are made for every
# long word of every sentence.
_TO_LATIN = str.maketrans(_CYRILLIC)
_REPEATED = re.compile(r"(.)\1+")
_NOT_LATIN = re.compile(r"[^a-z]")


def _skeleton(latin: str) -> str:
    """The consonants of a transliterated word, with :data:`_MERGE`'s letters merged and
    repeated letters once: what name keys and cognate keys are cut from."""
    return _NOT_LATIN.sub("", _REPEATED.sub(r"\1", latin.translate(_MERGE)))


# Spellings that transliteration renders one way and the other script another: "Джоко" and
# "Joko", "Уэльс" and "Wales", "Хаммел" and "Hammel" (х and kh, like h, are dropped).
_SPELLINGS = (("дж", "j"), ("уэ", "w"), ("х", "h"), ("kh", "h"), ("ph", "f"))
_POSSESSIVE = re.compile(r"['’]s?$")


def name_key(word: str) -> str:
    """The key of a name, empty when it has too few consonants to tell it from others.

    >>> name_key("Rosa's") == name_key("Роза"), name_key("Joko") == name_key("Джоко")
    (True, True)
    >>> name_key("Wales") == name_key("Уэльса"), name_key("Hammel") == name_key("Хаммел")
    (True, True)
    """
    word = _POSSESSIVE.sub("", word.lower())
    for spelled, as_ in _SPELLINGS:
        word = word.replace(spelled, as_)
    skeleton = _skeleton(word.translate(_TO_LATIN))
    return skeleton[:_KEY_LENGTH] if len(skeleton) >= 2 else ""


def names_in(sentence: str, latin: bool | None = None) -> list[str]:
    """The keys of the capitalised words of a sentence that are not its first word (with
    ``latin``, only those in the Latin script, or only those in Cyrillic when it is False).
    A word after an opening quotation mark («, „, ‘) that starts a sentence or follows a colon is
    a first word.

    >>> names_in("«Я закричал: „Здесь акула!“», — рассказывает Хаммел.") == [name_key("Hammel")]
    True
    """
    keys = []
    for match in _WORD.finditer(sentence):
        if latin is not None and (match.group()[0] <= "Z") != latin:
            continue
        start = match.start()
        head = sentence[max(0, start - 12):start].rstrip(_OPENERS)
        if not head:
            head = sentence[:start].rstrip(_OPENERS)
        # A sentence's first word is capitalised whatever it is.
        if head and head[-1] not in ".!?…:":
            key = name_key(match.group())
            if key:
                keys.append(key)
    return keys


# Lower-case words long enough to be loanwords or internationalisms ("президент", "экономика",
# "technology"), not names (those are :func:`names_in`'s): across scripts of six letters or more;
# in the same script, of five or more, as long as the key cut from them ("форум", "спорт",
# "театр", "фильм" are Kazakh and Russian alike).
_LOWER = re.compile(r"(?<![\w'’-])[a-zа-яёәғқңөұүһі]{6,}")
_LOWER_SAME_SCRIPT = re.compile(r"(?<![\w'’-])[a-zа-яёәғқңөұүһі]{5,}")
_COGNATE_LENGTH = 4
_SOFT_C = re.compile(r"c(?=[eiy])")


# Kazakh letters as the Russian spelling of the same word has them ("Ердоған" / "Эрдоган",
# "Ақтөбеде" / "Актобе", "Қостанайда" / "Костанае"), and the letters Russian spells two ways
# (ё, э, й): the same-script keys of names and cognates are cut from words spelled so.
_AS_RUSSIAN = str.maketrans("ғқңөұүіәһэёй", "гкноууиахееи")
_SAME_SCRIPT_LENGTH = 5


def same_script_key(word: str) -> str:
    """The key of a word for the other language in the same script (Kazakh and Russian): its
    first five letters, Kazakh letters read as Russian ones.

    >>> same_script_key("Ердоғанның") == same_script_key("Эрдогана")
    True
    >>> same_script_key("Ақтөбеде") == same_script_key("Актобе")
    True
    """
    return word.lower().translate(_AS_RUSSIAN)[:_SAME_SCRIPT_LENGTH]


def cognate_keys(sentence: str, cross_script: bool) -> list[str]:
    """Keys of the sentence's long lower-case words that its translation may keep as they are:
    loanwords and internationalisms. In the same script (Kazakh and Russian) a word's first five
    letters; across scripts its first four consonants after a rough transliteration, with a soft
    "c" read as "s" ("police", "полиция" → "pls").

    >>> cognate_keys("Полиция задержала демонстрантов.", True)
    ['pls', 'sdrs', 'dmns']
    >>> cognate_keys("Police detained the demonstrators.", True)
    ['pls', 'dtnd', 'dmns']
    >>> cognate_keys("Полиция қызметкерлері демонстранттарды ұстады.", False)
    ['полиц', 'кызме', 'демон', 'устад']
    >>> cognate_keys("Форум жабылды, театр ашылды.", False)
    ['форум', 'жабыл', 'театр', 'ашылд']
    """
    keys = []
    head = sentence.lstrip(_OPENERS)
    # The first word is capitalised whatever it is.
    text = head[:1].lower() + head[1:]
    for word in (_LOWER if cross_script else _LOWER_SAME_SCRIPT).findall(text):
        if not cross_script:
            keys.append(same_script_key(word))
            continue
        latin = _SOFT_C.sub("s", word.translate(_TO_LATIN)).replace("ts", "s").replace("ph", "f")
        skeleton = _skeleton(latin)
        if len(skeleton) >= _COGNATE_LENGTH - 1:
            keys.append(skeleton[:_COGNATE_LENGTH])
    return keys
