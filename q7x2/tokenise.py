"""Stage 2: tokens with offsets, lookup keys with clitics stripped, and sentences.

Tokens are those of camel-tools' ``simple_word_tokenize(split_digits=True)`` (runs of
letters, runs of digits, each punctuation mark or symbol alone), found with one regex so
that each keeps its offsets; ``tests/test_tokenise.py`` checks the two agree on the seeds.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, compress
from operator import sub

from .gazetteers import Morphology
from .normalise import normalise_phrase

TOKEN_RE = re.compile(r"[^\W\d_]+|\d+|[^\w\s]|_")
# Every character that is not whitespace belongs to a token, so the text is a sequence of
# whitespace-then-token chunks: one findall gives the tokens and, by adding up lengths,
# their offsets, without a match object per token.
# The first branch is TOKEN_RE's letter run for a run that starts with a basic Arabic
# letter: a range test per character is cheaper than the Unicode category test. The
# repeats are possessive (re keeps no state to backtrack into them): no token starts with
# a space, and a run ends only where the next character cannot go on it, so giving
# characters back never makes another match.
_SPACED_TOKEN_RE = re.compile(r"\s*+(?:[\u0621-\u063a\u0641-\u064a]++[^\W\d_]*+|[^\W\d_]++|\d++|[^\w\s]|_)")
# A sentence ends at . ! ? (not inside a number) or at a line break. (Written to start with
# a character class, so that re skips to the candidates in C: one match per mark or line.)
SENTENCE_END_RE = re.compile(r"[.!?\n](?:(?<=\n)|(?<=(?<!\d)[.!?])(?=\s|$|[\"')\]])|(?<=[.!?])(?=\s))")


@dataclass(frozen=True, slots=True)
class Word:
    """A word as lexicons look it up. One object per distinct word (``KeyMaker.words_of``),
    the same at every position where it occurs: the positions are the document's
    (``Tokens``), as in spaCy, where a token points to its lexeme."""

    text: str              # normalised surface form
    keys: tuple[str, ...]  # lookup forms: surface and clitic-stripped, article removed


class Tokens(list):
    """A document's tokens: the ``Word`` at each position (a list), their offsets in the
    normalised text (``token_starts``, ``token_ends``) and, for each lexicon that asks, the
    positions where one of its phrases may start: the tokens whose word has a key that
    begins a phrase of the lexicon (``KeyMaker.starters``). Those are found for every
    lexicon in one pass over the few tokens that begin anything, from the lexicons' numbers
    per word, remembered across documents, instead of asking each token once per lexicon."""

    __slots__ = ("keymaker", "texts", "token_starts", "token_ends", "_generation", "_starts")

    def __init__(self, words: list[Word], keymaker: "KeyMaker", texts: list[str], token_starts: list[int],
                 token_ends: list[int]):
        super().__init__(words)
        self.keymaker = keymaker
        self.texts = texts                     # the tokens' texts; their offsets (lists, for bisect):
        self.token_starts = token_starts
        self.token_ends = token_ends
        self._generation = -1
        self._starts: list[list[int]] = []     # by lexicon number

    def starts(self, lexicon: int) -> list[int]:
        """The positions, in order, of the tokens where the lexicon numbered ``lexicon`` may
        start (see ``KeyMaker.starters``)."""
        km = self.keymaker
        if self._generation != km.generation:          # a lexicon was registered since
            self._generation = km.generation
            numbers = km.lexicons_of(self.texts)
            starts: list[list[int]] = [[] for _ in range(km.generation)]
            for i in compress(range(len(numbers)), numbers):
                for number in numbers[i]:
                    starts[number].append(i)
            self._starts = starts
        return self._starts[lexicon]


@dataclass(slots=True)
class Sentence:
    i: int
    start: int         # normalised offsets
    end: int
    tok_start: int
    tok_end: int
    paragraph: int


class KeyMaker:
    """Turns a normalised word into the forms under which lexicons look it up."""

    def __init__(self, morph: Morphology):
        n = normalise_phrase
        self.article = n(morph.article)
        self.lam_article = n(morph.lam_article)
        self.min_stem = morph.min_stem
        self.min_article_stem = morph.min_article_stem
        self.conjunctions = tuple(n(c) for c in morph.conjunctions)
        self.prepositions = tuple(n(p) for p in morph.prepositions)
        self.enclitics = tuple(sorted((n(e) for e in morph.enclitics), key=len, reverse=True))
        self.demonstratives = frozenset(n(d) for d in morph.demonstratives)
        self.accusative_alef = n(morph.accusative_alef)
        self._words: dict[str, Word] = {}
        self._starters: list = []               # the first keys of each registered lexicon
        self._lexicons_of: dict[str, tuple[int, ...]] = {}
        self._definite: dict[str, bool] = {}
        self._phrases: dict[str, tuple[str, ...]] = {}
        self.generation = 0                     # how many lexicons are registered

    def starters(self, first_keys) -> int:
        """Register a lexicon by the keys its phrases begin with (a set or dict keys view);
        return its number, 0, 1, 2 ... in order of registration (see ``lexicons_of``)."""
        self._starters.append(first_keys)
        self._lexicons_of.clear()
        self.generation += 1
        return len(self._starters) - 1

    def lexicons_of(self, texts: list[str]) -> list[tuple[int, ...]]:
        """For each word, the numbers of the registered lexicons one of whose phrases may
        start at it (none for most words). Remembered per word, like ``words_of``."""
        return remembered(self._lexicons_of, texts, self._lexicons_of_word)

    def _lexicons_of_word(self, text: str) -> tuple[int, ...]:
        keys = self.words_of([text])[0].keys
        return tuple(n for n, first in enumerate(self._starters) if not first.isdisjoint(keys))

    def words_of(self, texts: list[str]) -> list[Word]:
        """The ``Word`` of each text. Remembered (a document repeats most of its words, and
        a corpus most of its vocabulary)."""
        return remembered(self._words, texts, self._word)

    def phrase_keys(self, phrase: str) -> tuple[str, ...]:
        """The keys a lexicon stores a phrase under, one per word. Remembered: a phrase is
        in several lexicons (a cue list and the union of all), and lexicons are built at
        every start."""
        keys = self._phrases.get(phrase)
        if keys is None:
            if len(self._phrases) > _KNOWN_MAX:
                self._phrases.clear()
            keys = self._phrases[phrase] = tuple(map(self._entry_key, TOKEN_RE.findall(normalise_phrase(phrase))))
        return keys

    def _word(self, text: str) -> Word:
        return Word(text, self._keys(text))

    def conjoined(self, word: str) -> bool:
        """"وثالث", "والجولان": the word is joined to what comes before by و (or ف)."""
        return word.startswith(self.conjunctions)

    def coordinated(self, word: str) -> bool:
        """The word is a conjunction ("و") or one written onto a word of three letters or
        more ("والجولان", "وضبط"): stricter than ``conjoined``, which "في" and "وسط" pass."""
        return word in self.conjunctions or (word.startswith(self.conjunctions) and len(word) >= 4)

    def is_definite(self, tokens: list[Word], i: int) -> bool:
        """"الهجوم", "بالهجوم", "للهجوم", "هذا الهجوم": the noun at token i is definite."""
        if i and tokens[i - 1].text in self.demonstratives:
            return True
        return remembered(self._definite, [tokens[i].text], self._has_article)[0]

    def with_pronoun(self, word: str, key: str) -> bool:
        """"قربها", "قاعدتها": the word meets ``key`` only with a pronoun suffix removed, so it
        is complete (near *it*) and governs no name after it ("قربها فجر الأحد")."""
        return all(self.canonical(s) != key and not (len(s) >= 4 and s.endswith(self.accusative_alef)
                                                     and self.canonical(s[:-1]) == key)
                   for s in self._stems(word))

    def _has_article(self, word: str) -> bool:
        return any(f.startswith((self.article, self.lam_article)) for f in self._stems(word))

    def canonical(self, word: str) -> str:
        """A word's form without its definite article (one of a token's keys)."""
        a = self.article
        if word.startswith(a) and len(word) - len(a) >= self.min_stem:
            return word[len(a):]
        return word

    def _entry_key(self, word: str) -> str:
        """The form a lexicon entry's word is stored under: without its definite article, when
        enough is left for a noun with it ("ألقت", normalised "القت", is a verb: stored as "قت"
        it would be any "وقت"; a token "القت" still has the key "القت")."""
        a = self.article
        if word.startswith(a) and len(word) - len(a) >= self.min_article_stem:
            return word[len(a):]
        return word

    def _stems(self, word: str) -> list[str]:
        """The word and its forms with a conjunction and/or a preposition removed."""
        stems = [word]
        for c in self.conjunctions:
            if word.startswith(c) and len(word) - len(c) >= self.min_stem:
                stems.append(word[len(c):])
        for s in list(stems):
            if s.startswith(self.lam_article) and len(s) - 2 >= self.min_stem:
                stems.append(self.article + s[2:])
            for p in self.prepositions:
                if s.startswith(p) and len(s) - len(p) >= self.min_stem:
                    stems.append(s[len(p):])
        return stems

    def _keys(self, word: str) -> tuple[str, ...]:
        if not word or not ("\u0600" <= word[0] <= "\u06ff"):
            return (word,)
        forms = [word]
        for s in self._stems(word):
            forms.append(self.canonical(s))
            if s is not word and self._entry_key(s) == s != forms[-1]:
                forms.append(s)                                             # وألقت -> القت
            if len(s) >= 4 and s.endswith(self.accusative_alef):
                forms.append(self.canonical(s[:-1]))                        # صاروخا -> صاروخ
            for e in self.enclitics:
                if s.endswith("ت" + e) and len(s) - len(e) > self.min_stem:
                    forms.append(self.canonical(s[: -len(e) - 1] + "ه"))   # سفارتها -> سفاره
                    break
                if len(e) > 1 and s.endswith(e) and len(s) - len(e) >= 3:
                    forms.append(self.canonical(s[: -len(e)]))              # جنودهم -> جنود
                    break
        return tuple(dict.fromkeys(forms))


_KNOWN_MAX = 200_000


def remembered(known: dict, words: list[str], compute) -> list:
    """``[compute(w) for w in words]``, each value remembered in ``known`` (emptied when it
    grows past ``_KNOWN_MAX`` words); in C when every word is known."""
    try:
        return list(map(known.__getitem__, words))
    except KeyError:
        pass
    if len(known) > _KNOWN_MAX:
        known.clear()
    out = []
    for w in words:
        v = known.get(w)
        if v is None:
            v = known[w] = compute(w)
        out.append(v)
    return out


def tokenise(norm: str, keymaker: KeyMaker) -> Tokens:
    chunks = _SPACED_TOKEN_RE.findall(norm)
    texts = list(map(str.lstrip, chunks))
    ends = list(accumulate(map(len, chunks)))
    starts = list(map(sub, ends, map(len, texts)))
    return Tokens(keymaker.words_of(texts), keymaker, texts, starts, ends)


def split_sentences(norm: str, tokens: Tokens) -> list[Sentence]:
    """Sentences over the token list; each line of the text is a paragraph."""
    bounds = []
    start = 0
    for m in SENTENCE_END_RE.finditer(norm):
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(norm)))
    sentences: list[Sentence] = []
    paragraph = 0
    t = 0
    n = len(tokens)
    starts = tokens.token_starts
    for s, e in bounds:
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        t0 = t
        if t < n and starts[t] < e:
            t = bisect_left(starts, e, t)      # the first token at or after e
        if t == t0:
            continue
        if sentences and "\n" in norm[sentences[-1].end:s]:
            paragraph += 1
        sentences.append(Sentence(len(sentences), s, e, t0, t, paragraph))
    return sentences
