"""The ACLED view, column by column, against rows written by hand (README "ACLED mapping")."""
import csv
import io
from datetime import date

import pytest
from click.testing import CliRunner
from seed_events import balad_seed_event, balad_wire_event, variant

from q7x2.acled import COLUMNS, acled_date, shipped_tables
from q7x2.article import Article
from q7x2.commands import convert
from q7x2.extract.places import Place
from q7x2.formats import get_writer
from q7x2.gazetteers import Gazetteers


def rows(events, fmt="acled"):
    out = io.StringIO()
    writer = get_writer(fmt)(out)
    for e in events:
        writer.write(e)
    writer.close()
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def row(event, fmt="acled"):
    return rows([event], fmt)[0]


def perpetrator(name, attribution=None):
    return {"name": name, "name_ar": None, "text": name, "start": 0, "end": len(name), "attribution": attribution}


BALAD_ROW = {
    "event_id_cnty": "IRQ-001_1e6b6c2c93cf8a11-1",
    "event_date": "2021-04-18", "year": "2021", "time_precision": "1",
    "disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
    "sub_event_type": "Shelling/artillery/missile attack",
    "actor1": "Unidentified Armed Group (Iraq)", "assoc_actor_1": "", "inter1": "3",
    "actor2": "Military Forces of Iraq (2020-2022)", "assoc_actor_2": "", "inter2": "1", "interaction": "13",
    "civilian_targeting": "",
    "iso": "368", "region": "Middle East", "country": "Iraq",
    "admin1": "Salah al-Din", "admin2": "Balad", "admin3": "Yathreb", "location": "Balad Air Base",
    "latitude": "33.9400", "longitude": "44.3600", "geo_precision": "1",
    "source": "Middle East Online", "source_scale": "Regional",
    "notes": ("On 18 April 2021, an unidentified armed group fired 5 rockets at Balad Air Base in "
              "Salah al-Din (military target). 5 wounded; no figure for fatalities."),
    "fatalities": "0", "tags": "", "timestamp": "1619222400",
}


def test_the_row_of_seed_001_checked_by_hand():
    """Seed 001: "واستُهدفت قاعدة "بلد" الجوية في محافظة صلاح الدين ... في 18 أبريل/نيسان الجاري بخمسة
    صواريخ أسفرت عن إصابة 3 جنود عراقيين ومتعاقدين أجنبيين", published 2021-04-24, no claim."""
    out = io.StringIO()
    get_writer("acled")(out).write(balad_seed_event())
    assert tuple(out.getvalue().splitlines()[0].split(",")) == COLUMNS and len(COLUMNS) == 31
    assert row(balad_seed_event()) == BALAD_ROW


# ---- country: iso, country, region, event_id_cnty ------------------------------------------

def test_every_country_of_the_place_gazetteer_has_acled_codes():
    countries = {p.country for p in Gazetteers().entries("places", Place)}
    table = shipped_tables().table.countries
    assert countries <= set(table)
    assert all(len(c.iso3) == 3 and c.iso3.isupper() and 0 < c.iso < 1000 for c in table.values())
    assert (table["NO"].name, table["EG"].region, table["PS"].name) == ("Norway", "Northern Africa", "Palestine")


def test_a_country_outside_the_middle_east_gets_its_codes_and_names_in_actors():
    e = variant(balad_seed_event(), location__country_code="EG", location__admin1_code=None, location__admin1=None,
                location__name="Cairo", location__name_ar="القاهرة", perpetrators=[perpetrator("Military Forces of Egypt")])
    r = row(e)
    assert (r["event_id_cnty"][:4], r["iso"], r["country"], r["region"]) == ("EGY-", "818", "Egypt", "Northern Africa")
    assert (r["actor1"], r["inter1"], r["actor2"], r["inter2"]) == (
        "Military Forces of Egypt", "1", "Military Forces of Egypt", "1")


