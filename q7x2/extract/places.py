"""Places: gazetteer entries (admin units, towns, sites, countries) found in the text."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

from pydantic import Field

from ..document import Document
from ..gazetteers import Entry, Gazetteers, Table
from ..lexicon import Lexicon
from ..phrases import Cues
from ..tokenise import KeyMaker

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


@dataclass(frozen=True, slots=True)
class PlaceMention:
    place: Place
    candidates: tuple[Place, ...]   # every entry with this name, most specific first
    relative: bool                  # "شمال بغداد": a reference point, not where it happened
    cue: bool                       # preceded by a place cue (قاعدة، مدينة، محافظة ...)


# Most specific first: a name shared by a town and its district is the town.
SPECIFICITY = {k: i for i, k in enumerate(
    ["site", "crossing", "road", "neighbourhood", "town", "subdistrict", "district", "governorate",
     "border", "region", "country"])}


class PlaceCues(Table):
    """``place_cues.yaml``: the words that introduce a place name."""

    cues: list[str]                      # words that license a place named after them
    kind_cues: dict[str, list[str]]      # cue word -> kinds it selects (محافظة -> governorate)


class PlaceExtractor:
    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker, cues: Cues):
        entries = gazetteers.entries("places", Place)
        self.lexicon = Lexicon(((form, e) for e in entries for form in (e.name_ar, *e.variants)), keymaker)
        table = gazetteers.table("place_cues", PlaceCues)
        self.cue_words = Lexicon(((c, c) for c in table.cues), keymaker)
        self.kind_cues = Lexicon(((c, tuple(kinds)) for c, kinds in table.kind_cues.items()), keymaker)
        self.direction = cues["direction"]
        self.units = cues["distance_units"]

    def __call__(self, doc: Document) -> None:
        toks = doc.tokens
        for m in self.lexicon.find(toks):
            cue_kinds = self._cue_before(toks, m.tok_start)
            has_cue = cue_kinds is not None
            entries = [e for e in m.payloads if not e.cues or has_cue]
            if not entries:
                continue
            if cue_kinds:
                preferred = [e for e in entries if e.kind in cue_kinds]
                entries = preferred or entries
            entries.sort(key=lambda e: SPECIFICITY[e.kind])
            relative = self._relative_before(toks, m.tok_start)
            doc.mention_tokens("place", m.tok_start, m.tok_end,
                               PlaceMention(entries[0], tuple(entries), relative, has_cue))

    def _cue_before(self, toks, i: int) -> tuple[str, ...] | None:
        """Kinds asked for by a cue word ending right before token i; () for a cue with no kind."""
        for j in range(max(0, i - 3), i):
            k = self.kind_cues.longest_at(toks, j, i)
            if k is not None and k.tok_end == i:
                return k.payloads[0]
            c = self.cue_words.longest_at(toks, j, i)
            if c is not None and c.tok_end == i:
                return ()
        return None

    def _relative_before(self, toks, i: int) -> bool:
        for j in range(max(0, i - 2), i):
            d = self.direction.longest_at(toks, j, i)
            if d is not None and d.tok_end == i:
                return True
        return False
