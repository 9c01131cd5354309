"""Find every mention of every glossary concept in a text, in any grammatical form.

A :class:`Matcher` compiles the terms of one language once into an index from *keys* of a
term's first word to the term's word patterns. Scanning a line tokenizes it, asks the language's
morphology for each word's keys (cached per word form), looks the keys up, verifies the rest of
each candidate term token by token, and keeps the leftmost-longest non-overlapping mentions.
The index is keyed by key bigrams (first word, then second word), so a multi-word term costs a
verification only where its first two words both stand in the text. Time is linear in the
text and nearly flat in glossary size. No regular expression is built from the glossary.

How a glossary word matches a text word, by language:

- ru: every word by lemma: the key sets (all pymorphy3 normal forms) must meet, so
  "Губернатору Красноярского края" is "Губернатор Красноярского края".
- kk: izafet phrases inflect on the last word only: earlier words must be the glossary's own
  form (by key: either script), the last word must be among the text word's candidate stems
  ("Қазақстан Республикасының ... Елшісіне").
- en: the word without possessive and plural endings ("Governors'", "Kazakhstan's").
- Case-sensitive terms (acronyms РК, ҚР, РФ) compare the exact letters; in Kazakh they may
  carry hyphenated suffixes ("ҚР-ның", "РФ-дағы").
- A person's name of two or more words also matches with the first name as an initial:
  "Е. Кошербаев", "Е.Кошербаев".
- Punctuation inside a term must be there in the text too; quotation marks and dashes of any
  typographic kind are the same ("Сибирь. Экономика будущего", «КИП "Енисейская Сибирь"»).
- An acronym of capitals also matches written with full stops ("U.S." for US, "U.K." for UK),
  and in English with a possessive ("UK's").
- In Kazakh a hyphenated word of a term also matches written as two words, as the press often
  writes it ("Премьер Министрі" for "премьер-министр").
- A hyphenated word that is no term as a whole is read part by part ("Абакан-Красноярск"),
  unless two or more of its parts are capitalized and one of them is no mention: then it is
  one name the glossary lacks («Могольон-Рим» is no Rome).
- Russian names (places, people) match by their readings as names only: the pronoun "того"
  is no form of the country Того, the first name Доминик none of Доминика.

Derived forms of a concept (adjectives, demonyms: "российский", "Russian") are matched like
terms and give mentions marked ``derived``: they render the concept, but are no terms.
Matches that the text shows to be another word are dropped (:mod:`toolkit.evidence`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from toolkit.evidence import implausible, quoted_spans
from toolkit.glossary.model import Glossary, Kind, Status, Term, TermType
from toolkit.lang import Lang
from toolkit.text.kazakh import kk_key
from toolkit.text.lexicon import is_known
from toolkit.text.morph.kk import is_genitive, is_suffix_chain, kk_relational
from toolkit.text.normalize import fold
from toolkit.text.tokenize import Token, tokenize
from toolkit.text.wordkeys import NAME_KINDS, base_key, glossary_word_keys, word_keys

__all__ = ["NAME_KINDS", "Finder", "Match", "Matcher", "Mention", "base_key", "word_keys"]


@dataclass(frozen=True, slots=True)
class Match:
    """A mention in one string: offsets into that string, end exclusive."""

    start: int
    end: int
    text: str
    concept: str
    term: str
    status: Status
    derived: bool = False  # a derived form (adjective, demonym) of the concept, not a term


@dataclass(frozen=True, slots=True)
class Mention(Match):
    """A mention in a document: a :class:`Match` in line ``line`` (1-based) of it."""

    line: int = 0

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "line": self.line, "start": self.start, "end": self.end, "text": self.text,
            "concept": self.concept, "term": self.term, "status": self.status.value}
        if self.derived:
            out["derived"] = True
        return out


def _exactness(entry: _Entry, tokens: Sequence[Token], start: int) -> int:
    """How closely the mention is spelled as the term (case aside): two points a word spelled
    the same, one a word that begins with the term's word (an inflected form)."""
    score = 0
    # Only the tokens the term spans: a slice to the end of a long line, made for every
    # candidate, made matching quadratic in the line's length.
    for word, token in zip(entry.words, tokens[start:start + len(entry.words)],
                           strict=False):
        text, term = fold(token.text), fold(word.text)
        score += 2 if text == term else 1 if text.startswith(term) else 0
    return score


