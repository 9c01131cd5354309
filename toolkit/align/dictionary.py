"""Everyday news words in Kazakh, Russian and English, as anchors of the aligner.

The glossary names the titles, places and organisations of an article, but most sentences of a
real article have none of them ("Бұл өте жаман." / "It is very bad."), and a sentence with no
anchors is what the aligner glues onto its neighbour or takes for a deletion. Words that every
news text has (rain, police, said, percent, children, election) are translated word for word
often enough to tell which sentence renders which: a dictionary of them is the bilingual
signal that hunalign builds from a dictionary file, made here for kk/ru/en news and shipped in
the package (``data/dictionary-*.tsv``, by topic).

The file has one entry a line, the three languages in columns (``en``, ``ru``, ``kk``), each
cell one or more words separated by ``|``: base forms, which match every inflected form as the
glossary's terms do (:func:`toolkit.text.wordkeys.word_keys`: Russian by lemma, Kazakh by the
analyser's candidate stems, so a Kazakh verb is written as its root, "айт"; English without
plural and possessive endings, so irregular forms are listed: ``say|says|said``). A word
written in two entries belongs to both. Lines starting with ``#`` are comments.

>>> d = load_dictionary()
>>> sorted(d.entries("Жаңбырлар жауды.", Lang.KK)) == sorted(d.entries("Пошли дожди.", Lang.RU))
True
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from toolkit.lang import Lang
from toolkit.text.normalize import fold
from toolkit.text.tokenize import tokenize
from toolkit.text.wordkeys import glossary_word_keys, word_keys

__all__ = ["Dictionary", "load_dictionary", "read_dictionary"]

COLUMNS = (Lang.EN, Lang.RU, Lang.KK)


@dataclass(frozen=True)
class Dictionary:
    """For each language, the entries (line numbers of the file) each word key stands for."""

    index: Mapping[Lang, Mapping[str, frozenset[int]]]
    size: int

    def entries(self, sentence: str, lang: Lang) -> Iterator[int]:
        """The entries the words of ``sentence`` render, once per word that renders them."""
        index = self.index.get(lang)
        if not index:
            return
        for token in tokenize(sentence):
            if not token.is_word or token.text.isdigit():
                continue
            found: set[int] = set()
            for key in word_keys(token.text, lang):
                entries = index.get(key)
                if entries:
                    found |= entries
            yield from found


def _entry_keys(word: str, lang: Lang) -> frozenset[str]:
    """The keys of a dictionary word. A Russian word that is a lemma stands for itself alone,
    not for every lemma it could be a form of: "бывший" (former) is no form of "быть", nor
    "село" (village) of "сесть"."""
    keys = glossary_word_keys(word, lang, izafet_head=False)
    if lang is Lang.RU:
        own = fold(word)
        if own in keys:
            return frozenset({own})
    return keys


def read_dictionary(text: str) -> Dictionary:
    """A dictionary from the text of a dictionary file (see the module's docstring)."""
    index: dict[Lang, dict[str, set[int]]] = {lang: {} for lang in COLUMNS}
    size = 0
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            raise ValueError(f"dictionary line {number}: {len(cells)} columns, not 3")
        size += 1
        for lang, cell in zip(COLUMNS, cells, strict=True):
            for word in filter(None, (w.strip() for w in cell.split("|"))):
                for key in _entry_keys(word, lang):
                    index[lang].setdefault(key, set()).add(number)
    return Dictionary({lang: {k: frozenset(v) for k, v in keys.items()}
                       for lang, keys in index.items()}, size)


@cache
def load_dictionary() -> Dictionary:
    """The dictionary shipped in the package (every ``data/dictionary-*.tsv``), read once."""
    folder = resources.files("toolkit.align").joinpath("data")
    parts = sorted((f for f in folder.iterdir() if f.name.startswith("dictionary-")
                    and f.name.endswith(".tsv")), key=lambda f: f.name)
    return read_dictionary("\n".join(f.read_text(encoding="utf-8") for f in parts))
