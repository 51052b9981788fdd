"""Phrase tables from the gazetteers, compiled once into token tries."""
from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from typing import Iterable, Iterator, NamedTuple

from pydantic import field_validator

from .gazetteers import Entry, Gazetteers, Table
from .lexicon import END, Lexicon, Match
from .tokenise import KeyMaker, Word


class PhraseLists(Table):
    """A table file whose every key holds a list of phrases (cues.yaml)."""

    model_config = {"extra": "allow", "frozen": True}

    @field_validator("*")
    @classmethod
    def _phrases(cls, v):
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            raise ValueError("expected a list of non-empty phrases")
        return v


_UNKNOWN = object()
# Cues._kinds_of_word: remembered per word text, up to this many words at a time.
_WORD_KINDS_MAX = 5_000


class CueHit(NamedTuple):
    """A cue found in a document: its list's name and its tokens [tok_start, tok_end)."""

    kind: str
    tok_start: int
    tok_end: int


class Cues:
    """Named phrase lists (``gazetteers/cues.yaml``), each compiled to a lexicon."""

    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker, name: str = "cues"):
        table = gazetteers.table(name, PhraseLists)
        self.phrases: dict[str, list[str]] = dict(table.model_extra)
        self.keymaker = keymaker
        self.lists: dict[str, Lexicon] = {
            key: Lexicon(((p, key) for p in phrases), keymaker) for key, phrases in table.model_extra.items()
        }
        # one trie over every list, so a window is scanned once for all cue kinds
        self.any = Lexicon(((p, key) for key, phrases in table.model_extra.items() for p in phrases), keymaker,
                           union=True)
        # first key of a cue -> the lists of every cue that begins with it
        self._kinds_after_key: dict[str, frozenset[str]] = {
            key: frozenset(_payloads_under(node)) for key, node in self.any.root.items()}
        self._kinds_of_word: dict[str, frozenset[str]] = {}
        # the cues of the document last asked about: where one may start, where one of each
        # list may start, and the longest there
        self._indexed: list | None = None
        self._positions: list[int] = []
        self._positions_of_kind: dict[str, list[int]] = {}
        self._positions_of_kinds: dict = {}    # a set of lists asked about -> where one of them may start
        self._longest: dict = {}

    def __getitem__(self, key: str) -> Lexicon:
        return self.lists[key]

    def union(self, kinds) -> Lexicon:
        """One lexicon of the phrases of several lists: where any of them may start in a
        document is then one lookup (``Lexicon.starts``)."""
        return Lexicon(((p, k) for k in kinds for p in self.phrases[k]), self.keymaker)

    def first(self, tokens, lo: int, hi: int, kinds) -> CueHit | None:
        """The first cue of one of ``kinds`` (list names) that starts in tokens [lo, hi) and
        ends by ``hi``, if any: at each start, the longest cue that ends by ``hi``.
        Asked some 500 times per article, most often about a window that holds no position:
        for the document indexed and lists asked about before (a tuple or a frozenset), the
        positions are one dictionary lookup, with no call."""
        positions = self._positions_of_kinds.get(kinds) if tokens is self._indexed and kinds.__class__ is not list \
            else None
        if positions is None:
            positions = self._positions_of(tokens, kinds)
        k = bisect_left(positions, lo)
        while k < len(positions) and positions[k] < hi:      # most often no position at all
            m = self._longest_at(tokens, positions[k], hi)
            if m is not None:
                for kind in m.payloads:
                    if kind in kinds:
                        return CueHit(kind, m.tok_start, m.tok_end)
            k += 1
        return None

    def matches(self, tokens, lo: int, hi: int, kinds=None) -> Iterator[Match]:
        """At each position in tokens [lo, hi) where a cue starts, the longest that ends by
        ``hi`` (its payloads are the names of its lists); ``kinds``: only those that are a
        cue of one of these lists."""
        positions = self._positions_of(tokens, kinds)
        for j in positions[bisect_left(positions, lo):bisect_left(positions, hi)]:
            m = self._longest_at(tokens, j, hi)
            if m is not None and (kinds is None or any(kind in kinds for kind in m.payloads)):
                yield m

    def _positions_of(self, tokens, kinds) -> list[int]:
        """The positions, in order, where a cue (of one of ``kinds``, if given) may start.
        Assembly asks about one document many times, over small overlapping windows, with
        the same few sets of lists: where a cue of each set may start is found once per
        document (most windows hold none), and the longest cue at a position when first asked."""
        if tokens is not self._indexed:
            self._index(tokens)
        if kinds is None:
            return self._positions
        key = tuple(kinds) if kinds.__class__ is list else kinds
        positions = self._positions_of_kinds.get(key)
        if positions is None:
            of_kind = [self._positions_of_kind[kind] for kind in kinds if kind in self._positions_of_kind]
            positions = self._positions_of_kinds[key] = of_kind[0] if len(of_kind) == 1 else \
                sorted(set().union(*of_kind))
        return positions

    def _index(self, tokens) -> None:
        self._positions = positions = list(self.any.starts(tokens))
        positions_of_kind = defaultdict(list)
        kinds_of_word = self._kinds_of_word
        for j in positions:
            kinds = kinds_of_word.get(tokens[j].text)
            if kinds is None:
                kinds = self._kinds_at(tokens[j])
            for kind in kinds:
                positions_of_kind[kind].append(j)
        self._positions_of_kind = positions_of_kind
        self._positions_of_kinds = {}
        self._longest = {}
        self._indexed = tokens

    def _kinds_at(self, word: Word) -> frozenset[str]:
        """The lists of every cue that may start at this word, whatever follows it."""
        kinds = self._kinds_of_word.get(word.text)
        if kinds is None:
            if len(self._kinds_of_word) >= _WORD_KINDS_MAX:
                self._kinds_of_word.clear()
            kinds = self._kinds_of_word[word.text] = frozenset().union(
                *(self._kinds_after_key[k] for k in word.keys if k in self._kinds_after_key))
        return kinds

    def _longest_at(self, tokens, j: int, hi: int) -> Match | None:
        """The longest cue at position j that ends by ``hi`` (the longest of all remembered)."""
        m = self._longest.get(j, _UNKNOWN)
        if m is _UNKNOWN:
            m = self._longest[j] = self.any.longest_at(tokens, j)
        if m is not None and m.tok_end > hi:
            m = self.any.longest_at(tokens, j, hi)
        return m


def _payloads_under(node: dict) -> Iterator:
    """The payloads of every phrase at or below a lexicon trie node."""
    for key, child in node.items():
        if key == END:
            yield from child
        else:
            yield from _payloads_under(child)


def entry_lexicon(entries: Iterable[Entry], forms, keymaker: KeyMaker) -> Lexicon:
    """A lexicon from entries, each under every phrase ``forms(entry)`` yields."""
    return Lexicon(((form, e) for e in entries for form in forms(e)), keymaker)