def _parts(token: Token) -> list[Token]:
    """The parts of a hyphenated word as tokens of their own, with their offsets."""
    out = []
    offset = token.start
    for part in token.text.split("-"):
        out.append(Token(part, offset, offset + len(part), True))
        offset += len(part) + 1
    return out


def _parts_of_names(found: list[Match], parts: Sequence[Token], lang: Lang) -> list[Match]:
    """The mentions among the parts of a hyphenated word that stand for themselves. A word of
    two or more capitalized parts, one of which is no mention, is one name the glossary does
    not know, and none of its parts is a mention: «плато Могольон-Рим» is no Rome, while
    «Абакан-Красноярск» joins two places and "экс-президент", "британско-южноафриканский"
    are no names."""
    capitals = [p for p in parts if p.text[:1].isupper()]
    if len(capitals) < 2:
        return found
    for part in capitals:
        # A word the language knows is a prefix or a word, not a name: "Pro-Trump".
        if not any(m.start <= part.start and part.end <= m.end for m in found) \
                and not (lang is not Lang.KK and is_known(part.text, lang)):
            return []
    return found


# --------------------------------------------------------------------------------------- index

_EXACT, _KEYS, _BASE, _INITIAL, _PUNCT = range(5)


@dataclass(frozen=True, slots=True)
class _Word:
    """How one position of a term matches a token."""

    how: int  # _EXACT (case-sensitive), _KEYS (key sets meet), _BASE (kk: same key), _INITIAL,
    #           _PUNCT (same punctuation mark)
    keys: frozenset[str]
    text: str
    capital: bool = False  # the text word must start with a capital letter


@dataclass(frozen=True, slots=True)
class _Entry:
    concept: str
    term: Term
    words: tuple[_Word, ...]
    order: int  # position in the glossary: the last, deterministic tie-break
    kind: Kind = Kind.OTHER
    derived: bool = False


@dataclass(slots=True)
class _Bucket:
    """The terms whose first word has one key: one-word terms, and longer terms by the keys of
    their second word (a key bigram index: a candidate needs its first two words in the text
    before it costs a verification, however many terms share a first word)."""

    single: list[_Entry]
    # By (how, key) of the word that anchors the bigram: the next token, or the token after a
    # punctuation mark ("Е. Кошербаев", "Сибирь. Экономика будущего").
    by_next: dict[tuple[int, str], list[_Entry]]
    by_after_punct: dict[tuple[int, str], list[_Entry]]


class Finder(Protocol):
    """What looks mentions up in a text: a :class:`Matcher`, or a memo of one's results."""

    def find(self, text: str) -> list[Match]: ...


