"""Weapons: types and subtypes (Katyusha, Grad, 122 mm ...) with count and calibre."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from ..gazetteers import Entry

WeaponType = Literal["rocket", "missile", "mortar", "artillery", "drone", "aircraft", "ied", "car_bomb",
                     "suicide_vest", "grenade", "small_arms", "unknown"]


class Weapon(Entry):
    type: WeaponType
    subtype: Optional[str] = None                # "Katyusha", "Grad", "Arash-4", "107 mm" ...
    caliber_mm: Optional[int] = None
    forms: list[str]                             # Arabic forms as written: singular, plural, dual ...
    dual_forms: list[str] = Field(default_factory=list)  # forms that mean exactly two ("صاروخين")
    generic: bool = False                        # "قذيفة", "سلاح": the type is a guess from context
