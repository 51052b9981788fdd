"""Numbers: digits, number words and vague quantities ("عدد من"), as counts."""
from __future__ import annotations

from bisect import bisect_left
from itertools import compress

from dataclasses import dataclass

from ..document import Document
from ..gazetteers import Gazetteers, Table
from ..lexicon import Lexicon
from ..tokenise import KeyMaker


class NumberWords(Table):
    cardinals: dict[str, int]
    multipliers: dict[str, int]
    vague: list[str]
    of: list[str]


@dataclass(frozen=True, slots=True)
class Count:
    n: int | None          # None: a vague quantity ("عدد من", "عشرات")


# Digits that are part of a date, time, decimal or code, not a count: 3.503, 18:30, 2024/07/26.
_JOINERS = frozenset(".:/-,")


class NumberExtractor:
    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker):
        self.keymaker = keymaker
        words = gazetteers.table("numbers", NumberWords)
        self.words = Lexicon(words.cardinals.items(), keymaker)
        self.multipliers = Lexicon(words.multipliers.items(), keymaker)
        self.vague = Lexicon(((p, None) for p in words.vague), keymaker)

    def __call__(self, doc: Document) -> None:
        toks = doc.tokens
        n = len(toks)
        # Only digits and tokens where a number word may start can begin a number.
        candidates = sorted({*self.words.starts(toks), *self.vague.starts(toks),
                             *compress(range(n), map(str.isdigit, toks.texts))})
        c = 0
        i = 0
        while i < n:
            c = bisect_left(candidates, i, c)
            if c == len(candidates):
                break
            i = candidates[c]
            t = toks[i]
            value, end = None, i
            if t.text.isdecimal():
                if self._joined(doc, i):
                    i += 1
                    continue
                value, end = int(t.text), i + 1
            else:
                m = self.words.longest_at(toks, i)
                if m is not None:
                    value, end = m.payloads[0], m.tok_end
                    # "ثلاثة وعشرون": units and tens joined by و
                    if end < n and self.keymaker.conjoined(toks[end].text):
                        m2 = self.words.longest_at(toks, end)
                        if m2 is not None and m2.payloads[0] % 10 == 0 and value < 10:
                            value, end = value + m2.payloads[0], m2.tok_end
                else:
                    v = self.vague.longest_at(toks, i)
                    if v is not None:
                        doc.mention_tokens("number", i, v.tok_end, Count(None))
                        i = v.tok_end
                        continue
            if value is None:
                i += 1
                continue
            mult = self.multipliers.longest_at(toks, end) if end < n else None
            if mult is not None:
                value *= mult.payloads[0]
                end = mult.tok_end
            doc.mention_tokens("number", i, end, Count(value))
            i = end

    @staticmethod
    def _joined(doc: Document, i: int) -> bool:
        norm = doc.norm
        start, end = doc.tokens.token_starts[i], doc.tokens.token_ends[i]
        before = norm[start - 1] if start else ""
        after = norm[end] if end < len(norm) else ""
        return (before in _JOINERS and start >= 2 and norm[start - 2].isdigit()) or \
               (after in _JOINERS and end + 1 < len(norm) and norm[end + 1].isdigit())