def test_no_place_no_country_and_no_country_in_actor_names():
    e = variant(balad_seed_event(), location={}, target__type="civilian")
    r = row(e)
    assert (r["event_id_cnty"][:4], r["iso"], r["country"], r["region"]) == ("XXX-", "", "", "")
    assert (r["actor1"], r["actor2"]) == ("Unidentified Armed Group", "Civilians")
    assert (r["admin1"], r["location"], r["latitude"], r["geo_precision"]) == ("", "", "", "")


# ---- event_type, sub_event_type, civilian_targeting: consistent with the actors -------------

def test_an_attack_on_an_armed_group_is_a_battle():
    e = variant(balad_seed_event(), event_type="Violence against civilians", sub_event_type="Attack",
                target__type="armed_group", target__name=None)
    r = row(e)
    assert (r["event_type"], r["sub_event_type"], r["actor2"], r["interaction"]) == (
        "Battles", "Armed clash", "Unidentified Armed Group (Iraq)", "33")
    assert r["civilian_targeting"] == "" and "clashed with forces at" in r["notes"]


def test_an_attack_on_soldiers_is_a_battle_with_the_military():
    e = variant(balad_seed_event(), event_type="Violence against civilians", sub_event_type="Attack")
    assert (row(e)["event_type"], row(e)["actor2"]) == ("Battles", "Military Forces of Iraq (2020-2022)")


def test_an_abduction_has_civilian_victims_even_when_the_text_names_no_target():
    e = variant(balad_seed_event(), event_type="Violence against civilians",
                sub_event_type="Abduction/forced disappearance", target={})
    r = row(e)
    assert (r["event_type"], r["actor2"], r["inter2"], r["interaction"], r["civilian_targeting"]) == (
        "Violence against civilians", "Civilians (Iraq)", "7", "37", "Civilian targeting")


def test_a_clash_with_civilians_is_violence_against_them():
    e = variant(balad_seed_event(), event_type="Battles", sub_event_type="Armed clash", target__type="civilian")
    assert (row(e)["event_type"], row(e)["sub_event_type"]) == ("Violence against civilians", "Attack")


def test_shelling_civilians_stays_remote_violence_with_civilian_targeting():
    r = row(variant(balad_seed_event(), target__type="civilian"))
    assert (r["event_type"], r["actor2"], r["civilian_targeting"]) == (
        "Explosions/Remote violence", "Civilians (Iraq)", "Civilian targeting")


# ---- actors ----------------------------------------------------------------------------------

def test_a_claimed_faction_is_actor1_by_its_gazetteer_name():
    e = variant(balad_seed_event(), perpetrators=[perpetrator("Saraya Awliya al-Dam", "claimed")], claimed=True)
    r = row(e)
    assert (r["actor1"], r["inter1"], r["interaction"]) == ("Saraya Awliya al-Dam", "3", "13")
    assert "Claimed by Saraya Awliya al-Dam." in r["notes"]


def test_state_forces_carry_the_period_of_their_government():
    e = variant(balad_seed_event(), date__value="2024-07-25",
                perpetrators=[perpetrator("Military Forces of the United States")],
                target__type="armed_group", target__name="Kata'ib Hezbollah")
    r = row(e)
    assert (r["actor1"], r["inter1"]) == ("Military Forces of the United States (2021-2025)", "8")   # abroad
    assert (r["actor2"], r["inter2"], r["interaction"]) == ("Kataib Hezbollah", "3", "38")
    r = row(variant(balad_seed_event(), date__value="2024-07-25"))
    assert r["actor2"] == "Military Forces of Iraq (2022-)"


def test_undated_state_forces_have_no_period():
    e = variant(balad_seed_event(), date={})
    assert row(e)["actor2"] == "Military Forces of Iraq"


