"""A token trie: finds lexicon phrases in a document's tokens, longest match first.

A phrase is stored under the lookup keys of its words (see ``tokenise.KeyMaker``), so
"قاعدة عين الأسد" is found in "بقاعدة عين الاسد" and "لقاعدة عين أسد".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from .normalise import normalise_phrase
from .tokenise import TOKEN_RE, KeyMaker, Token

_END = ""  # trie key holding the payloads of phrases that end at a node
# Quotes and hyphens inside a name do not break it: قاعدة "عين الأسد" is قاعدة عين الأسد,
# "الحدود السورية-العراقية" is الحدود السورية العراقية.
TRANSPARENT = frozenset({'"', "'", "-"})


@dataclass(slots=True)
class Match:
    tok_start: int
    tok_end: int
    payloads: list[Any]


class Lexicon:
    def __init__(self, phrases: Iterable[tuple[str, Any]], keymaker: KeyMaker):
        self.root: dict = {}
        self.keymaker = keymaker
        for phrase, payload in phrases:
            words = self.phrase_keys(phrase)
            if not words:
                continue
            node = self.root
            for w in words:
                node = node.setdefault(w, {})
            bucket = node.setdefault(_END, [])
            if payload not in bucket:
                bucket.append(payload)

    def phrase_keys(self, phrase: str) -> tuple[str, ...]:
        return tuple(self.keymaker.canonical(w) for w in TOKEN_RE.findall(normalise_phrase(phrase)))

    def __contains__(self, phrase: str) -> bool:
        node = self.root
        for w in self.phrase_keys(phrase):
            node = node.get(w)
            if node is None:
                return False
        return _END in node

    def longest_at(self, tokens: list[Token], i: int, limit: int | None = None) -> Match | None:
        """The longest phrase that starts at token i (and ends before token ``limit``)."""
        end = len(tokens) if limit is None else limit
        best: Match | None = None
        frontier = [(self.root, i, False)]
        while frontier:
            node, j, skipped = frontier.pop()
            if _END in node and j > i and not skipped and (best is None or j > best.tok_end):
                best = Match(i, j, node[_END])
            if j >= end:
                continue
            tok = tokens[j]
            if tok.text in TRANSPARENT and j > i:
                frontier.append((node, j + 1, True))
                continue
            for k in tok.keys:
                child = node.get(k)
                if child is not None:
                    frontier.append((child, j + 1, False))
        return best

    def find(self, tokens: list[Token], start: int = 0, end: int | None = None) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        out = []
        i = start
        stop = len(tokens) if end is None else end
        root = self.root
        while i < stop:
            if any(k in root for k in tokens[i].keys):
                m = self.longest_at(tokens, i, stop)
                if m is not None:
                    out.append(m)
                    i = m.tok_end
                    continue
            i += 1
        return out
