"""Phrase tables from the gazetteers, compiled once into token tries."""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterable, Iterator, NamedTuple

from pydantic import field_validator

from .gazetteers import Entry, Gazetteers, Table
from .lexicon import Lexicon, Match
from .tokenise import KeyMaker


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
        # the cues of the document last asked about: where one may start, and the longest there
        self._indexed: list | None = None
        self._positions: list[int] = []
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
        Assembly asks this many times of one document, over overlapping windows: the longest
        cue at every position is found once per document."""
        for m in self.matches(tokens, lo, hi):
            for kind in m.payloads:
                if kind in kinds:
                    return CueHit(kind, m.tok_start, m.tok_end)
        return None

    def _index(self, tokens) -> None:
        self._positions = list(self.any.starts(tokens))
        self._longest = {}
        self._indexed = tokens

    def matches(self, tokens, lo: int, hi: int) -> Iterator[Match]:
        """At each position in tokens [lo, hi) where a cue starts, the longest that ends by
        ``hi`` (its payloads are the names of its lists). Assembly asks this many times of
        one document over overlapping windows: the longest cue at a position is remembered
        for the document last asked about."""
        if tokens is not self._indexed:
            self._index(tokens)
        positions, longest = self._positions, self._longest
        for k in range(bisect_left(positions, lo), bisect_left(positions, hi)):
            j = positions[k]
            m = longest.get(j, _UNKNOWN)
            if m is _UNKNOWN:
                m = longest[j] = self.any.longest_at(tokens, j)
            if m is not None and m.tok_end > hi:
                m = self.any.longest_at(tokens, j, hi)
            if m is not None:
                yield m


def entry_lexicon(entries: Iterable[Entry], forms, keymaker: KeyMaker) -> Lexicon:
    """A lexicon from entries, each under every phrase ``forms(entry)`` yields."""
    return Lexicon(((form, e) for e in entries for form in forms(e)), keymaker)