def test_the_islamic_state_and_acled_spellings_of_factions():
    e = variant(balad_seed_event(), perpetrators=[perpetrator("Islamic State", "claimed"),
                                                  perpetrator("Popular Mobilization Forces")])
    r = row(e)
    assert (r["actor1"], r["inter1"]) == ("Islamic State (Iraq)", "2")
    assert r["assoc_actor_1"] == "PMF: Popular Mobilization Forces"


def test_acled_names_the_islamic_state_by_the_country_it_acts_in():
    syria = variant(balad_seed_event(), location__country_code="SY", location__admin1_code="SY-DY",
                    perpetrators=[perpetrator("Islamic State", "claimed")])
    assert row(syria)["actor1"] == "Islamic State (Syria)"
    nowhere = variant(balad_seed_event(), location__country_code=None, location__admin1_code=None, perpetrators=[perpetrator("Islamic State", "claimed")])
    assert row(nowhere)["actor1"] == "Islamic State"


@pytest.mark.parametrize("perps", [
    [perpetrator("Iran-backed factions (generic)")],            # a description, not a named actor
    [perpetrator("Kata'ib Hezbollah", "accused")],              # a third party's accusation
    [perpetrator("Kata'ib Hezbollah", "suspected")],            # the article's own hedge
])
def test_generic_accused_or_suspected_perpetrators_leave_an_unidentified_armed_group(perps):
    assert row(variant(balad_seed_event(), perpetrators=perps))["actor1"] == "Unidentified Armed Group (Iraq)"


def test_the_target_is_never_also_an_associated_perpetrator():
    e = variant(balad_seed_event(), target__type="armed_group", target__name="Kata'ib Hezbollah",
                perpetrators=[perpetrator("Islamic State"), perpetrator("Kata'ib Hezbollah")])
    r = row(e)
    assert (r["actor1"], r["assoc_actor_1"], r["actor2"]) == ("Islamic State (Iraq)", "", "Kataib Hezbollah")


def test_property_targets_have_no_actor2():
    r = row(variant(balad_seed_event(), target__type="diplomatic"))
    assert (r["actor2"], r["inter2"], r["interaction"]) == ("", "", "30")


def test_inter_codes_as_acled_text_labels():
    r = row(balad_seed_event(), "acled-labels")
    assert (r["inter1"], r["inter2"], r["interaction"]) == ("Political militia", "State forces",
                                                            "State forces-Political militia")
    r = row(variant(balad_seed_event(), target__type="diplomatic"), "acled-labels")
    assert (r["inter1"], r["inter2"], r["interaction"]) == ("Political militia", "", "Political militia only")


# ---- admin1, admin2, admin3, location ------------------------------------------------------

def test_admin_names_as_acled_writes_them_and_from_the_places_parents():
    e = variant(balad_seed_event(), location__admin1="Al-Anbar", location__admin1_code="IQ-AN",
                location__name="Ain al-Asad Air Base", location__name_ar="قاعدة عين الأسد")
    r = row(e)
    assert (r["admin1"], r["admin2"], r["admin3"]) == ("Anbar", "Heet", "Al-Baghdady")


def test_place_names_lose_their_diacritics():
    e = variant(balad_seed_event(), location__country_code="SY", location__admin1_code="SY-DY",
                location__admin1="Dayr az Zawr", location__name="Ālbū Kamāl", location__name_ar="البوكمال")
    r = row(e)
    assert (r["country"], r["admin1"], r["location"]) == ("Syria", "Deir-ez-Zor", "Albu Kamal")


# ---- dates ------------------------------------------------------------------------------------

@pytest.mark.parametrize("value,expected", [
    ("2021-04-18", ("2021-04-18", "2021")),
    ("2021-W15", ("2021-04-14", "2021")),     # the Wednesday of ISO week 15
    ("2026-W01", ("2025-12-31", "2025")),     # ... whose year is that of the day, not of the ISO week
    ("2020-01", ("2020-01-15", "2020")),
    ("2020", ("", "2020")),
    (None, ("", "")),
])
def test_event_date_and_year_of_each_precision(value, expected):
    assert acled_date(value) == expected


