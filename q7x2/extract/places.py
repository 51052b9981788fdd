"""Places: gazetteer entries (admin units, towns, sites, countries) found in the text."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Optional

from pydantic import Field

from ..document import Document
from ..gazetteers import Entry, Gazetteers, Table
from ..lexicon import TRANSPARENT, Lexicon
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
    """Gazetteer names in the text. A name with ``cues`` counts only right after one of
    them ("قاعدة بلد", not "في بلد خرج من حرب"); a cue word may also choose among places
    that share a name ("محافظة البصرة" the governorate); a direction before a name
    ("شمال بغداد") makes it a reference point."""

    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker, cues: Cues):
        entries = gazetteers.entries("places", Place)
        self.lexicon = Lexicon(((form, e) for e in entries for form in (e.name_ar, *e.variants)), keymaker)
        table = gazetteers.table("place_cues", PlaceCues)
        words = {*table.cues, *table.kind_cues, *(c for e in entries for c in e.cues)}
        self.cue_words = Lexicon(((w, w) for w in words), keymaker)
        key = self.cue_words.phrase_keys
        self.keys_of_cue = {w: key(w) for w in words}
        self.kinds_of = {key(c): tuple(kinds) for c, kinds in table.kind_cues.items()}
        self.cues_of = {e.id: frozenset(key(c) for c in e.cues) for e in entries if e.cues}
        self.direction = cues["direction"]
        self._chosen: dict[tuple[int, tuple[str, ...] | None], tuple[Place, ...]] = {}

    def __call__(self, doc: Document) -> None:
        toks = doc.tokens
        for m in self.lexicon.find(toks):
            cue = self._cue_before(toks, m.tok_start)
            key = (id(m.payloads), cue)                 # a trie node's payloads live as long as the lexicon
            entries = self._chosen.get(key)
            if entries is None:
                entries = self._chosen[key] = self._choose(m.payloads, cue)
            if entries:
                doc.mention_tokens("place", m.tok_start, m.tok_end,
                                   PlaceMention(entries[0], entries, self._relative_before(toks, m.tok_start),
                                                cue is not None))

    def _choose(self, payloads: list[Place], cue: tuple[str, ...] | None) -> tuple[Place, ...]:
        """The entries a name may stand for after ``cue``, most specific first."""
        entries = [e for e in payloads if e.id not in self.cues_of or cue in self.cues_of[e.id]]
        kinds = self.kinds_of.get(cue, ())
        entries = [e for e in entries if e.kind in kinds] or entries
        entries.sort(key=lambda e: SPECIFICITY[e.kind])
        return tuple(entries)

    def _cue_before(self, toks, i: int) -> tuple[str, ...] | None:
        """The cue word (its lookup keys) that ends right before token i, quotes aside."""
        while i > 0 and toks[i - 1].text in TRANSPARENT:
            i -= 1
        c = self.cue_words.ending_at(toks, i, 3)
        return None if c is None else self.keys_of_cue[c.payloads[0]]

    def _relative_before(self, toks, i: int) -> bool:
        return self.direction.ending_at(toks, i, 2) is not None
