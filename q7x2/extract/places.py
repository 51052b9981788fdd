"""Places: gazetteer entries (admin units, towns, sites, countries) found in the text."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from ..gazetteers import Entry

PlaceKind = Literal["country", "region", "governorate", "district", "subdistrict", "town",
                    "neighbourhood", "site", "road", "crossing", "border"]


class Place(Entry):
    """One place. ``name_ar`` and ``variants`` are the forms matched in text."""

    name: str                                   # English name
    name_ar: str
    variants: list[str] = Field(default_factory=list)  # other spellings, Arabic or Latin
    kind: PlaceKind
    country: str                                # ISO 3166-1 alpha-2 ("IQ", "SY" ...)
    admin1: Optional[str] = None                # ISO 3166-2 ("IQ-BG"); IQ-KR for Kurdistan
    parent: Optional[str] = None                # id of the enclosing place
    lat: Optional[float] = None
    lon: Optional[float] = None
    target: Optional[str] = None                # sites: the target type they imply (embassy -> diplomatic)
    cues: list[str] = Field(default_factory=list)  # if given, the name counts only right after one of these words
    # added with the gazetteer data (optional, informational; not used for matching):
    coord_source: Optional[Literal["town", "capital", "site", "approx", "interior", "source"]] = None
    population: Optional[int] = None            # GeoNames population (ranking same-name places)
    geonameid: Optional[int] = None             # GeoNames id of the town this entry stands for