class Matcher:
    """The compiled terms of one language of a glossary. Build once, scan many texts.

    >>> from toolkit.glossary.model import Concept, Kind, Term
    >>> g = Glossary((Concept("place-krasnoyarsk-krai", Kind.PLACE,
    ...                       ru=(Term("Красноярский край"),)),))
    >>> [(m.text, m.concept) for m in Matcher(g, Lang.RU).find("Губернатор Красноярского края")]
    [('Красноярского края', 'place-krasnoyarsk-krai')]
    """

    def __init__(self, glossary: Glossary, lang: Lang) -> None:
        self.lang = lang
        self._keys = partial(word_keys, lang=lang)
        self._index: dict[tuple[int, str], _Bucket] = {}
        self._key_cache: dict[str, frozenset[tuple[int, str]]] = {}
        self._hit_cache: dict[str, tuple[frozenset[tuple[int, str]], tuple[_Bucket, ...]]] = {}
        self._place_keys: set[str] = set()
        order = 0
        for concept in glossary:
            if concept.kind is Kind.PLACE:
                for term in concept.terms(lang):
                    self._place_keys.update(base_key(t.text, lang) for t in tokenize(term.text)
                                            if t.is_word and len(t.text) > 2)
            terms = [(term, False) for term in concept.terms(lang)]
            # A derived form matches like an admitted term of its own (inflected, case, Latin).
            terms += [(Term(d.text, Status.ADMITTED, TermType.VARIANT, d.note, d.case_sensitive,
                            d.inflects, d.latin), True) for d in concept.derived_in(lang)]
            if lang is Lang.KK:
                # The relational adjective of a Kazakh ethnonym: испан → испандық.
                terms += [(Term(text, Status.ADMITTED, TermType.VARIANT), True)
                          for d in concept.derived_in(lang) for text in kk_relational(d.text)]
            for term, derived in terms:
                # An adjective is no name: "российский" needs no capital letter.
                kind = Kind.OTHER if derived else concept.kind
                for words in self._patterns(term, kind):
                    entry = _Entry(concept.id, term, words, order, concept.kind, derived)
                    order += 1
                    first = words[0]
                    for key in first.keys:
                        bucket = self._index.get((first.how, key))
                        if bucket is None:
                            bucket = self._index[(first.how, key)] = _Bucket([], {}, {})
                        if len(words) == 1:
                            bucket.single.append(entry)
                            continue
                        # The next *word* anchors the bigram: after "Е" in "Е. Кошербаев" or
                        # "Сибирь" in "Сибирь. Экономика", the full stop says little.
                        if words[1].how == _PUNCT and len(words) > 2:
                            table, second = bucket.by_after_punct, words[2]
                        else:
                            table, second = bucket.by_next, words[1]
                        for key2 in second.keys:
                            table.setdefault((second.how, key2), []).append(entry)

    def _patterns(self, term: Term, kind: Kind) -> Iterator[tuple[_Word, ...]]:
        tokens = tokenize(term.text)
        if not tokens:
            return
        last = len(tokens) - 1
        multiword = sum(1 for t in tokens if t.is_word) > 1
        words = []
        for i, token in enumerate(tokens):
            if not token.is_word:
                words.append(_Word(_PUNCT, frozenset({token.text}), token.text))
            elif term.case_sensitive:
                words.append(_Word(_EXACT, frozenset({token.text}), token.text))
            elif not term.inflects or (self.lang is Lang.KK and i < last):
                words.append(_Word(_BASE, frozenset({base_key(token.text, self.lang)}),
                                   token.text))
            else:
                words.append(_Word(_KEYS, glossary_word_keys(token.text, self.lang, multiword,
                                                              kind), token.text))
        if kind in NAME_KINDS and words[0].how != _EXACT and tokens[0].text[:1].isupper():
            # A name begins with a capital letter: "того" is not Того, "ие" is not Йе.
            words[0] = _Word(words[0].how, words[0].keys, words[0].text, capital=True)
        yield tuple(words)
        yield from self._spelling_variants(term, tokens, words)
        word_count = sum(1 for t in tokens if t.is_word)
        if kind is Kind.PERSON and word_count >= 2 and tokens[0].is_word:
            initial = fold(tokens[0].text[0])
            yield (_Word(_INITIAL, frozenset({initial}), tokens[0].text[0]),
                   _Word(_PUNCT, frozenset({"."}), "."), *words[1:])

    def _is_place_word(self, word: str) -> bool:
        """Whether a text word is, in some form, a word of a place's name in the glossary."""
        keys = self._keys(word) | {base_key(word, self.lang)}
        return not self._place_keys.isdisjoint(keys)

    def _spelling_variants(self, term: Term, tokens: Sequence[Token],
                           words: list[_Word]) -> Iterator[tuple[_Word, ...]]:
        """Other spellings of a term: a dotted acronym (U.S.), a possessive acronym (UK's),
        and in Kazakh a hyphenated word as two words (Премьер Министрі)."""
        if (term.case_sensitive and len(tokens) == 1 and 2 <= len(term.text) <= 5
                and term.text.isalpha() and term.text.isupper()):
            dotted: list[_Word] = []
            for letter in term.text:
                dotted += [_Word(_EXACT, frozenset({letter}), letter),
                           _Word(_PUNCT, frozenset({"."}), ".")]
            yield tuple(dotted[:-1])  # the last full stop may end the sentence too
            if self.lang is Lang.EN:
                possessive = term.text + "'s"
                yield (_Word(_EXACT, frozenset({possessive}), possessive),)
        if self.lang is Lang.KK and any(t.is_word and "-" in t.text for t in tokens):
            split: list[_Word] = []
            for token, word in zip(tokens, words, strict=True):
                parts = token.text.split("-") if token.is_word and word.how != _EXACT else []
                if len(parts) < 2 or not all(parts):
                    split.append(word)
                    continue
                split += [_Word(_BASE, frozenset({kk_key(p)}), p) for p in parts[:-1]]
                last = parts[-1]
                split.append(_Word(word.how, frozenset({kk_key(last)}) if word.how == _BASE
                                   else glossary_word_keys(last, self.lang, True), last))
            if len(split) > len(words):
                yield tuple(split)

    # ---------------------------------------------------------------------------- matching

    def _index_keys(self, token: Token) -> frozenset[tuple[int, str]]:
        """The index keys a token can stand for, computed once per word form."""
        keys = self._key_cache.get(token.text)
        if keys is None:
            keys = self._key_cache[token.text] = frozenset(self._token_index_keys(token))
        return keys

    def _index_hits(self, token: Token) -> tuple[frozenset[tuple[int, str]], tuple[_Bucket, ...]]:
        """A token's index keys and the buckets they open (terms that may start at it), once
        per word form: most keys of most words open none, and a big glossary is no reason to
        look again."""
        found = self._hit_cache.get(token.text)
        if found is None:
            index = self._index
            keys = self._index_keys(token)
            found = self._hit_cache[token.text] = (
                keys, tuple(index[key] for key in keys if key in index))
        return found

    def _token_index_keys(self, token: Token) -> Iterator[tuple[int, str]]:
        if not token.is_word:
            yield _PUNCT, token.text
            return
        yield _EXACT, token.text
        parts = token.parts
        if self.lang is Lang.KK and len(parts) > 1 and is_suffix_chain("-".join(parts[1:])):
            yield _EXACT, parts[0]
            yield _BASE, kk_key(parts[0])
            for key in self._keys(parts[0]):
                yield _KEYS, key
        for key in self._keys(token.text):
            yield _KEYS, key
        yield _BASE, base_key(token.text, self.lang)
        if len(token.text) == 1 and token.text.isupper():
            yield _INITIAL, fold(token.text)

    def _word_matches(self, word: _Word, token: Token, last: bool) -> bool:
        if word.how == _PUNCT:
            return not token.is_word and token.text == word.text
        if not token.is_word:
            return False
        if word.how == _INITIAL:
            return len(token.text) == 1 and token.text.isupper() and fold(token.text) in word.keys
        if word.capital and not token.text[:1].isupper():
            return False
        candidates = [token.text]
        parts = token.parts
        if self.lang is Lang.KK and len(parts) > 1:
            suffixes = "-".join(parts[1:])
            # The last word may carry any suffix after a hyphen (РФ-дағы); an earlier one only
            # the genitive of an izafet phrase ("БҰҰ-ның Бас Ассамблеясы").
            if is_suffix_chain(suffixes) if last else is_genitive(suffixes):
                candidates.append(parts[0])
        for text in candidates:
            if word.how == _EXACT and text == word.text:
                return True
            if word.how == _BASE and base_key(text, self.lang) in word.keys:
                return True
            if word.how == _KEYS and not word.keys.isdisjoint(self._keys(text)):
                return True
        return False

    def _candidates(self, tokens: Sequence[Token]) -> Iterator[tuple[int, int, _Entry]]:
        looked = [self._index_hits(token) for token in tokens]
        count = len(tokens)
        for i in range(count):
            hits = looked[i][1]
            if not hits:
                continue
            seen: set[int] = set()
            for bucket in hits:
                candidates = bucket.single
                for offset, table in ((1, bucket.by_next), (2, bucket.by_after_punct)):
                    if table and i + offset < count:
                        # The keys both have, found in C by the smaller side.
                        common = table.keys() & looked[i + offset][0]
                        if common:
                            if candidates is bucket.single:
                                candidates = candidates[:]
                            for next_key in common:
                                candidates.extend(table[next_key])
                for entry in candidates:
                    if id(entry) in seen:
                        continue
                    seen.add(id(entry))
                    end = self._verify(entry, tokens, i)
                    if end is not None:
                        yield i, end, entry

    def _verify(self, entry: _Entry, tokens: Sequence[Token], start: int) -> int | None:
        words = entry.words
        if start + len(words) > len(tokens):
            return None
        for offset, word in enumerate(words):
            if not self._word_matches(word, tokens[start + offset], offset == len(words) - 1):
                return None
        return start + len(words)

    def find(self, text: str) -> list[Match]:
        """Leftmost-longest, non-overlapping mentions in ``text``, in text order.

        Among mentions that start at the same token the longest wins; at equal length, the
        term that is approved wins over a deprecated one, then the glossary's order.
        """
        tokens = tokenize(text)
        matches = self._select(text, tokens)
        covered = {i for m in matches for i in range(m.start, m.end)}
        for token in tokens:
            # A compound of names ("Абакан-Красноярск трассасы") that is no term as a whole:
            # its parts.
            if (token.is_word and "-" in token.text and token.start not in covered
                    and token.end - token.start == len(token.text)):
                parts = _parts(token)
                matches.extend(_parts_of_names(self._select(text, parts), parts, self.lang))
        return sorted(matches, key=lambda m: m.start)

    def _select(self, text: str, tokens: Sequence[Token]) -> list[Match]:
        best: dict[int, tuple[tuple[int, bool, bool, int, int], int, _Entry]] = {}
        candidates = list(self._candidates(tokens))
        starts = frozenset(start for start, _, _ in candidates)
        quotes = quoted_spans(text) if candidates else []
        for start, end, entry in candidates:
            # A derived form is an adjective or a demonym: the evidence about names is not
            # about it.
            kind = Kind.OTHER if entry.derived else entry.kind
            if implausible(self.lang, kind, entry.term, tokens, start, end, text,
                           starts, quotes, self._is_place_word):
                continue
            # Longest first; then an approved term over a deprecated one; then a term over a
            # derived form; then the term spelled as the text over one that only shares its
            # key ("Уейд" vs "Уэйд", "Сингапуре" vs "Сингапур"); then the one earlier in the
            # glossary, so that the result never depends on the order candidates come in.
            rank = (end, entry.term.status.approved, not entry.derived,
                    _exactness(entry, tokens, start), -entry.order)
            current = best.get(start)
            if current is None or rank > current[0]:
                best[start] = (rank, end, entry)
        matches = []
        position = 0
        for start in sorted(best):
            if start < position:
                continue
            _, end, entry = best[start]
            first, last = tokens[start], tokens[end - 1]
            matches.append(Match(first.start, last.end, text[first.start:last.end],
                                 entry.concept, entry.term.text, entry.term.status,
                                 entry.derived))
            position = end
        return matches

    def scan(self, lines: Iterable[str]) -> Iterator[Mention]:
        """Mentions of a document given as lines (1-based line numbers)."""
        for number, line in enumerate(lines, start=1):
            for m in self.find(line):
                yield Mention(m.start, m.end, m.text, m.concept, m.term, m.status, m.derived,
                              line=number)
