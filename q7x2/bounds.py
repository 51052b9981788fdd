"""Sanity bounds on the figures of a record (``gazetteers/bounds.yaml``): a count,
casualty figure or calibre above its bound becomes null, with a warning, so that an absurd
figure (a typo, hostile input) is never emitted as a reading."""
from __future__ import annotations

import warnings

from pydantic import PositiveInt

from .gazetteers import Gazetteers, Table
from .record import Event


class Bounds(Table):
    killed: PositiveInt
    wounded: PositiveInt
    weapon_count: PositiveInt
    caliber_mm: PositiveInt
    digits: PositiveInt


class OutOfBounds(UserWarning):
    """A figure left out of a record for being above its bound."""


def load(gazetteers: Gazetteers) -> Bounds:
    return gazetteers.table("bounds", Bounds)


def _check(value: int | None, bound: int, what: str) -> int | None:
    if value is None or value <= bound:
        return value
    shown = str(value) if len(str(value)) <= 20 else f"a number of {len(str(value))} digits"
    warnings.warn(OutOfBounds(f"{what} {shown} is above the bound {bound} (gazetteers/bounds.yaml), left out"),
                  stacklevel=2)
    return None


def within_bounds(event: Event, bounds: Bounds) -> Event:
    """``event`` with every figure above its bound nulled (and warned about)."""
    c = event.casualties
    if (c.killed or 0) <= bounds.killed and (c.wounded or 0) <= bounds.wounded and all(
            (w.count or 0) <= bounds.weapon_count and (w.caliber_mm or 0) <= bounds.caliber_mm
            for w in event.weapons):
        return event                      # nearly always: nothing copied
    killed, wounded = _check(c.killed, bounds.killed, "killed"), _check(c.wounded, bounds.wounded, "wounded")
    weapons = [w.model_copy(update={"count": _check(w.count, bounds.weapon_count, "weapon count"),
                                    "caliber_mm": _check(w.caliber_mm, bounds.caliber_mm, "calibre (mm)")})
               for w in event.weapons]
    return event.model_copy(update={"casualties": c.model_copy(update={"killed": killed, "wounded": wounded}),
                                    "weapons": weapons})
