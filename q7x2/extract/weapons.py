"""Weapons: types and subtypes (Katyusha, Grad, 122 mm ...) with count and calibre."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Optional

from pydantic import Field

from ..document import Document
from ..gazetteers import Entry, Gazetteers
from ..lexicon import Lexicon
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


@dataclass(frozen=True, slots=True)
class WeaponMention:
    weapon: Weapon
    count: int | None
    caliber_mm: int | None


# "عيار 122 ملم", "122 ملم", "107 مم": a calibre in millimetres right after a weapon.
_CALIBER_RE = re.compile(r"(?:عيار\s*)?(\d{2,3})\s*(?:ملم|مم|ملليمتر|ملیمتر|mm)\b")


class WeaponExtractor:
    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker):
        entries = gazetteers.entries("weapons", Weapon)
        self.lexicon = Lexicon([*((f, (e, False)) for e in entries for f in e.forms),
                                *((f, (e, True)) for e in entries for f in e.dual_forms)], keymaker)

    def __call__(self, doc: Document) -> None:
        counts = {m.tok_end: m.value.n for m in doc.of("number")}
        toks = doc.tokens
        for m in self.lexicon.find(toks):
            dual = any(d for _, d in m.payloads)
            entry = next((e for e, d in m.payloads if d), m.payloads[0][0]) if dual else m.payloads[0][0]
            count = 2 if dual else counts.get(m.tok_start)
            end = toks.token_ends[m.tok_end - 1]
            cal = _CALIBER_RE.search(doc.norm, end, end + 30)
            caliber = int(cal.group(1)) if cal and cal.start() - end < 12 else entry.caliber_mm
            doc.mention_tokens("weapon", m.tok_start, m.tok_end, WeaponMention(entry, count, caliber))
