"""The document that flows through the pipeline: text, normalised text, tokens, mentions."""
from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any

from .normalise import normalise
from .tokenise import KeyMaker, Sentence, Tokens, split_sentences, tokenise


_tok_start_of = attrgetter("tok_start")


@dataclass(slots=True, eq=False)
class Mention:
    """Something an extractor found: a span of the normalised text and what it means.
    Each mention is its own object: equal only to itself (the assembler asks "is this
    mention already in the event?" often)."""

    kind: str          # "date", "place", "actor", "weapon", "number", "trigger", ...
    start: int         # normalised offsets
    end: int
    tok_start: int
    tok_end: int
    sentence: int
    value: Any


@dataclass
class Document:
    id: str
    text: str                       # the original input, as given
    norm: str                       # normalised text (see normalise.py)
    offsets: array                  # original index of each normalised character, plus the end
    tokens: Tokens
    sentences: list[Sentence]
    published: date | None = None
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    _tok_ends: list[int] = field(default_factory=list, repr=False)
    _sent_starts: list[int] = field(default_factory=list, repr=False)
    _by_start: dict = field(default_factory=dict, repr=False)   # kind -> mentions by token (see between)

    @classmethod
    def build(cls, doc_id: str, text: str, keymaker: KeyMaker, published: date | None = None) -> "Document":
        norm, offsets = normalise(text)
        tokens = tokenise(norm, keymaker)
        return cls.of_parts(doc_id, text, norm, offsets, tokens, split_sentences(norm, tokens), published)

    @classmethod
    def of_parts(cls, doc_id: str, text: str, norm: str, offsets: array, tokens: Tokens, sentences: list[Sentence],
                 published: date | None = None) -> "Document":
        """The document of stages 1-2's results (``build`` runs them)."""
        return cls(doc_id, text, norm, offsets, tokens, sentences, published,
                   _tok_ends=tokens.token_ends, _sent_starts=list(map(_tok_start_of, sentences)))

    # --- offsets -----------------------------------------------------------------
    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text offsets of the normalised span [start, end)."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1

    def original_text(self, start: int, end: int) -> str:
        s, e = self.original_span(start, end)
        return self.text[s:e]

    def token_at(self, pos: int) -> int:
        """Index of the first token that ends after normalised offset ``pos``."""
        return bisect.bisect_right(self._tok_ends, pos)

    def sentence_of_token(self, t: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, t) - 1)

    def sentence_at(self, pos: int) -> int:
        return self.sentence_of_token(min(self.token_at(pos), max(0, len(self.tokens) - 1)))

    # --- mentions ----------------------------------------------------------------
    def mention(self, kind: str, start: int, end: int, value: Any) -> Mention:
        """Record a mention over the normalised span [start, end) and return it."""
        t0 = self.token_at(start)
        t1 = max(t0 + 1, self.token_at(end - 1) + 1) if end > start else t0
        m = Mention(kind, start, end, t0, t1, self.sentence_at(start), value)
        self.mentions.setdefault(kind, []).append(m)
        return m

    def mention_tokens(self, kind: str, tok_start: int, tok_end: int, value: Any) -> Mention:
        """Record a mention over tokens [tok_start, tok_end)."""
        start, end = self.tokens.token_starts[tok_start], self.tokens.token_ends[tok_end - 1]
        m = Mention(kind, start, end, tok_start, tok_end, self.sentence_of_token(tok_start), value)
        self.mentions.setdefault(kind, []).append(m)
        return m

    def between(self, kind: str, lo: int, hi: int) -> list[Mention]:
        """The mentions of ``kind`` that start in tokens [lo, hi), in text order."""
        found = self.mentions.get(kind, [])
        cached = self._by_start.get(kind)
        if cached is None or cached[0] != len(found):
            ordered = sorted(found, key=attrgetter("tok_start"))
            cached = self._by_start[kind] = (len(found), ordered, [m.tok_start for m in ordered])
        _, ordered, starts = cached
        return ordered[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def of(self, kind: str) -> list[Mention]:
        return self.mentions.get(kind, [])
