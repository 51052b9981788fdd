"""Places: gazetteer entries (admin units, towns, sites, countries) found in the text."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Literal, Optional

from pydantic import Field, model_validator

from ..document import Document
from ..gazetteers import Entry, Gazetteers, Table
from ..lexicon import TRANSPARENT, Lexicon
from ..normalise import normalise_phrase
from ..phrases import Cues

# "(100 كم", "، على بعد 100 كم": how far after a name its distance unit may stand
_DISTANCE_WITHIN = 6
from ..tokenise import KeyMaker

# "أبي صيدا شمال شرقي بعقوبة": how many words of a direction may stand between a name and the
# place it is said to lie in the direction of; names of these kinds have no namesakes
_DIRECTION_WORDS = 3
_NO_NAMESAKE = frozenset({"country", "region"})

PlaceKind = Literal["country", "region", "governorate", "district", "subdistrict", "town",
                    "neighbourhood", "site", "road", "crossing", "border"]


# The columns of a place written as one row (see ``Place.from_row``), in order.
ROW_COLUMNS = ("id", "name", "name_ar", "variants", "kind", "country", "admin1", "admin2", "parent",
               "lat", "lon", "target", "cues", "coord_source", "population", "geonameid")
_LIST_COLUMNS = frozenset({"variants", "cues"})


class Place(Entry):
    """One place. ``name_ar`` and ``variants`` are the forms matched in text.

    An entry is a mapping, or (in generated files of thousands of places) one row: the
    values of ``ROW_COLUMNS`` in order, separated by ``|``, list items by ``;``, empty
    columns and trailing ones left out:
    ``"gn-170654 | Damascus | دمشق | | town | SY | SY-DI | | SY-DI | 33.51 | 36.29"``.
    A row is one YAML scalar where a mapping is some thirty nodes, so a file of rows
    loads about forty times faster.
    """

    name: str                                   # English name
    name_ar: str
    variants: list[str] = Field(default_factory=list)  # other spellings, Arabic or Latin
    kind: PlaceKind
    country: str                                # ISO 3166-1 alpha-2 ("IQ", "SY" ...)
    admin1: Optional[str] = None                # ISO 3166-2 ("IQ-BG"); IQ-KR for Kurdistan
    admin2: Optional[str] = None                # second-level unit's name, where the source has it
    parent: Optional[str] = None                # id of the enclosing place
    lat: Optional[float] = None
    lon: Optional[float] = None
    target: Optional[str] = None                # sites: the target type they imply (embassy -> diplomatic)
    cues: list[str] = Field(default_factory=list)  # if given, the name counts only right after one of these words
    spans: list[str] = Field(default_factory=list)  # a region over several first-level units: their ISO codes
    # added with the gazetteer data (optional, informational; not used for matching):
    coord_source: Optional[Literal["town", "capital", "site", "approx", "interior", "source"]] = None
    population: Optional[int] = None            # GeoNames population (ranking same-name places)
    geonameid: Optional[int] = None             # GeoNames id of the town this entry stands for

    @model_validator(mode="before")
    @classmethod
    def from_row(cls, value):
        if not isinstance(value, str):
            return value
        cells = [c.strip() for c in value.split("|")]
        if len(cells) > len(ROW_COLUMNS):
            raise ValueError(f"a row has at most {len(ROW_COLUMNS)} columns ({', '.join(ROW_COLUMNS)}), "
                             f"this one has {len(cells)}")
        return {col: [x.strip() for x in cell.split(";") if x.strip()] if col in _LIST_COLUMNS else cell
                for col, cell in zip(ROW_COLUMNS, cells) if cell}


def place_row(values: dict) -> str:
    """The row of ``Place.from_row`` for a place's values (the gazetteer builds write these)."""
    unknown = set(values) - set(ROW_COLUMNS)
    if unknown:
        raise ValueError(f"{values.get('id')}: no row column for {sorted(unknown)}")
    cells = ["; ".join(v) if isinstance(v, list) else "" if v is None else str(v)
             for v in (values.get(c) for c in ROW_COLUMNS)]
    for c, cell in zip(ROW_COLUMNS, cells):
        if "|" in cell or (c in _LIST_COLUMNS and any(";" in x for x in values.get(c) or ())):
            raise ValueError(f"{values.get('id')}: {c} {cell!r} holds a separator")
    while cells and not cells[-1]:
        cells.pop()
    return " | ".join(cells)


