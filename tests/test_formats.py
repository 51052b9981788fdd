"""Output formats (jsonl, csv, acled, geojson), q7x2 convert and q7x2 schema."""
import csv
import io
import json

import pytest
from click.testing import CliRunner
from seed_events import SEED_001, balad_february_event, balad_seed_event, balad_wire_event, variant

from q7x2.acled import COLUMNS, acled_date
from q7x2.commands import FORMATS, convert, schema
from q7x2.extract.actors import Actor
from q7x2.formats import WRITERS, RecordError, flat_columns, get_writer, read_events
from q7x2.record import Event, MergedEvent


def render(fmt, events, **kwargs):
    out = io.StringIO()
    writer = get_writer(fmt)(out, **kwargs)
    for e in events:
        writer.write(e)
    writer.close()
    return out.getvalue()


def test_every_format_is_offered_to_extract_and_convert():
    assert set(WRITERS) == {"jsonl", "csv", "acled", "geojson"}
    assert FORMATS == tuple(WRITERS)     # commands.py lists them without importing the writers


def test_seed_event_offsets_are_those_of_the_seed_sentence():
    text = SEED_001.read_text(encoding="utf-8")
    e = balad_seed_event()
    assert (e.evidence[0].start, e.evidence[0].end) == (1383, 1556)
    for span in [*e.evidence, e.date, e.location, e.casualties, *e.weapons]:
        assert text[span.start:span.end] == span.text


# ---- jsonl ----------------------------------------------------------------------------

def test_jsonl_reads_back_to_equal_records():
    events = [balad_seed_event(), balad_wire_event()]
    assert list(read_events(io.StringIO(render("jsonl", events)), "x")) == events


def test_reading_a_bad_line_names_where_and_why():
    good = balad_seed_event().to_json()
    with pytest.raises(RecordError, match=r"^f\.jsonl:3: not JSON"):
        list(read_events(io.StringIO(good + "\n\n{oops\n"), "f.jsonl"))
    with pytest.raises(RecordError, match=r"^f\.jsonl:1: not a q7x2 record: .*event_id"):
        list(read_events(io.StringIO('{"doc_id": "x"}\n'), "f.jsonl"))


# ---- csv ------------------------------------------------------------------------------

def test_csv_has_one_row_per_event_with_flattened_columns():
    rows = list(csv.DictReader(io.StringIO(render("csv", [balad_seed_event(), balad_february_event()]))))
    assert len(rows) == 2
    first = rows[0]
    assert list(first) == flat_columns(Event)
    assert first["date.value"] == "2021-04-18"
    assert first["location.admin1_code"] == "IQ-SD"
    assert first["location.lat"] == "33.94"
    assert first["casualties.killed"] == ""
    assert first["casualties.wounded"] == "5"
    assert first["weapons.type"] == "rocket"
    assert first["evidence.text"].startswith("واستُهدفت قاعدة")


def test_csv_joins_list_items_with_semicolons_keeping_positions():
    e = balad_seed_event()
    drone = {"type": "drone", "subtype": None, "count": 2, "caliber_mm": None, "text": "طائرتين", "start": 0, "end": 7}
    e = variant(e, weapons=[e.weapons[0].model_dump(), drone])
    row = next(csv.DictReader(io.StringIO(render("csv", [e]))))
    assert row["weapons.type"] == "rocket; drone"
    assert row["weapons.count"] == "5; 2"
    assert row["weapons.subtype"] == "; "


def test_csv_of_merged_events_adds_their_sources():
    from q7x2.merge import merge_events

    merged = merge_events([balad_seed_event(), balad_wire_event()])
    row = next(csv.DictReader(io.StringIO(render("csv", merged))))
    assert list(row) == flat_columns(MergedEvent)
    assert row["sources.doc_id"] == "wire-0418; 001_1e6b6c2c93cf8a11"
    assert (row["casualty_range.wounded.min"], row["casualty_range.wounded.max"]) == ("2", "5")


def test_csv_of_no_events_is_the_header():
    assert render("csv", []).strip().split(",") == flat_columns(Event)


# ---- acled ----------------------------------------------------------------------------

def acled_rows(events, actors=None):
    return list(csv.DictReader(io.StringIO(render("acled", events, actors=actors or {}))))


