"""ACLED's names for what a record holds, read from data: countries, admin1 spellings,
government periods, outlets and inter labels (``gazetteers/acled.yaml``), actors
(``actors.yaml``) and the places' parents (admin2, admin3).

Loaded once, only when an ACLED view is asked for.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from .gazetteers import Gazetteers, Table
from .record import Location


class Country(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str         # ACLED's country name
    iso: int          # ISO 3166-1 numeric: ACLED's ``iso``
    iso3: str         # ISO 3166-1 alpha-3: the prefix of ``event_id_cnty``
    region: str       # ACLED's region
    the: bool = False  # "Military Forces of the United States"

    @property
    def in_actor_name(self) -> str:
        return f"the {self.name}" if self.the else self.name


class Government(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    start: date = Field(alias="from")
    end: Optional[date] = Field(default=None, alias="to")   # the day the next took office
    label: str


Scale = Literal["Subnational", "National", "Regional", "International"]


class Outlet(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    scale: Scale


class AcledTable(Table):
    countries: dict[str, Country]
    admin1: dict[str, str]
    governments: dict[str, list[Government]]
    outlets: dict[str, Outlet]
    inter_labels: dict[int, str]


def ascii_name(name: str) -> str:
    """A place name as ACLED writes it: Latin letters without diacritics ("Tehrān" -> "Tehran")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Admin:
    admin1: str
    admin2: str
    admin3: str


class AcledTables:
    """Everything the ACLED view looks up, from the shipped gazetteers."""

    def __init__(self, gazetteers: Gazetteers | None = None):
        self.gazetteers = gazetteers or Gazetteers()
        self.table = self.gazetteers.table("acled", AcledTable)

    def country(self, code: str | None) -> Country | None:
        return self.table.countries.get(code) if code else None

    def period(self, country_code: str, day: str | None) -> str:
        """" (2022-)": the government in office on ``day`` (YYYY-MM-DD); "" when unknown."""
        if not day or len(day) < 10:
            return ""
        when = date.fromisoformat(day[:10])
        for g in self.table.governments.get(country_code, ()):
            if g.start <= when and (g.end is None or when < g.end):
                return f" ({g.label})"
        return ""

    def outlet(self, host: str) -> Outlet | None:
        """The outlet of a host name (``www.`` already removed), or of its parent domain."""
        parts = host.split(".")
        for i in range(len(parts) - 1):
            found = self.table.outlets.get(".".join(parts[i:]))
            if found:
                return found
        return None

    @cached_property
    def actors(self) -> dict[str, object]:
        """English name, Arabic name or variant -> the actor gazetteer's entry."""
        from .extract.actors import Actor

        table: dict[str, object] = {}
        for entry in self.gazetteers.entries("actors", Actor):
            for name in (entry.name, entry.name_ar, *entry.variants):
                table.setdefault(name, entry)
        return table

    @cached_property
    def _places(self) -> tuple[dict, dict]:
        from .extract.places import Place

        entries = self.gazetteers.entries("places", Place)
        by_id = {p.id: p for p in entries}
        by_name: dict[tuple, object] = {}
        for p in entries:
            by_name.setdefault((p.country, p.name, p.name_ar), p)
        return by_id, by_name

    def admin(self, loc: Location) -> Admin:
        """admin1 as ACLED spells it; admin2 and admin3 from the place's parents (Iraq: the
        district and the sub-district), or the record's admin2."""
        by_id, by_name = self._places
        district = subdistrict = ""
        place = by_name.get((loc.country_code, loc.name, loc.name_ar))
        while place is not None:
            if place.kind == "district" and not district:
                district = place.name
            if place.kind == "subdistrict" and not subdistrict:
                subdistrict = place.name
            place = by_id.get(place.parent) if place.parent else None
        if loc.admin2 and district and loc.admin2 != district:
            subdistrict = ""     # the record's district is not this sub-district's: do not mix them
        code = loc.admin1_code or ""
        admin1 = self.table.admin1[code] if code in self.table.admin1 else loc.admin1 or ""
        return Admin(ascii_name(admin1), ascii_name(loc.admin2 or district), ascii_name(subdistrict))
