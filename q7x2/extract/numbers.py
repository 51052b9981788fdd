"""Numbers: digits, number words and vague quantities ("عدد من"), as counts.

"ما لا يقل عن خمسة وعشرين" -> 25 (the bound is part of the mention); "ثلاثمئة وخمسين"
-> 350; "3 آلاف و200" -> 3200; "عشرات" -> not stated (None). Digits inside a date
("25 أغسطس 2007") are the date's, not counts.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import compress

from dataclasses import dataclass

from ..document import Document
from ..bounds import load as load_bounds
from ..gazetteers import Gazetteers, Table
from ..lexicon import Lexicon
from ..tokenise import KeyMaker


class NumberWords(Table):
    cardinals: dict[str, int]
    multipliers: dict[str, int]
    vague: list[str]
    of: list[str]
    approximate_before: list[str]
    approximate_after: list[str]


@dataclass(frozen=True, slots=True)
class Count:
    n: int | None          # None: a vague quantity ("عدد من", "عشرات")


# Digits that are part of a date, time, decimal or code, not a count: 3.503, 18:30, 2024/07/26.
_JOINERS = frozenset(".:/-,")


class NumberExtractor:
    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker):
        self.keymaker = keymaker
        words = gazetteers.table("numbers", NumberWords)
        self.max_digits = load_bounds(gazetteers).digits
        self.words = Lexicon(words.cardinals.items(), keymaker)
        self.multipliers = Lexicon(words.multipliers.items(), keymaker)
        self.vague = Lexicon(((p, None) for p in words.vague), keymaker)
        self.before = Lexicon(((p, True) for p in words.approximate_before), keymaker)
        self.after = Lexicon(((p, True) for p in words.approximate_after), keymaker)

    def __call__(self, doc: Document) -> None:
        toks = doc.tokens
        n = len(toks)
        in_dates = {j for d in doc.of("date") for j in range(d.tok_start, d.tok_end)}
        # Only digits and tokens where a number word may start can begin a number.
        candidates = sorted({*self.words.starts(toks), *self.vague.starts(toks),
                             *compress(range(n), map(str.isdigit, toks.texts))} - in_dates)
        c = 0
        i = 0
        while i < n:
            c = bisect_left(candidates, i, c)
            if c == len(candidates):
                break
            i = candidates[c]
            grouped = self._thousands(doc, i) if toks[i].text.isdecimal() else None
            if grouped is not None:
                value, end = grouped                    # "1,500"
            elif toks[i].text.isdecimal() and self._joined(doc, i):
                i += 1
                continue
            else:
                value, end = self._term(toks, i)
            if value is None:
                v = self.vague.longest_at(toks, i)
                if v is not None:
                    doc.mention_tokens("number", i, v.tok_end, Count(None))
                    i = v.tok_end
                    continue
                i += 1
                continue
            value, end = self._compound(toks, value, end, in_dates)
            start = self._bound_before(toks, i)
            bound = self.after.longest_at(toks, end) if end < n else None
            if bound is not None:
                end = bound.tok_end
            doc.mention_tokens("number", start, end, Count(value))
            i = end

    def _term(self, toks, i: int) -> tuple[int | None, int]:
        """One number at token i: digits or a word, times a multiplier after it ("3 آلاف",
        "ثلاث مئة"), with its units and tens joined by و ("ثلاثة وعشرون")."""
        t = toks[i]
        if t.text.isdecimal():
            if len(t.text) > self.max_digits:            # not a figure (gazetteers/bounds.yaml)
                return None, i
            value, end = int(t.text), i + 1
        else:
            m = self.words.longest_at(toks, i)
            if m is None:
                return None, i
            value, end = m.payloads[0], m.tok_end
            if value < 10 and end < len(toks) and self.keymaker.conjoined(toks[end].text):
                tens = self.words.longest_at(toks, end)
                if tens is not None and tens.payloads[0] % 10 == 0 and 20 <= tens.payloads[0] < 100:
                    value, end = value + tens.payloads[0], tens.tok_end
        mult = self.multipliers.longest_at(toks, end) if end < len(toks) else None
        if mult is not None and mult.payloads[0] > value:
            value, end = value * mult.payloads[0], mult.tok_end
        return value, end

    def _compound(self, toks, value: int, end: int, in_dates: set[int]) -> tuple[int, int]:
        """Hundreds and thousands go on with smaller parts joined by و: "ثلاثمئة وخمسين" ->
        350, "ألف وتسعمئة وخمسة وعشرون" -> 1925, "3 آلاف و200" -> 3200. A part must be
        smaller than the place of the part before, so "200 و300" stays two numbers."""
        last = value
        while last >= 100 and end < len(toks) and end not in in_dates:
            joiner = toks[end]
            if joiner.text in self.keymaker.conjunctions:        # "و 200", "و200": و alone
                start = end + 1
            elif self.keymaker.conjoined(joiner.text):           # "وخمسين"
                start = end
            else:
                break
            if start >= len(toks) or start in in_dates:
                break
            part, part_end = self._term(toks, start)
            place = 10 ** (len(str(last)) - 1)
            if part is None or part >= place:
                break
            value, end, last = value + part, part_end, part
        return value, end

    def _bound_before(self, toks, i: int) -> int:
        """Where the number's mention starts: at "ما لا يقل عن", "نحو", "أكثر من" ... right before it."""
        m = self.before.ending_at(toks, i, 4)
        return m.tok_start if m is not None else i

    @staticmethod
    def _thousands(doc: Document, i: int) -> tuple[int, int] | None:
        """Digits in groups of three after a comma with no space: "1,500", "12,000,000"
        (the Arabic thousands separator folds to a comma). Not a decimal, date or time."""
        toks, texts = doc.tokens, doc.tokens.texts
        if i and texts[i - 1] == "," and doc.tokens.token_ends[i - 1] == doc.tokens.token_starts[i] \
                and i >= 2 and texts[i - 2].isdecimal():
            return None                                  # inside a group already read
        if len(texts[i]) > 3:
            return None
        value, j = int(texts[i]), i + 1
        while j + 1 < len(toks) and texts[j] == "," and len(texts[j + 1]) == 3 and texts[j + 1].isdecimal() \
                and toks.token_ends[j - 1] == toks.token_starts[j] and toks.token_ends[j] == toks.token_starts[j + 1]:
            value, j = value * 1000 + int(texts[j + 1]), j + 2
        if j == i + 1:
            return None
        after = doc.norm[toks.token_ends[j - 1]] if toks.token_ends[j - 1] < len(doc.norm) else ""
        if after.isdigit() or after in _JOINERS and toks.token_ends[j - 1] + 1 < len(doc.norm) \
                and doc.norm[toks.token_ends[j - 1] + 1].isdigit():
            return None                                  # "1,500.5", "1,500,00"
        return value, j

    @staticmethod
    def _joined(doc: Document, i: int) -> bool:
        """Digits joined to other digits (a date, time, decimal or code), or hyphened to the
        letters of a name: a model, not a count ("مقاتلتين من طراز إف-16", "ميغ-29")."""
        norm = doc.norm
        start, end = doc.tokens.token_starts[i], doc.tokens.token_ends[i]
        before = norm[start - 1] if start else ""
        after = norm[end] if end < len(norm) else ""
        return (before in _JOINERS and start >= 2 and (norm[start - 2].isdigit() or
                                                        before == "-" and norm[start - 2].isalpha())) or \
               (after in _JOINERS and end + 1 < len(norm) and norm[end + 1].isdigit())