def test_acled_row_of_seed_001_checked_by_hand():
    """Seed 001: "واستُهدفت قاعدة "بلد" الجوية في محافظة صلاح الدين ... في 18 أبريل/نيسان الجاري بخمسة
    صواريخ أسفرت عن إصابة 3 جنود عراقيين ومتعاقدين أجنبيين", published 2021-04-24, no claim."""
    text = render("acled", [balad_seed_event()], actors={})
    header = text.splitlines()[0]
    assert tuple(header.split(",")) == COLUMNS and len(COLUMNS) == 31
    row = next(csv.DictReader(io.StringIO(text)))
    assert row == {
        "event_id_cnty": "IRQ-001_1e6b6c2c93cf8a11-1",
        "event_date": "2021-04-18", "year": "2021", "time_precision": "1",
        "disorder_type": "Political violence", "event_type": "Explosions/Remote violence",
        "sub_event_type": "Shelling/artillery/missile attack",
        "actor1": "Unidentified Armed Group (Iraq)", "assoc_actor_1": "", "inter1": "3",
        "actor2": "Military Forces of Iraq", "assoc_actor_2": "", "inter2": "1", "interaction": "13",
        "civilian_targeting": "",
        "iso": "368", "region": "Middle East", "country": "Iraq",
        "admin1": "Salah al-Din", "admin2": "", "admin3": "", "location": "Balad Air Base",
        "latitude": "33.9400", "longitude": "44.3600", "geo_precision": "1",
        "source": "middle-east-online.com", "source_scale": "",
        "notes": ("On 18 April 2021, an unidentified armed group fired 5 rockets at Balad Air Base in "
                  "Salah al-Din (military target). 5 wounded; no figure for fatalities."),
        "fatalities": "0", "tags": "", "timestamp": "1619222400",
    }


ACTORS = {
    "Saraya Awliya al-Dam": Actor(id="sad", name="Saraya Awliya al-Dam", name_ar="سرايا أولياء الدم",
                                  kind="political_militia", country="IQ"),
    "United States": Actor(id="us", name="United States", name_ar="الولايات المتحدة", kind="state_forces",
                           country="US"),
    "pro-Iran factions": Actor(id="pif", name="pro-Iran factions", name_ar="فصائل موالية لإيران",
                               kind="political_militia", generic=True),
    "Kata'ib Hezbollah": Actor(id="kh", name="Kata'ib Hezbollah", name_ar="كتائب حزب الله",
                               kind="political_militia", country="IQ"),
}


def perpetrator(name, attribution):
    return {"name": name, "name_ar": None, "text": name, "start": 0, "end": len(name), "attribution": attribution}


def test_acled_claimed_perpetrator_is_actor1_and_civilians_are_actor2():
    e = variant(balad_seed_event(), perpetrators=[perpetrator("Saraya Awliya al-Dam", "claimed")],
                claimed=True, target__type="civilian", casualties__killed=1)
    row = acled_rows([e], ACTORS)[0]
    assert (row["actor1"], row["inter1"]) == ("Saraya Awliya al-Dam", "3")
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("Civilians (Iraq)", "7", "37")
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["fatalities"] == "1"
    assert "Claimed by Saraya Awliya al-Dam." in row["notes"]


def test_acled_foreign_state_forces_are_external_forces_and_factions_their_target():
    e = variant(balad_seed_event(), sub_event_type="Air/drone strike",
                perpetrators=[perpetrator("United States", None)],
                target__type="armed_group", target__name="Kata'ib Hezbollah")
    row = acled_rows([e], ACTORS)[0]
    assert (row["actor1"], row["inter1"]) == ("Military Forces of the United States", "8")
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("Kata'ib Hezbollah", "3", "38")
    assert "Military Forces of the United States carried out an air strike on" in row["notes"]


@pytest.mark.parametrize("perps", [
    [perpetrator("pro-Iran factions", None)],            # a description, not a named actor
    [perpetrator("Kata'ib Hezbollah", "accused")],       # a third party's accusation
    [perpetrator("Kata'ib Hezbollah", "suspected")],     # the article's own hedge
])
def test_acled_unnamed_accused_or_suspected_perpetrators_leave_an_unidentified_armed_group(perps):
    row = acled_rows([variant(balad_seed_event(), perpetrators=perps)], ACTORS)[0]
    assert row["actor1"] == "Unidentified Armed Group (Iraq)"


def test_acled_property_targets_have_no_actor2():
    row = acled_rows([variant(balad_seed_event(), target__type="diplomatic")])[0]
    assert (row["actor2"], row["inter2"], row["interaction"]) == ("", "", "30")


@pytest.mark.parametrize("value,precision,expected", [
    ("2021-04-18", "day", ("2021-04-18", "2021")),
    ("2021-W15", "week", ("2021-04-14", "2021")),     # the Wednesday of ISO week 15
    ("2020-01", "month", ("2020-01-15", "2020")),
    ("2020", "year", ("", "2020")),
    (None, None, ("", "")),
    ("2020-01", None, ("2020-01-15", "2020")),        # no precision given: the value's shape tells
])
def test_acled_dates_of_each_precision(value, precision, expected):
    assert acled_date(value, precision) == expected


def test_acled_month_precision_and_governorate_location():
    e = variant(balad_seed_event(), date__value="2021-04", date__precision="month",
                location__precision="governorate", location__name="Salah al-Din")
    row = acled_rows([e])[0]
    assert (row["event_date"], row["time_precision"], row["geo_precision"]) == ("2021-04-15", "3", "3")
    assert row["notes"].startswith("In April 2021, ")


# ---- geojson --------------------------------------------------------------------------

