"""Phrase tables from the gazetteers, compiled once into token tries."""
from __future__ import annotations

from typing import Iterable, NamedTuple

from pydantic import field_validator

from .gazetteers import Entry, Gazetteers, Table
from .lexicon import Lexicon
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


class CueHit(NamedTuple):
    """A cue found in a document: its list's name and its tokens [tok_start, tok_end)."""

    kind: str
    tok_start: int
    tok_end: int


class Cues:
    """Named phrase lists (``gazetteers/cues.yaml``), each compiled to a lexicon."""

    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker, name: str = "cues"):
        table = gazetteers.table(name, PhraseLists)
        self.lists: dict[str, Lexicon] = {
            key: Lexicon(((p, key) for p in phrases), keymaker) for key, phrases in table.model_extra.items()
        }
        # one trie over every list, so a window is scanned once for all cue kinds
        self.any = Lexicon(((p, key) for key, phrases in table.model_extra.items() for p in phrases), keymaker)

    def __getitem__(self, key: str) -> Lexicon:
        return self.lists[key]

    def first(self, tokens, lo: int, hi: int, kinds) -> CueHit | None:
        """The first cue of one of ``kinds`` (list names) that starts in tokens [lo, hi) and
        ends by ``hi``, if any."""
        for j in self.any.starts(tokens, lo, hi):
            m = self.any.longest_at(tokens, j, hi)
            if m is not None:
                for k in m.payloads:
                    if k in kinds:
                        return CueHit(k, m.tok_start, m.tok_end)
        return None


def entry_lexicon(entries: Iterable[Entry], forms, keymaker: KeyMaker) -> Lexicon:
    """A lexicon from entries, each under every phrase ``forms(entry)`` yields."""
    return Lexicon(((form, e) for e in entries for form in forms(e)), keymaker)
