"""Output formats (jsonl, csv, acled, geojson), q7x2 convert and q7x2 schema."""
import csv
import io
import json

import pytest
from click.testing import CliRunner
from seed_events import SEED_001, balad_february_event, balad_seed_event, balad_wire_event, variant

from q7x2.commands import FORMATS, convert, schema
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
    assert set(WRITERS) == {"jsonl", "csv", "csv-excel", "acled", "acled-labels", "acled-excel", "geojson"}
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


def test_csv_for_excel_starts_with_a_byte_order_mark_and_ends_lines_with_crlf(tmp_path):
    text = render("csv-excel", [balad_seed_event()])
    assert text.startswith("\ufeffevent_id,doc_id,") and text.count("\r\n") == 2
    out = tmp_path / "events.csv"
    out.write_text(text, encoding="utf-8", newline="")
    assert out.read_bytes().startswith(b"\xef\xbb\xbfevent_id,")
    assert next(csv.DictReader(out.open(encoding="utf-8-sig", newline="")))["event_id"] == "001_1e6b6c2c93cf8a11-1"


# ---- geojson --------------------------------------------------------------------------

def assert_valid_geojson(text: str) -> dict:
    """Valid by the geojson library (RFC 7946), with WGS 84 coordinates in range."""
    import geojson

    collection = geojson.loads(text)
    assert collection.is_valid, collection.errors()
    for f in collection["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
    return json.loads(text)


def test_geojson_has_one_point_per_located_event_with_flat_properties_beside_the_record():
    from q7x2.summary import SUMMARY_COLUMNS

    located = balad_seed_event()
    unlocated = variant(balad_wire_event(), location__lat=None, location__lon=None)
    doc = assert_valid_geojson(render("geojson", [located, unlocated]))
    assert len(doc["features"]) == 1 and doc["unlocated"] == 1
    feature = doc["features"][0]
    assert feature["geometry"]["coordinates"] == [44.36, 33.94]          # lon, lat
    assert feature["id"] == located.event_id
    properties = feature["properties"]
    assert list(properties) == list(SUMMARY_COLUMNS)
    assert all(v is None or isinstance(v, (str, int, float, bool)) for v in properties.values())
    assert {k: properties[k] for k in ("event_id", "date", "sub_event_type", "place", "admin1", "wounded",
                                       "fatalities", "location_precision", "source_url")} == {
        "event_id": "001_1e6b6c2c93cf8a11-1", "date": "2021-04-18",
        "sub_event_type": "Shelling/artillery/missile attack", "place": "Balad Air Base", "admin1": "Salah al-Din",
        "wounded": 5, "fatalities": 0, "location_precision": "site",
        "source_url": "https://middle-east-online.com/balad"}
    assert feature["record"] == json.loads(located.to_json())


def test_geojson_of_the_seeds_is_valid(pipeline):
    from q7x2.articles import iter_articles

    events = [e for a in iter_articles([str(SEED_001.parent)], None) for e in pipeline.extract(a)]
    doc = assert_valid_geojson(render("geojson", events))
    assert len(doc["features"]) + doc["unlocated"] == len(events) > 10


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


@pytest.mark.parametrize("fmt", FORMATS)
def test_convert_writes_what_the_writer_writes(events_file, fmt):
    result = CliRunner().invoke(convert, ["--format", fmt, str(events_file)])
    assert result.exit_code == 0, result.output
    events = list(read_events(events_file.open(encoding="utf-8"), "x"))
    assert result.stdout_bytes.decode("utf-8") == render(fmt, events)


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


def test_extract_to_geojson_reports_the_events_left_out_as_convert_does(tmp_path):
    from q7x2.cli import main

    out = tmp_path / "seeds.geojson"
    result = CliRunner().invoke(main, ["extract", str(SEED_001.parent), "-f", "geojson", "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = assert_valid_geojson(out.read_text(encoding="utf-8"))
    assert doc["unlocated"] > 0
    assert f"{doc['unlocated']} event(s) without coordinates left out of the GeoJSON" in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "acled"])
def test_csv_cells_are_shown_as_text_never_run_as_formulas(fmt):
    hostile = variant(balad_seed_event(), target__name='=cmd|" /C calc"!A0', perpetrators=[
        {"name": "@SUM(1+1)", "name_ar": None, "text": "x\x00y", "start": 0, "end": 3, "attribution": None}])
    text = render(fmt, [hostile])
    rows = list(csv.reader(io.StringIO(text)))
    cells = [c for row in rows for c in row]
    assert not any(c.startswith(("=", "@")) for c in cells)
    assert "\x00" not in text
    lon = str(hostile.location.lon)
    assert any(c == lon for c in cells) or fmt == "acled"          # numbers stay numbers


def test_a_negative_number_stays_a_number():
    from q7x2.formats import spreadsheet_safe
    assert spreadsheet_safe("-7.59") == "-7.59" and spreadsheet_safe("-x") == "'-x"