def assert_geojson_feature_collection(doc: dict) -> None:
    """The structure RFC 7946 requires of a FeatureCollection of Points."""
    assert doc["type"] == "FeatureCollection"
    assert isinstance(doc["features"], list)
    for f in doc["features"]:
        assert f["type"] == "Feature"
        assert isinstance(f["properties"], dict)
        assert isinstance(f["id"], str)
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert isinstance(lon, float) and isinstance(lat, float)
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_geojson_has_one_point_per_located_event_with_the_record_as_properties():
    located = balad_seed_event()
    unlocated = variant(balad_wire_event(), location__lat=None, location__lon=None)
    doc = json.loads(render("geojson", [located, unlocated]))
    assert_geojson_feature_collection(doc)
    assert len(doc["features"]) == 1 and doc["unlocated"] == 1
    feature = doc["features"][0]
    assert feature["geometry"]["coordinates"] == [44.36, 33.94]          # lon, lat
    assert feature["properties"] == json.loads(located.to_json())
    assert feature["id"] == located.event_id


def test_geojson_of_no_events_is_an_empty_collection():
    doc = json.loads(render("geojson", []))
    assert doc == {"type": "FeatureCollection", "features": [], "unlocated": 0}


# ---- q7x2 convert -----------------------------------------------------------------------

@pytest.fixture
def events_file(tmp_path):
    path = tmp_path / "events.jsonl"
    unlocated = variant(balad_wire_event(), location__lat=None, location__lon=None)
    path.write_text(render("jsonl", [balad_seed_event(), unlocated]), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "acled", "geojson"])
def test_convert_writes_what_the_writer_writes(events_file, fmt):
    result = CliRunner().invoke(convert, ["--format", fmt, str(events_file)])
    assert result.exit_code == 0, result.output
    events = list(read_events(events_file.open(encoding="utf-8"), "x"))
    assert result.stdout == render(fmt, events)


def test_convert_to_geojson_reports_the_events_left_out(events_file, tmp_path):
    out = tmp_path / "events.geojson"
    result = CliRunner().invoke(convert, ["--format", "geojson", str(events_file), "-o", str(out)])
    assert result.exit_code == 0
    assert "1 event(s) without coordinates left out" in result.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 1


def test_convert_reads_standard_input():
    result = CliRunner().invoke(convert, ["-f", "acled", "-"], input=balad_seed_event().to_json() + "\n")
    assert result.exit_code == 0
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 1


def test_convert_refuses_a_bad_file_with_where_and_why(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    result = CliRunner().invoke(convert, ["-f", "csv", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:1: not JSON" in result.stderr


# ---- q7x2 schema --------------------------------------------------------------------------

def validate(instance, schema_node, root):
    """A validator for the JSON Schema keywords pydantic emits (no jsonschema dependency)."""
    if "$ref" in schema_node:
        return validate(instance, root["$defs"][schema_node["$ref"].split("/")[-1]], root)
    if "anyOf" in schema_node:
        errors = [validate(instance, option, root) for option in schema_node["anyOf"]]
        return None if None in errors else errors[0]
    if "enum" in schema_node and instance not in schema_node["enum"]:
        return f"{instance!r} not in enum"
    if "const" in schema_node and instance != schema_node["const"]:
        return f"{instance!r} != const"
    kind = schema_node.get("type")
    python_types = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float),
                    "boolean": bool, "null": type(None)}
    if kind and not isinstance(instance, python_types[kind]):
        return f"{instance!r} is not {kind}"
    if kind in ("integer", "number") and isinstance(instance, bool):
        return f"{instance!r} is not {kind}"
    if "minimum" in schema_node and instance < schema_node["minimum"]:
        return f"{instance} < minimum"
    if "maximum" in schema_node and instance > schema_node["maximum"]:
        return f"{instance} > maximum"
    if kind == "array":
        for item in instance:
            if err := validate(item, schema_node.get("items", {}), root):
                return err
    if kind == "object":
        props = schema_node.get("properties", {})
        missing = [k for k in schema_node.get("required", []) if k not in instance]
        if missing:
            return f"missing {missing}"
        if schema_node.get("additionalProperties") is False and set(instance) - set(props):
            return f"unexpected {set(instance) - set(props)}"
        for k, v in instance.items():
            if k in props and (err := validate(v, props[k], root)):
                return f"{k}: {err}"
    return None


def test_schema_is_the_records_json_schema_and_validates_seed_records():
    result = CliRunner().invoke(schema, [])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert list(doc["properties"]) == list(Event.model_fields)
    assert doc["additionalProperties"] is False
    record = json.loads(balad_seed_event().to_json())
    assert validate(record, doc, doc) is None
    record["casualties"]["wounded"] = -1
    assert "minimum" in validate(record, doc, doc)
    record = json.loads(balad_seed_event().to_json())
    record["sub_event_type"] = "Riot"
    assert validate(record, doc, doc)


def test_schema_merged_describes_merge_output():
    from q7x2.merge import merge_events

    doc = json.loads(CliRunner().invoke(schema, ["--merged"]).stdout)
    assert {"sources", "casualty_range"} <= set(doc["required"])
    merged = merge_events([balad_seed_event(), balad_wire_event()])[0]
    assert isinstance(merged, MergedEvent)
    assert validate(json.loads(merged.to_json()), doc, doc) is None