def place_file(entries: list[dict], header: str) -> str:
    """A generated gazetteer file: ``header`` (``{columns}`` filled with the row columns) and
    one row per entry, each a JSON-quoted YAML scalar."""
    out = [header.format(columns=" | ".join(ROW_COLUMNS))]
    out += ["- " + json.dumps(place_row(e), ensure_ascii=False) + "\n" for e in entries]
    return "".join(out)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    place: Place
    candidates: tuple[Place, ...]   # every entry with this name, most specific first
    relative: bool                  # "شمال بغداد": a reference point, not where it happened
    cue: bool                       # preceded by a place cue (قاعدة، مدينة، محافظة ...)
    referred: bool = False          # "غرب البلاد": the country the text speaks of, not named here


@dataclass(frozen=True, slots=True)
class _Ends:
    """A document's cue words (by the token they end before), and where street words and
    directions end."""

    cue: dict
    naming: set[int]
    direction: set[int]
    centre: set[int]      # of those, the directions that place inside a name ("وسط مدينة الباب")


def _arabic(word: str) -> bool:
    return "\u0621" <= word[0] <= "\u064a"


# Most specific first: a name shared by a town and its district is the town.
SPECIFICITY = {k: i for i, k in enumerate(
    ["site", "crossing", "road", "neighbourhood", "town", "subdistrict", "district", "governorate",
     "border", "region", "country"])}


class PlaceCues(Table):
    """``place_cues.yaml``: the words that introduce a place name."""

    cues: list[str]                      # words that license a place named after them
    kind_cues: dict[str, list[str]]      # cue word -> kinds it selects (محافظة -> governorate)
    naming_nouns: list[str]              # "شارع القدس": a place name after these names a street, not a place
    formula_heads: list[str]             # "ارتقى شهيدا على طريق القدس": a place name after these is a slogan's
    site_in: list[str]                   # "السفارة الأمريكية في تل أبيب": the word, or clitic, that puts a site in a town
    distance_units: list[str]            # "الإسحاقي (100 كم شمال بغداد)": a name located by distance
    unlisted_cues: dict[str, PlaceKind]  # "بلدة زموري": a name no gazetteer knows after these is a place
    name_prefixes: list[str]             # "بن طلحة", "عين العرب": a name's first word that takes the next
    adjective_endings: list[str]         # "منطقة سكنية", "حي سكني": an adjective, not a name
    the_country: list[str]               # "غرب البلاد": the country the text speaks of
    centre_words: list[str] = []         # "وسط مدينة الباب": a direction that places inside the name, not off it
    list_cues: list[str]                 # "بلدات عيتا الشعب وكفركلا والخيام": a cue for every name of the list after it


class CommonWords(Table):
    """``common_words.yaml`` (built by ``tools/build_common_words.py``)."""

    zipf: float
    words: str                           # lookup keys separated by spaces


