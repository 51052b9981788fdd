"""A token trie: finds lexicon phrases in a document's tokens, longest match first.

A phrase is stored under the lookup keys of its words (see ``tokenise.KeyMaker``), so
"قاعدة عين الأسد" is found in "بقاعدة عين الاسد" and "لقاعدة عين أسد".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from bisect import bisect_left
from itertools import compress
from operator import attrgetter, not_
from typing import Any, Iterable

from .tokenise import KeyMaker, Tokens, Word

END = ""  # trie key holding the payloads of phrases that end at a node
# Quotes and hyphens inside a name do not break it: قاعدة "عين الأسد" is قاعدة عين الأسد,
# "الحدود السورية-العراقية" is الحدود السورية العراقية.
TRANSPARENT = frozenset({'"', "'", "-"})
_keys_of = attrgetter("keys")
# Lexicon._alone: remembered per word text, up to this many words per lexicon at a time.
_ALONE_MAX = 5_000
_NO_PHRASE = object()


@dataclass(slots=True)
class Match:
    tok_start: int
    tok_end: int
    payloads: list[Any]


@dataclass(frozen=True, slots=True)
class _Prefix:
    """What ``longest_at`` needs of a word that may begin a phrase of several words: the
    trie nodes its keys lead to (in the order it walks them), the keys that go on from any of
    them, and the payloads of the one-word phrase it is (None if none): when the next word
    has none of those keys, that one-word phrase is the longest, with no walk."""

    nodes: tuple[dict, ...]
    next_keys: frozenset[str]
    single: list[Any] | None


class Lexicon:
    """``union``: a match carries the payloads of every phrase that its words' lookup keys
    spell with the same length ("وكان" is "و" + "كان" and also "وك" + "ان"), not only those of
    the first reached. Cue lists want that: a word may be a cue of two lists."""

    def __init__(self, phrases: Iterable[tuple[str, Any]], keymaker: KeyMaker, union: bool = False):
        self.root: dict = {}
        self.keymaker = keymaker
        self.union = union
        self._number: int | None = None   # registered with the keymaker on the first ``starts``
        self._alone: dict[str, Any] = {}  # word text -> what it matches alone (see _alone_of)
        for phrase, payload in phrases:
            words = self.phrase_keys(phrase)
            if not words:
                continue
            node = self.root
            for w in words:
                node = node.setdefault(w, {})
            bucket = node.setdefault(END, [])
            if payload not in bucket:
                bucket.append(payload)

    def phrase_keys(self, phrase: str) -> tuple[str, ...]:
        return self.keymaker.phrase_keys(phrase)

    def __contains__(self, phrase: str) -> bool:
        node = self.root
        for w in self.phrase_keys(phrase):
            node = node.get(w)
            if node is None:
                return False
        return END in node

    def longest_at(self, tokens: list[Word], i: int, limit: int | None = None) -> Match | None:
        """The longest phrase that starts at token i (and ends before token ``limit``)."""
        end = len(tokens) if limit is None else limit
        if i >= end:
            return None
        word = tokens[i]
        alone = self._alone.get(word.text)
        if alone is None:
            if len(self._alone) >= _ALONE_MAX:
                self._alone.clear()
            alone = self._alone[word.text] = self._alone_of(word)
        if alone.__class__ is not _Prefix:
            return None if alone is _NO_PHRASE else Match(i, i + 1, alone)
        if i + 1 >= end or (tokens[i + 1].text not in TRANSPARENT and alone.next_keys.isdisjoint(tokens[i + 1].keys)):
            return None if alone.single is None else Match(i, i + 1, alone.single)
        frontier = []
        for child in alone.nodes:   # not a comprehension: in Python 3.11 that is a call of its own
            frontier.append((child, i + 1, False))
        best_end, best = i, None
        while frontier:
            node, j, skipped = frontier.pop()
            if not skipped and END in node:
                if j > best_end:
                    best_end, best = j, node
                elif self.union and j == best_end and node is not best:
                    best = {END: best[END] + [p for p in node[END] if p not in best[END]]}
            if j >= end:
                continue
            tok = tokens[j]
            if tok.text in TRANSPARENT:
                frontier.append((node, j + 1, True))
                continue
            for k in reversed(tok.keys):
                child = node.get(k)
                if child is not None:
                    frontier.append((child, j + 1, False))
        return None if best is None else Match(i, best_end, best[END])

    def _alone_of(self, word: Word):
        """What ``longest_at`` finds at this word whatever follows it: the payloads (a list)
        of the one-word phrase it is, or _NO_PHRASE; or, when a longer phrase may begin with
        it (then the words after it decide), the trie nodes its keys lead to, as a tuple in
        the order ``longest_at`` walks them: keys in reverse, so that the first (the word as
        written) is reached first and wins a tie ("لبنان" is Lebanon, not "ل" + "بنان"), in a
        ``_Prefix``."""
        children = [c for c in map(self.root.get, word.keys) if c is not None]
        single = self._one_word(children)
        if any(len(c) > (END in c) for c in children):
            return _Prefix(tuple(reversed(children)), frozenset(k for c in children for k in c if k != END), single)
        return _NO_PHRASE if single is None else single

    def _one_word(self, children: list[dict]) -> list[Any] | None:
        """The payloads of the one-word phrase that trie nodes ``children`` (in key order) end,
        as ``longest_at`` finds it: the word as written before a reading without its clitics,
        or, with ``union``, the payloads of every reading."""
        ends = [c[END] for c in children if END in c]
        if self.union and len(ends) > 1:
            merged: list = []
            for payloads in ends:
                merged += [p for p in payloads if p not in merged]
            return merged
        return ends[0] if ends else None

    def starts(self, tokens: list[Word], start: int = 0, end: int | None = None) -> Iterable[int]:
        """The positions in [start, end), in order, of the tokens one of whose keys starts a
        phrase: the only places a match can start (``longest_at`` is None elsewhere).

        From the document's start positions (``tokenise.Tokens.starts``), or, for a plain
        list of tokens, found in C (map/compress) rather than by a Python loop.
        """
        stop = len(tokens) if end is None else end
        if stop <= start:
            return ()
        if not isinstance(tokens, Tokens) or tokens.keymaker is not self.keymaker:
            return compress(range(start, stop),
                            map(not_, map(self.root.keys().isdisjoint, map(_keys_of, tokens[start:stop]))))
        if self._number is None:
            self._number = self.keymaker.starters(self.root.keys())
        positions = tokens.starts(self._number)
        if start or stop < len(tokens):
            positions = positions[bisect_left(positions, start):bisect_left(positions, stop)]
        return positions

    def ending_at(self, tokens: list[Word], i: int, window: int) -> Match | None:
        """The longest phrase that ends right before token i and starts at most ``window``
        tokens before it (only where ``starts`` says a phrase may start)."""
        for j in self.starts(tokens, max(0, i - window), i):
            m = self.longest_at(tokens, j, i)
            if m is not None and m.tok_end == i:
                return m
        return None

    def find(self, tokens: list[Word], start: int = 0, end: int | None = None) -> list[Match]:
        """Non-overlapping longest matches, left to right. Where the word is a one-word phrase
        that no longer phrase begins with (most are), its match is made here from what
        ``longest_at`` remembers of it, without the call."""
        out = []
        i = start
        stop = len(tokens) if end is None else end
        alone_of_text = self._alone.get
        for c in self.starts(tokens, start, stop):
            if c < i:
                continue
            alone = alone_of_text(tokens[c].text)
            if alone.__class__ is list:
                out.append(Match(c, c + 1, alone))
                i = c + 1
                continue
            m = self.longest_at(tokens, c, stop)
            if m is not None:
                out.append(m)
                i = m.tok_end
        return out


# --- phrase alternations for regexes ----------------------------------------------------
def trie_alternation(phrases: Iterable[str], sep: str = r"\s+") -> str:
    r"""A regex that matches the same strings as ``(?:p1|p2|...)`` over ``phrases`` sorted
    longest first (each phrase's words joined by ``sep``), with the same preference among
    them, but factored into a character trie: ``(?:صباح|صباحا|مساء)`` becomes
    ``(?:صباح(?:ا)?|مساء)``. Python's ``re`` tries the branches of an alternation one by one,
    so a flat list of a few hundred phrases costs hundreds of comparisons at every position
    it is tried; the trie costs one per character of the text.

    Equivalence: sibling branches start with different characters (or one with ``sep``,
    which no word character matches), so at most one can match at a position, and a node
    that ends a phrase tries its longer continuations first (a greedy ``?``), as the
    longest-first flat list does.
    """
    root: dict = {}
    for phrase in phrases:
        node = root
        for w, word in enumerate(phrase.split()):
            if w:
                node = node.setdefault(" ", {})
            for ch in word:
                node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(root, sep)


def _trie_regex(node: dict, sep: str) -> str:
    branches = [(sep if unit == " " else re.escape(unit)) + _trie_regex(child, sep)
                for unit, child in node.items() if unit]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 or "" in node else branches[0]
    return body + "?" if "" in node else body