def test_week_precision_row():
    r = row(variant(balad_seed_event(), date__value="2026-W01", date__precision="week"))
    assert (r["event_date"], r["year"], r["time_precision"]) == ("2025-12-31", "2025", "2")


def test_month_precision_and_governorate_location():
    e = variant(balad_seed_event(), date__value="2021-04", date__precision="month",
                location__precision="governorate", location__name="Salah al-Din")
    r = row(e)
    assert (r["event_date"], r["time_precision"], r["geo_precision"]) == ("2021-04-15", "3", "3")
    assert r["notes"].startswith("In April 2021, ")


def test_an_undated_event_has_no_date_and_no_precision():
    r = row(variant(balad_seed_event(), date={}))
    assert (r["event_date"], r["year"], r["time_precision"]) == ("", "", "")
    assert r["notes"].startswith("On an unknown date, ")


def test_a_date_taken_from_publication_is_coded_as_within_days():
    e = variant(balad_seed_event(), date={"value": "2021-04-24", "precision": "day", "inferred": "publication_date"})
    r = row(e)
    assert (r["event_date"], r["time_precision"]) == ("2021-04-24", "2")


# ---- source, source_scale, fatalities, timestamp --------------------------------------------

def test_merged_sources_are_outlet_names_and_their_scales():
    from q7x2.merge import merge_events

    r = row(merge_events([balad_seed_event(), balad_wire_event()])[0])
    assert (r["source"], r["source_scale"]) == ("example-wire.com; Middle East Online", "Regional")
    assert (r["fatalities"], r["timestamp"]) == ("0", "1619222400")
    assert "Sources give 2-5 wounded." in r["notes"]


def test_an_outlet_found_by_its_parent_domain_and_scales_combined():
    from q7x2.merge import merge_events

    wire = variant(balad_wire_event(), source__url="https://www.aljazeera.net/news/1")
    r = row(merge_events([balad_seed_event(), wire])[0])
    assert (r["source"], r["source_scale"]) == ("Al Jazeera; Middle East Online", "Regional-International")


def test_no_url_no_source():
    r = row(variant(balad_seed_event(), source__url=None))
    assert (r["source"], r["source_scale"]) == ("", "")


def test_fatalities_are_the_killed_or_zero():
    assert row(variant(balad_seed_event(), casualties__killed=3))["fatalities"] == "3"


# ---- excel, convert ---------------------------------------------------------------------------

def test_acled_for_excel_has_a_byte_order_mark():
    out = io.StringIO()
    writer = get_writer("acled-excel")(out)
    writer.write(balad_seed_event())
    writer.close()
    assert out.getvalue().startswith("\ufeffevent_id_cnty,") and out.getvalue().endswith("\r\n")


def test_convert_to_acled_reads_standard_input():
    result = CliRunner().invoke(convert, ["-f", "acled", "-"], input=balad_seed_event().to_json() + "\n")
    assert result.exit_code == 0
    assert list(csv.DictReader(io.StringIO(result.stdout))) == [BALAD_ROW]


def test_a_region_over_several_governorates_is_no_acled_admin1(pipeline):
    """"في إقليم كردستان العراق": ACLED's admin1 in Iraq are governorates (Erbil, Duhok ...);
    the row keeps the region as its location and leaves admin1 empty rather than name one."""
    text = "قصفت طائرات تركية مسيرة مواقع لحزب العمال الكردستاني في إقليم كردستان العراق يوم الاثنين."
    event, = pipeline.extract(Article("kr", text, date(2024, 3, 5)))
    assert (event.location.admin1_code, event.location.precision) == ("IQ-KR", "region")
    r = row(event)
    assert (r["country"], r["admin1"], r["location"]) == ("Iraq", "", "Kurdistan Region")
    assert "in Kurdistan Region" not in r["notes"]
