"""Weapons: types and subtypes (Katyusha, Grad, 122 mm ...) with count and calibre."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Optional

from pydantic import Field

from ..document import Document
from ..gazetteers import Entry, Gazetteers, Table
from ..lexicon import Lexicon
from ..normalise import normalise_phrase
from ..tokenise import KeyMaker

WeaponType = Literal["rocket", "missile", "mortar", "artillery", "drone", "aircraft", "ied", "car_bomb",
                     "suicide_vest", "grenade", "small_arms", "unknown"]


class Weapon(Entry):
    type: WeaponType
    subtype: Optional[str] = None                # "Katyusha", "Grad", "Arash-4", "107 mm" ...
    caliber_mm: Optional[int] = None
    forms: list[str]                             # Arabic forms as written: singular, plural, dual ...
    dual_forms: list[str] = Field(default_factory=list)  # forms that mean exactly two ("صاروخين")
    generic: bool = False                        # "قذيفة", "سلاح": the type is a guess from context
    # the types a generic form may stand for, when not every specific weapon may: "صاروخ" gives
    # way to a missile named for the attack, not to the drones fired beside it
    reads_as: Optional[list[WeaponType]] = None
    # specific weapons beside which a generic form still names its own type: among warplanes
    # ("مقاتلات ومسيرات") "مسيرة" is a drone, beside gunfire it may be a march
    beside: list[WeaponType] = Field(default_factory=list)
    # the other types a generic form may be: beside a generic form of one of them it is that
    # one ("صواريخ وقذائف"), and a report of it may be the same attack as one with them
    may_be: list[WeaponType] = Field(default_factory=list)
    # a form that names a weapon only as the object of one of these verbs, within
    # ``licence_window`` tokens before it ("أطلق مسلحون النار": "النار" is gunfire there,
    # and only there: "اشتعلت النار")
    licensed_by: list[str] = Field(default_factory=list)
    licence_window: int = Field(default=3, ge=1)
    # ... or as the subject of one of these verbs, within ``licence_after_window`` tokens after
    # it, its side's adjective between ("أن طائرات أمريكية قصفت مقرا", "طائرات مجهولة استهدفت")
    licensed_after: list[str] = Field(default_factory=list)
    licence_after_window: int = Field(default=2, ge=1)
    # right after one of these, the form is (part of) a name, no weapon: "قناة المسيرة" is a
    # TV channel, "صحيفة المسيرة" a newspaper
    named_after: list[str] = Field(default_factory=list)
    named_before: list[str] = Field(default_factory=list)   # "المسيرة نت": a medium's name ends with these
    # a word that, within ``completion_window`` tokens after the form (an adjective between),
    # makes it the weapon of entry ``completed_as``: "طائرة إسرائيلية مسيرة" is one drone
    completed_by: list[str] = Field(default_factory=list)
    completed_as: Optional[str] = None
    completion_window: int = Field(default=2, ge=1)


@dataclass(frozen=True, slots=True)
class WeaponMention:
    weapon: Weapon
    count: int | None
    caliber_mm: int | None


class CalibreWords(Table):
    """``calibres.yaml``: how a calibre in millimetres is written after a weapon."""

    before: list[str]
    units: list[str]


def _alternation(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted({normalise_phrase(w) for w in words}, key=len, reverse=True)))


class WeaponExtractor:
    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker):
        self.keymaker = keymaker
        entries = gazetteers.entries("weapons", Weapon)
        self.lexicon = Lexicon([*((f, (e, False)) for e in entries for f in e.forms),
                                *((f, (e, True)) for e in entries for f in e.dual_forms)], keymaker)
        self.licences = {e.id: Lexicon(((w, True) for w in e.licensed_by), keymaker)
                         for e in entries if e.licensed_by}
        self.licences_after = {e.id: Lexicon(((w, True) for w in e.licensed_after), keymaker)
                               for e in entries if e.licensed_after}
        self.name_heads = {e.id: Lexicon(((w, True) for w in e.named_after), keymaker)
                           for e in entries if e.named_after}
        self.name_tails = {e.id: Lexicon(((w, True) for w in e.named_before), keymaker)
                           for e in entries if e.named_before}
        by_id = {e.id: e for e in entries}
        self.completions = {e.id: (Lexicon(((w, True) for w in e.completed_by), keymaker), by_id[e.completed_as])
                            for e in entries if e.completed_by and e.completed_as in by_id}
        calibres = gazetteers.table("calibres", CalibreWords)
        self.calibre = re.compile(rf"(?:(?:{_alternation(calibres.before)})\s*)?(\d{{2,3}})\s*"
                                  rf"(?:{_alternation(calibres.units)})\b")

    def _licensed_after(self, toks, m, entry: Weapon) -> bool:
        """A verb of ``licensed_after`` a word or two on, before any conjunction: the form is its subject."""
        after = self.licences_after.get(entry.id)
        if after is None:
            return False
        for j in range(m.tok_end, min(len(toks), m.tok_end + entry.licence_after_window)):
            if after.longest_at(toks, j) is not None:
                return True
            if self.keymaker.coordinated(toks.texts[j]):
                return False
        return False

    def __call__(self, doc: Document) -> None:
        counts = {m.tok_end: m.value.n for m in doc.of("number")}
        toks = doc.tokens
        covered = 0                        # the end of a form completed by a word after it
        dated: set[int] | None = None      # the tokens of dates, once a licensed form needs them
        for m in self.lexicon.find(toks):
            if m.tok_start < covered:
                continue
            dual = any(d for _, d in m.payloads)
            entry = next((e for e, d in m.payloads if d), m.payloads[0][0]) if dual else m.payloads[0][0]
            completion = self.completions.get(entry.id)
            if completion is not None:
                words, completed = completion
                # not past a conjunction: "الطائرات الحربية والمسيرة" are two weapons
                hit = None
                for j in range(m.tok_end, min(len(toks), m.tok_end + entry.completion_window)):
                    if self.keymaker.coordinated(toks.texts[j]):
                        break
                    if (hit := words.longest_at(toks, j)) is not None:
                        break
                if hit is not None:        # "طائرة إسرائيلية مسيرة": a drone
                    covered = hit.tok_end
                    doc.mention_tokens("weapon", m.tok_start, hit.tok_end,
                                       WeaponMention(completed, counts.get(m.tok_start), completed.caliber_mm))
                    continue
            licence = self.licences.get(entry.id)
            if licence is not None:
                if dated is None:
                    dated = {i for d in doc.of("date") for i in range(d.tok_start, d.tok_end)}
                # "أطلقت قوة إسرائيلية، صباح اليوم الثلاثاء، النار": a date between, and its commas, count no words
                lo, left = m.tok_start, entry.licence_window
                while lo > 0 and left:
                    lo -= 1
                    if lo not in dated and toks.texts[lo] != ",":
                        left -= 1
                if not any(licence.longest_at(toks, j, m.tok_start) is not None for j in range(lo, m.tok_start)) \
                        and not self._licensed_after(toks, m, entry):
                    continue
            heads = self.name_heads.get(entry.id)
            if heads is not None and m.tok_start and heads.longest_at(toks, m.tok_start - 1, m.tok_start) is not None:
                continue
            tails = self.name_tails.get(entry.id)
            if tails is not None and tails.longest_at(toks, m.tok_end, m.tok_end + 1) is not None:
                continue
            count = 2 if dual else counts.get(m.tok_start)
            end = toks.token_ends[m.tok_end - 1]
            cal = self.calibre.search(doc.norm, end, end + 30)
            caliber = int(cal.group(1)) if cal and cal.start() - end < 12 else entry.caliber_mm
            doc.mention_tokens("weapon", m.tok_start, m.tok_end, WeaponMention(entry, count, caliber))
