"""Casualties: people reported killed or wounded, with their counts.

"إصابة 3 جنود عراقيين ومتعاقدين أجنبيين" -> wounded 3 + 2; "دون وقوع إصابات" -> 0 and 0;
"عدد من المواطنين" -> not stated (None).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..document import Document
from ..gazetteers import Gazetteers, Table
from ..lexicon import Lexicon
from ..tokenise import KeyMaker


class People(Table):
    singular: list[str]
    dual: list[str]
    plural: list[str]


class CasualtyWords(Table):
    killed: list[str]
    wounded: list[str]
    both: list[str]
    negation: list[str]
    people: People
    others: list[str]
    among: list[str]


@dataclass(frozen=True, slots=True)
class CasualtyCount:
    category: Literal["killed", "wounded", "both"]
    n: int | None          # None: a casualty word with no count stated


_WINDOW = 12               # tokens after a casualty word in which its count is read
_STOP = frozenset({".", "?", "!", ";", ":"})


class CasualtyExtractor:
    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker):
        self.keymaker = keymaker
        w = gazetteers.table("casualties", CasualtyWords)
        self.words = Lexicon([*((p, "killed") for p in w.killed), *((p, "wounded") for p in w.wounded),
                              *((p, "both") for p in w.both)], keymaker)
        self.negation = Lexicon(((p, True) for p in w.negation), keymaker)
        self.people = Lexicon([*((p, 1) for p in w.people.singular), *((p, 2) for p in w.people.dual),
                               *((p, None) for p in w.people.plural)], keymaker)
        self.others = Lexicon(((p, True) for p in w.others), keymaker)
        self.among = Lexicon(((p, True) for p in w.among), keymaker)

    def __call__(self, doc: Document) -> None:
        toks = doc.tokens
        numbers = {m.tok_start: m for m in doc.of("number")}
        number_ends = {m.tok_end: m for m in doc.of("number")}
        hits = self.words.find(toks)
        for h_i, m in enumerate(hits):
            cats = set(m.payloads)
            sentence = doc.sentences[doc.sentence_of_token(m.tok_start)]
            if self._negated(toks, m.tok_start, sentence.tok_start):
                cat = "both" if "both" in cats else ("killed" if "killed" in cats else "wounded")
                doc.mention_tokens("casualty", m.tok_start, m.tok_end, CasualtyCount(cat, 0))
                continue
            cat = "killed" if "killed" in cats else "wounded"
            stop = min(sentence.tok_end, m.tok_end + _WINDOW,
                       hits[h_i + 1].tok_start if h_i + 1 < len(hits) else sentence.tok_end)
            n, end = self._count_after(toks, m.tok_end, stop, numbers)
            if n is None:
                before = number_ends.get(m.tok_start)          # "3 قتلى"
                if before is not None and before.value.n:
                    n, end = before.value.n, m.tok_end
                else:
                    own = self.people.longest_at(toks, m.tok_start)   # "جريحين" counts itself
                    if own is not None and own.payloads[0] == 2:
                        n = 2
            doc.mention_tokens("casualty", m.tok_start, max(end, m.tok_end), CasualtyCount(cat, n))

    def _starts_group(self, toks, j: int) -> bool:
        """A new group of people is joined by و or a comma: "3 جنود ومتعاقدين", "مدني، وجندي"."""
        return self.keymaker.conjoined(toks[j].text) or (j > 0 and (
            toks[j - 1].text == "," or self.keymaker.conjoined(toks[j - 1].text) and len(toks[j - 1].text) == 1))

    def _negated(self, toks, i: int, floor: int) -> bool:
        """A negation up to seven words before, in the same stretch of punctuation."""
        for j in range(i - 1, max(floor, i - 7) - 1, -1):
            if toks[j].text in _STOP or toks[j].text == ",":
                return False
            if self.negation.longest_at(toks, j, i) is not None:
                return True
        return False

    def _count_after(self, toks, i: int, stop: int, numbers) -> tuple[int | None, int]:
        """Sum of the groups of people right after a casualty word, and where they end."""
        total, counted, end = 0, False, i
        pending: int | None = None
        pending_vague = False
        j = i
        gap = 0
        while j < stop and gap <= 3:
            t = toks[j]
            if t.text in _STOP or self.among.longest_at(toks, j, stop) is not None:
                break
            num = numbers.get(j)
            if num is not None:
                if counted and pending is None and num.value.n == 1 and j == end:
                    j = num.tok_end            # "جندي عراقي واحد": the 1 repeats the singular
                    continue
                pending, pending_vague = num.value.n, num.value.n is None
                j = num.tok_end
                gap = 0
                continue
            p = self.people.longest_at(toks, j, stop)
            if p is not None and counted and pending is None and not self._starts_group(toks, j):
                j = p.tok_end                   # "متعاقد مدني": an adjective, not another person
                continue
            if p is not None:
                kind = p.payloads[0]
                if pending is not None:
                    total += pending
                elif pending_vague:
                    return None, p.tok_end
                elif kind is not None:
                    total += kind
                else:
                    j = p.tok_end
                    gap += 1
                    continue
                counted, pending, pending_vague = True, None, False
                j = end = p.tok_end
                gap = 0
                continue
            if pending is not None and self.others.longest_at(toks, j, stop) is not None:
                total += pending
                counted, pending = True, None
                j = end = j + 1
                continue
            j += 1
            gap += 1
        return (total if counted else None), end