class PlaceExtractor:
    """Gazetteer names in the text. A name with ``cues`` counts only right after one of
    them ("قاعدة بلد", not "في بلد خرج من حرب"); a cue word may also choose among places
    that share a name ("محافظة البصرة" the governorate); a direction before a name
    ("شمال بغداد") makes it a reference point."""

    def __init__(self, gazetteers: Gazetteers, keymaker: KeyMaker, cues: Cues):
        entries = gazetteers.entries("places", Place)
        self.keymaker = keymaker
        self.lexicon = Lexicon(((form, e) for e in entries for form in (e.name_ar, *e.variants)), keymaker)
        table = gazetteers.table("place_cues", PlaceCues)
        words = {*table.cues, *table.kind_cues, *table.list_cues, *(c for e in entries for c in e.cues)}
        self.cue_words = Lexicon(((w, w) for w in words), keymaker)
        key = self.cue_words.phrase_keys
        self.keys_of_cue = {w: key(w) for w in words}
        self.kinds_of = {key(c): tuple(kinds) for c, kinds in table.kind_cues.items()}
        self.cues_of = {e.id: frozenset(self.keys_of_cue[c] for c in e.cues) for e in entries if e.cues}
        self.list_cues = frozenset(self.keys_of_cue[c] for c in table.list_cues)
        self.direction = cues["direction"]
        self.naming = Lexicon(((w, True) for w in (*table.naming_nouns, *table.formula_heads)), keymaker)
        self.site_in = tuple(normalise_phrase(w) for w in table.site_in)
        self.distance_units = Lexicon(((w, True) for w in table.distance_units), keymaker)
        self.unlisted = Lexicon(table.unlisted_cues.items(), keymaker)
        self.name_prefixes = Lexicon(((w, True) for w in table.name_prefixes), keymaker)
        self.adjective_endings = tuple(normalise_phrase(e) for e in table.adjective_endings)
        self.the_country = Lexicon(((w, True) for w in table.the_country), keymaker)
        self.centre = frozenset(keymaker.canonical(normalise_phrase(w)) for w in table.centre_words)
        self.countries = {e.country: e for e in entries if e.kind == "country"}
        self.common = frozenset(gazetteers.table("common_words", CommonWords).words.split())
        self.keymaker = keymaker
        self._cue_needed: dict[int, bool] = {}     # by id of a trie node's payloads
        self._clitic_noun: dict[str, bool] = {}    # by word text (see _noun_in_construct)
        self._chosen: dict[tuple[int, tuple[str, ...] | None], tuple[Place, ...]] = {}

    def __call__(self, doc: Document) -> None:
        toks = doc.tokens
        found = []
        matches = self.lexicon.find(toks)
        starts = {m.tok_start for m in matches}
        # the cue words, street words and directions of the document, by the token they end before
        directions = self.direction.find(toks)
        ends = _Ends({m.tok_end: m for m in self.cue_words.find(toks)},
                     {m.tok_end for m in self.naming.find(toks)},
                     {m.tok_end for m in directions},
                     {m.tok_end for m in directions if self._centre(toks, m)})
        listed = None            # (end, cue) of the last place named after a plural cue: its list goes on with و
        names = []               # the lexicon payloads of each mention found: the name it was found by
        dated = {i for d in doc.of("date") for i in range(d.tok_start, d.tok_end)}
        for m in matches:
            if m.tok_start in ends.naming:
                continue                                # "شارع القدس", "ساحة فلسطين": a name, not the place
            if m.tok_start in dated:
                continue                                # "بريف حلب الشرقي فجر اليوم": a time, not Al-Fajer
            if m.tok_end in starts and self._is_cue_word(ends, m):
                continue                                # "وسط مدينة الموصل": the cue of the next name
            cue = self._cue_before(toks, ends, m.tok_start)
            in_list = cue is None and listed is not None and 0 <= m.tok_start - listed[0] <= 1 \
                and self.keymaker.coordinated(toks[m.tok_start].text)
            if in_list:
                cue = listed[1]                         # "بلدات عيتا الشعب وكفركلا والخيام": the list's cue
            if self._is_cue_word(ends, m) and (cue is None or m.tok_start in ends.direction):
                continue                                # "شمال المدينة": the city just named ("قضاء المدينة" is one)
            if m.tok_end == m.tok_start + 1 and (
                    cue is None and m.tok_start not in ends.direction and self._noun_in_construct(doc, m.tok_start)
                    or m.tok_end in starts and self._common_with_clitic(toks[m.tok_start].text)
                    and not doc.between("date", m.tok_end, m.tok_end + 1)):     # "بدمشق فجر الأربعاء"
                continue                                # "بعقوبة الإعدام": ب + عقوبة, not the town; so
                                                        # "بحيرة طبريا", governing the next name
            # "شرقي الرقة": a direction names the place as a cue would (not "شمال غربي البلاد")
            located = in_list or (self._needs_cue(m.payloads) and (
                cue is None and self._located_after(toks, m.tok_end) or m.tok_start in ends.direction
                and self.the_country.longest_at(toks, m.tok_start, m.tok_end) is None))
            key = (id(m.payloads), cue, located)        # a trie node's payloads live as long as the lexicon
            entries = self._chosen.get(key)
            if entries is None:
                entries = self._chosen[key] = self._choose(m.payloads, cue, located)
            if entries:
                listed = (m.tok_end + (toks[m.tok_end].text == "," if m.tok_end < len(toks) else 0), cue) \
                    if cue in self.list_cues else None
                found.append(doc.mention_tokens("place", m.tok_start, m.tok_end,
                                                PlaceMention(entries[0], entries,
                                                             self._relative_before(ends, m.tok_start),
                                                             cue is not None)))
                names.append(id(m.payloads))
        self._by_context(doc, found, names)
        self._one_sense(found, names)
        self._namesakes(doc, found)
        self._sites_elsewhere(doc, found)
        self._foreign_by_cue(doc, found, names)
        for m in self.the_country.find(toks):
            country = self._country_referred(doc, found, m.tok_start)
            if country is not None:
                doc.mention_tokens("place", m.tok_start, m.tok_end,
                                   PlaceMention(country, (country,), self._relative_before(ends, m.tok_start),
                                                False, referred=True))
        named = {i for m in found for i in range(m.tok_start, m.tok_end)}
        for m in self.unlisted.find(toks):
            if self.keymaker.is_definite(toks, m.tok_start):
                continue                                # "في أطراف البلدة دمرته": the town told, no name after it
            name = self._unlisted_name(toks, m.tok_end, named, dated)
            if name is not None:
                doc.mention_tokens("place", name[0], name[1], self._unlisted_place(doc, name, m.payloads[0],
                                                                                  self._relative_before(ends, name[0])))
        if listed_cues := [c for c in ends.cue.values() if self.keys_of_cue[c.payloads[0]] in self.list_cues]:
            self._listed_unknown(doc, listed_cues, found, named, dated)

    def _listed_unknown(self, doc: Document, listed_cues: list, found: list, named: set[int], dated: set[int]) -> None:
        """"غارات استهدفت بلدات بريتال وشمسطار وبوداي": a word joined by و to a name the
        gazetteer knows, in the list a plural cue opens, is a place too if it is no common word,
        though no gazetteer knows it: a town, kept as written with no country or coordinates.
        The list ends at the first word that is neither ("بلدات في الجنوب", "ودمرت")."""
        toks, n = doc.tokens, len(doc.tokens)
        by_start = {m.tok_start: m for m in found}
        for c in listed_cues:
            if self.keymaker.is_definite(toks, c.tok_start):
                continue                                # "البلدات": no list opens here
            pos, first = c.tok_end, True
            if pos not in by_start and (name := self._listed_first(toks, pos, named, dated)) is not None:
                # "قرى البارة وسفوهن وكنصفرة", "قريتي الهوشان والمشيرفة": the list's first name,
                # which no gazetteer knows, when a name is joined to it
                place = self._unlisted_place(doc, name, "town", False)
                doc.mention_tokens("place", name[0], name[1], PlaceMention(place.place, place.candidates, False, True))
                named.update(range(*name))
                pos, first = name[1], False
            while pos < n:
                m = by_start.get(pos)
                if m is not None:
                    pos, first = m.tok_end, False
                    continue
                word = toks[pos].text
                if first or not self.keymaker.coordinated(word) or pos in named or pos in dated:
                    break                               # only after a name the gazetteer knows, joined to it
                conjunction = next(c for c in self.keymaker.conjunctions if word.startswith(c))
                stem = word[len(conjunction):]
                last = pos + 1
                if self._prefixed(toks, pos, named, dated):
                    last = pos + 2                      # "وجبل بلاط": a name prefix takes the next word
                elif not stem or not _arabic(stem) or self._common(stem) or self._common(word):
                    break
                # the name without its conjunction: its own offsets ("وشمسطار" -> "شمسطار")
                start, end = toks.token_starts[pos] + len(conjunction), toks.token_ends[last - 1]
                name = doc.original_text(start, end)
                place = Place(id=f"unlisted:{doc.norm[start:end]}", name=name, name_ar=name, kind="town", country="")
                doc.mention("place", start, end, PlaceMention(place, (place,), False, True))
                named.update(range(pos, last))
                pos = last

    def _listed_first(self, toks, i: int, named: set[int], dated: set[int]) -> tuple[int, int] | None:
        """The first name of a plural cue's list when no gazetteer knows it: a name as after an
        unlisted cue, with a word joined by و right after it that is no common word."""
        name = self._unlisted_name(toks, i, named, dated)
        if name is None or name[1] >= len(toks):
            return None
        j = name[1]
        word = toks[j].text
        if j in named or j in dated or not self.keymaker.coordinated(word):
            return None
        if self._prefixed(toks, j, named, dated):
            return name                                 # "اللبونة وجبل بلاط"
        conjunction = next(c for c in self.keymaker.conjunctions if word.startswith(c))
        stem = word[len(conjunction):]
        return name if stem and _arabic(stem) and not self._common(stem) and not self._common(word) else None

    def _prefixed(self, toks, j: int, named: set[int], dated: set[int]) -> bool:
        """A name prefix joined by و ("وجبل", "وكفر") with a word after it: a name of two words."""
        return self.name_prefixes.longest_at(toks, j, j + 1) is not None and j + 1 < len(toks) \
            and j + 1 not in named and j + 1 not in dated and _arabic(toks[j + 1].text) \
            and not self.keymaker.coordinated(toks[j + 1].text)

    def _unlisted_name(self, toks, i: int, named: set[int], dated: set[int]) -> tuple[int, int] | None:
        """The tokens of a name no gazetteer knows right after an unlisted cue at ``i``: a word
        that is not a common word ("منطقة الصدرية", "بلدة زموري"; not "منطقة سكنية", "منطقة
        الحدود"), a name prefix with the word after it ("بن طلحة"), and a rare definite word
        after that ("عيتا الشعب" stops at the common "الشعب"). A word with an adjective's
        ending is a name when a definite adjective follows it ("قرية كنصفرة المجاورة"): an
        adjective of the cue would be indefinite, as the cue is ("قرية نائية مجاورة")."""
        n = len(toks)
        while i < n and toks[i].text in TRANSPARENT:
            i += 1
        if i >= n or i in named or not _arabic(toks[i].text):
            return None
        if self.name_prefixes.longest_at(toks, i, i + 1) is not None:
            if i + 1 < n and _arabic(toks[i + 1].text) and i + 1 not in named:
                return i, i + 2
            return None
        word = toks[i].text
        definite = self.keymaker.is_definite(toks, i)
        if self._common(word) or (not definite and word.endswith(self.adjective_endings) and not (
                i + 1 < n and i + 1 not in named and i + 1 not in dated and _arabic(toks[i + 1].text)
                and self.keymaker.is_definite(toks, i + 1))):
            return None
        end = i + 1
        if end < n and _arabic(toks[end].text) and self.keymaker.is_definite(toks, end) \
                and not self._common(toks[end].text) and end not in named \
                and not self.keymaker.coordinated(toks[end].text):     # "العويسات والشعلة": two names
            end += 1
        return i, end

    def _noun_in_construct(self, doc: Document, i: int) -> bool:
        """"بعقوبة الإعدام", "بردود الفعل": a one-word name that is also a clitic (ب، ل، ك،
        و، ف) on a common word, right before a definite noun that the word governs, is that
        word (penalty *of death*), not the place. A definite adjective ("بعقوبة الواقعة شمال
        بغداد", by its ending) or a date ("كابل الأحد") after the name leaves it the place."""
        toks = doc.tokens
        nxt = i + 1
        if nxt >= len(toks):
            return False
        following = toks[nxt].text
        article = self.keymaker.article
        if not following.startswith(article) or following.endswith(self.adjective_endings):
            return False
        word = toks[i].text
        clitic_noun = self._clitic_noun.get(word)
        if clitic_noun is None:
            itself = self.keymaker.canonical(word)
            clitic_noun = self._clitic_noun[word] = word in self.lexicon and any(
                k != itself and k in self.common for k in toks[i].keys)
        return clitic_noun and not doc.between("date", nxt, nxt + 1)

    def _common_with_clitic(self, word: str) -> bool:
        """"بحيرة": a common word that is a name only with a clitic (ب) taken off it."""
        itself = self.keymaker.canonical(word)
        return itself in self.common and itself not in self.lexicon

    def _common(self, word: str) -> bool:
        return any(k in self.common for k in self.keymaker.words_of([word])[0].keys)

    @staticmethod
    def _unlisted_place(doc: Document, span: tuple[int, int], kind: str, relative: bool) -> PlaceMention:
        """A place the text names but no gazetteer has: its name as written, its kind from the
        cue, and no country or coordinates (none is invented)."""
        toks = doc.tokens
        start, end = toks.token_starts[span[0]], toks.token_ends[span[1] - 1]
        name = doc.original_text(start, end)
        place = Place(id=f"unlisted:{doc.norm[start:end]}", name=name, name_ar=name, kind=kind, country="")
        return PlaceMention(place, (place,), relative, True)

    def _by_context(self, doc: Document, mentions: list, names: list[int]) -> None:
        """A name shared by places in several countries is the one in the country the text
        names otherwise ("طرابلس ... شمال لبنان" is Lebanon's): the countries of the places
        that are not ambiguous, by how often they are named; failing them, the country whose
        own forces its sentence names ("برصاص الجيش الأردني ... على الحدود مع سوريا"), else the
        text names, by name or adjective ("مقتل جندي أردني ... قتل جندي من قوات حرس الحدود ...
        على الحدود مع سوريا")."""
        votes: dict[str, int] = {}
        # a name ambiguous somewhere in the text casts no vote where a cue narrowed it down
        ambiguous = {name for m, name in zip(mentions, names) if len({e.country for e in m.value.candidates}) > 1}
        shared = []
        for m, name in zip(mentions, names):
            countries = {e.country for e in m.value.candidates}
            if len(countries) > 1:
                shared.append((m, countries))
            elif name not in ambiguous:
                c = next(iter(countries))
                votes[c] = votes.get(c, 0) + 1
        forces: dict[int | str, str | None] = {}    # by sentence, and "text" for the whole text
        for m, countries in shared:
            v: PlaceMention = m.value
            if any(votes.get(c) for c in countries):
                ranked = sorted(v.candidates, key=lambda e: -votes.get(e.country, 0))   # stable: the gazetteer's order next
            else:
                if m.sentence not in forces:
                    forces[m.sentence] = self._forces_country(doc, m.tok_start)
                own = forces[m.sentence]
                if own is None:
                    if "text" not in forces:
                        forces["text"] = self._forces_country_between(doc, 0, len(doc.tokens), adjectives=True)
                    own = forces["text"]
                if own is None:
                    continue
                ranked = sorted(v.candidates, key=lambda e: e.country != own)
            if ranked[0] is not v.place:
                m.value = PlaceMention(ranked[0], tuple(ranked), v.relative, v.cue)

    def _foreign_by_cue(self, doc: Document, mentions: list, names: list[int]) -> None:
        """"أمام منزله في حي الشهداء" in a text whose places lie in Iraq: a common word that is a
        name only after a cue, of places in countries no other place of the text lies in, is a
        place no gazetteer has (the Egyptian or Palestinian town of that name is not meant)."""
        if len(mentions) < 2:
            return
        named_in: dict[str, set[int]] = {}          # country -> the names of the text's places in it
        for m, name in zip(mentions, names):
            if m.value.place.country:
                named_in.setdefault(m.value.place.country, set()).add(name)
        for m, name in zip(mentions, names):
            v: PlaceMention = m.value
            if not v.cue or v.place.kind == "country" or any(e.id not in self.cues_of for e in v.candidates):
                continue
            theirs = {e.country for e in v.candidates}
            if any(named_in.get(c, set()) - {name} for c in theirs) or \
                    not any(ns - {name} for c, ns in named_in.items() if c not in theirs):
                continue
            m.value = self._unlisted_place(doc, (m.tok_start, m.tok_end), v.place.kind, v.relative)

    @staticmethod
    def _one_sense(mentions: list, names: list[int]) -> None:
        """"على مدينة أريحا جنوبي إدلب ... وسط أريحا": a name stands for places of one country in
        a text, that of the one chosen where it could be in the most countries (not Jericho, all the
        second one could be)."""
        widest: dict[int, Place] = {}
        for m, name in sorted(zip(mentions, names), key=lambda mn: -len({e.country for e in mn[0].value.candidates})):
            widest.setdefault(name, m.value.place)
        for m, name in zip(mentions, names):
            v: PlaceMention = m.value
            if v.place.country != widest[name].country:     # its kind still up to its own cue
                m.value = PlaceMention(widest[name], (widest[name], *(e for e in v.candidates if e is not widest[name])),
                                       v.relative, v.cue, v.referred)

    def _centre(self, toks, m) -> bool:
        return m.tok_end == m.tok_start + 1 and any(k in self.centre for k in toks[m.tok_start].keys)

    def _sites_elsewhere(self, doc: Document, found: list) -> None:
        """"السفارة الأمريكية في تل أبيب", "مبنى السفارة الأمريكية في بيروت": a site the gazetteer
        knows by a name many places share, said to be in a town of another first-level unit,
        is that town's site of the name: kept as written, with no country or coordinates (the
        town after it gives them), not the one the gazetteer has."""
        toks = doc.tokens
        for x, y in zip(found, found[1:]):
            xp, yp = x.value.place, y.value.place
            if xp.kind != "site" or not xp.admin1 or not yp.admin1 or yp.admin1 == xp.admin1 or yp.kind != "town":
                continue
            between = toks.texts[x.tok_end:y.tok_start]
            if len(between) == 1 and between[0] in self.site_in or \
                    not between and toks.texts[y.tok_start].startswith(self.site_in) and \
                    not normalise_phrase(yp.name_ar).startswith(self.site_in):      # "ببيروت", not "بيروت"
                x.value = self._unlisted_place(doc, (x.tok_start, x.tok_end), "site", x.value.relative)

    def _namesakes(self, doc: Document, found: list) -> None:
        """"ناحية أبي صيدا شمال شرقي بعقوبة", "بلدة عقربا جنوب شرقي دمشق": a name the text
        places by a direction from a place in another country than the gazetteer's place of
        that name is that country's place of the name, if the gazetteer has one; else a
        namesake it does not have, kept as written (with a name prefix before it: "أبي صيدا"),
        with no country or coordinates (not Sidon in Lebanon, nor Aqraba in Palestine), of the
        kind its cue says ("حي النصر جنوب مدينة الحسكة": a quarter), else a town."""
        toks = doc.tokens
        for x, y in zip(found, found[1:]):
            xv, yv = x.value, y.value
            xp, yp = xv.place, yv.place
            if not yv.relative or xv.relative or not xp.country or not yp.country or xp.country == yp.country \
                    or xp.kind in _NO_NAMESAKE or yp.kind in _NO_NAMESAKE \
                    or not 0 < y.tok_start - x.tok_end <= _DIRECTION_WORDS:
                continue
            fits = [e for e in xv.candidates if e.country == yp.country]
            if fits:
                x.value = PlaceMention(fits[0], (*fits, *(e for e in xv.candidates if e not in fits)),
                                       xv.relative, xv.cue, xv.referred)
                continue
            start = x.tok_start
            if start > 0 and self.name_prefixes.longest_at(toks, start - 1, start) is not None:
                start -= 1
            x.tok_start, x.start = start, toks.token_starts[start]
            cue = self.unlisted.ending_at(toks, start, 1)      # "حي النصر جنوب مدينة الحسكة": a quarter
            x.value = self._unlisted_place(doc, (start, x.tok_end), cue.payloads[0] if cue else "town", False)

    def _country_referred(self, doc: Document, found: list, i: int) -> Place | None:
        """The country "البلاد" at token i stands for: the one the places named before it lie
        in (the most named; the last named on a tie), else the one whose own forces the
        sentence names ("قتلت قوات الأمن الباكستانية ... شمال غربي البلاد"), if only one."""
        votes: dict[str, tuple[int, int]] = {}
        for m in found:
            country = m.value.place.country
            if m.tok_start < i and country in self.countries:
                votes[country] = (votes.get(country, (0, 0))[0] + 1, m.tok_start)
        if votes:
            return self.countries[max(votes, key=votes.get)]
        own = self._forces_country(doc, i)
        return None if own is None else self.countries[own]

    def _forces_country(self, doc: Document, i: int) -> str | None:
        """The one country whose own forces the sentence of token ``i`` names, if only one."""
        s = doc.sentences[doc.sentence_of_token(i)]
        return self._forces_country_between(doc, s.tok_start, s.tok_end)

    def _forces_country_between(self, doc: Document, lo: int, hi: int, adjectives: bool = False) -> str | None:
        """The one country whose own forces tokens [lo, hi) name, if only one; with
        ``adjectives``, also by the forces' adjective ("مقتل جندي أردني")."""
        kinds = ("actor", "actor_adjective") if adjectives else ("actor",)
        own = {a.value.country for kind in kinds for a in doc.between(kind, lo, hi)
               if a.value.kind == "state_forces" and a.value.country in self.countries}
        return own.pop() if len(own) == 1 else None

    def _needs_cue(self, payloads: list[Place]) -> bool:
        """Whether one of the places a name may stand for counts only after a cue."""
        needs = self._cue_needed.get(id(payloads))
        if needs is None:
            needs = self._cue_needed[id(payloads)] = any(e.id in self.cues_of for e in payloads)
        return needs

    def _located_after(self, toks, i: int) -> bool:
        """"وفي الإسحاقي (100 كم شمال بغداد)": a distance and a direction right after the name
        locate it from another place, so it is a place."""
        for j in self.distance_units.starts(toks, i, min(i + _DISTANCE_WITHIN, len(toks))):
            unit = self.distance_units.longest_at(toks, j, j + 1)
            if unit is not None:
                return any(any(c.isdigit() for c in t.text) for t in toks[i:j]) and \
                    self.direction.longest_at(toks, unit.tok_end, min(unit.tok_end + 3, len(toks))) is not None
        return False

    def _choose(self, payloads: list[Place], cue: tuple[str, ...] | None, located: bool = False) -> tuple[Place, ...]:
        """The entries a name may stand for after ``cue``: those of the country with the most
        populous such place first ("طرابلس" in Libya before Lebanon), most specific first
        within a country (the town before its governorate). An admin unit that stands for a
        town (it has the town's ``geonameid``) is a town to a cue that asks for one."""
        entries = [e for e in payloads if e.id not in self.cues_of or cue in self.cues_of[e.id] or located]
        kinds = self.kinds_of.get(cue, ())
        entries = [e for e in entries
                   if e.kind in kinds or (e.geonameid is not None and "town" in kinds)] or entries
        rank: dict[str, tuple[int, int]] = {}
        for i, e in enumerate(entries):
            weight, first = rank.get(e.country, (0, i))
            rank[e.country] = (min(weight, -(e.population or 0)), first)
        entries.sort(key=lambda e: (rank[e.country], SPECIFICITY[e.kind]))
        return tuple(entries)

    @staticmethod
    def _is_cue_word(ends: "_Ends", m) -> bool:
        c = ends.cue.get(m.tok_end)
        return c is not None and c.tok_start == m.tok_start

    def _cue_before(self, toks, ends: "_Ends", i: int) -> tuple[str, ...] | None:
        """The cue word (its lookup keys) that ends right before token i, quotes aside. A
        definite noun is no cue: "اقتحمت البلدة فجرا" is no construct ("بلدة الفجر"); nor is
        one with a pronoun suffix: "تسقط قربها فجر الأحد" (near it, at dawn on Sunday)."""
        while i > 0 and toks[i - 1].text in TRANSPARENT:
            i -= 1
        c = ends.cue.get(i)
        if c is None:
            return None
        keys = self.keys_of_cue[c.payloads[0]]
        if c.tok_end - c.tok_start == 1 and (self.keymaker.is_definite(toks, c.tok_start)
                                             or self.keymaker.with_pronoun(toks[c.tok_start].text, keys[0])):
            return None
        return keys

    @staticmethod
    def _relative_before(ends: "_Ends", i: int) -> bool:
        """"شمال بغداد", "غربي مدينة الموصل": a direction before the name (and its cue word). Not
        the centre before a cue word ("وسط مدينة الباب", "وسط مدينة العمارة"): that is in the
        town itself ("وسط بغداد" alone stays a reference)."""
        if i in ends.direction:
            return True
        cue = ends.cue.get(i)
        return cue is not None and cue.tok_start in ends.direction and cue.tok_start not in ends.centre
